"""`a2e.batch` and `a2e batch`: jobs checked whole before anything is sent, runs that save every result, stop,
resume, retry and pause as A2E asks, on both clients. (A run killed at random moments: test_batch_durable.)"""

from __future__ import annotations

import asyncio
import csv
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import a2e
import pytest
from a2e import batch
from a2e.mock import MockConfig, MockServer
from a2e.mock._state import PRICE
from a2e.testing import mock_client

AVATAR = "65f1a2b3c4d5e6f7a8b9c0d1"
VOICE = "6625ebd4613f49985c349f95"
START = 100_000.0


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(config=MockConfig(seconds_per_step=0.01, start_coins=START)) as running:
        yield running


def csv_file(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def people(path: Path, count: int) -> Path:
    rows = [{"first_name": f"P{n}", "avatar": AVATAR, "voice": VOICE, "output": f"v/{n}.mp4"} for n in range(count)]
    return csv_file(path, rows)


def creates(server: MockServer, path: str = "/api/v1/video/generate") -> int:
    return sum(1 for r in server.state.requests if r.path == path)


def spent(server: MockServer) -> float:
    return START - server.state.account(server.token).coins


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, server: MockServer) -> Any:
    """`batch.run` on an `A2E`, or `batch.arun` on an `AsyncA2E`, with quick polls; the same arguments."""

    def sync(jobs: Any, out: Path, **options: Any) -> batch.BatchReport:
        options.setdefault("poll_interval", 0.02)
        headers = options.pop("headers", None)
        with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
            used = client.with_options(headers=headers) if headers else client
            return batch.run(used, jobs, out, **options)

    def via_async(jobs: Any, out: Path, **options: Any) -> batch.BatchReport:
        options.setdefault("poll_interval", 0.02)
        headers = options.pop("headers", None)

        async def go() -> batch.BatchReport:
            async with mock_client(a2e.AsyncA2E, server, prompt_waits=False)(server.token, base_url=server.url) as c:
                return await batch.arun(c.with_options(headers=headers) if headers else c, jobs, out, **options)

        return asyncio.run(go())

    return sync if request.param == "sync" else via_async


# -- jobs are checked before anything is sent ---------------------------------------------------------------------


def test_every_bad_row_is_listed_with_its_line_and_nothing_is_sent(server, tmp_path, run):
    rows = [
        {"first_name": "A", "avatar": AVATAR, "voice": VOICE, "output": "a.mp4"},
        {"first_name": "B", "avatar": "", "voice": VOICE, "output": "b.mp4"},
        {"first_name": "C", "avatar": AVATAR, "voice": VOICE, "output": "../c.mp4"},
        {"first_name": "D", "avatar": AVATAR, "voice": VOICE, "output": "a.mp4"},
        {"first_name": "E", "avatar": AVATAR, "voice": VOICE, "output": "e.mp4"},
    ]
    jobs = csv_file(tmp_path / "jobs.csv", rows)
    with pytest.raises(batch.JobsError) as bad:
        run(jobs, tmp_path / "out", text_template="Hi {first_name}")
    assert [line for line, _ in bad.value.problems] == [3, 4, 5]
    assert "line 3: empty avatar" in str(bad.value) and "line 4: output: '../c.mp4' must stay inside" in str(bad.value)
    assert "output 'a.mp4' again (first on line 2)" in str(bad.value)
    assert server.state.requests == [] and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("template", "found"),
    [
        ("Hi {nickname}", "line 1: the text template names {nickname}, which is not a column"),
        (None, "line 1: the header lacks the column(s) text"),
    ],
)
def test_a_template_or_header_that_does_not_fit_is_named(tmp_path, template, found):
    jobs = people(tmp_path / "jobs.csv", 2)
    with pytest.raises(batch.JobsError, match=found.replace("(", r"\(").replace(")", r"\)")):
        batch.load_jobs(jobs, text_template=template)


