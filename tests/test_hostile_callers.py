"""Callers who do odd things: calls on a closed client, nested `with` blocks, the key in tracebacks' locals, a
server that echoes the key, half-built clients, and arguments whose `__repr__` fails. Sync and async alike."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import a2e
import httpx2 as httpx
import pytest
from a2e import _operations

KEY = "sk-test-hostile-0123456789abcdef"


def run(client: Any, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call `method` of either client to the end (an awaitable is run on a fresh event loop)."""
    result = method(*args, **kwargs)
    if asyncio.iscoroutine(result):
        return asyncio.run(result)
    return result


def make(kind: str, server: Any, **options: Any) -> a2e.A2E | a2e.AsyncA2E:
    cls = a2e.A2E if kind == "sync" else a2e.AsyncA2E
    return cls(server.token, base_url=server.url, **options)


def close(client: a2e.A2E | a2e.AsyncA2E) -> None:
    if isinstance(client, a2e.A2E):
        client.close()
        return

    async def closing() -> None:  # as user code would: awaited in a coroutine of theirs
        await client.close()

    asyncio.run(closing())


@pytest.fixture
def requests(server):
    server.state.requests.clear()
    return server.state.requests


kinds = pytest.mark.parametrize("kind", ["sync", "async"])


# Closed clients -------------------------------------------------------------------------------------------------


@kinds
def test_a_call_on_a_closed_client_is_a_typed_error_that_says_where_it_was_closed(kind, server, requests):
    client = make(kind, server)
    close(client)
    with pytest.raises(a2e.ClientClosedError, match="closed") as caught:
        run(client, client.misc.remaining_coins)
    assert "test_hostile_callers.py" in str(caught.value)  # the line that closed it
    assert requests == []


@kinds
def test_a_copy_of_a_closed_client_and_a_download_say_so_too(kind, server, requests, tmp_path):
    client = make(kind, server)
    copy = client.with_options(max_retries=0)
    close(client)
    with pytest.raises(a2e.ClientClosedError):
        run(copy, copy.misc.remaining_coins)
    with pytest.raises(a2e.ClientClosedError):
        run(client, client.download, f"{server.url}/files/sample.mp4", tmp_path)
    with pytest.raises(a2e.ClientClosedError):
        run(client, client.upload, __file__)
    assert requests == [] and list(tmp_path.iterdir()) == []


@kinds
def test_an_http_client_closed_by_its_owner_is_a_typed_error(kind, server, requests):
    http = httpx.Client() if kind == "sync" else httpx.AsyncClient()
    client = make(kind, server, http_client=http)
    run(http, http.close if kind == "sync" else http.aclose)
    with pytest.raises(a2e.ClientClosedError, match="http_client"):
        run(client, client.misc.remaining_coins)
    assert requests == []


def test_a_with_block_nested_in_another_on_the_same_client_leaves_it_open(server):
    client = make("sync", server)
    with client:
        with client as inner:
            assert inner is client
        assert client.misc.remaining_coins() is not None  # the inner block did not close it
    with pytest.raises(a2e.ClientClosedError):
        client.misc.remaining_coins()


def test_an_async_with_block_nested_in_another_on_the_same_client_leaves_it_open(server):
    async def main() -> None:
        client = make("async", server)
        assert isinstance(client, a2e.AsyncA2E)
        async with client:
            async with client as inner:
                assert inner is client
            assert await client.misc.remaining_coins() is not None
        with pytest.raises(a2e.ClientClosedError):
            await client.misc.remaining_coins()

    asyncio.run(main())


@kinds
def test_a_closed_error_pickles_with_its_message(kind, server):
    client = make(kind, server)
    close(client)
    with pytest.raises(a2e.ClientClosedError) as caught:
        run(client, client.misc.remaining_coins)
    assert str(pickle.loads(pickle.dumps(caught.value))) == str(caught.value)


# The key in tracebacks' locals ------------------------------------------------------------------------------------


def frames_holding(error: BaseException, secret: str) -> list[str]:
    """The locals, in a2e's frames of `error`'s traceback (and its causes'), whose repr shows `secret`: what a
    "show locals" traceback (rich, pytest --showlocals) would print."""
    found: list[str] = []
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        for frame, _ in traceback.walk_tb(current.__traceback__):
            if frame.f_code.co_filename == __file__:
                continue
            for name, value in frame.f_locals.items():
                try:
                    text = repr(value)
                except Exception:  # a failing repr is its own finding, below
                    text = ""
                if secret in text:
                    found.append(f"{frame.f_code.co_qualname}:{name}")
        pending += [current.__cause__, current.__context__]
    return found


BAD_SETTINGS: list[dict[str, Any]] = [
    {"base_url": "ftp://example.com"},
    {"base_url": "http://example.com"},
    {"region": "mars"},
    {"timeout": -1},
    {"max_retries": -1},
    {"headers": {"bad name": "x"}},
    {"http_client": object()},
    {"base_url": "https://a.example", "region": "us"},
]


