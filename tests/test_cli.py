"""The `a2e` command, run as a user runs it (a subprocess) against the session's mock A2E: JSON on stdout, one
JSON object per error on stderr (not a terminal here), the documented exit codes, the workflows, and the progress
display in a terminal."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _a2e_api.operations import GROUP_OF, OPERATIONS
from conftest import free_port, wait_listening

ROOT = Path(__file__).resolve().parent.parent
AVATAR = "65f1a2b3c4d5e6f7a8b9c0d1"  # the mock's first avatar
VOICE = "6625ebd4613f49985c349f95"  # the mock's first voice
UNKNOWN = "0" * 24
FAST = ["--poll-interval", "0.05"]


@pytest.fixture(scope="module")
def env(server, tmp_path_factory) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("A2E_")}
    config = tmp_path_factory.mktemp("config") / "none.toml"  # no user's config file in the way
    return {
        **clean,
        "A2E_API_KEY": server.token,
        "A2E_BASE_URL": server.url,
        "A2E_CONFIG_FILE": str(config),
        "COLUMNS": "120",
    }


def a2e(
    *args: str, env: dict[str, str], timeout: float = 30, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "a2e.cli", *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=cwd
    )


def ok_json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def one_error(result: subprocess.CompletedProcess[str], code: int) -> dict[str, Any]:
    """The exit code is `code` and stderr ends in one error, a JSON object, with no traceback."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    error: dict[str, Any] = json.loads(result.stderr.strip().splitlines()[-1])["error"]
    return error


@pytest.fixture(scope="module")
def audio(env) -> str:
    return ok_json(a2e("tts", "generate", "--msg", "Hello from the command line", "--tts-id", VOICE, env=env))


def video_args(audio: str) -> list[str]:
    return ["videos", "generate", "--anchor-id", AVATAR, "--anchor-type", "0", "--audio-src", audio]


# Help.


def test_top_help_lists_workflows_groups_environment_and_exit_codes(env):
    result = a2e("--help", env=env)
    assert result.returncode == 0
    for text in (
        "say TEXT",
        "wait GROUP:ID",
        "doctor",
        "spec-diff",
        "image_to_video",
        "A2E_API_KEY",
        "exit codes",
        "130",
        "--header NAME:VALUE",
        "--max-retries",
    ):
        assert text in result.stdout, text
    assert a2e("--version", env=env).stdout.startswith("a2e ")


def test_group_help_lists_its_methods_and_waits_with_dash_or_underscore(env):
    result = a2e("videos", "--help", env=env)
    assert result.returncode == 0
    assert "generate" in result.stdout and "list_avatars" in result.stdout and "wait " in result.stdout
    for name in ("image-to-video", "image_to_video"):
        listed = a2e(name, "--help", env=env)
        assert listed.returncode == 0 and "start" in listed.stdout


def test_operation_help_shows_summary_route_confidence_charge_and_fields(env):
    result = a2e("videos", "generate", "--help", env=env)
    assert result.returncode == 0
    out = result.stdout
    for text in (
        "Generate AI video with avatar",
        "POST /api/v1/video/generate",
        "confidence: published",
        "charged: yes",
        "--anchor-type",
        "--audio-src URL|FILE",
        "wire name audioSrc",
        "required",
        "pass --audio-src or --custom-voice",
        "--wait",
        "--wait-timeout",
        "--json BODY",
    ):
        assert text in out, text
    enum = a2e("text-to-image", "start", "--help", env=env).stdout
    assert "one of: 1:1, 4:3" in enum and "charged: yes" in enum
    read = a2e("face_swap", "get", "--help", env=env).stdout
    assert "charged: no" in read and "GET /api/v1/userFaceSwapTask/{_id}" in read and "ID" in read


def test_every_operation_of_the_table_has_a_command_with_help():
    import argparse

    from a2e.cli import _ops, _parsing

    seen = set()
    for group in sorted(set(GROUP_OF.values())):
        parser = _parsing.Parser(prog=f"a2e {group}")
        _ops.populate_group(parser, group)
        methods = next(a for a in parser._actions if isinstance(a, _parsing.LazySubParsers))
        for op_id in _ops.group_operations(group):
            op = OPERATIONS[op_id]
            sub = methods.choices[op["name"]]
            assert isinstance(sub, argparse.ArgumentParser)
            _ops.populate_operation(sub, op_id)
            text = sub.format_help()
            assert op["path"] in text and all(f"--{f['python'].replace('_', '-')}" in text for f in op["params"])
            seen.add(op_id)
    assert seen == set(OPERATIONS)


# Results as JSON.