def test_jsonl_rows_are_checked_against_the_operation(tmp_path):
    wire_named = {"anchor_id": AVATAR, "anchor_type": 0, "audioSrc": "https://x.example/a.mp3"}  # A2E's own name
    lines = [
        {"id": 1, "operation": "image_to_video_strat", "params": {}, "output": "a.mp4"},
        {"id": 2, "operation": "image_to_video_start", "params": {"image_url": "missing.png"}, "output": "b.mp4"},
        {"id": 3, "operation": "videos_generate", "params": wire_named, "output": "c.mp4"},
        {"id": 4, "operation": "image_to_video_start", "params": {"name": "x"}, "output": "d.mp4"},
        {"id": 5, "operation": "tts_generate", "params": {}, "output": "e.mp3"},
        {
            "id": 6,
            "operation": "image_to_video_start",
            "params": {"imag_url": "https://x.example/a.png"},
            "output": "f",
        },
    ]
    path = tmp_path / "jobs.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n", encoding="utf-8")
    with pytest.raises(batch.JobsError) as bad:
        batch.load_jobs(path)
    text = str(bad.value)
    assert "line 1: operation: 'image_to_video_strat' is no operation; did you mean image_to_video_start" in text
    assert "line 2: params.image_url: neither a URL nor a file" in text
    assert "line 4: params.name: the batch names each task itself" in text
    assert "line 5: operation: tts_generate starts no task" in text
    assert "line 6: params.imag_url: image_to_video_start takes no such argument; did you mean image_url" in text
    assert "line 7: not JSON" in text
    assert [line for line, _ in bad.value.problems] == [1, 2, 4, 5, 6, 7]  # line 3, wire-named, is fine


def test_a_dry_run_counts_the_calls_and_sends_nothing(server, tmp_path):
    jobs = people(tmp_path / "jobs.csv", 3)
    plan = batch.check(jobs, text_template="Hi {first_name}")
    assert (plan.jobs, plan.charged, plan.free, plan.uploads) == (3, {"videos_generate": 3}, {"tts_generate": 3}, 0)
    assert server.state.requests == []


# -- runs ---------------------------------------------------------------------------------------------------------


def test_a_csv_run_saves_every_video_and_reports_each_job(server, tmp_path, run):
    jobs = people(tmp_path / "jobs.csv", 4)
    report = run(jobs, tmp_path / "out", text_template="Hello {first_name}!")
    assert report.complete and report.counts["saved"] == 4 and report.spent == 4 * PRICE == spent(server)
    assert sorted(p.name for p in (tmp_path / "out" / "v").iterdir()) == ["0.mp4", "1.mp4", "2.mp4", "3.mp4"]
    said = [r.json["msg"] for r in server.state.requests if r.path == "/api/v1/video/send_tts"]
    assert sorted(said) == [f"Hello P{n}!" for n in range(4)]
    document = json.loads((tmp_path / "out" / "report.json").read_text())
    assert document["summary"]["saved"] == 4 and {job["state"] for job in document["jobs"]} == {"saved"}
    first = document["jobs"][0]
    assert first["saved"] == "v/0.mp4" and first["task_id"] and first["result_url"].endswith(".mp4")
    assert batch.status(tmp_path / "out").counts["saved"] == 4
    again = run(jobs, tmp_path / "out", text_template="Hello {first_name}!")  # nothing left: nothing is sent
    assert again.complete and creates(server) == 4


def test_jsonl_jobs_upload_each_local_file_once(server, tmp_path, run):
    (tmp_path / "face.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    lines = [
        {
            "id": f"clip-{n}",
            "operation": "image_to_video_start",
            "params": {"image_url": "face.png"},
            "output": f"{n}.mp4",
        }
        for n in range(3)
    ]
    path = tmp_path / "jobs.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    report = run(path, tmp_path / "out")
    assert report.counts["saved"] == 3
    assert creates(server, "/api/v1/r2/upload-presigned-url") == 1 and len(server.state.uploads) == 1
    sent = [r.json for r in server.state.requests if r.path == "/api/v1/userImage2Video/start"]
    assert len({s["image_url"] for s in sent}) == 1 and sorted(s["name"].split("-")[1] for s in sent) == ["0", "1", "2"]


def test_max_credits_stops_the_starts_before_the_limit_would_be_passed(server, tmp_path, run):
    jobs = people(tmp_path / "jobs.csv", 6)
    report = run(jobs, tmp_path / "out", text_template="Hi", max_credits=3.5 * PRICE, in_flight=2)
    assert report.spent == 3 * PRICE and report.counts["saved"] == 3 and report.counts["queued"] == 3
    assert report.stopped is not None and report.stopped.startswith("max_credits")
    rest = run(jobs, tmp_path / "out", text_template="Hi")  # raised: the other three run
    assert rest.complete and spent(server) == 6 * PRICE and creates(server) == 6


