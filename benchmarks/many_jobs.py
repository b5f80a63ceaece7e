"""1,000 create-then-wait jobs at once on one async client, against the mock in another process: `a2e.AsyncA2E`
next to raw `httpx2.AsyncClient` running the same logic with its default connection limits.

    python benchmarks/many_jobs.py            # both, each in a fresh process; prints time, connections, peak RSS
    python benchmarks/many_jobs.py a2e URL    # one run (used by the above)
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
import time
from pathlib import Path

from _servers import free_port, wait_until_listening

JOBS = 1000
TOKEN = "sk_many_jobs"
ROOT = Path(__file__).resolve().parent.parent


def count_connections() -> list[int]:
    opened = [0]

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event == "socket.connect":
            opened[0] += 1

    sys.addaudithook(hook)
    return opened


async def with_a2e(url: str) -> None:
    import a2e

    async with a2e.AsyncA2E(TOKEN, base_url=url, max_retries=0) as client:

        async def job(n: int) -> str | None:
            task = await client.upscale.start(source_url=f"https://cdn.example/{n}.png")
            return (await client.upscale.wait(task.id, poll_interval=0.05, timeout=600)).current_status

        results = await asyncio.gather(*(job(n) for n in range(JOBS)))
    assert results.count("completed") == JOBS, results[:3]


async def with_httpx2(url: str) -> None:
    import httpx2

    headers = {"Authorization": f"Bearer {TOKEN}"}
    # No limit on the wait for a pooled connection: with 1,000 requests in flight, httpx2's default (the 60 s here)
    # ends the run with PoolTimeout on a slow machine before it can be timed.
    timeout = httpx2.Timeout(60, pool=None)
    async with httpx2.AsyncClient(base_url=url, headers=headers, timeout=timeout) as client:

        async def job(n: int) -> str:
            created = await client.post(
                "/api/v1/userUpscale/start", json={"source_url": f"https://cdn.example/{n}.png"}
            )
            task_id = created.json()["data"]["_id"]
            while True:
                status = (await client.get(f"/api/v1/userUpscale/{task_id}")).json()["data"]["current_status"]
                if status in ("completed", "failed"):
                    return str(status)
                await asyncio.sleep(0.05)

        results = await asyncio.gather(*(job(n) for n in range(JOBS)))
    assert results.count("completed") == JOBS, results[:3]


def one_run(kind: str, url: str) -> None:
    opened = count_connections()
    started = time.perf_counter()
    asyncio.run(with_a2e(url) if kind == "a2e" else with_httpx2(url))
    elapsed = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{kind:<6} {JOBS} jobs in {elapsed:6.2f} s, {opened[0]:5d} connections opened, peak RSS {rss:6.1f} MiB")


def main() -> None:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "a2e.mock",
        "--port",
        str(port),
        "--token",
        TOKEN,
        "--seconds-per-step",
        "0.2",
        "--start-coins",
        "1e9",
    ]
    mock = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_listening(port)
        for kind in ("httpx2", "a2e"):
            if subprocess.run([sys.executable, __file__, kind, url]).returncode:
                print(f"{kind:<6} failed (its error is above)")
    finally:
        mock.kill()
        mock.wait()


if __name__ == "__main__":
    if len(sys.argv) == 3:
        one_run(sys.argv[1], sys.argv[2])
    else:
        main()
