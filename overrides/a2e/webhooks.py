"""Receiving A2E's task-end webhooks.

A create call that carries `webhook_url=` (and `webhook_token=`) makes A2E POST to that URL once when the task
ends, with no retry; the family's detail operation stays authoritative, so poll it when an event may have been
missed. The body is `{"event": "task.completed" | "task.failed", "task_id": ..., "family": ..., "data": <task
record>}` and the header `X-A2e-Webhook-Token` carries the `webhook_token` given on create.

Inside any web framework, hand the raw body and the headers to `handle` (or `verify`, then `parse`):

    import a2e
    from a2e import webhooks

    @flask_app.post("/a2e/webhook")                      # Flask; in FastAPI: `await request.body()`
    def a2e_webhook():
        try:
            event = webhooks.handle(request.get_data(), request.headers, TOKEN)
        except a2e.AuthenticationError:                  # missing or wrong X-A2e-Webhook-Token
            return {"ok": False}, 401
        except a2e.UnexpectedResponseError:              # the body is not a JSON object
            return {"ok": False}, 400
        if event.event == "task.completed":
            save(event.task_id, event.data)              # e.g. an Image2VideoRecord for family "image2video"
        return {"ok": True}

Or serve the ready-made ASGI app, alone under uvicorn or mounted in an ASGI framework:

    async def on_event(event: webhooks.WebhookEvent) -> None:
        print(event.event, event.family, event.task_id)

    receiver = webhooks.app(on_event, token=os.environ["A2E_WEBHOOK_TOKEN"])
    uvicorn.run(receiver, host="0.0.0.0", port=8000)     # behind HTTPS: A2E calls https:// URLs only
    # or: fastapi_app.mount("/a2e/webhook", receiver)

To let waiting end as soon as a webhook arrives (polling stays the fallback, since A2E never resends one),
feed an `Inbox` and pass it to `wait_many`/`as_completed`:

    inbox = webhooks.Inbox()
    receiver = webhooks.app(inbox, token=TOKEN)          # served as above, in this process
    outcomes = client.wait_many(tasks, poll_interval=30, inbox=inbox)

This module is not imported by `import a2e`; `from a2e import webhooks` loads it.
"""

from __future__ import annotations

import hmac
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from attrs import define, field

from ._asgi import lifespan
from ._exceptions import AuthenticationError, ConfigurationError, UnexpectedResponseError

if TYPE_CHECKING:
    from _a2e_api.resources import TaskRecords
from ._operations import parse_data

# A JSON value as a body carries it: what `WebhookEvent.data` is when no model of the family fits it.
JSONValue: TypeAlias = "dict[str, JSONValue] | list[JSONValue] | str | int | float | bool | None"

__all__ = [
    "Inbox",
    "MAX_BODY",
    "OPERATION",
    "TOKEN_HEADER",
    "ASGIApp",
    "Body",
    "EventHandler",
    "HeadersLike",
    "WebhookEvent",
    "app",
    "handle",
    "parse",
    "verify",
]

TOKEN_HEADER = "X-A2e-Webhook-Token"
OPERATION = "webhook_task_ended"  # the spec's id of the callback (`webhooks.taskEnded`), named in errors
MAX_BODY = 1 << 20  # bytes `app` reads at most; a task record is a few kilobytes

logger: logging.Logger = logging.getLogger("a2e.webhooks")

HeadersLike: TypeAlias = (
    Mapping[str, str | bytes] | Mapping[bytes, str | bytes] | Iterable[tuple[str | bytes, str | bytes]]
)
"""A Mapping (dict, Starlette/FastAPI, Flask/werkzeug, http.server headers) or (name, value) pairs such as
an ASGI scope's `headers`; names and values may be str or bytes."""

Body: TypeAlias = bytes | bytearray | memoryview | str | Mapping[str, Any]
"""A request body: its raw bytes or text, or the JSON object a framework already decoded."""

Scope: TypeAlias = MutableMapping[str, Any]
Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]
ASGIApp: TypeAlias = Callable[[Scope, Receive, Send], Awaitable[None]]
EventHandler: TypeAlias = Callable[["WebhookEvent"], object]
"""A function or coroutine function taking the event; what it returns is awaited when awaitable, else ignored."""


@define(frozen=True)
class WebhookEvent:
    """One task-end report.

    `event` is "task.completed" or "task.failed" (A2E may add others); `task_id` the task's id; `family` the
    task family ("video", "image2video", "face_swap", ...). `data` is the task record typed as the family's
    detail (`get`) operation returns it, e.g. `VideoRecord` or `TaskRecord`, with fields the spec does not know
    in its `additional_properties`; it stays the raw value when the family has no such operation or the record
    does not fit its model (no `_id`, not an object). A field the body lacks is None; `raw` is the whole body.
    """

    event: str | None = None
    task_id: str | None = None
    family: str | None = None
    data: TaskRecords | JSONValue = None
    raw: dict[str, Any] = field(factory=dict, repr=False)


