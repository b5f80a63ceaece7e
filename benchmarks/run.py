"""The client's costs next to raw httpx, measured side by side in one run: `make bench`.

- import: `import a2e` against `import httpx`, each in fresh interpreters, from a wheel of this checkout
  installed (with its bytecode) into a temporary folder, as users get it;
- per call: the same request (a GET answered by a canned envelope on loopback, from a server in another
  process) through raw httpx plus `.json()`, and through `a2e` (checks, envelope, typed model), sync and async;
- a 1 GiB download (benchmarks/download.py) and 1,000 concurrent create-then-wait jobs on the mock
  (benchmarks/many_jobs.py), each next to raw httpx doing the same;
- 1,000 tasks waited for with `wait_many` next to a naive gather of per-task waits (benchmarks/many_tasks.py).

Each figure is a ratio a2e / httpx over several interleaved rounds: min, median and max.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import a2e
import httpx

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 7
CALLS = 400


def ratios(pairs: list[tuple[float, float]]) -> str:
    values = sorted(ours / theirs for ours, theirs in pairs)
    ours, theirs = statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)
    return (f"ratio min {values[0]:.3f}  median {statistics.median(values):.3f}  max {values[-1]:.3f}"
            f"   (median a2e {ours:.1f}, httpx {theirs:.1f})")  # fmt: skip


def installed_wheel(folder: Path) -> Path:
    """Build a wheel of this checkout and install it, compiled, into `folder` (no dependencies: they are ours)."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder / "dist"),
                    str(ROOT)], check=True)  # fmt: skip
    wheel = next((folder / "dist").glob("a2e-*.whl"))
    target = folder / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True)  # fmt: skip
    return target


def import_ms(module: str, path: Path) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1000)"
    env = {"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
    return float(out.stdout)


def bench_import() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = installed_wheel(Path(tmp))
        pairs = []
        for round_ in range(ROUNDS * 6):  # a fresh interpreter's import time varies by several ms: many pairs
            if round_ % 2:  # each goes first in turn
                theirs, ours = import_ms("httpx", site), import_ms("a2e", site)
            else:
                ours, theirs = import_ms("a2e", site), import_ms("httpx", site)
            pairs.append((ours, theirs))
    print(f"import a2e / import httpx (ms, installed wheel)        {ratios(pairs)}")


def timed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    for _ in range(CALLS):
        func()
    return (time.perf_counter() - started) / CALLS * 1e6


async def atimed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    for _ in range(CALLS):
        await func()  # type: ignore[misc]
    return (time.perf_counter() - started) / CALLS * 1e6


def bench_calls(url: str) -> None:
    headers = {
        "Accept": "application/json",
        "User-Agent": "a2e-python/bench",
        "x-lang": "en-US",
        "Authorization": "Bearer sk_bench",
    }  # the headers a2e sends: the same request
    with httpx.Client() as raw, a2e.A2E("sk_bench", base_url=url) as client:

        def with_httpx() -> object:
            return raw.get(url + "/api/v1/user/remainingCoins", headers=headers).json()["data"]

        def with_a2e() -> object:
            return client.misc.remaining_coins()

        for func in (with_httpx, with_a2e):
            timed(func)  # warm up connections and imports
        pairs = [(timed(with_a2e), timed(with_httpx)) for _ in range(ROUNDS)]
    print(f"per call, sync  (us)                                    {ratios(pairs)}")

    async def run_async() -> list[tuple[float, float]]:
        async with httpx.AsyncClient() as raw, a2e.AsyncA2E("sk_bench", base_url=url) as client:

            async def with_httpx() -> object:
                return (await raw.get(url + "/api/v1/user/remainingCoins", headers=headers)).json()["data"]

            async def with_a2e() -> object:
                return await client.misc.remaining_coins()

            for func in (with_httpx, with_a2e):
                await atimed(func)
            return [(await atimed(with_a2e), await atimed(with_httpx)) for _ in range(ROUNDS)]

    print(f"per call, async (us)                                    {ratios(asyncio.run(run_async()))}")


def bench_construction() -> None:
    """Making a client (and closing it): a2e's share one TLS context, a plain httpx.Client builds its own."""

    def made(factory: Callable[[], object]) -> float:
        started = time.perf_counter()
        for _ in range(50):
            factory().close()  # type: ignore[attr-defined]
        return (time.perf_counter() - started) / 50 * 1e3

    def with_a2e() -> object:
        return a2e.A2E("sk_bench")

    made(with_a2e), made(httpx.Client)  # warm up
    pairs = [(made(with_a2e), made(httpx.Client)) for _ in range(ROUNDS)]
    print(f"A2E() / httpx.Client() (ms each)                       {ratios(pairs)}")


def main() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import download
    import many_jobs
    import many_tasks

    bench_import()
    bench_construction()
    server = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "canned_server.py")],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
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


if __name__ == "__main__":
    main()
