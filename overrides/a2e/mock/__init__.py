"""A mock A2E server: the same paths, envelope, auth and task progress as A2E, on loopback.

    with MockServer() as server:
        client = a2e.A2E(server.token, base_url=server.url)

Tasks move with time, as on A2E: one status step per `MockConfig.seconds_per_step` (default 0.25 s) after their
create, whoever reads them (lists, batch reads, reads by id, webhooks), and `MockConfig.steps_per_poll` (one by
default) more per read by id or batch.
A create call with `webhook_url` gets its task ended and reported by one POST to that (loopback) URL; every
attempt is kept in `MockState.webhook_log`. Tests can ask for faults (errors, lost or late answers, broken
downloads: see `a2e.mock._faults`) and read the requests that reached the server in `MockState.requests`
(`MockRequest` records: method, path, query, headers and body, the API key cut out; each also `(method, path)`).

Clients in the same process can also reach it without a socket: `httpx2.Client(transport=server.transport())`
(or `async_transport()`), as the testing plugin's clients do; the loopback server itself starts with the first
connection. Run it by hand with `python -m a2e.mock --port 8000`. Needs the `mock` extra (`pip install a2e[mock]`).
"""

from . import _needs  # noqa: F401  (first: a missing extra is named before anything needs it)
from ._app import create_app
from ._recorded import MockRequest
from ._server import DEFAULT_TOKEN, MockServer
from ._state import MockConfig, MockState

__all__ = ["DEFAULT_TOKEN", "MockConfig", "MockRequest", "MockServer", "MockState", "create_app"]