def verify(headers: HeadersLike, expected_token: str) -> bool:
    """Whether the request carries `expected_token` (the `webhook_token` given on create) in its
    `X-A2e-Webhook-Token` header, compared in constant time.

    The header name is matched in any case. False when the header is missing or sent more than once, or when
    `expected_token` is empty (an empty token would let anyone in). Tokens are compared as the bytes sent: a
    str value that a server decoded as Latin-1 (as WSGI and ASGI servers do) matches as well as a UTF-8 one.
    """
    if not isinstance(expected_token, str) or not expected_token:
        return False
    values = _header_values(headers, TOKEN_HEADER)
    if len(values) != 1:
        return False
    expected = expected_token.encode()
    matched = False
    for candidate in _wire_forms(values[0]):
        matched |= hmac.compare_digest(candidate, expected)
    return matched


def parse(body: Body) -> WebhookEvent:
    """The event in a webhook body: the raw bytes or text of the request, or the JSON object already decoded.

    Unknown fields are kept (in `raw`, and in the typed record's `additional_properties`); missing ones are
    None. Only a body that is not a JSON object raises, with `a2e.UnexpectedResponseError`: as for any answer
    of A2E's, it means that what arrived does not have the documented shape. (`a2e.InvalidRequestError` is for
    the caller's own arguments, found before anything is sent, so it does not fit received data.)
    """
    raw = _decode(body)
    family = _text(raw.get("family"))
    return WebhookEvent(
        event=_text(raw.get("event")),
        task_id=_text(raw.get("task_id")),
        family=family,
        data=_typed_record(family, raw.get("data")),
        raw=raw,
    )


def handle(body: Body, headers: HeadersLike, token: str) -> WebhookEvent:
    """`verify`, then `parse`. A missing or wrong token raises `a2e.AuthenticationError` (status_code 401, the
    class of a refused credential; its message never holds either token), a body that is not a JSON object
    `a2e.UnexpectedResponseError`."""
    if not verify(headers, token):
        raise AuthenticationError(_refusal(headers, token), status_code=401, operation=OPERATION)
    return parse(body)


def app(on_event: EventHandler, *, token: str, max_body: int = MAX_BODY) -> ASGIApp:
    """A minimal ASGI 3 app that receives webhooks on any path and calls `on_event(event)` for each.

    POST with the right token and a JSON object body: `on_event` is called (awaited if it returns an
    awaitable) and the answer is 200 `{"ok": true}`. Otherwise: 405 for another method, 401 for a missing or
    wrong token (checked before the body is read), 413 for a body over `max_body` bytes, 400 for a body that
    is not a JSON object, and 500 (details only in the log `a2e.webhooks`) when `on_event` raises; A2E does not
    retry, so poll the task when an event was refused. A plain function runs on the server's event loop:
    keep it quick (queue the work) or pass a coroutine function. Lifespan messages are answered.
    """
    if not isinstance(token, str) or not token:
        raise ConfigurationError("webhooks.app needs token=, the webhook_token given on create (a non-empty str)")
    if max_body < 0:
        raise ConfigurationError(f"max_body must be 0 or more bytes, not {max_body}")

    async def webhook_app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
        elif scope["type"] == "http":
            answer = await _respond(scope, receive, on_event, token, max_body)
            if answer is not None:
                await _reply(send, *answer)

    return webhook_app


# -- the pieces -----------------------------------------------------------------------------------------------


def _header_values(headers: HeadersLike, name: str) -> list[str | bytes]:
    """Every value of the header `name` (any case) in a Mapping or in (name, value) pairs."""
    wanted = name.lower()
    # Mappings and header classes (werkzeug's, email's) have items(); an ASGI scope's headers are plain pairs.
    source: Any = headers
    items: Iterable[tuple[object, object]] = source.items() if hasattr(source, "items") else source
    found: list[str | bytes] = []
    for key, value in items:
        key_text = key.decode("latin-1") if isinstance(key, bytes | bytearray) else key
        if isinstance(key_text, str) and key_text.lower() == wanted and isinstance(value, str | bytes):
            found.append(value)
    return found


def _wire_forms(value: str | bytes) -> list[bytes]:
    """The bytes a header value may have had on the wire, without the optional whitespace around it."""
    if isinstance(value, bytes):
        return [value.strip(b" \t")]
    value = value.strip(" \t")
    forms = [value.encode()]
    try:
        forms.append(value.encode("latin-1"))
    except UnicodeEncodeError:
        pass
    return forms


def _refusal(headers: HeadersLike, token: str) -> str:
    """Why `verify` said no, without either token."""
    if not isinstance(token, str) or not token:
        return "no expected webhook token was given (pass the webhook_token sent on create)"
    count = len(_header_values(headers, TOKEN_HEADER))
    if count == 0:
        return f"the request has no {TOKEN_HEADER} header"
    if count > 1:
        return f"the request has {count} {TOKEN_HEADER} headers"
    return f"the {TOKEN_HEADER} header does not match the webhook_token given on create"


