"""Faults the mock A2E plays on request, so tests can see how a client copes with a bad network or a bad answer.

API calls ask with the header `x-a2e-mock-fault: <spec>`, result-file downloads (`/mock-assets/<name>`) with the
query parameter `fault=<spec>` (URL-encoded: clients send no custom headers to file hosts). `<spec>` is
`;`-separated items, each `name` or `name=value`, e.g. `status=503;retry-after=2;times=1`. An item the route does
not know, or a bad value, is answered with HTTP 400 naming it. Faults on API calls apply once the API key is
accepted (a missing or wrong key is still a plain 401).

Items for API calls (header):
- `status=N`: answer HTTP N with an error envelope (code N unless `code=` is given); the call is not run. N is
  200..599: a 1xx status is interim, never a final answer, and is refused with the 400. A 204 or 304 (here or for
  files) is sent without a body, as HTTP requires, whatever other items ask.
- `code=C`: answer with an error envelope of code C (HTTP 200 unless `status=` is given); the call is not run.
- `html`: answer with an HTML page (HTTP 404 unless `status=` is given); the call is not run.
- `badjson`: answer with broken JSON (HTTP 200 unless `status=` is given, never a Retry-After); the call is not run.
- `bigmsg=N`: answer with an error envelope whose `msg` is N characters (HTTP `status=` or 500, code `code=` or the
  HTTP status), streamed with a Content-Length; the call is not run.
- `retry-after=V`: send `Retry-After: V` with the `html`, `status`/`code` and `bigmsg` answers.
- `delay=S`: wait S seconds (default 1) before the call is looked at; with no answer item above it then runs.
- `lost`: the call runs exactly as without the fault (task created, coins charged, webhook scheduled), then the
  answer's headers (with the full Content-Length) and half its body are sent and the connection is closed: the
  client sees the connection drop after it sent its request.
- `late=S`: the call runs, then its answer is held S seconds before it is sent (less if the client leaves).
- `big=N`: the call runs and its success envelope gets a top-level string field `mock_padding` that makes the body
  N bytes (never less than the envelope without it), streamed in 64 KiB chunks with a Content-Length; an error
  answer is not padded.
- `chunked`: send the answer without Content-Length (chunked transfer encoding), e.g. `big=N;chunked`.
- `trickle=S`: send the body one byte every S seconds (the headers at once), whatever the answer is.
- `gzip`: the body gzip-compressed, with `Content-Encoding: gzip` and the compressed length as Content-Length
  (a streamed body, such as `big`'s, is compressed on the fly and sent chunked).
- `badgzip`: `Content-Encoding: gzip` on a body that is not gzip.
- `shape=array` / `shape=index-map`: the call runs and its success answer's `data`, when it is an object, comes
  re-wrapped as A2E sends some creates: `[data]` or `{"0": data}`; `shape=object` sends it as the object even
  where the operation's answer is sent as an array by default (`sent_as: array` in the operation table).
- `times=N`: only the first N calls (default 1) that carry this exact spec, per account (`Account.fault_counts`),
  get the fault; later ones run normally, with none of its items.

Items for file downloads (query parameter):
- `redirect=N`: answer 302 with an absolute Location to the same file with `redirect=N-1` and the other items; the
  last hop serves the file with the other items. `times` does not stop redirects (it counts at the last hop).
- `loop`: answer 302 with a Location to this very URL, forever.
- `status=N`: answer HTTP N with a short text/plain body (or, with `html` or `json`, that page with HTTP N); N is
  200..599 and a 204 or 304 has no body, as for API calls.
- `retry-after=V`: send `Retry-After: V` with the answers that are not the file.
- `html`: answer 200 with a small text/html page (a CDN's error page served with 200).
- `json`: answer 200 with an application/json A2E error envelope (code `code=C`, default -1).
- `notype`: the file without a Content-Type header.
- `short`: the file's headers with its full Content-Length, half its bytes, then the connection is closed.
- `gzip`, `badgzip`, `chunked`, `trickle=S`, `delay=S`: as for API calls.
- `times=N`: only the first N requests for this path with this spec (`MockState.asset_fault_counts`) get the fault;
  later ones get the file.

How the items meet: `times` decides first; then `delay`; then the answer (`html`, `badjson`, `bigmsg`, `status`,
`code`, `json`, or the call run normally / the file, its `data` re-wrapped by `shape`); then `late`,
`gzip`/`badgzip`, `lost`/`short`, `chunked` and `trickle` shape how that answer is sent, in this order (so `lost`
cuts the compressed body in half, and `trickle` sends whatever is sent at all one byte at a time).
"""

