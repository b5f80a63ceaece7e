"""What the mock keeps of each request that reached it (`MockState.requests`): method, path, query, headers and
the start of the body, with every API key it knows (and the one the request carries) replaced by `<redacted>`,
as sent or JSON-escaped. A key shorter than 12 characters (a test's "k") is replaced in the Authorization header
only, as the client's own scrubbing leaves it: cut out everywhere it would mangle the record and hide nothing."""

from __future__ import annotations

import json
from collections.abc import Collection
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol, Self
from urllib.parse import parse_qsl

from .._config import Secret

if TYPE_CHECKING:
    from starlette.types import Message, Receive, Scope

BODY_KEPT = 64 << 10  # bytes of a body kept: an upload's file is cut there, an API call's body is far smaller
REDACTED = "<redacted>"


class MockRequest(tuple[str, str]):
    """One request that reached the mock, read-only. It is also the pair `(method, path)`, and compares, hashes and
    unpacks as that pair, so `("POST", "/api/v1/video/generate") in state.requests` and `for method, path in
    state.requests` read as they always did.

    `query` has one value per name (the last), `headers` lower-case names; `body` is the body's first 64 KiB and
    `json` the body parsed as JSON (None when it is empty, is not JSON or was longer than what is kept)."""

    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    body: bytes

    def __new__(
        cls,
        method: str,
        path: str,
        query: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        json: Any = None,
        body: bytes = b"",
    ) -> Self:
        record = super().__new__(cls, (method, path))
        for name, value in (("query", query or {}), ("headers", headers or {}), ("json", json), ("body", body)):
            object.__setattr__(record, name, value)
        return record

    @property
    def method(self) -> str:
        return self[0]

    @property
    def path(self) -> str:
        return self[1]

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a MockRequest is read-only: {name} cannot be set")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a MockRequest is read-only: {name} cannot be deleted")

    def __getnewargs__(self) -> tuple[Any, ...]:
        return (self.method, self.path, self.query, self.headers, self.json, self.body)

    def __repr__(self) -> str:
        shown = [repr(self.method), repr(self.path)]
        if self.query:
            shown.append(f"query={self.query!r}")
        if self.json is not None:
            shown.append(f"json={self.json!r}")
        elif self.body:
            shown.append(f"body=<{len(self.body)} bytes>")
        return f"MockRequest({', '.join(shown)})"


class Recorder(Protocol):
    """What `record` needs of the mock's state (`MockState`, which imports this module)."""

    @property
    def lock(self) -> AbstractContextManager[object]: ...

    @property
    def tokens(self) -> Collection[str]: ...

    @property
    def requests(self) -> list[MockRequest]: ...


async def record(state: Recorder, scope: Scope, receive: Receive) -> Receive:
    """Keep the request in `state.requests`, reading up to BODY_KEPT bytes of its body first; return the `receive`
    the app reads it from, which hands over those bytes again before the rest."""
    messages, complete = await read_start(receive)
    body = b"".join(message.get("body", b"") for message in messages)[:BODY_KEPT]
    with state.lock:
        keys = [*state.tokens]
    request = recorded(scope, body, complete, keys)
    with state.lock:
        state.requests.append(request)
    return replaying(messages, receive)


async def read_start(receive: Receive) -> tuple[list[Message], bool]:
    """The first messages of the body, up to BODY_KEPT bytes or its end (or the client's leaving); whether all of
    it is in the bytes kept."""
    messages: list[Message] = []
    size, more = 0, True
    while more and size < BODY_KEPT:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return messages, False
        size += len(message.get("body", b""))
        more = message.get("more_body", False)
    return messages, not more and size <= BODY_KEPT


def replaying(messages: list[Message], receive: Receive) -> Receive:
    pending = iter(messages)

    async def replay() -> Message:
        return next(pending, None) or await receive()

    return replay


def recorded(scope: Scope, body: bytes, complete: bool, keys: list[str]) -> MockRequest:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name, value = raw_name.decode("latin-1"), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    scheme, _, sent_key = headers.get("authorization", "").partition(" ")
    if sent_key.strip():
        headers["authorization"] = f"{scheme} {REDACTED}"
    cut = Redaction([*keys, sent_key.strip()])
    body = cut.body(body)
    query = dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
    return MockRequest(
        scope["method"],
        cut.text(scope["path"]),
        {cut.text(name): cut.text(value) for name, value in query.items()},
        {cut.text(name): cut.text(value) for name, value in headers.items()},
        parsed(body) if complete else None,
        body,
    )


class Redaction:
    """Replaces each key, in the forms the client's own scrubbing knows (`Secret.forms`), with `<redacted>`."""

    def __init__(self, keys: list[str]) -> None:
        forms = {form for key in keys for form in Secret(key).forms()}
        self.forms = sorted(forms, key=len, reverse=True)  # a key that holds another is cut whole
        self.text_forms = [form.decode() for form in self.forms]

    def body(self, data: bytes) -> bytes:
        for form in self.forms:
            data = data.replace(form, REDACTED.encode())
        return data

    def text(self, text: str) -> str:
        for form in self.text_forms:
            text = text.replace(form, REDACTED)
        return text


def parsed(body: bytes) -> Any:
    if not body.strip():
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None
