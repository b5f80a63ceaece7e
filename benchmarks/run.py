"""The client's costs next to the raw HTTP client it is built on, measured side by side in one run: `make bench`.

a2e sends through httpx2, the maintained continuation of httpx; raw httpx 0.28 (in requirements-dev.txt for this
comparison only) is measured in the same rounds, so the choice between the two can be read from one run.

- import: `import a2e` against `import httpx2` and `import httpx`, each in fresh interpreters, a2e from a wheel
  of this checkout installed (with its bytecode) into a temporary folder, as users get it;
- per call: the same request (a GET answered by a canned envelope on loopback, from a server in another
  process) through raw httpx2 plus `.json()`, raw httpx plus `.json()`, and `a2e` (checks, envelope, typed
  model), sync and async;
- making a client: `A2E()` next to `httpx2.Client()` and `httpx.Client()`;
- a 1 GiB download (benchmarks/download.py) and 1,000 concurrent create-then-wait jobs on the mock
  (benchmarks/many_jobs.py), each next to raw httpx2 doing the same;
- 1,000 tasks waited for with `wait_many` next to a naive gather of per-task waits, and 50,000 tasks with sync
  `wait_many` next to async `wait_many`: wall time and peak memory (benchmarks/many_tasks.py).
- a user's pytest test on the plugin's fixtures (start a video, wait, download) next to the same test on a
  hand-written `httpx2.MockTransport`, warm and as a session's first test (benchmarks/plugin.py);
- 10,000 talking-avatar jobs through `a2e batch run` (journaled, resumable) next to raw httpx2 doing the same work
  with no journal: wall time, requests per job, peak RSS, the journal's size (benchmarks/batch.py).

Import, per-call and client-making figures are given for each side over several interleaved rounds (min, median
and max), then as ratios paired round by round: a2e / httpx2 (its cost over the client it is built on),
a2e / httpx and httpx2 / httpx.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import a2e
import httpx
import httpx2

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 7
CALLS = 400


def spread(values: list[float], digits: int = 1) -> str:
    low, middle, high = min(values), statistics.median(values), max(values)
    return f"min {low:.{digits}f}  median {middle:.{digits}f}  max {high:.{digits}f}"


def report(title: str, rounds: dict[str, list[float]]) -> None:
    """Each side's figures over the rounds, then a2e's ratio to the raw client it is built on (httpx2) and to raw
    httpx 0.28, and httpx2's to httpx, paired round by round."""
    print(title)
    for name, values in rounds.items():
        print(f"  {name:<16}{spread(values)}")
    pairs = [("a2e", "httpx2"), ("a2e", "httpx"), ("httpx2", "httpx")]
    for ours, theirs in pairs:
        if ours in rounds and theirs in rounds:
            paired = [a / b for a, b in zip(rounds[ours], rounds[theirs], strict=True)]
            print(f"  {ours + ' / ' + theirs:<16}{spread(paired, 3)}")


def in_turn(names: list[str], round_: int) -> list[str]:
    """The names in the order for this round: each takes each place in turn."""
    orders = list(itertools.permutations(names))
    return list(orders[round_ % len(orders)])