@kinds
@pytest.mark.parametrize("settings", BAD_SETTINGS, ids=lambda s: ",".join(s))
def test_a_refused_client_keeps_the_key_out_of_every_frame(kind, settings):
    cls = a2e.A2E if kind == "sync" else a2e.AsyncA2E
    with pytest.raises(a2e.ConfigurationError) as caught:
        cls(api_key=KEY, **settings)
    assert frames_holding(caught.value, KEY) == []


@kinds
def test_a_key_from_the_environment_stays_out_of_frames_too(kind, monkeypatch):
    monkeypatch.setenv("A2E_API_KEY", KEY)
    cls = a2e.A2E if kind == "sync" else a2e.AsyncA2E
    with pytest.raises(a2e.ConfigurationError) as caught:
        cls(base_url="ftp://example.com")
    assert frames_holding(caught.value, KEY) == []


@pytest.mark.parametrize("bad", [f"{KEY}\nx", f"{KEY} x", f"{KEY}é"])
def test_a_key_that_cannot_be_sent_is_refused_without_a_frame_holding_it(bad):
    with pytest.raises(a2e.ConfigurationError) as caught:
        a2e.A2E(api_key=bad)
    assert frames_holding(caught.value, KEY) == []
    assert KEY not in str(caught.value)


@kinds
@pytest.mark.parametrize(
    "options",
    [
        {"extra_headers": {"bad\nname": "x"}},
        {"extra_headers": {"X-Ok": "line\nbreak"}},
        {"extra_query": {"q": object()}},
        {"extra_body": {"n": float("nan")}},
        {"timeout": -1},
    ],
    ids=lambda o: ",".join(o),
)
def test_a_refused_call_keeps_the_key_out_of_every_frame(kind, server, requests, options):
    client = make(kind, server)
    with pytest.raises(a2e.InvalidRequestError) as caught:
        run(client, client.misc.remaining_coins, **options)
    assert requests == []
    assert frames_holding(caught.value, server.token) == []
    close(client)


@kinds
def test_a_refused_copy_keeps_its_new_key_out_of_every_frame(kind, server):
    client = make(kind, server)
    with pytest.raises(a2e.ConfigurationError) as caught:
        client.with_options(api_key=KEY, base_url="ftp://example.com")
    assert frames_holding(caught.value, KEY) == []
    close(client)


# A server that echoes the key -------------------------------------------------------------------------------------


