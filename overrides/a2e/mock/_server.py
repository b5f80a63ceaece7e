"""Serve the mock app with uvicorn on a loopback port, in a background thread or in the foreground."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

import uvicorn

from ._app import create_app
from ._state import MockConfig, MockState

if TYPE_CHECKING:
    from starlette.types import ASGIApp

DEFAULT_TOKEN = "sk_mock_0123456789abcdef"
STARTED_POLL = 0.001  # seconds between looks at whether uvicorn listens: it starts in a few ms, every test session


class MockServer:
    """The mock A2E on 127.0.0.1 in a background thread; `url` and `token` are what a client needs."""

    def __init__(
        self, *, port: int = 0, token: str = DEFAULT_TOKEN, config: MockConfig | None = None, host: str = "127.0.0.1"
    ) -> None:
        self.token: str = token
        self.state: MockState = MockState({token}, config)
        self.app: ASGIApp = create_app(self.state)
        # No access log: its lines are below the "warning" level, and every request would still format one.
        self._config = uvicorn.Config(
            self.app, host=host, port=port, log_level="warning", lifespan="off", access_log=False
        )
        self._server = uvicorn.Server(self._config)
        self._thread: threading.Thread | None = None
        self.url: str = ""

    def start(self) -> MockServer:
        self._thread = threading.Thread(target=self._server.run, name="a2e-mock", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock A2E server did not start")
            time.sleep(STARTED_POLL)
        host, port = self._server.servers[0].sockets[0].getsockname()[:2]
        self.url = f"http://{host}:{port}"
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