def test_a_stopped_run_leaves_a_consistent_journal_and_resumes_without_paying_twice(server, tmp_path, run):
    jobs = people(tmp_path / "jobs.csv", 8)
    stop = batch.Stop()

    def progress(now: batch.BatchProgress) -> None:
        if now.running or now.saved:
            stop.request()

    first = run(jobs, tmp_path / "out", text_template="Hi", in_flight=3, on_progress=progress, stop=stop)
    assert first.stopped == "stopped on request" and not first.complete and first.counts["queued"] >= 5
    second = run(None, tmp_path / "out")
    assert second.complete and creates(server) == 8 and spent(server) == 8 * PRICE


def test_a_folder_is_never_resumed_with_other_jobs(server, tmp_path, run):
    run(people(tmp_path / "a.csv", 1), tmp_path / "out", text_template="Hi")
    with pytest.raises(batch.JournalError, match="holds a run of other jobs"):
        run(people(tmp_path / "b.csv", 2), tmp_path / "out", text_template="Hi")


def test_retry_failed_starts_the_failed_jobs_again_under_new_names(server, tmp_path, run):
    jobs = people(tmp_path / "jobs.csv", 2)
    failed = run(jobs, tmp_path / "out", text_template="Hi", headers={"x-a2e-mock-outcome": "fail"})
    assert failed.counts["failed"] == 2 and failed.complete
    assert batch.retry_failed(tmp_path / "out") == 2
    retried = run(None, tmp_path / "out")
    assert retried.counts["saved"] == 2 and creates(server) == 4
    titles = [r.json["title"] for r in server.state.requests if r.path == "/api/v1/video/generate"]
    assert [t.endswith("-r2") for t in titles] == [False, False, True, True]


def test_a_busy_a2e_pauses_the_whole_run_as_it_asks(tmp_path):
    busy = iter(["status=503;retry-after=0.3"] * 2)
    config = MockConfig(seconds_per_step=0.01, faults=lambda op: next(busy, None) if op == "videos_generate" else None)
    pauses: list[float] = []
    with MockServer(config=config) as server:
        with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
            report = batch.run(
                client,
                people(tmp_path / "jobs.csv", 3),
                tmp_path / "out",
                text_template="Hi",
                poll_interval=0.02,
                on_progress=lambda now: pauses.append(now.paused),
            )
        assert report.counts["saved"] == 3 and creates(server) == 5  # two refused, then all three made once
    assert any(0 < pause <= 0.3 for pause in pauses)


def test_status_reads_a_run_while_it_goes_on(server, tmp_path):
    jobs = people(tmp_path / "jobs.csv", 6)
    seen: list[int] = []
    reading = threading.Event()

    def watch(now: batch.BatchProgress) -> None:
        if not reading.is_set():
            reading.set()
            seen.append(batch.status(tmp_path / "out").total)

    with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
        batch.run(client, jobs, tmp_path / "out", text_template="Hi", poll_interval=0.02, on_progress=watch)
    assert seen == [6]


def test_settings_are_checked_before_anything_is_made(server, tmp_path):
    with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
        for option, value in (("in_flight", 0), ("poll_interval", -1), ("max_credits", "10")):
            with pytest.raises(a2e.InvalidRequestError, match=option):
                batch.run(client, people(tmp_path / "jobs.csv", 1), tmp_path / "out", **{option: value})
    assert not (tmp_path / "out").exists() and server.state.requests == []


# -- the command line ----------------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(server: MockServer, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("A2E_")}
    return {**env, "A2E_API_KEY": server.token, "A2E_BASE_URL": server.url, "A2E_CONFIG_FILE": str(tmp_path / "c.toml")}


def a2e_cli(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "a2e", "--json-errors", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, input=stdin)