def echoing(kind: str, status: int, body: Callable[[str], bytes], content_type: str = "application/json") -> Any:
    """A client whose 'A2E' answers `status` with `body(the Authorization header it got)`."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, content=body(request.headers["authorization"]), headers={"content-type": content_type}
        )

    transport: Any = httpx.MockTransport(answer)
    http = httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient(transport=transport)
    cls = a2e.A2E if kind == "sync" else a2e.AsyncA2E
    return cls(api_key=KEY, base_url="https://api.example.com", http_client=http, max_retries=0)


ECHOES: list[tuple[int, Callable[[str], bytes], str]] = [
    (200, lambda auth: json.dumps({"code": 401, "msg": f"token invalid: {auth}", "data": None}).encode(), "json"),
    (401, lambda auth: json.dumps({"code": 401, "msg": f"bad {auth}", "data": {"auth": auth}}).encode(), "json"),
    (500, lambda auth: f"<html>Internal error: header {auth}</html>".encode(), "text/html"),
    (200, lambda auth: f"not json at all {auth}".encode(), "text/plain"),
    (400, lambda auth: json.dumps({"code": 400, "msg": "x" * 5000 + auth}).encode(), "json"),
]


@kinds
@pytest.mark.parametrize(("status", "body", "content_type"), ECHOES, ids=["200", "401", "500-html", "junk", "long"])
def test_a_server_that_echoes_the_authorization_header_never_gets_it_into_the_error(
    kind, status, body, content_type, caplog
):
    client = echoing(kind, status, body, "application/json" if content_type == "json" else content_type)
    caplog.set_level(logging.DEBUG, logger="a2e")
    with pytest.raises(a2e.A2EError) as caught:
        run(client, client.misc.remaining_coins)
    error = caught.value
    texts = [str(error), repr(error), repr(error.args), repr(vars(error)), caplog.text]
    texts += [str(e) for e in (error.__cause__, error.__context__) if e is not None]
    assert not [t for t in texts if KEY in t]
    assert KEY.encode() not in pickle.dumps(error)


@kinds
def test_a_charged_call_whose_unreadable_answer_echoes_the_key_is_scrubbed_too(kind):
    client = echoing(kind, 200, lambda auth: json.dumps({"code": 0, "data": [auth]}).encode())
    with pytest.raises(a2e.A2EError) as caught:
        run(client, client.tts.generate, msg="hi", tts_id="6625ebd4613f49985c3c2ff5")
    error = caught.value
    assert KEY not in f"{error} {error!r} {vars(error)}"


# Half-built clients ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [a2e.A2E, a2e.AsyncA2E])
def test_repr_of_a_client_that_was_never_built_does_not_raise(cls):
    half = object.__new__(cls)
    assert cls.__name__ in repr(half)


@kinds
@pytest.mark.parametrize("settings", BAD_SETTINGS, ids=lambda s: ",".join(s))
def test_every_local_of_a_failed_construction_has_a_repr(kind, settings):
    cls = a2e.A2E if kind == "sync" else a2e.AsyncA2E
    with pytest.raises(a2e.ConfigurationError) as caught:
        cls(api_key=KEY, **settings)
    for frame, _ in traceback.walk_tb(caught.value.__traceback__):
        for value in frame.f_locals.values():
            repr(value)  # raises if a half-built object cannot be shown


# Arguments whose __repr__ fails -----------------------------------------------------------------------------------


class Hostile:
    """An argument every conversion to text fails on."""

    def __repr__(self) -> str:
        raise RuntimeError("repr exploded")

    def __str__(self) -> str:
        raise RuntimeError("str exploded")

    def __format__(self, spec: str) -> str:
        raise RuntimeError("format exploded")


def operations_with_parameters() -> Iterator[tuple[str, str]]:
    for op_id in sorted(_operations.OPERATIONS):
        for field in _operations.get_operation(op_id)["params"]:
            yield op_id, field["wire"]


@kinds
def test_a_hostile_argument_to_any_parameter_of_any_operation_is_refused_cleanly(kind, server, requests):
    client = make(kind, server)
    escaped: list[str] = []
    refused = 0
    for op_id, wire in operations_with_parameters():
        try:
            run(client, client.call, op_id, **{wire: Hostile()})
        except a2e.InvalidRequestError:
            refused += 1
        except Exception as exc:  # noqa: BLE001 - what escapes is the finding
            escaped.append(f"{op_id}.{wire}: {type(exc).__name__}: {exc}")
    close(client)
    assert escaped == []
    assert refused > 500 and requests == []


@kinds
def test_hostile_values_in_options_helpers_and_waits_are_refused_cleanly(kind, server, requests, tmp_path):
    client = make(kind, server)
    attempts: list[Callable[[], Any]] = [
        lambda: run(client, client.misc.remaining_coins, extra_headers={"X-A": Hostile()}),
        lambda: run(client, client.misc.remaining_coins, extra_headers={Hostile(): "x"}),
        lambda: run(client, client.misc.remaining_coins, extra_query={"q": Hostile()}),
        lambda: run(client, client.misc.remaining_coins, extra_query={Hostile(): 1}),
        lambda: run(client, client.misc.remaining_coins, extra_body={"b": Hostile()}),
        lambda: run(client, client.misc.remaining_coins, timeout=Hostile()),
        lambda: run(client, client.videos.wait, Hostile()),
        lambda: run(client, client.videos.wait, "507f1f77bcf86cd799439011", timeout=Hostile()),
        lambda: run(client, client.download, Hostile(), tmp_path),
        lambda: run(client, client.download, f"{server.url}/x.mp4", tmp_path, timeout=Hostile()),
        lambda: run(client, client.upload, Hostile()),
        lambda: run(client, client.wait_many, [Hostile()]),
        lambda: run(client, client.wait_many, [(Hostile(), "x")]),
        lambda: run(client, client.find_created, Hostile()),
        lambda: list(client.videos.iter_list(max_items=Hostile())) if kind == "sync" else None,
    ]
    escaped = []
    for index, attempt in enumerate(attempts):
        try:
            attempt()
        except a2e.A2EError:
            pass
        except Exception as exc:  # noqa: BLE001 - what escapes is the finding
            escaped.append(f"{index}: {type(exc).__name__}: {exc}")
    close(client)
    assert escaped == []
    assert requests == []


@pytest.mark.parametrize("cls", [a2e.A2E, a2e.AsyncA2E])
@pytest.mark.parametrize(
    "settings",
    [
        {"base_url": Hostile()},
        {"region": Hostile()},
        {"timeout": Hostile()},
        {"max_retries": Hostile()},
        {"headers": {"X-A": Hostile()}},
        {"headers": {Hostile(): "x"}},
        {"lang": Hostile()},
    ],
    ids=lambda s: ",".join(map(str, s)),
)
def test_hostile_settings_are_refused_cleanly(cls, settings):
    with pytest.raises(a2e.ConfigurationError):
        cls(api_key=KEY, **settings)


@kinds
def test_an_api_redirect_is_never_followed_even_by_a_users_client_that_follows_redirects(kind):
    hosts: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "api.example.com":
            return httpx.Response(302, headers={"location": "https://elsewhere.example.net/coins"})
        return httpx.Response(200, json={"code": 0, "data": {"coins": 1}})

    transport: Any = httpx.MockTransport(answer)
    http_cls = httpx.Client if kind == "sync" else httpx.AsyncClient
    cls = a2e.A2E if kind == "sync" else a2e.AsyncA2E
    client = cls(
        api_key=KEY,
        base_url="https://api.example.com",
        http_client=http_cls(transport=transport, follow_redirects=True),
    )
    with pytest.raises(a2e.UnexpectedResponseError):
        run(client, client.misc.remaining_coins)
    assert hosts and set(hosts) == {"api.example.com"}  # never the host the redirect named