from __future__ import annotations

import asyncio
import contextvars
import dataclasses
import gzip
import json
import logging
import uuid
import zlib
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import Message, Receive, Scope, Send

FAULT_HEADER = "x-a2e-mock-fault"
FAULT_PARAMETER = "fault"
NOT_FOUND_PAGE = "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>404</h1></body></html>"
CDN_ERROR_PAGE = (
    "<!DOCTYPE html><html><head><title>Error</title></head>"
    "<body><h1>Something went wrong</h1><p>Please try again later.</p></body></html>"
)
CHUNK = 64 * 1024
FILLER = b"x" * CHUNK
BIGMSG_LEAD = "mock fault: "

FLAGS = {"html", "badjson", "lost", "gzip", "badgzip", "chunked", "json", "notype", "short", "loop"}
CALL_ITEMS = {
    "status",
    "code",
    "html",
    "badjson",
    "bigmsg",
    "retry-after",
    "delay",
    "lost",
    "late",
    "big",
    "chunked",
    "trickle",
    "gzip",
    "badgzip",
    "shape",
    "times",
}
FILE_ITEMS = {
    "redirect",
    "loop",
    "status",
    "code",
    "retry-after",
    "html",
    "json",
    "notype",
    "short",
    "gzip",
    "badgzip",
    "chunked",
    "trickle",
    "delay",
    "times",
}
DEFAULTS = {"delay": "1", "times": "1"}


class FaultSpecError(ValueError):
    """A spec with an item the route does not know, or a value that is not one."""


class BadValue(ValueError):
    """A value an item does not take, with the reason."""


def whole(low: int, high: int | None = None) -> Callable[[str], int]:
    def read(text: str) -> int:
        value = int(text)
        if value < low or (high is not None and value > high):
            raise BadValue(f"not in {low}..{high if high is not None else ''}")
        return value

    return read


def final_status(text: str) -> int:
    value = whole(100, 599)(text)
    if value < 200:
        raise BadValue("a 1xx status is interim, not an answer a call can end with (200..599)")
    return value


def seconds(text: str) -> float:
    value = float(text)
    if not value >= 0 or value == float("inf"):
        raise BadValue("not a number of seconds")
    return value


def one_of(*choices: str) -> Callable[[str], str]:
    def read(text: str) -> str:
        if text.lower() not in choices:
            raise BadValue(f"not one of {', '.join(choices)}")
        return text.lower()

    return read


VALUES: dict[str, Callable[[str], Any]] = {
    "status": final_status,
    "code": int,
    "retry-after": str,
    "times": whole(0),
    "delay": seconds,
    "late": seconds,
    "trickle": seconds,
    "big": whole(0),
    "bigmsg": whole(0),
    "redirect": whole(0),
    "shape": one_of("array", "index-map", "object"),
}


