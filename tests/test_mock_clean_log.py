"""The mock as a real server (`python -m a2e.mock`) never fails inside its ASGI app: status faults that carry no
body (1xx, 204, 304), clients that leave early (mid-answer, mid-trickle, before a webhook) and malformed request
bodies are answered or closed cleanly, and uvicorn logs no "Exception in ASGI application"."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import free_port, wait_listening

TOKEN = "sk_clean_log_0123456789"
COINS = "/api/v1/user/remainingCoins"
START = "/api/v1/userCaptionRemoval/start"


class Served:
    """The mock in its own process, its stderr in a file the test reads at the end."""

    def __init__(self, tmp: Path) -> None:
        self.port = free_port()
        self.log_path = tmp / "mock.log"
        self.log = self.log_path.open("w")
        self.seen = 0
        argv = [sys.executable, "-m", "a2e.mock", "--port", str(self.port), "--token", TOKEN, "--webhook-delay", "0.3"]
        self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=self.log, text=True)
        wait_listening(self.port, self.process)

    def exchange(self, request: bytes, read: bool = True, pause: float = 0.0, read_bytes: int | None = None) -> bytes:
        """Send raw bytes; read the answer until the server closes (or 2 s pass), or only `read_bytes` of it, or
        nothing (the client leaves after `pause` seconds)."""
        received = b""
        with socket.create_connection(("127.0.0.1", self.port), timeout=2) as sock:
            sock.sendall(request)
            time.sleep(pause)
            if read:
                try:
                    while chunk := sock.recv(65536):
                        received += chunk
                        if read_bytes is not None and len(received) >= read_bytes:
                            break
                except TimeoutError:
                    pass
        return received

    def quiet(self) -> str:
        """What the server logged since the last look, once it has had a moment to log it; it must hold no
        exception."""
        time.sleep(0.3)
        self.log.flush()
        text = self.log_path.read_text()
        new, self.seen = text[self.seen :], len(text)
        assert "Exception in ASGI application" not in new and "Traceback" not in new, new[-4000:]
        return new

    def stop(self) -> str:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        return self.log_path.read_text()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    running = Served(tmp_path_factory.mktemp("clean-log"))
    yield running
    if running.process.poll() is None:
        running.stop()


@pytest.fixture(autouse=True)
def log_from_here(served: Served) -> None:
    """Each test looks only at what the server logged during it."""
    time.sleep(0.1)
    served.seen = len(served.log_path.read_text())


def get(path: str, fault: str = "", close: bool = True) -> bytes:
    headers = f"Authorization: Bearer {TOKEN}\r\n" + (f"x-a2e-mock-fault: {fault}\r\n" if fault else "")
    return f"GET {path} HTTP/1.1\r\nHost: mock\r\n{headers}{'Connection: close' if close else ''}\r\n\r\n".encode()


def post(path: str, body: bytes, extra: str = "Content-Length: {n}") -> bytes:
    head = f"POST {path} HTTP/1.1\r\nHost: mock\r\nAuthorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n"
    return (head + extra.format(n=len(body)) + "\r\nConnection: close\r\n\r\n").encode() + body


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else 0


def body_of(answer: bytes) -> bytes:
    return answer.partition(b"\r\n\r\n")[2]


EXTRAS = [
    "",
    ";trickle=0.001",
    ";gzip",
    ";badgzip",
    ";chunked",
    ";bigmsg=50",
    ";html",
    ";badjson",
    ";lost",
    ";late=0.1",
]
LEAVING = [
    "big=5000000",
    "bigmsg=5000000;status=503",
    "big=5000000;gzip",
    "big=5000000;chunked",
    "trickle=0.05",
    "late=1",
    "delay=0.5",
    "lost",
]


@pytest.mark.parametrize("status", [204, 304])
def test_a_bodiless_status_fault_is_sent_without_a_body_however_it_is_shaped(served, status):
    for extra in EXTRAS:
        answer = served.exchange(get(COINS, f"status={status}{extra}"))
        assert (status_of(answer), body_of(answer)) == (status, b""), extra
    file_answer = served.exchange(get(f"/mock-assets/video.mp4?fault=status%3D{status}%3Btrickle%3D0.001"))
    assert (status_of(file_answer), body_of(file_answer)) == (status, b"")
    served.quiet()


def test_a_1xx_status_fault_is_refused_as_no_final_answer(served):
    for status in (100, 101, 103, 199):
        answer = served.exchange(get(COINS, f"status={status}"))
        assert status_of(answer) == 400 and f"status='{status}'".encode() in body_of(answer) and b"1xx" in answer
        file_answer = served.exchange(get(f"/mock-assets/video.mp4?fault=status%3D{status}"))
        assert status_of(file_answer) == 400 and b"1xx" in file_answer
    served.quiet()


def test_a_client_that_leaves_early_is_let_go(served):
    for fault in LEAVING:
        served.exchange(get(COINS, fault, close=False), read=True, read_bytes=1)  # leaves after the first bytes
        served.exchange(get(COINS, fault, close=False), read=False, pause=0.05)  # leaves before any
    served.exchange(get("/mock-assets/video.mp4?fault=trickle%3D0.01", close=False), read=True, read_bytes=1)
    served.quiet()


def test_a_client_that_leaves_before_its_webhook_is_let_go(served):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    body = f'{{"name":"w","source_url":"https://cdn.example/v.mp4","webhook_url":"http://127.0.0.1:{port}/h"}}'
    served.exchange(post(START, body.encode()), read=False)
    served.exchange(post(START, body.encode(), "Content-Length: {n}\r\nx-a2e-mock-fault: late=1"), read=False)
    time.sleep(0.6)  # the webhook's turn comes after the client has gone
    served.quiet()


def test_a_malformed_or_cut_request_body_is_answered_or_closed_cleanly(served):
    bad_chunk = post(START, b"ZZ\r\nabc\r\n0\r\n\r\n", "Transfer-Encoding: chunked")
    assert status_of(served.exchange(bad_chunk)) == 400
    served.exchange(post(START, b'5\r\n{"a":\r\n', "Transfer-Encoding: chunked"), read=False, pause=0.1)
    served.exchange(post(START, b'{"name":', "Content-Length: 100"), read=False, pause=0.1)
    upload = b"PUT /mock-upload/k?signature=mock HTTP/1.1\r\nHost: mock\r\nTransfer-Encoding: chunked\r\n\r\nQQ\r\n"
    assert status_of(served.exchange(upload)) in (400, 411)
    served.exchange(
        b"PUT /mock-upload/k?signature=mock HTTP/1.1\r\nHost: mock\r\nContent-Length: 100\r\n\r\nabc",
        read=False,
        pause=0.1,
    )
    served.quiet()


def test_the_server_still_answers_and_stops_without_an_exception(served):
    assert status_of(served.exchange(get(COINS))) == 200
    log = served.stop()
    assert "Exception in ASGI application" not in log and "Traceback" not in log, log[-4000:]