def test_the_command_runs_resumes_and_reports(server, tmp_path, cli_env):
    jobs = people(tmp_path / "jobs.csv", 3)
    common = ["--out", str(tmp_path / "out"), "--text-template", "Hi {first_name}", "--poll-interval", "0.05"]
    dry = a2e_cli("batch", "run", str(jobs), *common, "--dry-run", env=cli_env)
    assert dry.returncode == 0 and json.loads(dry.stdout)["charged"] == {"videos_generate": 3}
    done = a2e_cli("batch", "run", str(jobs), *common, env=cli_env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["saved"] == 3 and "saved 3/3" in done.stderr
    status = a2e_cli("batch", "status", str(tmp_path / "out"), env=cli_env)
    assert json.loads(status.stdout)["complete"] is True and creates(server) == 3


def test_the_command_names_bad_rows_and_refuses_an_unasked_retry(server, tmp_path, cli_env):
    rows = [{"text": "hi", "avatar": AVATAR, "voice": VOICE, "output": "/abs.mp4"}]
    bad = a2e_cli("batch", "run", str(csv_file(tmp_path / "bad.csv", rows)), "--out", str(tmp_path / "o"), env=cli_env)
    error = json.loads(bad.stderr)["error"]
    assert bad.returncode == 2 and "line 2: output" in error["message"] and "nothing was sent" in error["hint"]
    jobs = people(tmp_path / "jobs.csv", 1)
    failing = ["--header", "x-a2e-mock-outcome:fail", "--poll-interval", "0.05", "--text-template", "Hi"]
    first = a2e_cli("batch", "run", str(jobs), "--out", str(tmp_path / "out"), *failing, env=cli_env)
    assert first.returncode == 3 and json.loads(first.stdout)["failed"] == 1
    unasked = a2e_cli("batch", "retry-failed", str(tmp_path / "out"), env=cli_env)
    assert unasked.returncode == 2 and "--yes" in json.loads(unasked.stderr.splitlines()[-1])["error"]["message"]
    assert "costs credits again" in unasked.stderr and creates(server) == 1
    retried = a2e_cli("batch", "retry-failed", str(tmp_path / "out"), "--yes", "--poll-interval", "0.05", env=cli_env)
    assert retried.returncode == 0 and json.loads(retried.stdout)["saved"] == 1 and creates(server) == 2
    nothing = a2e_cli("batch", "retry-failed", str(tmp_path / "out"), env=cli_env)
    assert nothing.returncode == 0 and "no failed jobs" in nothing.stderr
    missing = a2e_cli("batch", "status", str(tmp_path / "nowhere"), env=cli_env)
    assert missing.returncode == 2 and "no batch run here" in json.loads(missing.stderr)["error"]["message"]


# -- exactly once --------------------------------------------------------------------------------------------------


def test_a_create_whose_answer_was_lost_is_found_by_name_and_never_sent_again(tmp_path):
    lost = iter(["lost"])
    config = MockConfig(seconds_per_step=0.01, faults=lambda op: next(lost, None) if op == "videos_generate" else None)
    with MockServer(config=config) as server:
        with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
            report = batch.run(client, people(tmp_path / "j.csv", 3), tmp_path / "out", text_template="Hi")
        assert report.counts["saved"] == 3 and report.adopted == 1
        assert creates(server) == 3 and len(server.state.account(server.token).tasks["video"]) == 3


def test_jobs_a_crash_left_creating_are_adopted_if_a2e_has_them_and_sent_if_not(server, tmp_path, run):
    from a2e.batch._jobs import fingerprint
    from a2e.batch._journal import Journal

    jobs = batch.load_jobs(people(tmp_path / "j.csv", 3), text_template="Hi")
    journal = Journal.create(tmp_path / "out", jobs, fingerprint(jobs), "test")
    rows = journal.rows()
    with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
        speech = client.tts.generate(msg="Hi", tts_id=VOICE)
        client.videos.generate(anchor_id=AVATAR, anchor_type=0, audio_src=speech, title=rows[0].name)  # it went out
    journal.mark_creating(rows)  # all three were marked; only the first create reached A2E before the "crash"
    journal.close()
    report = run(None, tmp_path / "out")
    assert report.counts["saved"] == 3 and report.adopted == 1
    titles = sorted(r.json["title"] for r in server.state.requests if r.path == "/api/v1/video/generate")
    assert titles == sorted(row.name for row in rows)  # each job's task created once


def test_ctrl_c_stops_the_starts_says_how_to_resume_and_the_same_command_finishes(tmp_path):
    import signal
    import time

    with MockServer(config=MockConfig(seconds_per_step=0.2, start_coins=START)) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith("A2E_")}
        env.update(A2E_API_KEY=server.token, A2E_BASE_URL=server.url, A2E_CONFIG_FILE=str(tmp_path / "c.toml"))
        jobs = people(tmp_path / "jobs.csv", 12)
        command = [sys.executable, "-m", "a2e", "batch", "run", str(jobs), "--out", str(tmp_path / "out")]
        command += ["--text-template", "Hi", "--in-flight", "2", "--poll-interval", "0.05"]
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while creates(server) < 1:
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 130, err
        assert f"Resume with: a2e batch run {jobs} --out {tmp_path / 'out'}" in err
        summary = json.loads(out)
        assert summary["stopped"] == "stopped on request" and summary["queued"] >= 8
        assert summary["creating"] == 0  # every create sent was recorded
        again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["saved"] == 12 and creates(server) == 12