@dataclasses.dataclass(frozen=True)
class Fault:
    """One parsed spec; `items` keeps its (name, value) pairs in order, to pass them on with a redirect."""

    spec: str
    items: tuple[tuple[str, str], ...] = ()
    status: int | None = None
    code: int | None = None
    retry_after: str | None = None
    times: int | None = None
    delay: float = 0
    late: float = 0
    trickle: float = 0
    big: int | None = None
    bigmsg: int | None = None
    redirect: int = 0
    shape: str | None = None
    html: bool = False
    badjson: bool = False
    lost: bool = False
    gzip: bool = False
    badgzip: bool = False
    chunked: bool = False
    json: bool = False
    notype: bool = False
    short: bool = False
    loop: bool = False

    @classmethod
    def parse(cls, spec: str, known: set[str]) -> Fault:
        items: list[tuple[str, str]] = []
        values: dict[str, Any] = {}
        for part in spec.split(";"):
            name, has_value, text = (piece.strip() for piece in part.partition("="))
            name = name.lower()
            if not name:
                continue
            if name not in known:
                raise FaultSpecError(f"unknown item {name!r} (this route knows {', '.join(sorted(known))})")
            if name in FLAGS:
                if has_value:
                    raise FaultSpecError(f"{name} takes no value")
                values[name] = True
            else:
                text = text or DEFAULTS.get(name, "")
                try:
                    values[name.replace("-", "_")] = VALUES[name](text)
                except BadValue as exc:
                    raise FaultSpecError(f"{name}={text!r} is not a valid value: {exc}") from None
                except ValueError:
                    raise FaultSpecError(f"{name}={text!r} is not a valid value") from None
            items.append((name, text))
        return cls(spec, tuple(items), **values)

    def due(self, counts: dict[str, int], key: str) -> bool:
        """Count this request against `times`; False once the fault has been played `times` times."""
        if self.times is None:
            return True
        counts[key] = counts.get(key, 0) + 1
        return counts[key] <= self.times

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": self.retry_after} if self.retry_after else {}

    @property
    def shapes_sending(self) -> bool:
        return bool(self.late or self.trickle or self.gzip or self.badgzip or self.lost or self.short or self.chunked)

    # -- what is answered ----------------------------------------------------------------------------------------

    def call_answer(self) -> Response | None:
        """The answer that replaces the call, or None when the call is to run."""
        if self.html:
            return HTMLResponse(NOT_FOUND_PAGE, status_code=self.status or 404, headers=self.headers)
        if self.badjson:
            return Response('{"code": 0, "data": [', status_code=self.status or 200, media_type="application/json")
        if self.bigmsg is not None:
            status = self.status or 500
            return long_message(self.bigmsg, status, self.code if self.code is not None else status, self.headers)
        if self.status is not None or self.code is not None:
            code = self.code if self.code is not None else (self.status or -1)
            return envelope_error(self.status or 200, code, "mock fault", self.headers)
        return None

    def success(self, body: dict[str, Any], background: BackgroundTask | None) -> Response:
        """The call's success envelope, padded to `big` bytes when asked."""
        if self.big is None:
            return JSONResponse(body, background=background)
        head = render_json(body)[:-1] + b',"mock_padding":"'
        return Padded(head, b'"}', self.big - len(head) - 2, background=background)

    def file_answer(self, content: bytes, media_type: str) -> Response:
        """What a download gets instead of the file, or the file (without a type when asked)."""
        if self.html:
            return HTMLResponse(CDN_ERROR_PAGE, status_code=self.status or 200, headers=self.headers)
        if self.json:
            code = self.code if self.code is not None else -1
            return envelope_error(self.status or 200, code, "mock fault: the file is not available", self.headers)
        if self.status is not None:
            return PlainTextResponse(f"mock fault: HTTP {self.status}", status_code=self.status, headers=self.headers)
        return Response(content, media_type=None if self.notype else media_type)

    def redirect_to(self, request: Request) -> Response | None:
        """The redirect a download gets, or None when this hop serves."""
        if self.loop:
            return RedirectResponse(str(request.url), status_code=302)
        if not self.redirect:
            return None
        rest = [(n, str(self.redirect - 1) if n == "redirect" else v) for n, v in self.items]
        rest = [(n, v) for n, v in rest if not (n == "redirect" and v == "0")]
        spec = ";".join(f"{n}={v}" if n not in FLAGS else n for n, v in rest)
        url = f"{request.url.scheme}://{request.url.netloc}{request.url.path}"
        return RedirectResponse(f"{url}?{FAULT_PARAMETER}={quote(spec, safe='')}" if spec else url, status_code=302)

    def sending(self, response: Response) -> Response:
        """`response`, sent the way the sending items say."""
        return Shaped(response, self) if self.shapes_sending else response


