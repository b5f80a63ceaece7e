"""What a user's test costs on the pytest plugin's fixtures, next to the same test on an HTTP mock written by hand.

The test starts an avatar video, waits for it and downloads it into `tmp_path`. It runs as a real pytest session
in a fresh interpreter, once on the plugin's `a2e_client` (the mock A2E, reached in-process: its app runs on the
mock's thread, validating, charging and moving the task, for four requests), once on an `a2e_client`
fixture of the test module's own: an `a2e.A2E` over `httpx2.MockTransport` with hand-written routes answering
the create, a finished status and the file, as a test written with respx would (respx patches httpx and
httpcore, not httpx2 and httpcore2, so it cannot serve an `a2e` client; MockTransport is what it would build).

Each test's cost is what pytest reports for it: set-up (fixtures), call and teardown. The first test of a session
(cold: imports, the mock's start, the first request's work) and the last (end: its teardown also stops the mock)
are given apart from the others (warm). The sessions of the two sides alternate; the ratio plugin / hand-written
is paired session by session. Modules load from bytecode caches, as an installed package's do: one untimed
session a side writes them first (into the run's temporary folder).

    python benchmarks/plugin.py [--rounds N] [--tests N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROUNDS = 7
TESTS = 100

BODY = """
ANCHOR = "65f1a2b3c4d5e6f7a8b9c0d1"  # a system avatar of the mock's catalogue


@pytest.mark.parametrize("n", range({tests}))
def test_video(a2e_client, tmp_path, n):
    task = a2e_client.videos.generate(anchor_id=ANCHOR, anchor_type=0, audio_src="https://example.com/a.mp3")
    video = a2e_client.videos.wait(task.id, poll_interval=0.01)
    assert a2e_client.download(video.result, tmp_path).stat().st_size > 1000
"""

PLUGIN_SUITE = "import pytest\n" + BODY

HAND_WRITTEN_SUITE = (
    """
import a2e
import httpx2
import pytest

TASK_ID = "0123456789abcdef01234567"
MP4 = b"\\0\\0\\0\\x18ftypmp42" + bytes(9731)  # the size of the mock's sample


@pytest.fixture
def a2e_client():
    def record(status):
        return {"_id": TASK_ID, "status": status, "process": 100 if status == "success" else 0,
                "result": "https://files.example.com/v.mp4" if status == "success" else ""}

    def handler(request):
        if request.url.path == "/api/v1/video/generate":
            return httpx2.Response(200, json={"code": 0, "msg": "success", "data": record("init")})
        if request.url.path == "/api/v1/video/awsResult":
            return httpx2.Response(200, json={"code": 0, "msg": "success", "data": [record("success")]})
        if request.url.host == "files.example.com":
            return httpx2.Response(200, content=MP4, headers={"content-type": "video/mp4"})
        return httpx2.Response(404)

    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    with a2e.A2E("sk_test_0123456789", base_url="https://api.example.com", http_client=http) as client:
        yield client
    http.close()
"""
    + BODY
)

# Each test's set-up, call and teardown durations (pytest's own measures), in the order the tests ran.
TIMING_CONFTEST = """
import json
import os

durations = {}


def pytest_runtest_logreport(report):
    durations[report.nodeid] = durations.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session, exitstatus):
    with open(os.environ["PLUGIN_BENCH_OUT"], "w") as out:
        json.dump({"durations": list(durations.values()), "failed": exitstatus != 0}, out)
"""

SIDES = {"plugin": PLUGIN_SUITE, "hand-written": HAND_WRITTEN_SUITE}


def session(folder: Path, side: str) -> list[float]:
    """Run one side's suite in a fresh interpreter; each test's milliseconds, in the order they ran."""
    out = folder / f"{side}.json"
    # Bytecode caches as an installed package has them (pytest's rewritten plugin modules included), kept in the
    # run's folder: with PYTHONDONTWRITEBYTECODE every session would compile every module it imports again.
    env = {**os.environ, "PLUGIN_BENCH_OUT": str(out), "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error", f"test_{side[0]}.py"]
    run = subprocess.run(command, cwd=folder / side, env=env, capture_output=True, text=True)
    result = json.loads(out.read_text())
    if result["failed"]:
        raise RuntimeError(f"the {side} suite failed:\n{run.stdout[-3000:]}{run.stderr[-2000:]}")
    return [seconds * 1000 for seconds in result["durations"]]


def spread(values: list[float], digits: int = 2) -> str:
    low, middle, high = min(values), statistics.median(values), max(values)
    return f"min {low:.{digits}f}  median {middle:.{digits}f}  max {high:.{digits}f}"


def write_suites(folder: Path, tests: int) -> None:
    for side, suite in SIDES.items():
        (folder / side).mkdir()
        (folder / side / f"test_{side[0]}.py").write_text(suite.replace("{tests}", str(tests)))
        (folder / side / "conftest.py").write_text(TIMING_CONFTEST)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--tests", type=int, default=TESTS)
    args = parser.parse_args(argv)
    if args.tests < 3:
        parser.error("--tests: at least 3 (the first, the last and one warm test)")
    rounds: dict[str, dict[str, list[list[float]]]] = {side: {"cold": [], "warm": [], "end": []} for side in SIDES}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_suites(folder, args.tests)
        for side in SIDES:  # untimed: writes the bytecode caches
            session(folder, side)
        for round_ in range(args.rounds):
            for side in list(SIDES)[:: 1 if round_ % 2 else -1]:  # each side goes first in turn
                # The last test's teardown also ends the session's fixtures (the mock's stop): kept apart.
                first, *rest, last = session(folder, side)
                for name, values in (("cold", [first]), ("warm", rest), ("end", [last])):
                    rounds[side][name].append(values)
    print("a test on the plugin's fixtures (start a video, wait, download) next to a hand-written httpx2 mock (ms)")
    print(f"  {args.rounds} sessions a side, {args.tests} tests each: cold the first, end the last, warm the others")
    for name in ("cold", "warm", "end"):
        for side in SIDES:
            print(f"  {name:<5}{side:<14}{spread([ms for one in rounds[side][name] for ms in one])}")
        paired = [
            statistics.median(ours) / statistics.median(theirs)
            for ours, theirs in zip(rounds["plugin"][name], rounds["hand-written"][name], strict=True)
        ]
        print(f"  {name:<5}plugin / hand-written  {spread(paired, 3)}  (each session's median, paired)")


if __name__ == "__main__":
    main()
