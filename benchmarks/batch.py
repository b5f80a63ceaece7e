"""10,000 talking-avatar jobs (speech, a video, its wait and its download) on the mock: `a2e batch run` (the command,
journaling every step) next to the same work done by raw `httpx2.AsyncClient` with no journal
and no recovery, both with the same number of tasks in flight. Each runs in a fresh process against the mock,
which runs in this one (it counts the requests); the journal's size is read after the run.

    python benchmarks/batch.py                 # 10,000 jobs (as `make bench` runs it)
    python benchmarks/batch.py --jobs 1000     # quicker
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JOBS = 10_000
IN_FLIGHT = 200
POLL = 0.2
AVATAR = "65f1a2b3c4d5e6f7a8b9c0d1"
VOICE = "6625ebd4613f49985c349f95"

# Each side's process ends by printing its own peak RSS in KiB as the last line of stderr: VmHWM, the high-water
# mark of its address space since exec. (`ru_maxrss` would not do: on Linux a child starts with the high-water
# mark of the parent it was forked from, here the process holding the mock and its 10,000 tasks.)
PEAK = """
def peak_kib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
"""

A2E_SIDE = (
    PEAK
    + """
import sys
from a2e.cli._main import main
code = main(sys.argv[1:])
print(peak_kib(), file=sys.stderr)
sys.exit(code)
"""
)

RAW_SIDE = (
    PEAK
    + """
import asyncio, csv, sys
import httpx2

url, token, jobs_file, out, in_flight, poll = sys.argv[1:7]
rows = list(csv.DictReader(open(jobs_file, encoding="utf-8")))


async def job(client, limit, row):
    async with limit:
        speech = {"msg": f"Hello {row['first_name']}!", "tts_id": row["voice"]}
        said = await client.post("/api/v1/video/send_tts", json=speech)
        body = {"anchor_id": row["avatar"], "anchor_type": 0, "audioSrc": said.json()["data"], "title": row["output"]}
        task_id = (await client.post("/api/v1/video/generate", json=body)).json()["data"]["_id"]
        while True:
            await asyncio.sleep(float(poll))
            record = (await client.post("/api/v1/video/awsResult", json={"_id": task_id})).json()["data"][0]
            if record["status"] in ("success", "fail"):
                break
        async with client.stream("GET", record["result"]) as answer:
            with open(f"{out}/{row['output'].replace('/', '_')}", "wb") as file:
                async for chunk in answer.aiter_bytes():
                    file.write(chunk)


async def main():
    limit = asyncio.Semaphore(int(in_flight))
    headers = {"Authorization": f"Bearer {token}"}
    timeout = httpx2.Timeout(60, pool=None)
    async with httpx2.AsyncClient(base_url=url, headers=headers, timeout=timeout) as client:
        await asyncio.gather(*(job(client, limit, row) for row in rows))


asyncio.run(main())
print(peak_kib(), file=sys.stderr)
"""
)


def write_jobs(path: Path, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        rows = csv.writer(out)
        rows.writerow(["first_name", "avatar", "voice", "output"])
        for n in range(count):
            rows.writerow([f"person {n}", AVATAR, VOICE, f"videos/{n:05d}.mp4"])


def side(name: str, command: list[str], jobs: int, folder: Path) -> dict[str, float]:
    """Run one side against a mock of its own (a fresh account, so neither side meets the other's tasks)."""
    from a2e.mock import MockConfig, MockServer

    with MockServer(config=MockConfig(seconds_per_step=0.05, start_coins=1e12)) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith("A2E_")}
        env.update(A2E_API_KEY=server.token, A2E_BASE_URL=server.url, A2E_CONFIG_FILE=str(folder / "none.toml"))
        started = time.perf_counter()
        run = subprocess.run(
            [part.replace("{url}", server.url).replace("{token}", server.token) for part in command],
            env=env,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
        requests = len(server.state.requests)
    if run.returncode:
        raise RuntimeError(f"{name} failed ({run.returncode}):\n{run.stderr[-3000:]}")
    rss_mib = int(run.stderr.strip().splitlines()[-1]) / 1024
    return {"wall": wall, "requests": requests / jobs, "rss": rss_mib}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=JOBS)
    parser.add_argument("--in-flight", type=int, default=IN_FLIGHT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jobs_file = folder / "jobs.csv"
        write_jobs(jobs_file, args.jobs)
        raw_out = folder / "raw"
        raw_out.mkdir()
        raw_command = [sys.executable, "-c", RAW_SIDE, "{url}", "{token}", str(jobs_file), str(raw_out)]
        raw = side("raw httpx2", [*raw_command, str(args.in_flight), str(POLL)], args.jobs, folder)
        run_dir = folder / "run"
        a2e_command = [sys.executable, "-c", A2E_SIDE, "--quiet", "batch", "run", str(jobs_file)]
        a2e_command += ["--out", str(run_dir), "--text-template", "Hello {first_name}!"]
        a2e_command += ["--in-flight", str(args.in_flight), "--poll-interval", str(POLL)]
        ours = side("a2e batch run", a2e_command, args.jobs, folder)
        journal = sum(p.stat().st_size for p in run_dir.glob("journal.sqlite3*")) / 2**20
        saved = len(list((run_dir / "videos").iterdir()))
        summary = json.loads((run_dir / "report.json").read_text())["summary"]
    assert saved == args.jobs and summary["saved"] == args.jobs, summary
    print(f"{args.jobs:,} talking-avatar jobs on the mock, {args.in_flight} tasks in flight, polls every {POLL} s")
    for name, measured in (("raw httpx2, no journal", raw), ("a2e batch run", ours)):
        print(
            f"  {name:<24} {measured['wall']:7.1f} s  {measured['requests']:5.2f} requests/job  "
            f"peak RSS {measured['rss']:6.1f} MiB"
        )
    print(f"  a2e / raw wall time {ours['wall'] / raw['wall']:.2f}; journal {journal:.1f} MiB; every job saved once")


if __name__ == "__main__":
    main()
