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

Run it by hand with `python -m a2e.mock --port 8000`. Needs the `mock` extra (`pip install a2e[mock]`).
"""

try:
    import pydantic  # noqa: F401
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ModuleNotFoundError as missing:  # pragma: no cover - depends on the environment
    raise ModuleNotFoundError(
        f"a2e.mock needs {missing.name}, from the `mock` extra: pip install 'a2e[mock]'", name=missing.name
    ) from missing

from ._app import create_app
from ._recorded import MockRequest
from ._server import DEFAULT_TOKEN, MockServer
from ._state import MockConfig, MockState

__all__ = ["DEFAULT_TOKEN", "MockConfig", "MockRequest", "MockServer", "MockState", "create_app"]
