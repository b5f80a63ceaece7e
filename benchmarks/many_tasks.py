"""Many tasks waited for at once on the mock: `A2E.wait_many` and `AsyncA2E.wait_many` side by side (one polling
loop, batch reads of 50 ids), and for at most GATHER_MAX tasks a naive `asyncio.gather` of per-task waits.

    python benchmarks/many_tasks.py                               # 1,000 tasks (as `make bench` runs it)
    python benchmarks/many_tasks.py --tasks 50000                 # a few minutes on a slow 2-core machine
    python benchmarks/many_tasks.py --tasks 50000 --tracemalloc   # and Python's own peak, in a traced second pass

The mock runs in a process of its own, with time left out (`seconds_per_step=None`): a task moves one status step
per read, so every way of waiting needs the same rounds (5 for a caption-removal task) however long a round
takes. Before each measurement the mock is given that many fresh tasks, put straight into its state (creating
50,000 through the API would take longer than the wait). Each measurement runs in a fresh process:

- wall: from the call of `wait_many` (or `gather`) to its return, every task having ended in success;
- peak RSS: the process's peak resident set size (`ru_maxrss`), and its rise during the wait over the peak
  before it (the task list, the client and the imports are already counted there);
- with --tracemalloc, a second measurement of each, traced from the call on: `tracemalloc`'s peak (Python
  allocations only) and the wall time of that traced pass, slower than the untraced one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from typing import Any
from urllib.parse import parse_qs

from _servers import free_port, wait_until_listening

TASKS = 1000
POLL = 0.2
BATCH_IDS = 50  # ids per batch read (a2e._many.BATCH_IDS)
GATHER_MAX = 5000  # beyond this a gather of per-task waits costs a request per task per round: minutes
TOKEN = "sk_many_tasks"
KIND, FAMILY, PROCESS_STEPS = "caption_removal", "caption", 4
READS = 3 + max(1, PROCESS_STEPS - 2)  # a task's reads from `initialized` to `completed` (see the mock's TaskJob)
MODES = {"sync": "A2E.wait_many", "async": "AsyncA2E.wait_many", "gather": "gather of waits"}


def task_id(n: int) -> str:
    return f"{n:024x}"  # a record id as A2E writes them: 24 hex characters


def serve(port: int) -> None:
    """The mock on `port`, plus POST /_bench/seed?tasks=N (fresh tasks, request log cleared) and
    GET /_bench/requests (how many requests reached the mock, and how many were batch reads)."""
    import uvicorn
    from a2e.mock import MockConfig, MockState, create_app
    from a2e.mock._state import TaskJob, now_iso

    state = MockState({TOKEN}, MockConfig(process_steps=PROCESS_STEPS, start_coins=1e9, seconds_per_step=None))
    mock = create_app(state)

    def seed(tasks: int) -> dict[str, Any]:
        jobs = state.account(TOKEN).family(FAMILY)
        jobs.clear()
        now = now_iso()
        for n in range(tasks):  # each as a create makes it
            record = {
                "name": f"t{n}",
                "source_url": "https://example.com/v.mp4",
                "_id": task_id(n),
                "current_status": "initialized",
                "result_url": None,
                "failed_message": None,
                "failed_code": None,
                "coins": 10,
                "createdAt": now,
                "updatedAt": now,
            }
            jobs[task_id(n)] = TaskJob(FAMILY, record, False, PROCESS_STEPS)
        state.requests.clear()
        return {"tasks": len(jobs)}

    def counted() -> dict[str, Any]:
        batch = sum(1 for _, path in state.requests if path.endswith("/batchDetail"))
        return {"requests": len(state.requests), "batch": batch}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/_bench/"):
            query = parse_qs(scope["query_string"].decode())
            answer = seed(int(query["tasks"][0])) if scope["path"] == "/_bench/seed" else counted()
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
            )
            await send({"type": "http.response.body", "body": json.dumps(answer).encode()})
            return
        await mock(scope, receive, send)

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def wait_async(client: Any, tasks: list[tuple[str, str]], mode: str) -> int:
    if mode == "async":
        outcomes = await client.wait_many(tasks, poll_interval=POLL)
        return sum(1 for outcome in outcomes if outcome.ok)
    records = await asyncio.gather(*(client.caption_removal.wait(i, poll_interval=POLL) for _, i in tasks))
    return sum(1 for record in records if record.current_status == "completed")


class Meter:
    """Wall time, and the peak RSS (and with `traced`, tracemalloc's peak) from its start to `stop()`."""

    def __init__(self, traced: bool) -> None:
        self.traced, self.before = traced, peak_rss_mib()
        if traced:
            tracemalloc.start()
        self.started = time.perf_counter()

    def stop(self) -> dict[str, Any]:
        wall = time.perf_counter() - self.started
        traced = tracemalloc.get_traced_memory()[1] / 2**20 if self.traced else None
        tracemalloc.stop()
        return {"wall": wall, "peak_rss": peak_rss_mib(), "rise": peak_rss_mib() - self.before, "traced": traced}


def measure(mode: str, url: str, count: int, traced: bool) -> None:
    """One measurement, in this process: seed the mock, wait for every task, print the figures as JSON."""
    import a2e
    import httpx

    httpx.post(f"{url}/_bench/seed", params={"tasks": count}, timeout=600).raise_for_status()
    tasks = [(KIND, task_id(n)) for n in range(count)]
    if mode == "sync":
        with a2e.A2E(TOKEN, base_url=url) as client:
            client.misc.remaining_coins()  # a first call: what it imports is not memory the wait holds
            meter = Meter(traced)
            ok = sum(1 for outcome in client.wait_many(tasks, poll_interval=POLL) if outcome.ok)
            figures = meter.stop()
    else:

        async def run() -> tuple[int, dict[str, Any]]:
            async with a2e.AsyncA2E(TOKEN, base_url=url) as client:
                await client.misc.remaining_coins()  # the same first call (asyncio's network layer is imported here)
                meter = Meter(traced)
                done = await wait_async(client, tasks, mode)
                return done, meter.stop()

        ok, figures = asyncio.run(run())
    assert ok == count, f"{mode}: {ok} of {count} tasks completed"
    counts = httpx.get(f"{url}/_bench/requests").json()
    print(json.dumps({**figures, **counts}))


def run_one(mode: str, url: str, count: int, traced: bool) -> dict[str, Any] | None:
    command = [sys.executable, __file__, "--measure", mode, "--url", url, "--tasks", str(count)]
    done = subprocess.run(command + (["--tracemalloc"] if traced else []), stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.splitlines()[-1]) if done.returncode == 0 and done.stdout else None


def report(count: int, gather: bool, traced: bool) -> None:
    port = free_port()
    mock = subprocess.Popen([sys.executable, __file__, "--serve", str(port)], stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    batches = -(-count // BATCH_IDS)
    modes = ["sync", "async"] + (["gather"] if gather else [])
    print(
        f"{count:,} {KIND} tasks on the mock (another process; each ends after {READS} reads), "
        f"poll_interval {POLL} s; each figure from a fresh process"
    )
    header = f"  {'':20} {'wall':>9} {'requests':>9} {'rounds':>7} {'peak RSS':>10} {'rise':>10}"
    print(header + (f" {'tracemalloc peak':>17} {'(traced wall)':>14}" if traced else ""))
    try:
        wait_until_listening(port, 60)  # the mock imports starlette and pydantic first
        for mode in modes:
            figures = run_one(mode, url, count, False)
            if figures is None:
                print(f"  {MODES[mode]:20} failed (its error is above)")
                continue
            rounds = f"{figures['batch'] / batches:.0f}" if figures["batch"] else "-"
            line = (
                f"  {MODES[mode]:20} {figures['wall']:7.2f} s {figures['requests']:9} {rounds:>7} "
                f"{figures['peak_rss']:6.1f} MiB {figures['rise']:+6.1f} MiB"
            )
            if traced:
                second = run_one(mode, url, count, True)
                line += f" {second['traced']:13.1f} MiB {second['wall']:12.2f} s" if second else "  traced pass failed"
            print(line, flush=True)
        if not gather:
            limit = f": only run for at most {GATHER_MAX:,} tasks" if count > GATHER_MAX else ""
            print(f"  ({MODES['gather']} left out{limit})")
    finally:
        mock.kill()
        mock.wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--tasks", type=int, default=TASKS, help="how many tasks (default %(default)s)")
    parser.add_argument("--tracemalloc", action="store_true", help="also measure tracemalloc's peak, in a 2nd pass")
    parser.add_argument("--no-gather", action="store_true", help="leave out the gather of per-task waits")
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--measure", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv or [])
    if args.serve:
        serve(args.serve)
    elif args.measure:
        measure(args.measure, args.url, args.tasks, args.tracemalloc)
    else:
        report(args.tasks, args.tasks <= GATHER_MAX and not args.no_gather, args.tracemalloc)


if __name__ == "__main__":
    main(sys.argv[1:])