def test_credits_voices_and_avatars_print_json(env):
    assert set(ok_json(a2e("credits", env=env))) >= {"coins", "diamonds"}
    voices = ok_json(a2e("voices", env=env))
    assert {"group", "label", "value"} <= set(voices[0]) and any(v["value"] == VOICE for v in voices)
    avatars = ok_json(a2e("avatars", env=env))
    assert avatars[0]["_id"] == AVATAR
    assert ok_json(a2e("avatars", "--type", "custom", env=env)) == []


def test_the_voices_region_is_the_locales_not_a2es(env):
    voices = ok_json(a2e("voices", "--country", "en", "--region", "US", env=env))
    assert isinstance(voices, list)


def test_any_operation_prints_its_data_as_json(env, audio):
    assert audio.startswith("http")
    listed = ok_json(a2e("videos", "list-avatars", env=env))  # a list of models: a JSON array
    assert isinstance(listed, list) and listed[0]["_id"] == AVATAR
    page = ok_json(a2e("videos", "list", "--page-size", "5", env=env))
    assert isinstance(page, dict)
    task = ok_json(
        a2e(
            "text-to-image",
            "start",
            "--prompt",
            "a cat",
            "--max-images",
            "1",
            "--input-images",
            "https://cdn.example/a.png",
            "--no-skip-face-enhance",
            env=env,
        )
    )
    record = ok_json(a2e("text_to_image", "get", task["_id"], env=env))  # the id as the first argument
    assert record["_id"] == task["_id"]


def test_values_are_read_by_the_fields_schema_type(tmp_path):
    from a2e.cli import _fields, _main

    def wire(*argv: str) -> dict[str, Any]:
        args = _main.build().parse_args(list(argv))
        return _fields.wire_params(OPERATIONS[args.op_id], args, args.body)

    assert wire(
        "text-to-image",
        "start",
        "--prompt",
        "p",
        "--input-images",
        "https://a.example/1.png",
        "--input-images",
        '["https://a.example/2.png"]',
        "--skip-face-enhance",
        "--max-images",
        "2",
        "--width",
        "512.5",
    ) == {
        "prompt": "p",
        "input_images": ["https://a.example/1.png", "https://a.example/2.png"],
        "skip_face_enhance": True,
        "max_images": 2,
        "width": 512.5,
    }
    assert wire("text-to-image", "start", "--skip-face-enhance", "false")["skip_face_enhance"] is False
    assert wire("text-to-image", "start", "--no-skip-face-enhance")["skip_face_enhance"] is False
    body = tmp_path / "body.json"
    body.write_text('{"anchor_id": "from-file", "anchor_type": 1, "audioSrc": "https://a.example/x.mp3"}')
    assert wire(
        "videos", "generate", "--json", f"@{body}", "--anchor-type", "0", "--caption-style", '{"fontSize": 12}'
    ) == {
        "anchor_id": "from-file",
        "anchor_type": 0,
        "audioSrc": "https://a.example/x.mp3",
        "captionAlign": {"fontSize": 12},
    }
    local = tmp_path / "speech.mp3"
    local.write_bytes(b"ID3")
    assert wire("videos", "generate", "--audio-src", str(local))["audioSrc"] == local  # uploaded by the client


# Exit codes.


@pytest.mark.parametrize(
    "argv",
    [
        ["nosuch"],
        ["videos", "nosuch"],
        ["videos"],
        [],
        ["videos", "list", "--page-size", "ten"],
        ["videos", "list", "--page-size", "1000"],  # refused by the client: InvalidRequestError
        ["videos", "generate", "--anchor-id", AVATAR],  # anchor_type is required
        ["text-to-image", "start", "--prompt", "p", "--aspect-ratio", "5:5"],
        ["videos", "generate", "--json", "{not json"],
        ["--timeout", "0", "credits"],
        ["--header", "no-colon", "credits"],
        ["wait", "videos"],
    ],
)
def test_usage_errors_exit_2_with_one_error(env, argv):
    error = one_error(a2e(*argv, env=env), 2)
    assert error["type"] in ("UsageError", "InvalidRequestError") and error["message"]


def test_a_missing_api_key_is_a_usage_error(env):
    error = one_error(a2e("credits", env={**env, "A2E_API_KEY": ""}), 2)
    assert error["type"] == "ConfigurationError" and "A2E_API_KEY" in error["hint"]


def test_api_errors_exit_1_without_the_key(env, server):
    assert one_error(a2e("face-swap", "get", UNKNOWN, env=env), 1)["type"] == "NotFoundError"
    wrong = "sk_wrong_key_4242424242"
    result = a2e("credits", env={**env, "A2E_API_KEY": wrong})
    assert one_error(result, 1)["type"] == "AuthenticationError"
    assert wrong not in result.stdout + result.stderr