# -- answers -------------------------------------------------------------------------------------------------------


def render_json(body: Any) -> bytes:
    """JSON as the mock's JSONResponse writes it."""
    return json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def envelope_error(status: int, code: int, msg: str, headers: Mapping[str, str] | None = None) -> Response:
    body = {"code": code, "msg": msg, "data": None, "trace_id": str(uuid.uuid4())}
    return JSONResponse(body, status_code=status, headers=headers)


def long_message(length: int, status: int, code: int, headers: Mapping[str, str]) -> Response:
    """An error envelope whose `msg` is `length` characters: a readable lead, then filler."""
    lead = BIGMSG_LEAD[:length]
    head = f'{{"code":{code},"msg":"{lead}'.encode()
    tail = f'","data":null,"trace_id":"{uuid.uuid4()}"}}'.encode()
    return Padded(head, tail, length - len(lead), status_code=status, headers=headers)


class Padded(Response):
    """A JSON body `head + filler + tail` with `fill` filler bytes, sent in chunks and never held whole."""

    media_type = "application/json"

    def __init__(
        self,
        head: bytes,
        tail: bytes,
        fill: int,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        background: BackgroundTask | None = None,
    ) -> None:
        self.head, self.tail, self.fill = head, tail, max(0, fill)
        self.status_code, self.background = status_code, background
        self.init_headers({**(headers or {}), "content-length": str(len(head) + self.fill + len(tail))})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.head, "more_body": True})
        for start in range(0, self.fill, CHUNK):
            await send(
                {"type": "http.response.body", "body": FILLER[: min(CHUNK, self.fill - start)], "more_body": True}
            )
        await send({"type": "http.response.body", "body": self.tail, "more_body": False})
        if self.background is not None:
            await self.background()


# -- how an answer is sent -----------------------------------------------------------------------------------------


class Shaped(Response):
    """Another response sent late, compressed, cut, chunked or trickled: each is a layer over ASGI `send`."""

    def __init__(self, inner: Response, fault: Fault) -> None:
        self.inner, self.fault = inner, fault
        self.status_code, self.background, self.raw_headers = inner.status_code, None, inner.raw_headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Holding or trickling stops when the client leaves, so no request outlives its connection for long.
        gone = asyncio.get_running_loop().create_task(disconnected(receive))
        try:
            if self.fault.late:
                await asyncio.wait({gone}, timeout=self.fault.late)
            if self.fault.trickle:
                send = trickling(send, self.fault.trickle, gone)
            if self.fault.chunked:
                send = unsized(send)
            if self.fault.lost or self.fault.short:
                send = cut_in_half(send)
            if self.fault.gzip:
                send = gzipping(send)
            elif self.fault.badgzip:
                send = claiming_gzip(send)
            await self.inner(scope, receive, send)
        finally:
            gone.cancel()


async def disconnected(receive: Receive) -> None:
    """Return once the client has gone (request body messages that nobody read are passed over)."""
    while (await receive())["type"] != "http.disconnect":
        pass


def is_body(message: Message) -> bool:
    return bool(message["type"] == "http.response.body")


def with_headers(message: Message, drop: set[bytes], add: list[tuple[bytes, bytes]]) -> Message:
    headers = [(key, value) for key, value in message.get("headers", []) if key.lower() not in drop]
    return {**message, "headers": headers + add}


def trickling(send: Send, pause: float, gone: asyncio.Task[None]) -> Send:
    async def trickle(message: Message) -> None:
        if not is_body(message):
            await send(message)
            return
        body = message.get("body", b"")
        for at in range(len(body)):
            await asyncio.wait({gone}, timeout=pause)
            if gone.done():
                return  # nobody to send to
            await send({"type": "http.response.body", "body": body[at : at + 1], "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": message.get("more_body", False)})

    return trickle