def installed_wheel(folder: Path) -> Path:
    """Build a wheel of this checkout and install it, compiled, into `folder` (no dependencies: they are ours)."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder / "dist"), str(ROOT)],
        check=True,
    )
    wheel = next((folder / "dist").glob("a2e-*.whl"))
    target = folder / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
    )
    return target


def import_ms(module: str, path: Path) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1000)"
    env = {"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
    return float(out.stdout)


def bench_import() -> None:
    names = ["httpx", "httpx2", "a2e"]
    rounds: dict[str, list[float]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as tmp:
        site = installed_wheel(Path(tmp))
        for round_ in range(ROUNDS * 6):  # a fresh interpreter's import time varies by several ms: many rounds
            for name in in_turn(names, round_):
                rounds[name].append(import_ms(name, site))
    report(f"import, fresh interpreter (ms, a2e from its installed wheel, {ROUNDS * 6} rounds)", rounds)


def timed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    for _ in range(CALLS):
        func()
    return (time.perf_counter() - started) / CALLS * 1e6


async def atimed(func: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    for _ in range(CALLS):
        await func()
    return (time.perf_counter() - started) / CALLS * 1e6


def bench_calls(url: str) -> None:
    headers = {
        "Accept": "application/json",
        "User-Agent": "a2e-python/bench",
        "x-lang": "en-US",
        "Authorization": "Bearer sk_bench",
    }  # the headers a2e sends: the same request
    target = url + "/api/v1/user/remainingCoins"
    with contextlib.ExitStack() as stack:
        raw = stack.enter_context(httpx.Client())
        client = stack.enter_context(a2e.A2E("sk_bench", base_url=url))
        calls: dict[str, Callable[[], object]] = {
            "httpx": lambda: raw.get(target, headers=headers).json()["data"],
            "a2e": lambda: client.misc.remaining_coins(),
        }
        raw2 = stack.enter_context(httpx2.Client())
        calls["httpx2"] = lambda: raw2.get(target, headers=headers).json()["data"]
        for func in calls.values():
            timed(func)  # warm up connections and imports
        rounds: dict[str, list[float]] = {name: [] for name in calls}
        for round_ in range(ROUNDS):
            for name in in_turn(list(calls), round_):
                rounds[name].append(timed(calls[name]))
    report(f"per call, sync (us, {ROUNDS} rounds of {CALLS} calls)", in_order(rounds))

    async def run_async() -> dict[str, list[float]]:
        async with contextlib.AsyncExitStack() as stack:
            raw = await stack.enter_async_context(httpx.AsyncClient())
            client = await stack.enter_async_context(a2e.AsyncA2E("sk_bench", base_url=url))

            async def with_httpx() -> object:
                return (await raw.get(target, headers=headers)).json()["data"]

            async def with_a2e() -> object:
                return await client.misc.remaining_coins()

            raw2 = await stack.enter_async_context(httpx2.AsyncClient())

            async def with_httpx2() -> object:
                return (await raw2.get(target, headers=headers)).json()["data"]

            calls: dict[str, Callable[[], Awaitable[object]]] = {
                "httpx": with_httpx,
                "httpx2": with_httpx2,
                "a2e": with_a2e,
            }
            for func in calls.values():
                await atimed(func)
            rounds: dict[str, list[float]] = {name: [] for name in calls}
            for round_ in range(ROUNDS):
                for name in in_turn(list(calls), round_):
                    rounds[name].append(await atimed(calls[name]))
            return rounds

    report(f"per call, async (us, {ROUNDS} rounds of {CALLS} calls)", in_order(asyncio.run(run_async())))


def in_order(rounds: dict[str, list[float]]) -> dict[str, list[float]]:
    """httpx, httpx2, then a2e."""
    return {name: rounds[name] for name in ("httpx", "httpx2", "a2e") if name in rounds}


def bench_construction() -> None:
    """Making a client (and closing it): a2e's share one TLS context, a plain httpx or httpx2 client builds its own."""

    def made(factory: Callable[[], object]) -> float:
        started = time.perf_counter()
        for _ in range(50):
            factory().close()  # type: ignore[attr-defined]
        return (time.perf_counter() - started) / 50 * 1e3

    def with_a2e() -> object:
        return a2e.A2E("sk_bench")

    factories: dict[str, Callable[[], object]] = {"httpx": httpx.Client, "httpx2": httpx2.Client, "a2e": with_a2e}
    for factory in factories.values():
        made(factory)  # warm up
    rounds: dict[str, list[float]] = {name: [] for name in factories}
    for round_ in range(ROUNDS):
        for name in in_turn(list(factories), round_):
            rounds[name].append(made(factories[name]))
    report(f"making a client and closing it (ms each, {ROUNDS} rounds)", in_order(rounds))


def main() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import batch
    import download
    import many_jobs
    import many_tasks
    import plugin

    print(
        f"raw clients: httpx2 {httpx2.__version__} (a2e sends through it), httpx {httpx.__version__}; "
        f"a2e {a2e.__version__}"
    )
    bench_import()
    bench_construction()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "benchmarks" / "canned_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        bench_calls(f"http://127.0.0.1:{port}")
    finally:
        server.kill()
        server.wait()
    download.main()
    many_jobs.main()
    many_tasks.main()
    many_tasks.main(["--tasks", "50000", "--no-gather"])  # the memory of many tasks at once, sync next to async
    plugin.main([])  # a test on the pytest plugin's fixtures next to the same test on a hand-written mock
    batch.main([])  # 10,000 jobs through a durable batch run next to raw httpx2 without a journal


if __name__ == "__main__":
    main()