def test_a_failed_task_exits_3(env, audio):
    result = a2e("--header", "x-a2e-mock-outcome:fail", *video_args(audio), "--wait", *FAST, env=env)
    assert one_error(result, 3)["type"] == "TaskFailedError"
    assert result.stdout == ""


def test_a_wait_that_runs_out_exits_4_and_says_how_to_wait_again(env, audio):
    result = a2e(*video_args(audio), "--wait", "--wait-timeout", "0.12", *FAST, env=env)
    error = one_error(result, 4)
    assert error["type"] == "WaitTimeoutError" and "a2e videos wait" in error["hint"]


# Waiting and the workflows.


def test_wait_on_a_create_shows_progress_and_prints_the_final_record(env, audio, tmp_path):
    result = a2e(*video_args(audio), "--wait", *FAST, "-o", str(tmp_path / "v.mp4"), env=env)
    record = ok_json(result)
    assert record["status"] == "success" and record["result"].endswith(".mp4")
    assert "process" in result.stderr and "%" in result.stderr and " s" in result.stderr  # plain progress lines
    assert (tmp_path / "v.mp4").read_bytes()[4:8] == b"ftyp"
    again = ok_json(a2e("videos", "wait", record["_id"], *FAST, env=env))  # the group's wait method
    assert again["status"] == "success"


def test_say_makes_an_mp4(env, tmp_path):
    target = tmp_path / "out.mp4"
    result = a2e("say", "Hello there", "--avatar", AVATAR, "--voice", VOICE, "-o", str(target), *FAST, env=env)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == target
    assert target.read_bytes()[4:8] == b"ftyp"
    assert "video task:" in result.stderr


def test_wait_many_prints_every_outcome_and_exits_with_the_first_failure(env, audio):
    video = ok_json(a2e(*video_args(audio), env=env))["_id"]
    image = ok_json(a2e("text-to-image", "start", "--prompt", "a dog", env=env))["_id"]
    failing = ok_json(a2e("--header", "x-a2e-mock-outcome:fail", "text-to-image", "start", "--prompt", "x", env=env))[
        "_id"
    ]
    done = ok_json(a2e("wait", f"videos:{video}", f"text-to-image:{image}", *FAST, env=env))
    assert [o["ok"] for o in done] == [True, True] and done[1]["result_urls"]
    result = a2e("wait", f"videos:{video}", f"text_to_image:{failing}", *FAST, env=env)
    assert result.returncode == 3
    outcomes = json.loads(result.stdout)
    assert outcomes[1]["error_type"] == "TaskFailedError" and outcomes[0]["ok"]


def test_upload_prints_the_url_and_download_saves_it_without_a_key(env, tmp_path):
    source = tmp_path / "note.txt"
    source.write_text("hello a2e")
    uploaded = a2e("upload", str(source), env=env)
    assert uploaded.returncode == 0, uploaded.stderr
    url = uploaded.stdout.strip()
    assert url.startswith("http")
    saved = a2e("download", url, "-o", str(tmp_path / "copy.txt"), env={**env, "A2E_API_KEY": ""})
    assert saved.returncode == 0, saved.stderr
    assert Path(saved.stdout.strip()).read_text() == "hello a2e"
    assert "--overwrite" in one_error(a2e("download", url, "-o", str(tmp_path / "copy.txt"), env=env), 2)["message"]
    one_error(a2e("upload", str(tmp_path / "missing.txt"), env=env), 2)