# -- what a review found ---------------------------------------------------------------------------------------


def test_a_second_process_may_not_run_the_same_folder(server, tmp_path, run):
    from a2e.batch._journal import hold

    jobs = people(tmp_path / "jobs.csv", 2)
    batch.check(jobs, text_template="Hi")
    (tmp_path / "out").mkdir()
    held = hold(tmp_path / "out")  # as a run going on in another process holds it
    try:
        with pytest.raises(batch.JournalError, match="another process is running this batch"):
            run(jobs, tmp_path / "out", text_template="Hi")
    finally:
        held.close()
    assert creates(server) == 0
    assert run(jobs, tmp_path / "out", text_template="Hi").counts["saved"] == 2  # once it is free


def test_a_lost_create_whose_look_up_fails_is_left_creating_never_sent_again(tmp_path, monkeypatch):
    from a2e.batch import _plan

    monkeypatch.setattr(_plan, "RECHECK_PAUSE", 0.05)
    monkeypatch.setattr(_plan, "LOOKUP_PAUSE", 0.01)
    plays = {"videos_generate": iter(["lost"]), "videos_list": iter(["status=502"] * 4)}
    config = MockConfig(seconds_per_step=0.01, faults=lambda op: next(plays[op], None) if op in plays else None)
    with MockServer(config=config) as server:
        with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
            report = batch.run(client, people(tmp_path / "j.csv", 2), tmp_path / "out", text_template="Hi")
        assert report.counts["saved"] == 2 and report.adopted == 1
        assert creates(server) == 2  # the list failed four times; the lost create was found after, not resent


def test_names_fit_the_name_field_and_long_ids_stay_apart(server, tmp_path, run):
    long = "a-customer-whose-name-goes-on-and-on-and-on-"
    rows = [
        {"name": long + suffix, "text": "hi", "avatar": AVATAR, "voice": VOICE, "output": f"{n}.mp4"}
        for n, suffix in enumerate(("one", "two"))
    ]
    report = run(csv_file(tmp_path / "jobs.csv", rows), tmp_path / "out")
    assert report.counts["saved"] == 2
    titles = [r.json["title"] for r in server.state.requests if r.path == "/api/v1/video/generate"]
    assert all(len(title) <= 40 for title in titles) and len(set(titles)) == 2
    assert batch.retry_failed(tmp_path / "out") == 0


def test_outputs_may_not_take_the_run_s_own_files_or_each_other_s_folders(tmp_path):
    rows = [
        {"text": "hi", "avatar": AVATAR, "voice": VOICE, "output": output}
        for output in ("journal.sqlite3", "report.csv", ".hidden.mp4", "v", "v/a.mp4")
    ]
    with pytest.raises(batch.JobsError) as bad:
        batch.load_jobs(csv_file(tmp_path / "jobs.csv", rows))
    assert [line for line, _ in bad.value.problems] == [2, 3, 4, 5]
    assert "is the folder of another output (line 6)" in str(bad.value)


def test_jobs_given_in_python_are_checked_and_leave_no_journal_behind(server, tmp_path, run):
    job = batch.load_jobs(people(tmp_path / "jobs.csv", 1), text_template="Hi")[0]
    twice = [job, job]
    with pytest.raises(batch.JobsError, match="id 'row-2' again"):
        run(twice, tmp_path / "out")
    escaping = [batch.Job("x", 1, job.operation, job.params, "../../escape.mp4")]
    with pytest.raises(batch.JobsError, match="must stay inside"):
        run(escaping, tmp_path / "out")
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert run([job], tmp_path / "out").counts["saved"] == 1


@pytest.mark.parametrize("limit", [float("inf"), float("nan"), -1])
def test_max_credits_must_be_a_finite_number(server, tmp_path, limit):
    with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
        with pytest.raises(a2e.InvalidRequestError, match="max_credits: a finite number"):
            batch.run(client, people(tmp_path / "jobs.csv", 1), tmp_path / "out", max_credits=limit)
    assert server.state.requests == []


