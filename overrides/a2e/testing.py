"""A pytest plugin for your own tests: an in-process mock A2E and clients bound to it, so code built on `a2e`
is tested without credits or network. Installed with the package (entry point `pytest11`); the fixtures need
the `mock` extra (`pip install 'a2e[mock]'`), and are only set up by the tests that ask for them.

    def test_my_video_pipeline(a2e_client, a2e_mock):
        make_video(a2e_client)                               # your code, given the client
        assert ("POST", "/api/v1/video/generate") in a2e_mock.requests
        created = next(r for r in a2e_mock.requests if r.path == "/api/v1/video/generate")
        assert created.json["anchor_type"] == 0 and created.headers["authorization"] == "Bearer <redacted>"

    def test_it_survives_a_busy_a2e(a2e_client, a2e_mock):
        flaky = a2e_client.with_options(headers=a2e_mock.fault("status=503;times=1"))
        assert flaky.misc.remaining_coins().coins > 0        # retried once, then answered

    def test_a_failed_task(a2e_client, a2e_mock):
        failing = a2e_client.with_options(headers=a2e_mock.task_failure())
        task = failing.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
        with pytest.raises(a2e.TaskFailedError):
            a2e_client.caption_removal.wait(task.id)

Fixtures:
- `a2e_mock` (`MockA2E`): the running mock: `url`, `token`, `state`, `requests` (every request that reached it
  during this test, as `a2e.mock.MockRequest` records: `.method`, `.path`, `.query`, `.headers`, `.json`, `.body`,
  the API key replaced by `<redacted>`; each record also is the pair `(method, path)`), `fault(spec)` and
  `task_failure()` (headers that script a fault or make the next created task fail; see `a2e.mock._faults` for
  every fault), `reset()` (a fresh account: balance, tasks and fault counts).
- `a2e_client`: an `a2e.A2E` bound to it (closed after the test). Its requests reach the mock's app in this
  process, without a socket (an `a2e.mock.MockServer.transport()`); faults, timeouts and cut answers reach it as
  they would over a connection. `a2e_mock.url` is a real loopback server too, for code of yours that makes its own
  client or fetches a result URL with another HTTP library.
- `async_a2e_client`: an `a2e.AsyncA2E` bound to it, for your async tests (pytest-asyncio, anyio...); closed
  after the test.

A task moves three status steps per poll (or one per 20 ms when nobody polls it), and the waits of these clients
poll again at once, whatever `poll_interval` your code passes: a wait sees its task under way, then done, within
a few milliseconds. One mock serves the whole session; each test gets a fresh account, whose key is refused
once the test is over.
"""

from __future__ import annotations

import asyncio
import itertools
import weakref
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

from ._exceptions import InvalidRequestError

if TYPE_CHECKING:
    from a2e.mock import MockRequest, MockServer, MockState

    from . import A2E, AsyncA2E

# A task moves STEPS_PER_POLL status steps per poll, or one per STEP_SECONDS when nobody polls it (lists, webhooks):
# a wait sees its task under way at its first poll and done at its second, even when it starts tens of milliseconds
# after the create, and a task nobody waits for is done within about 150 ms.
STEPS_PER_POLL = 3
STEP_SECONDS = 0.02
PROMPT_POLL = 1e-6  # seconds between the polls of a wait on these clients: polls, not time, move the mock's tasks
_accounts = itertools.count(1)
Client = TypeVar("Client")
MOCK_CLIENTS: weakref.WeakKeyDictionary[MockServer, dict[tuple[type[Any], bool], type[Any]]] = (
    weakref.WeakKeyDictionary()
)


class MockA2E:
    """The mock A2E a test talks to (the `a2e_mock` fixture)."""

    def __init__(self, server: MockServer, token: str = "") -> None:
        self._server = server
        self.url: str = server.url
        self.token: str = token
        self._minted: list[str] = []  # the keys `reset` made, refused again once the test is over

    @property
    def state(self) -> MockState:
        return self._server.state

    @property
    def requests(self) -> list[MockRequest]:
        """Every request that reached the mock during this test: method, path, query, headers and body, each
        also the pair (method, path)."""
        return self._server.state.requests

    @staticmethod
    def fault(spec: str) -> dict[str, str]:
        """Headers making calls answer with a fault: `with_options(headers=a2e_mock.fault("status=503;times=1"))`."""
        return {"x-a2e-mock-fault": spec}

    @staticmethod
    def task_failure() -> dict[str, str]:
        """Headers making each task created with them end in its failure status."""
        return {"x-a2e-mock-outcome": "fail"}

    def reset(self) -> None:
        """A fresh account for this test: the starting balance, no tasks, fault counts at zero."""
        self.token = f"sk_test_{next(_accounts):06d}"
        self._minted.append(self.token)
        with self._server.state.lock:
            self._server.state.tokens.add(self.token)
            self._server.state.requests.clear()

    def _retire(self) -> None:
        """Refuse this test's keys from now on and forget their accounts: a long session holds only the current
        test's (and the mock has fewer keys to cut out of each request it keeps)."""
        state = self._server.state
        with state.lock:
            for token in self._minted:
                state.tokens.discard(token)
                state.accounts.pop(token, None)


