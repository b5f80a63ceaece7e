"""A 1 GiB download from a loopback server in another process: `client.download` next to raw httpx2 streaming to a
file, each in a fresh process (time, throughput, peak RSS), in interleaved rounds.

The same 1 GiB takes 0.94 to 1.6 s from one run to the next on a small VM, for either client, so a single
pair says little: the ratios of paired rounds are printed (min/median/max), and best-of (fastest run of each,
the steadiest figure, as timeit reports) next to them.

    python benchmarks/download.py
"""

from __future__ import annotations

import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _servers import free_port, wait_until_listening

SIZE = 1 << 30
ROUNDS = 9  # a download takes about a second and loopback throughput varies from run to run
CHUNK = b"\0" * (1 << 20)


def serve(port: int) -> None:
    """A plain blocking server (one thread per connection, `sendall` of a ready buffer): cheap enough that the
    client, not the server, sets the pace."""
    listener = socket.create_server(("127.0.0.1", port))

    def handle(conn: socket.socket) -> None:
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                data = conn.recv(65536)
                if not data:  # the readiness probe
                    return
                request += data
            conn.sendall(
                b"HTTP/1.1 200 OK\r\ncontent-type: video/mp4\r\ncontent-length: "
                + str(SIZE).encode()
                + b"\r\nconnection: close\r\n\r\n"
            )
            for _ in range(SIZE // len(CHUNK)):
                conn.sendall(CHUNK)

    while True:
        conn, _ = listener.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


def one_run(kind: str, url: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "video.mp4"
        started = time.perf_counter()
        if kind == "a2e":
            import a2e

            with a2e.A2E("sk_bench", base_url="http://127.0.0.1:9") as client:
                client.download(url, target)
        else:
            import httpx2

            with httpx2.Client() as client, client.stream("GET", url) as response, target.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
        elapsed = time.perf_counter() - started
        assert target.stat().st_size == SIZE
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(elapsed, rss)


def main() -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, __file__, "serve", str(port)])
    try:
        wait_until_listening(port)
        url = f"http://127.0.0.1:{port}/video.mp4"
        runs: dict[str, list[tuple[float, float]]] = {"httpx2": [], "a2e": []}
        for kind in runs:  # a first run of each warms the page cache and the interpreter's files; not counted
            subprocess.run([sys.executable, __file__, kind, url], check=True, capture_output=True)
        for round_ in range(ROUNDS):
            for kind in ("httpx2", "a2e") if round_ % 2 else ("a2e", "httpx2"):  # each goes first in turn
                out = subprocess.run([sys.executable, __file__, kind, url], check=True, capture_output=True, text=True)
                elapsed, rss = map(float, out.stdout.split())
                runs[kind].append((elapsed, rss))
        ratios = sorted(theirs[0] / ours[0] for ours, theirs in zip(runs["a2e"], runs["httpx2"], strict=True))
        best = min(t for t, _ in runs["httpx2"]) / min(t for t, _ in runs["a2e"])
        peak = {kind: max(rss for _, rss in results) for kind, results in runs.items()}
        print(
            f"1 GiB download, throughput a2e / httpx2 over {ROUNDS} rounds: min {ratios[0]:.3f}  "
            f"median {ratios[ROUNDS // 2]:.3f}  max {ratios[-1]:.3f}  best-of {best:.3f}   "
            f"peak RSS a2e {peak['a2e']:.1f} MiB, httpx2 {peak['httpx2']:.1f} MiB"
        )
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "serve":
        serve(int(sys.argv[2]))
    elif len(sys.argv) == 3:
        one_run(sys.argv[1], sys.argv[2])
    else:
        main()