def _decode(body: object) -> dict[str, Any]:
    """The body as a JSON object (a new dict), or UnexpectedResponseError."""
    if isinstance(body, Mapping):
        return dict(body)  # pyright: ignore[reportUnknownArgumentType]
    if isinstance(body, bytes | bytearray | memoryview | str):
        content = bytes(body) if isinstance(body, memoryview) else body
        try:
            value = json.loads(content)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            raise UnexpectedResponseError(
                f"{OPERATION}: the webhook body is not JSON ({type(exc).__name__}: {exc})",
                body=_shown(content),
                operation=OPERATION,
            ) from None
        if isinstance(value, dict):
            return value
        raise UnexpectedResponseError(
            f"{OPERATION}: the webhook body is not a JSON object but {_json_kind(value)}",
            body=_shown(content),
            operation=OPERATION,
        )
    raise UnexpectedResponseError(
        f"{OPERATION}: the webhook body is a {type(body).__name__}; pass the request's bytes, text or JSON object",
        operation=OPERATION,
    )


def _shown(content: bytes | bytearray | str) -> str:
    return content if isinstance(content, str) else bytes(content[:500]).decode("utf-8", "replace")


def _json_kind(value: object) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _text(value: object) -> str | None:
    """A string field: str as sent, a number as its text (some ids are numeric), anything else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _typed_record(family: str | None, data: Any) -> TaskRecords | JSONValue:
    """`data` as the model the family's `get` operation returns, or as it came when that is not possible."""
    from _a2e_api.operations.indexes import FAMILIES  # each family's operation per role, from the spec

    operation = FAMILIES.get(family, {}).get("get") if family is not None else None
    if operation is None or not isinstance(data, Mapping):
        return cast("JSONValue", data)  # a body's value, as json.loads made it
    try:
        return cast("TaskRecords", parse_data(operation, data))
    except UnexpectedResponseError:
        return cast("JSONValue", data)


async def _respond(
    scope: Scope, receive: Receive, on_event: EventHandler, token: str, max_body: int
) -> tuple[int, dict[str, Any], list[tuple[bytes, bytes]]] | None:
    """The status, JSON body and extra headers of the answer to one HTTP request; None if the client left."""
    if scope.get("method") != "POST":
        return 405, {"ok": False, "error": "only POST is accepted"}, [(b"allow", b"POST")]
    headers: list[tuple[bytes, bytes]] = list(scope.get("headers") or [])
    if not verify(headers, token):
        return 401, {"ok": False, "error": f"missing or wrong {TOKEN_HEADER} header"}, []
    too_large = (413, {"ok": False, "error": f"the body is over {max_body} bytes"}, [(b"connection", b"close")])
    declared = _header_values(headers, "content-length")
    if declared:
        try:
            if int(declared[0]) > max_body:
                return too_large
        except ValueError:
            return 400, {"ok": False, "error": "the content-length header is not a number"}, []
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        body += message.get("body", b"")
        if len(body) > max_body:
            return too_large
        if not message.get("more_body", False):
            break
    try:
        event = parse(bytes(body))
    except UnexpectedResponseError:
        return 400, {"ok": False, "error": "the body is not a JSON object"}, []
    try:
        result = on_event(event)
        if inspect.isawaitable(result):
            await result
    except Exception:
        logger.exception("the webhook handler failed on %s for task %s", event.event, event.task_id)
        return 500, {"ok": False, "error": "the event handler failed"}, []
    return 200, {"ok": True}, []


async def _reply(send: Send, status: int, payload: dict[str, Any], headers: list[tuple[bytes, bytes]]) -> None:
    content = json.dumps(payload).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(content)), *headers],
        }
    )
    await send({"type": "http.response.body", "body": content})


class Inbox:
    """The task ids webhooks have reported, for waits to react to at once: call it with each `WebhookEvent`
    (it is an `on_event` for `app`); `wait_many(..., inbox=inbox)` then polls a reported task right away
    instead of at its next poll. Thread-safe: the receiver may run in another thread."""

    def __init__(self) -> None:
        import threading

        self._changed = threading.Condition()
        self._reported: set[str] = set()

    def __call__(self, event: WebhookEvent) -> None:
        if event.task_id is not None:
            with self._changed:
                self._reported.add(event.task_id)
                self._changed.notify_all()

    def take(self, task_ids: Iterable[str]) -> set[str]:
        """Which of `task_ids` webhooks reported since the last take; they are forgotten here."""
        with self._changed:
            found = self._reported.intersection(task_ids)
            self._reported -= found
            return found

    def wait(self, seconds: float, task_ids: Iterable[str]) -> None:
        """Sleep up to `seconds`, ending early once one of `task_ids` is reported."""
        wanted = set(task_ids)
        with self._changed:
            self._changed.wait_for(lambda: not self._reported.isdisjoint(wanted), timeout=seconds)

    async def async_wait(self, seconds: float, task_ids: Iterable[str]) -> None:
        """`wait` for async code: checks every 50 ms, so the event loop (which may run the receiver) runs on."""
        import asyncio
        import time

        wanted = set(task_ids)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self._changed:
                if not self._reported.isdisjoint(wanted):
                    return
            await asyncio.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