def test_an_error_a2e_answers_for_a_create_queues_the_job_again(tmp_path, monkeypatch):
    from a2e.batch import _plan

    monkeypatch.setattr(_plan, "BUSY_PAUSES", (0.01,))
    plays = iter(["status=500"])
    config = MockConfig(seconds_per_step=0.01, faults=lambda op: next(plays, None) if op == "videos_generate" else None)
    with MockServer(config=config) as server:
        with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
            report = batch.run(client, people(tmp_path / "j.csv", 2), tmp_path / "out", text_template="Hi")
        assert report.counts["saved"] == 2 and report.counts["failed"] == 0 and creates(server) == 3


def test_the_command_resumes_from_the_folder_alone_and_says_when_jobs_are_left(server, tmp_path, cli_env):
    jobs = people(tmp_path / "jobs.csv", 3)
    out = str(tmp_path / "out")
    capped = a2e_cli(
        "batch", "run", str(jobs), "--out", out, "--text-template", "Hi", "--max-credits", "15", env=cli_env
    )
    assert capped.returncode == 1 and json.loads(capped.stdout)["queued"] == 2
    assert f"resume with: a2e batch run {jobs} --out {out}" in capped.stderr
    rest = a2e_cli("batch", "run", "--out", out, "--poll-interval", "0.05", env=cli_env)
    assert rest.returncode == 0 and json.loads(rest.stdout)["saved"] == 3 and creates(server) == 3
    assert sorted(p.name for p in Path(out).iterdir() if p.name.startswith("journal")) == [
        "journal.lock",
        "journal.sqlite3",
    ]
    a2e_cli("batch", "status", out, env=cli_env)
    assert not [p for p in Path(out).iterdir() if p.name.endswith(("-wal", "-shm"))]


def test_the_counts_a_run_keeps_in_memory_match_the_journal(server, tmp_path, run):
    from a2e.batch._journal import Journal

    seen: list[dict[str, int]] = []
    journal_counts = Journal.counts

    def both(self: Journal) -> dict[str, int]:
        kept = journal_counts(self)
        if self._tally is not None:
            self._tally, table = None, self._tally
            seen.append(journal_counts(self))
            self._tally = table
            assert kept == seen[-1]
        return kept

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Journal, "counts", both)
        run(people(tmp_path / "jobs.csv", 5), tmp_path / "out", text_template="Hi", headers=None)
    assert seen and seen[-1]["saved"] == 5


def test_a_create_answered_without_its_task_id_is_found_by_name_not_sent_again(tmp_path, monkeypatch):
    from a2e.mock import _handlers

    make = _handlers.HANDLERS["videos_generate"]
    answers = iter([{"status": "ok"}])  # the first create runs, but its answer carries no `_id`

    def unreadable_once(call: Any) -> Any:
        made = make(call)
        return next(answers, made)

    monkeypatch.setitem(_handlers.HANDLERS, "videos_generate", unreadable_once)
    with MockServer(config=MockConfig(seconds_per_step=0.01)) as server:
        with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
            report = batch.run(client, people(tmp_path / "j.csv", 2), tmp_path / "out", text_template="Hi")
        assert report.counts["saved"] == 2 and report.adopted == 1 and creates(server) == 2


def test_an_upload_whose_charged_presign_may_have_reached_a2e_fails_its_jobs_instead_of_paying_again(tmp_path):
    presign = "/api/v1/r2/upload-presigned-url"
    lost = iter(["lost"])
    config = MockConfig(
        seconds_per_step=0.01, faults=lambda op: next(lost, None) if op == "storage_presign_upload" else None
    )
    (tmp_path / "face.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    line = {"id": "clip", "operation": "image_to_video_start", "params": {"image_url": "face.png"}, "output": "c.mp4"}
    (tmp_path / "jobs.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    with MockServer(config=config) as server:
        with mock_client(a2e.A2E, server, prompt_waits=False)(server.token, base_url=server.url) as client:
            report = batch.run(client, tmp_path / "jobs.jsonl", tmp_path / "out")
        assert report.counts["failed"] == 1 and creates(server, presign) == 1
    document = json.loads((tmp_path / "out" / "report.json").read_text())
    assert "may have" in document["jobs"][0]["error"]
