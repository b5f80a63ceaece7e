"""Shared fixtures: one mock A2E server over real HTTP on loopback, and clients pointed at it."""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import a2e
import pytest
import yaml
from a2e import _constants, spec_diff
from a2e.mock import MockConfig, MockServer

collect_ignore_glob = ["data/*"]  # tests/data/user_suite is run by test_testing_plugin, in its own environment


@pytest.fixture(scope="session")
def server():
    with MockServer(config=MockConfig(process_steps=3, start_coins=100_000)) as running:
        yield running


class Synced:
    """An `AsyncA2E` (or one of its groups) driven from plain test code: every call that returns an awaitable
    runs it to the end on the test's event loop, so one test body checks both clients."""

    def __init__(self, target: Any, runner: asyncio.Runner) -> None:
        self._target, self._runner = target, runner

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return self._wrap(value)

        def call(*args: Any, **kwargs: Any) -> Any:
            result = value(*args, **kwargs)
            return self._wrap(self._runner.run(result) if inspect.isawaitable(result) else result)

        return call

    def _wrap(self, value: Any) -> Any:
        module = type(value).__module__
        if isinstance(value, a2e.AsyncA2E) or module.startswith("_a2e_api.resources"):
            return Synced(value, self._runner)
        return value


@pytest.fixture(params=["sync", "async"])
def client(server, request):
    """The same tests over `A2E` and `AsyncA2E`; `times=` faults count afresh for each test."""
    yield from clients(server, request.param)


IN_PROCESS_TOO = ["sync", "async", "sync in-process", "async in-process"]


def clients(server: MockServer, kind: str) -> Any:
    """A client of `server`, as `kind` says: `A2E` or `AsyncA2E` (driven through `Synced`), over loopback
    connections or, with "in-process", the in-process transport the testing plugin's clients use (its waits as
    they are: no prompt polls)."""
    server.state.account(server.token).fault_counts.clear()
    sync = kind.startswith("sync")
    base: Any = a2e.A2E if sync else a2e.AsyncA2E
    if kind.endswith("in-process"):
        from a2e.testing import mock_client

        base = mock_client(base, server, prompt_waits=False)
    if sync:
        with base(server.token, base_url=server.url) as c:
            yield c
        return
    with asyncio.Runner() as runner:
        async_client = base(server.token, base_url=server.url)
        yield Synced(async_client, runner)
        runner.run(async_client.close())


@pytest.fixture
def fast_retries(monkeypatch):
    """Retry backoff of zero seconds, so retry tests do not sleep."""
    monkeypatch.setattr(_constants, "BASE_DELAY", 0.0)


def fault(client: Any, spec: str) -> Any:
    """The same client, asking the mock to answer with `spec` (see a2e.mock._app)."""
    return client.with_options(headers={"x-a2e-mock-fault": spec})


def first_voice(client) -> str:
    return client.tts.list_voices()[0].children[0].value


def first_anchor(client) -> str:
    return client.videos.list_avatars()[0].id


SPEC = Path(__file__).resolve().parent.parent / "openapi" / "a2e.yaml"
GENERATE = [sys.executable, str(SPEC.parent.parent / "generator" / "generate.py")]


def load_spec() -> dict[str, Any]:
    """A fresh copy of openapi/a2e.yaml, parsed."""
    return spec_diff.load(SPEC)


def generate_from(spec: dict[str, Any], folder: Path) -> subprocess.CompletedProcess[str]:
    """Run the generator on `spec` (written to `folder`), into `folder/out`; its result, output captured."""
    spec_file = folder / "a2e.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    spec_file.write_text(yaml.dump(spec, Dumper=dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    command = [*GENERATE, "--spec", str(spec_file), "--out", str(folder / "out")]
    return subprocess.run(command, capture_output=True, text=True)


def free_port() -> int:
    """A loopback port nothing listens on, for a server a test starts in another process."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_listening(port: int, process: Any, seconds: float = 20.0) -> None:
    """Return once something accepts connections on `port`; fail if `process` ends first or time runs out."""
    import socket
    import time

    deadline = time.monotonic() + seconds
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            output = "" if process.poll() is None else (process.stderr.read() if process.stderr else "")
            assert time.monotonic() < deadline and process.poll() is None, f"nothing listens on {port}: {output}"
            time.sleep(0.05)
