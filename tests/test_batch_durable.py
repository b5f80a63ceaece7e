"""A batch run survives anything: 300 talking-avatar jobs on the mock, with lost answers (the create ran, its
answer was cut), "hosts occupied" (1001) and 503s with Retry-After mixed in, the runner killed with SIGKILL at
random moments and started again each time, until every job is saved: A2E (the mock) created exactly 300 tasks,
one per job, and charged exactly 300 creates."""

from __future__ import annotations

import collections
import csv
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from a2e.mock import MockConfig, MockServer
from a2e.mock._state import PRICE, VideoJob

JOBS = 300
KILLS = 5
AVATAR = "65f1a2b3c4d5e6f7a8b9c0d1"
VOICE = "6625ebd4613f49985c349f95"
START_COINS = 1_000_000.0


class Faults:
    """A seeded share of the video creates answered with a fault; the rest run normally."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.played: collections.Counter[str] = collections.Counter()

    def __call__(self, op_id: str) -> str | None:
        if op_id != "videos_generate":
            return None
        roll = self.random.random()
        spec = (
            "lost"
            if roll < 0.08
            else "code=1001"
            if roll < 0.10
            else "status=503;retry-after=0.1"
            if roll < 0.14
            else None
        )
        if spec:
            self.played[spec] += 1
        return spec


def write_jobs(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        rows = csv.writer(out)
        rows.writerow(["first_name", "avatar", "voice", "output"])
        for n in range(JOBS):
            rows.writerow([f"person {n}", AVATAR, VOICE, f"videos/{n:03d}.mp4"])


def runner(jobs: Path, folder: Path, env: dict[str, str], errors: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "a2e", "--quiet", "batch", "run", str(jobs), "--out", str(folder)]
    command += ["--text-template", "Hello {first_name}!", "--poll-interval", "0.05", "--in-flight", "10"]
    with errors.open("wb") as stderr:
        return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)


def test_killed_five_times_every_job_is_done_exactly_once(tmp_path):
    faults = Faults(seed=18)
    config = MockConfig(seconds_per_step=0.05, start_coins=START_COINS, faults=faults)
    jobs, folder = tmp_path / "people.csv", tmp_path / "run"
    write_jobs(jobs)
    pace = random.Random(2026)  # when each kill comes
    with MockServer(config=config) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith("A2E_")}
        env.update(A2E_API_KEY=server.token, A2E_BASE_URL=server.url, A2E_CONFIG_FILE=str(tmp_path / "none.toml"))
        kills = 0
        for attempt in range(40):
            errors = tmp_path / f"run-{attempt}.err"
            process = runner(jobs, folder, env, errors)
            if kills < KILLS:
                time.sleep(pace.uniform(0.5, 2.0))
                if process.poll() is None:
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    kills += 1
                    continue
            assert process.wait(timeout=240) == 0, errors.read_text()
            break
        account = server.state.account(server.token)
        videos = [task for task in account.tasks.get("video", {}).values() if isinstance(task, VideoJob)]
        names = collections.Counter(task.record["title"] for task in videos)

    assert kills >= KILLS
    assert len(videos) == JOBS and len(names) == JOBS  # one task per job, each job's own
    assert START_COINS - account.coins == JOBS * PRICE  # charged once per job
    assert faults.played["lost"] > 0 and faults.played["code=1001"] > 0
    assert sorted(p.name for p in (folder / "videos").iterdir()) == [f"{n:03d}.mp4" for n in range(JOBS)]
    assert not list(folder.rglob("*.part"))
    report = (folder / "report.csv").read_text(encoding="utf-8").splitlines()
    assert len(report) == JOBS + 1 and all(",saved," in line for line in report[1:])