def prompt(poll_interval: float) -> float:
    """`PROMPT_POLL` for an interval any client accepts; one a client refuses is passed on, to be refused as usual."""
    from ._waiting import check_seconds

    try:
        check_seconds("wait", "poll_interval", poll_interval)
    except InvalidRequestError:
        return poll_interval
    return PROMPT_POLL


class InProcess:
    """A client whose requests go to the mock's app in this process, without a socket (see
    `a2e.mock._inprocess`): faults, timeouts and cut answers reach it as they would over a connection."""

    _mock_transport: Callable[[], Any]

    def _connections(self) -> dict[str, Any]:
        # No TLS context or pool (no connection is made), and no proxy from the environment: its requests stay here.
        return {"transport": self._mock_transport(), "trust_env": False}


class PromptWaits:
    """Waits that poll again at once: the code under test keeps its `poll_interval` (2 s by default), and its waits
    still go through every poll and status, without the sleeps between them."""

    def _wait(self, op_id: str, task_id: str, *, poll_interval: float, **options: Any) -> Any:
        return super()._wait(op_id, task_id, poll_interval=prompt(poll_interval), **options)  # type: ignore[misc]

    def _as_completed(self, tasks: Any, *, poll_interval: float = 2.0, **options: Any) -> Any:
        return super()._as_completed(tasks, poll_interval=prompt(poll_interval), **options)  # type: ignore[misc]


def mock_client(base: type[Client], server: MockServer, *, prompt_waits: bool = True) -> type[Client]:
    """`base` (`a2e.A2E` or `a2e.AsyncA2E`, and named alike) as an in-process client of `server`, with prompt waits
    unless `prompt_waits=False`; made on first use, so a suite of sync tests never imports the async client."""
    made = MOCK_CLIENTS.setdefault(server, {})
    key = (base, prompt_waits)
    if key not in made:
        from . import A2E

        transport = server.transport if issubclass(base, A2E) else server.async_transport
        bases = (InProcess, PromptWaits, base) if prompt_waits else (InProcess, base)
        made[key] = type(base.__name__, bases, {"__module__": __name__, "_mock_transport": transport})
    return cast("type[Client]", made[key])


@pytest.fixture(scope="session")
def _a2e_mock_server() -> Iterator[MockServer]:
    try:
        from a2e.mock import MockConfig, MockServer
    except ModuleNotFoundError as missing:
        pytest.skip(f"the a2e fixtures need the `mock` extra ({missing}): pip install 'a2e[mock]'")
    config = MockConfig(
        process_steps=2, seconds_per_step=STEP_SECONDS, steps_per_poll=STEPS_PER_POLL, webhook_delay=0.01
    )
    with MockServer(config=config) as server:
        yield server


@pytest.fixture
def a2e_mock(_a2e_mock_server: MockServer) -> Iterator[MockA2E]:
    """The in-process mock A2E, with a fresh account for this test."""
    mock = MockA2E(_a2e_mock_server)
    mock.reset()
    yield mock
    mock._retire()


@pytest.fixture
def a2e_client(a2e_mock: MockA2E) -> Iterator[A2E]:
    """An `a2e.A2E` bound to the mock."""
    from . import A2E

    with mock_client(A2E, a2e_mock._server)(a2e_mock.token, base_url=a2e_mock.url) as client:
        yield client


@pytest.fixture
def async_a2e_client(a2e_mock: MockA2E) -> Iterator[AsyncA2E]:
    """An `a2e.AsyncA2E` bound to the mock, for async tests, whichever event loop runs them: its requests make no
    connection (one would belong to the loop that made it), so nothing is left behind."""
    from . import AsyncA2E

    client = mock_client(AsyncA2E, a2e_mock._server)(a2e_mock.token, base_url=a2e_mock.url)
    yield client
    asyncio.run(client.close())
