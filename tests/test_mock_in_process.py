"""The in-process transports (`MockServer.transport()`, `.async_transport()`): what the testing plugin's clients
use. Faults and cut answers are checked through both ways in test_mock_faults, test_faults and test_upload_faults;
here, what only this way has: no socket, no server import, the server started on demand, a stopped mock."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time

import a2e
import httpx2
import pytest
from a2e.mock import MockServer

ANCHOR = "65f1a2b3c4d5e6f7a8b9c0d1"
AUDIO = "https://example.com/a.mp3"


def test_a_session_on_the_in_process_clients_starts_no_http_server():
    code = """
import sys, tempfile
import a2e
from a2e.mock import MockServer
from a2e.testing import mock_client
with MockServer() as server, tempfile.TemporaryDirectory() as folder:
    with mock_client(a2e.A2E, server)(server.token, base_url=server.url) as client:
        task = client.videos.generate(anchor_id="65f1a2b3c4d5e6f7a8b9c0d1", anchor_type=0, audio_src="https://e.com/a.mp3")
        video = client.videos.wait(task.id)
        print(client.download(video.result, folder).stat().st_size > 1000, len(server.state.requests) >= 4)
    print("uvicorn" in sys.modules, server._http is None)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["True", "True", "False", "True"], result.stderr


def test_the_url_still_serves_connections_once_one_comes():
    with MockServer() as server:
        with httpx2.Client(transport=server.transport()) as local:
            assert local.get(server.url + "/mock-assets/sample.png").status_code == 200
        assert server._http is None
        with a2e.A2E(server.token, base_url=server.url) as client:  # a real connection: the server starts now
            assert client.misc.remaining_coins().coins > 0
            assert client.misc.remaining_coins().coins > 0  # and keeps its connection
        assert server._http is not None


def test_the_listener_is_a_tcp_socket_so_asyncio_turns_off_nagle_on_its_connections():
    # A socket made without IPPROTO_TCP gets no TCP_NODELAY from asyncio: each answer on a kept-alive connection
    # then waits for the client's delayed ACK (40 ms).
    with MockServer() as server:
        assert server._socket is not None and server._socket.proto == socket.IPPROTO_TCP


def broken_app(server: MockServer) -> None:
    async def app(scope, receive, send):
        if scope["type"] == "http" and scope["path"] == "/boom":
            raise RuntimeError("a bug in the mock")
        await original(scope, receive, send)

    original = server.app
    server.app = app
    assert server._origin is not None
    server._origin.app = app


@pytest.mark.parametrize("way", ["loopback", "in-process"])
def test_an_app_that_raises_answers_500_either_way(way, caplog):
    with MockServer() as server:
        broken_app(server)
        transport = server.transport() if way == "in-process" else None
        with httpx2.Client(transport=transport) as http:
            answer = http.get(server.url + "/boom")
        assert (answer.status_code, answer.text) == (500, "Internal Server Error")


def test_a_stopped_mock_refuses_in_process_requests_as_a_closed_port_does():
    server = MockServer().start()
    transport = server.transport()
    server.stop()
    with httpx2.Client(transport=transport) as http, pytest.raises(httpx2.ConnectError):
        http.get(server.url + "/mock-assets/sample.png")
    with a2e.A2E(server.token, base_url=server.url, http_client=httpx2.Client(transport=server.transport())) as c:
        with pytest.raises(a2e.APIConnectionError):
            c.misc.remaining_coins()


def test_the_async_transport_serves_clients_on_several_event_loops():
    with MockServer() as server:

        async def coins() -> float:
            async with httpx2.AsyncClient(transport=server.async_transport()) as http:
                answer = await http.get(server.url + "/api/v1/user/remainingCoins", headers=bearer(server))
                return float(answer.json()["data"]["coins"])

        assert asyncio.run(coins()) > 0
        assert asyncio.run(coins()) > 0  # a new loop: nothing of the first one is reused


def bearer(server: MockServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.token}"}


def test_other_origins_go_to_the_network():
    with MockServer() as server, MockServer() as other:
        with httpx2.Client(transport=server.transport()) as http:
            answer = http.get(other.url + "/api/v1/user/remainingCoins", headers=bearer(other))
        assert answer.status_code == 200 and other._http is not None and server._http is None
        assert len(other.state.requests) == 1 and server.state.requests == []


def test_a_request_body_is_streamed_to_the_app_and_a_body_that_breaks_off_is_a_client_that_left():
    with MockServer() as server:

        def body():
            yield b"x" * 1000
            raise OSError("the disk went away")

        with httpx2.Client(transport=server.transport()) as http, pytest.raises(OSError, match="disk"):
            url = server.url + "/mock-upload/k?signature=mock"
            http.put(url, content=body(), headers={"content-length": "2000"})
        deadline = time.monotonic() + 5  # the app ends on the mock's thread, once it hears the client left
        while not server.state.requests and time.monotonic() < deadline:
            time.sleep(0.005)
        assert [(r.method, r.path) for r in server.state.requests] == [("PUT", "/mock-upload/k")]
        assert server.state.uploads == {}