def test_doctor_checks_reachability_and_never_shows_the_key(env, server):
    result = a2e("doctor", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert server.token not in result.stdout + result.stderr
    assert f"…{server.token[-4:]} ({len(server.token)} characters), from A2E_API_KEY" in result.stdout
    assert "reachable  yes" in result.stdout and "coins" in result.stdout
    report = ok_json(a2e("doctor", "--json", env=env))
    assert report["reachable"] is True and report["credits"]["coins"] >= 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    down = a2e("--max-retries", "0", "--base-url", closed, "doctor", env=env)
    assert down.returncode == 1 and "reachable  no" in down.stdout
    assert a2e("doctor", env={**env, "A2E_API_KEY": ""}).returncode == 2


def test_operations_lists_commands(env):
    result = a2e("operations", "videos", env=env)
    assert result.returncode == 0
    assert "a2e videos generate" in result.stdout and "POST" in result.stdout
    listed = ok_json(a2e("operations", "--json", env=env))
    assert len(listed) == len(OPERATIONS)
    one_error(a2e("operations", "nosuch", env=env), 2)


def test_spec_diff_delegates(env):
    result = a2e("spec-diff", "tests/data/official/openapi.json", "--spec", "openapi/a2e.yaml", env=env, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert a2e("spec-diff", "missing.json", env=env, cwd=ROOT).returncode == 2


def test_mock_runs_the_mock_server(env):
    port = free_port()
    mock = subprocess.Popen(
        [sys.executable, "-m", "a2e.cli", "mock", "--port", str(port), "--token", "sk_cli_test"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_listening(port, mock, 20)
        local = {**env, "A2E_API_KEY": "sk_cli_test", "A2E_BASE_URL": f"http://127.0.0.1:{port}"}
        assert "coins" in ok_json(a2e("credits", env=local))
    finally:
        mock.send_signal(signal.SIGINT)
        out, _ = mock.communicate(timeout=10)
    assert f"127.0.0.1:{port}" in out


def test_mock_without_its_extra_says_how_to_install_it(env):
    code = "import sys; sys.modules['uvicorn'] = None; from a2e.cli import main; raise SystemExit(main(['mock']))"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30)
    assert "a2e[mock]" in one_error(result, 2)["message"]


# A real terminal: the live progress display and Ctrl-C.


def spawn(env: dict[str, str], *args: str, code: str | None = None) -> Any:
    pexpect = pytest.importorskip("pexpect")
    argv = ["-c", code, *args] if code else ["-m", "a2e.cli", *args]
    # Ctrl-C must reach the command even when this suite runs with SIGINT ignored (a background job), which
    # the child would otherwise inherit.
    return pexpect.spawn(
        sys.executable,
        argv,
        env={**env, "TERM": "xterm"},
        encoding="utf-8",
        timeout=30,
        dimensions=(24, 120),
        preexec_fn=default_sigint,
    )


def default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_a_terminal_shows_live_progress(env, audio):
    pexpect = pytest.importorskip("pexpect")
    child = spawn(env, *video_args(audio), "--wait", "--poll-interval", "0.1")
    child.expect("process")
    child.expect("100%")
    child.expect('"status": "success"')
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_terminal_without_rich_shows_one_line_in_place(env, audio):
    pexpect = pytest.importorskip("pexpect")
    code = "import sys; sys.modules['rich'] = None; from a2e.cli import main; raise SystemExit(main(sys.argv[1:]))"
    child = spawn(env, *video_args(audio), "--wait", "--poll-interval", "0.1", code=code)
    child.expect(r"\r[0-9a-f]{24}: process \d+% after [\d.]+ s")
    child.expect('"status": "success"')
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_ctrl_c_while_waiting_exits_130_and_says_the_task_goes_on(env, audio):
    pexpect = pytest.importorskip("pexpect")
    child = spawn(env, *video_args(audio), "--wait", "--poll-interval", "5")
    child.expect("start")
    child.sendintr()
    child.expect("interrupted")
    child.expect("a2e videos wait")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def generate_requests(server) -> int:
    return sum(1 for request in list(server.state.requests) if request[:2] == ("POST", "/api/v1/video/generate"))


def test_ctrl_c_during_a_charged_create_says_the_task_may_exist_and_how_to_find_it(env, audio, server):
    import time

    pexpect = pytest.importorskip("pexpect")
    before = generate_requests(server)
    child = spawn(env, "--header", "x-a2e-mock-fault:late=30", *video_args(audio), "--title", "cli-ctrl-c-create")
    deadline = time.monotonic() + 30
    while generate_requests(server) == before:  # the create has reached the mock, which holds its answer
        assert time.monotonic() < deadline, "the create never arrived"
        time.sleep(0.05)
    child.sendintr()
    child.expect("interrupted")
    child.expect(pexpect.EOF)
    child.close()
    line = " ".join(child.before.split()) if child.before else ""
    assert child.exitstatus == 130
    assert "may have created the task on A2E and charged for it" in line
    assert "`a2e videos list`" in line and "'cli-ctrl-c-create'" in line
    assert "find_created" not in line and "Traceback" not in line


def test_a_lost_charged_answer_names_the_commands_not_python(env, audio):
    result = a2e(
        "--header",
        "x-a2e-mock-fault:lost",
        "--max-retries",
        "0",
        *video_args(audio),
        "--title",
        "cli-lost-create",
        env=env,
    )
    error = one_error(result, 1)
    assert error["type"] == "OutcomeUnknownError"
    assert "`a2e videos generate` may have created the task" in error["message"]
    assert "`a2e videos list`" in error["hint"] and "'cli-lost-create'" in error["hint"]
    assert "find_created" not in result.stderr
    unnamed = a2e("--header", "x-a2e-mock-fault:lost", "--max-retries", "0", *video_args(audio), env=env)
    assert "pass a unique --title next time" in one_error(unnamed, 1)["hint"]
