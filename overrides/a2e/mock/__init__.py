"""A mock A2E server: the same paths, envelope, auth and task progress as A2E, on loopback.

    with MockServer() as server:
        client = a2e.A2E(server.token, base_url=server.url)

A create call with `webhook_url` gets its task ended and reported by one POST to that (loopback) URL; every
attempt is kept in `MockState.webhook_log`.

Run it by hand with `python -m a2e.mock --port 8000`. Needs the `mock` extra (`pip install a2e[mock]`).
"""

from ._app import create_app
from ._server import DEFAULT_TOKEN, MockServer
from ._state import MockConfig, MockState

__all__ = ["DEFAULT_TOKEN", "MockConfig", "MockServer", "MockState", "create_app"]
