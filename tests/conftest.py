"""Shared fixtures: one mock A2E server over real HTTP on loopback, and clients pointed at it."""

from __future__ import annotations

import a2e
import pytest
from a2e import _retry
from a2e.mock import MockConfig, MockServer


@pytest.fixture(scope="session")
def server():
    with MockServer(config=MockConfig(process_steps=3, start_coins=100_000)) as running:
        yield running


@pytest.fixture
def client(server):
    with a2e.A2E(server.token, base_url=server.url) as c:
        yield c


@pytest.fixture
def fast_retries(monkeypatch):
    """Retry backoff of zero seconds, so retry tests do not sleep."""
    monkeypatch.setattr(_retry, "BASE_DELAY", 0.0)


def fault(client: a2e.A2E, spec: str) -> a2e.A2E:
    """The same client, asking the mock to answer with `spec` (see a2e.mock._app)."""
    return client.with_options(headers={"x-a2e-mock-fault": spec})


def first_voice(client) -> str:
    return client.tts.list_voices()[0].children[0].value


def first_anchor(client) -> str:
    return client.videos.list_avatars()[0].id