def unsized(send: Send) -> Send:
    async def chunked(message: Message) -> None:
        await send(message if is_body(message) else with_headers(message, {b"content-length"}, []))

    return chunked


# Closing on purpose is what `lost` and `short` are for: uvicorn's one-line complaint about it is left out.
CUT = contextvars.ContextVar("a2e_mock_cut", default=False)
INCOMPLETE = "ASGI callable returned without completing response."


class QuietCuts(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (CUT.get() and record.getMessage() == INCOMPLETE)


QUIET_CUTS = QuietCuts()


def cut_on_purpose() -> None:
    """Mark this answer as left incomplete on purpose, so the server's complaint about it is not logged."""
    CUT.set(True)
    server_log = logging.getLogger("uvicorn.error")
    if QUIET_CUTS not in server_log.filters:
        server_log.addFilter(QUIET_CUTS)


BODILESS = (204, 304)  # statuses HTTP sends without a body


def sendable(send: Send) -> Send:
    """The server's `send`, made safe for whatever answer the app sends: a 204 or 304 goes out without a body (and
    without a length), however it was built or shaped; and once the server refuses a message (it has answered a
    malformed request itself, or the connection is gone), the rest of the answer is dropped instead of raised."""
    bodiless = broken = False

    async def safe(message: Message) -> None:
        nonlocal bodiless, broken
        if broken:
            return
        if not is_body(message):
            bodiless = message.get("status") in BODILESS
            if bodiless:
                message = with_headers(message, {b"content-length", b"transfer-encoding"}, [])
        elif bodiless:
            message = {**message, "body": b""}
        try:
            await send(message)
        except Exception:  # the connection takes no more of this answer: the server already closed or answered it
            broken = True
            cut_on_purpose()

    return safe


def cut_in_half(send: Send) -> Send:
    """Send the headers and half the body (of Content-Length, else of the first chunk), then stop; the server
    closes a connection whose answer the app left incomplete."""
    limit: int | None = None
    sent = 0
    done = False

    async def cut(message: Message) -> None:
        nonlocal limit, sent, done
        if done:
            return
        if not is_body(message):
            length = dict(message.get("headers", [])).get(b"content-length")
            limit = int(length) // 2 if length is not None else None
            await send(message)
            return
        body = message.get("body", b"")
        if limit is None:
            limit = len(body) // 2
        part = body[: max(0, limit - sent)]
        sent += len(part)
        if part:
            await send({"type": "http.response.body", "body": part, "more_body": True})
        if sent >= limit:
            done = True
            cut_on_purpose()

    return cut


def gzipping(send: Send) -> Send:
    """A whole body is compressed at once (with its Content-Length); a streamed one on the fly, chunked."""
    start: Message | None = None
    stream = zlib.compressobj(wbits=31)

    async def compress(message: Message) -> None:
        nonlocal start
        if not is_body(message):
            start = message
            return
        body, more = message.get("body", b""), message.get("more_body", False)
        encoding = [(b"content-encoding", b"gzip")]
        if start is not None and not more:
            data = gzip.compress(body)
            await send(with_headers(start, {b"content-length"}, [*encoding, (b"content-length", b"%d" % len(data))]))
            await send({"type": "http.response.body", "body": data, "more_body": False})
            start = None
            return
        if start is not None:
            await send(with_headers(start, {b"content-length"}, encoding))
            start = None
        data = stream.compress(body) + (b"" if more else stream.flush())
        await send({"type": "http.response.body", "body": data, "more_body": more})

    return compress


def claiming_gzip(send: Send) -> Send:
    async def claim(message: Message) -> None:
        await send(message if is_body(message) else with_headers(message, set(), [(b"content-encoding", b"gzip")]))

    return claim
