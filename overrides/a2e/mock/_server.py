"""The mock app on a loopback port, served from an event loop in a background thread.

The port is bound when the server starts, so `url` is known at once; the HTTP server itself (uvicorn) starts on
the first connection, so a test session whose clients only use the in-process transports (`transport()`,
`async_transport()`: the testing plugin's) never imports it, and stops in a millisecond.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from typing import TYPE_CHECKING, Any

from ._app import create_app
from ._inprocess import AsyncMockTransport, MockTransport, Origin
from ._state import MockConfig, MockState

if TYPE_CHECKING:
    import httpx2
    from starlette.types import ASGIApp

DEFAULT_TOKEN = "sk_mock_0123456789abcdef"
BACKLOG = 2048  # uvicorn's own default
STOP_SECONDS = 10  # at most, for the server's shutdown (open connections, tasks) and the loop's thread


class MockServer:
    """The mock A2E on 127.0.0.1 in a background thread; `url` and `token` are what a client needs, or
    `transport()` for an `httpx2.Client` that reaches it without a socket."""

    def __init__(
        self, *, port: int = 0, token: str = DEFAULT_TOKEN, config: MockConfig | None = None, host: str = "127.0.0.1"
    ) -> None:
        self.token: str = token
        self.state: MockState = MockState({token}, config)
        self.app: ASGIApp = create_app(self.state)
        self._host, self._port = host, port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._http: Any = None  # the uvicorn server, once a connection came
        self._serving: asyncio.Task[None] | None = None
        self._origin: Origin | None = None
        self.url: str = ""

    def start(self) -> MockServer:
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        # IPPROTO_TCP named, as getaddrinfo names it: asyncio sets TCP_NODELAY only on sockets of that protocol,
        # and without it each answer on a kept-alive connection waits out the client's delayed ACK (40 ms).
        listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            listener.bind((self._host, self._port))
            listener.listen(BACKLOG)
        except OSError:
            listener.close()
            raise
        listener.setblocking(False)
        host, port = listener.getsockname()[:2]
        self._socket, self.url = listener, f"http://{f'[{host}]' if family == socket.AF_INET6 else host}:{port}"
        loop = self._loop = asyncio.new_event_loop()
        loop.add_reader(listener.fileno(), self._first_connection)
        self._origin = Origin(loop, self.app, f"[{host}]" if family == socket.AF_INET6 else host, port)
        running = threading.Event()
        loop.call_soon(running.set)
        self._thread = threading.Thread(target=loop.run_forever, name="a2e-mock", daemon=True)
        self._thread.start()
        if not running.wait(STOP_SECONDS):
            raise RuntimeError("the mock A2E server did not start")
        return self

    def _first_connection(self) -> None:
        """Someone connects: serve the port with uvicorn from now on (the connection waits in the backlog)."""
        import uvicorn

        assert self._loop is not None and self._socket is not None
        self._loop.remove_reader(self._socket.fileno())
        # No access log: its lines are below the "warning" level, and every request would still format one.
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off", access_log=False)
        self._http = uvicorn.Server(config)
        self._serving = self._loop.create_task(self._http.serve(sockets=[self._socket]))

    def transport(self) -> httpx2.BaseTransport:
        """An `httpx2` transport that hands requests for `url` to the app in this process, without a socket:
        `httpx2.Client(transport=server.transport())`. Requests for other origins go to the network."""
        if self._origin is None:
            raise RuntimeError("start the mock A2E server first")
        return MockTransport(self._origin)

    def async_transport(self) -> httpx2.AsyncBaseTransport:
        """`transport()` for an `httpx2.AsyncClient`, on any event loop."""
        if self._origin is None:
            raise RuntimeError("start the mock A2E server first")
        return AsyncMockTransport(self._origin)

    async def _shutdown(self) -> None:
        if self._http is not None and self._serving is not None:
            self._http.should_exit = True
            await self._serving
        elif self._socket is not None:
            asyncio.get_running_loop().remove_reader(self._socket.fileno())
        # What is still running (task-end webhooks not yet due, answers held by faults) ends with the server.
        others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or loop.is_closed():
            return
        try:
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(STOP_SECONDS)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(STOP_SECONDS)
            if self._socket is not None:
                self._socket.close()
            with contextlib.suppress(RuntimeError):  # still running: the thread did not stop in time
                loop.close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
