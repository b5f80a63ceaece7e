"""1,000 tasks waited for at once on the mock: `AsyncA2E.wait_many` (one polling loop, batch reads) next to a
naive `asyncio.gather` of 1,000 per-task waits, each in a fresh mock: wall time, requests, requests per round.

    python benchmarks/many_tasks.py
"""

from __future__ import annotations

import asyncio
import time

TASKS = 1000
POLL = 0.2


async def run(kind: str) -> tuple[float, int, int]:
    import a2e
    from a2e.mock import MockConfig, MockServer

    with MockServer(config=MockConfig(process_steps=4, start_coins=10**9, seconds_per_step=None)) as server:
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            ids = [(await client.caption_removal.start(source_url="https://example.com/v.mp4", name=f"t{i}")).id
                   for i in range(TASKS)]  # fmt: skip
            server.state.requests.clear()
            started = time.perf_counter()
            if kind == "wait_many":
                outcomes = await client.wait_many([("caption_removal", i) for i in ids], poll_interval=POLL)
                assert all(o.ok for o in outcomes)
            else:
                await asyncio.gather(*(client.caption_removal.wait(i, poll_interval=POLL) for i in ids))
            elapsed = time.perf_counter() - started
            batch = sum(1 for _, path in server.state.requests if path.endswith("/batchDetail"))
            return elapsed, len(server.state.requests), batch


def main() -> None:
    for kind in ("gather", "wait_many"):
        elapsed, requests, batch = asyncio.run(run(kind))
        rounds = f", {batch} batch reads ({batch / -(-TASKS // 50):.0f} rounds of {-(-TASKS // 50)})" if batch else ""
        print(f"{TASKS} tasks, {kind:9}: {elapsed:6.2f} s, {requests:5} requests{rounds}")


if __name__ == "__main__":
    main()
