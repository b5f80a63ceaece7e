"""A pytest plugin for your own tests: an in-process mock A2E and clients bound to it, so code built on `a2e`
is tested without credits or network. Installed with the package (entry point `pytest11`); the fixtures need
the `mock` extra (`pip install 'a2e[mock]'`), and are only set up by the tests that ask for them.

    def test_my_video_pipeline(a2e_client, a2e_mock):
        make_video(a2e_client)                               # your code, given the client
        assert ("POST", "/api/v1/video/generate") in a2e_mock.requests

    def test_it_survives_a_busy_a2e(a2e_client, a2e_mock):
        flaky = a2e_client.with_options(headers=a2e_mock.fault("status=503;times=1"))
        assert flaky.misc.remaining_coins().coins > 0        # retried once, then answered

    def test_a_failed_task(a2e_client, a2e_mock):
        failing = a2e_client.with_options(headers=a2e_mock.task_failure())
        task = failing.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
        with pytest.raises(a2e.TaskFailedError):
            a2e_client.caption_removal.wait(task.id, poll_interval=0.01)

Fixtures:
- `a2e_mock` (`MockA2E`): the running mock: `url`, `token`, `state`, `requests` (every request that reached it,
  as (method, path), emptied before each test), `fault(spec)` and `task_failure()` (headers that script a
  fault or make the next created task fail; see `a2e.mock._faults` for every fault), `reset()` (a fresh
  account: balance, tasks and fault counts).
- `a2e_client`: an `a2e.A2E` bound to it (closed after the test).
- `async_a2e_client`: an `a2e.AsyncA2E` bound to it, for your async tests (pytest-asyncio, anyio...); closed
  after the test.

Tasks finish within milliseconds of being created, so waits end at their first or second poll (pass a small
`poll_interval=` to waits in tests). One mock serves the whole session; each test gets a fresh account.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from a2e.mock import MockServer, MockState

    from . import A2E, AsyncA2E

STEP_SECONDS = 0.0005  # how fast the mock's tasks move: a task created is finished a few milliseconds later
_accounts = itertools.count(1)


class MockA2E:
    """The mock A2E a test talks to (the `a2e_mock` fixture)."""

    def __init__(self, server: MockServer, token: str) -> None:
        self._server = server
        self.url: str = server.url
        self.token = token

    @property
    def state(self) -> MockState:
        return self._server.state

    @property
    def requests(self) -> list[tuple[str, str]]:
        """(method, path) of every request that reached the mock during this test."""
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
        self._server.state.tokens.add(self.token)
        self._server.state.requests.clear()


@pytest.fixture(scope="session")
def _a2e_mock_server() -> Iterator[MockServer]:
    try:
        from a2e.mock import MockConfig, MockServer
    except ModuleNotFoundError as missing:
        pytest.skip(f"the a2e fixtures need the `mock` extra ({missing}): pip install 'a2e[mock]'")
    with MockServer(config=MockConfig(process_steps=2, seconds_per_step=STEP_SECONDS, webhook_delay=0.01)) as server:
        yield server


@pytest.fixture
def a2e_mock(_a2e_mock_server: MockServer) -> MockA2E:
    """The in-process mock A2E, with a fresh account for this test."""
    mock = MockA2E(_a2e_mock_server, _a2e_mock_server.token)
    mock.reset()
    return mock


@pytest.fixture
def a2e_client(a2e_mock: MockA2E) -> Iterator[A2E]:
    """An `a2e.A2E` bound to the mock."""
    from . import A2E

    with A2E(a2e_mock.token, base_url=a2e_mock.url) as client:
        yield client


@pytest.fixture
def async_a2e_client(a2e_mock: MockA2E) -> Iterator[AsyncA2E]:
    """An `a2e.AsyncA2E` bound to the mock, for async tests, whichever event loop runs them: it keeps no
    connection open between calls (one would belong to the loop that made it), so nothing is left behind."""
    import httpx2

    from . import AsyncA2E

    http = httpx2.AsyncClient(limits=httpx2.Limits(max_keepalive_connections=0))
    yield AsyncA2E(a2e_mock.token, base_url=a2e_mock.url, http_client=http)
    asyncio.run(http.aclose())
