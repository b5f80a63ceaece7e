"""Print the client's costs next to raw httpx on the same machine and run: import time and per-call time.

make bench
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

import a2e
import httpx
from a2e.mock import MockServer

CALLS = 300
RUNS = 9


def import_time(module: str) -> float:
    """Median wall time of `python -c "import <module>"` minus bare interpreter start-up, in ms."""

    def run(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return (time.perf_counter() - started) * 1000

    bare = statistics.median(run("pass") for _ in range(RUNS))
    return statistics.median(run(f"import {module}") for _ in range(RUNS)) - bare


def per_call(func) -> float:
    for _ in range(20):
        func()
    started = time.perf_counter()
    for _ in range(CALLS):
        func()
    return (time.perf_counter() - started) / CALLS * 1e6


def main() -> None:
    a2e_ms, httpx_ms = import_time("a2e"), import_time("httpx")
    print(f"import a2e   {a2e_ms:7.1f} ms")
    print(f"import httpx {httpx_ms:7.1f} ms   ratio a2e/httpx = {a2e_ms / httpx_ms:.2f}")
    with MockServer() as server, a2e.A2E(server.token, base_url=server.url) as client, httpx.Client() as raw:
        headers = {"Authorization": f"Bearer {server.token}", "Accept": "application/json"}
        url = server.url + "/api/v1/video/awsResult"
        task = client.call("videos_generate", anchor_id="65f1a2b3c4d5e6f7a8b9c0d1", anchor_type=0,
                           audioSrc="https://cdn.example/a.mp3", resolution=720)  # fmt: skip

        def with_httpx() -> object:
            body = raw.post(url, json={"_id": task.id}, headers=headers).json()
            assert body["code"] == 0
            return body["data"]

        def with_a2e() -> object:
            return client.videos.status(task.id)

        for name, func in (("raw httpx", with_httpx), ("a2e", with_a2e), ("raw httpx", with_httpx), ("a2e", with_a2e)):
            result = per_call(func)
            print(f"videos.status over loopback, {name:<9} {result:8.0f} us/call")
        raw_us, a2e_us = per_call(with_httpx), per_call(with_a2e)
        print(f"ratio a2e/raw httpx per call = {a2e_us / raw_us:.2f} (validation, envelope, typed models)")


if __name__ == "__main__":
    main()
