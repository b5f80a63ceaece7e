"""Requests to the mock without sockets: httpx2 transports that hand each request to the mock's ASGI app on the
mock's own event loop (`MockServer.transport()` and `.async_transport()`), as the testing plugin's clients do.

A request costs what the app costs: no HTTP encoding, parsing or socket on either side. What a client sees is
what the loopback server gives it, faults included: an answer that ends before its body does (`lost`, `short`)
raises `httpx2.RemoteProtocolError`, as a closed connection does; one held past the read timeout (`late`,
`trickle`) raises `httpx2.ReadTimeout` and tells the app that the client left; an attempt's deadline (see
`a2e._options.ATTEMPT_DEADLINE`) cuts waits as on the client's own connections. The app runs on the mock's loop,
so what it starts there (task-end webhooks, delays) outlives the request, as it does behind the real server.
Requests for any other origin go to the network through an ordinary httpx2 transport.
"""

from __future__ import annotations

import asyncio
import logging
import queue
from collections import deque
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import httpx2

from .._options import bounded

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterator

    from starlette.types import ASGIApp, Message

log = logging.getLogger("a2e.mock")

END: dict[str, Any] = {"type": "a2e.mock.end"}  # the app has returned: no more messages come
NO_ANSWER = "Server disconnected without sending a response."
CUT_BODY = "peer closed connection without sending complete message body"
FAILED = (b"Internal Server Error", [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"21")])


class Exchange:
    """One request's trip through the app on the mock's loop. The client's thread feeds the request's body in as it
    reads it (`feed`); the messages of the answer go to `deliver` in lists (the start with the first part of the
    body, so a whole answer is one hand-over between threads), then `[END]`. `leave()` (from any thread) is the
    client hanging up: the app's `receive` then says `http.disconnect` and its further sends fail, as a closed
    connection's do."""

    def __init__(self, loop: asyncio.AbstractEventLoop, scope: dict[str, Any], body: Any) -> None:
        self.loop: asyncio.AbstractEventLoop = loop
        self.scope: dict[str, Any] = scope
        self.left: asyncio.Event = asyncio.Event()
        self.incoming: asyncio.Queue[tuple[bytes, bool] | None] = asyncio.Queue()  # None: the client has gone
        if isinstance(body, httpx2.ByteStream):  # a body all in memory (JSON, bytes) goes with the request
            self.incoming.put_nowait((b"".join(body), True))
        self.head: bool = scope["method"] == "HEAD"

    def feed(self, chunk: bytes, last: bool) -> None:
        self.loop.call_soon_threadsafe(self.incoming.put_nowait, (chunk, last))

    def feed_all(self, body: Any) -> None:
        """Feed a request body from the client's thread; a body that fails to read is a client that hangs up."""
        if isinstance(body, httpx2.ByteStream):  # all in memory (JSON, bytes): the app has it already
            return
        try:
            for chunk in body:
                self.feed(chunk, False)
        except BaseException:
            self.leave()
            raise
        self.feed(b"", True)

    async def afeed_all(self, body: Any) -> None:
        """`feed_all` for a body read on an event loop."""
        if isinstance(body, httpx2.ByteStream):
            return
        try:
            async for chunk in body:
                self.feed(chunk, False)
        except BaseException:
            self.leave()
            raise
        self.feed(b"", True)

    def leave(self) -> None:
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._gone)

    def _gone(self) -> None:
        self.left.set()
        self.incoming.put_nowait(None)

    async def run(self, app: ASGIApp, deliver: Callable[[list[Message]], None]) -> None:
        read = False  # the whole body has been received
        started = False
        start: list[Message] = []  # the answer's start, until its first body part goes with it

        async def receive() -> Message:
            nonlocal read
            if not read and not self.left.is_set():
                part = await self.incoming.get()
                if part is not None:
                    read = part[1]
                    return {"type": "http.request", "body": part[0], "more_body": not part[1]}
            await self.left.wait()
            return {"type": "http.disconnect"}

        async def send(message: Message) -> None:
            nonlocal started
            if self.left.is_set():
                raise OSError("the client has gone")
            if message["type"] == "http.response.start":
                started = True
                start.append(framed(message))
                return
            if self.head:
                message = {**message, "body": b""}  # a server sends no body with a HEAD answer
            deliver([*start, message])
            start.clear()

        try:
            await app(self.scope, receive, send)
        except Exception:  # as the server does: a 500 if nothing was sent yet, else the answer is cut
            log.exception("the mock's app raised")
            if not started and not self.left.is_set():
                start = [{"type": "http.response.start", "status": 500, "headers": FAILED[1]}]
                start.append({"type": "http.response.body", "body": FAILED[0], "more_body": False})
        finally:
            deliver([*start, END])  # a start whose body never came still arrives


def framed(start: Message) -> Message:
    """The answer's start as the server frames it: without a Content-Length, a body is sent chunked."""
    names = {name.lower() for name, _ in start.get("headers", [])}
    if b"content-length" in names or b"transfer-encoding" in names or start["status"] in (204, 304):
        return start
    return {**start, "headers": [*start.get("headers", []), (b"transfer-encoding", b"chunked")]}


def scope_of(request: httpx2.Request, server: tuple[str, int]) -> dict[str, Any]:
    url = request.url
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": url.scheme,
        "path": unquote(url.path),
        "raw_path": url.raw_path.split(b"?", 1)[0],
        "query_string": url.query,
        "root_path": "",
        "headers": [(name.lower(), value) for name, value in request.headers.raw],
        "server": server,
        "client": ("127.0.0.1", 0),
    }


def body_part(message: Message, exchange: Exchange, request: httpx2.Request) -> tuple[bytes, bool]:
    """A part of the answer's body and whether it is the last; an app that returned before the last part is a
    connection closed mid-body."""
    if message is END:
        exchange.leave()
        raise httpx2.RemoteProtocolError(CUT_BODY, request=request)
    return message.get("body", b""), not message.get("more_body", False)


def response_of(request: httpx2.Request, start: Message, stream: Any) -> httpx2.Response:
    if start is END or start["type"] != "http.response.start":
        raise httpx2.RemoteProtocolError(NO_ANSWER, request=request)
    return httpx2.Response(
        start["status"], headers=list(start.get("headers", [])), stream=stream, extensions={"http_version": b"HTTP/1.1"}
    )


class Origin:
    """What the in-process transports share: the mock's loop, app and address, and who else gets requests."""

    def __init__(self, loop: asyncio.AbstractEventLoop, app: ASGIApp, host: str, port: int) -> None:
        self.loop: asyncio.AbstractEventLoop = loop
        self.app: ASGIApp = app
        self.server: tuple[str, int] = (host, port)
        self.host: str = host.strip("[]")
        self.port: int = port

    def ours(self, url: httpx2.URL) -> bool:
        return url.scheme == "http" and url.host == self.host and url.port == self.port

    def exchange(self, request: httpx2.Request) -> Exchange:
        """The trip of `request` through the app (a ConnectError, as a closed port gives, once the mock stopped)."""
        if self.loop.is_closed() or not self.loop.is_running():
            raise httpx2.ConnectError("the mock A2E is stopped", request=request)
        return Exchange(self.loop, scope_of(request, self.server), request.stream)


class MockTransport(httpx2.BaseTransport):
    """An `httpx2.Client` transport serving the mock's origin in-process (`MockServer.transport()`)."""

    def __init__(self, origin: Origin) -> None:
        self._origin = origin
        self._network: httpx2.HTTPTransport | None = None

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if not self._origin.ours(request.url):
            if self._network is None:
                from .._client import shared_tls

                self._network = httpx2.HTTPTransport(verify=shared_tls())
            return self._network.handle_request(request)
        exchange = self._origin.exchange(request)
        inbox = Inbox(exchange, request)
        asyncio.run_coroutine_threadsafe(exchange.run(self._origin.app, inbox.answers.put), self._origin.loop)
        exchange.feed_all(request.stream)
        return response_of(request, inbox.next(), inbox)

    def close(self) -> None:
        if self._network is not None:
            self._network.close()


class Inbox(httpx2.SyncByteStream):
    """What the app sends back, read by the client's thread: the answer's start, then its body."""

    def __init__(self, exchange: Exchange, request: httpx2.Request) -> None:
        self.answers: queue.SimpleQueue[list[Message]] = queue.SimpleQueue()
        self._exchange, self._request = exchange, request
        self._read = request.extensions.get("timeout", {}).get("read")
        self._waiting: deque[Message] = deque()
        self._done = False

    def next(self) -> Message:
        if not self._waiting:
            try:
                self._waiting.extend(self.answers.get(timeout=bounded(self._read, httpx2.ReadTimeout)))
            except (queue.Empty, httpx2.ReadTimeout):
                self._exchange.leave()
                raise httpx2.ReadTimeout("timed out", request=self._request) from None
        return self._waiting.popleft()

    def __iter__(self) -> Iterator[bytes]:
        while not self._done:
            chunk, self._done = body_part(self.next(), self._exchange, self._request)
            if chunk:
                yield chunk

    def close(self) -> None:
        if not self._done:
            self._done = True
            self._exchange.leave()


class AsyncMockTransport(httpx2.AsyncBaseTransport):
    """An `httpx2.AsyncClient` transport serving the mock's origin in-process, from any event loop: the app runs on
    the mock's loop, its answer is handed to the caller's (`MockServer.async_transport()`)."""

    def __init__(self, origin: Origin) -> None:
        self._origin = origin
        self._network: httpx2.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if not self._origin.ours(request.url):
            if self._network is None:
                from .._client import shared_tls

                # No kept connection: it would belong to the event loop that made it, and tests run on many.
                limits = httpx2.Limits(max_keepalive_connections=0)
                self._network = httpx2.AsyncHTTPTransport(verify=shared_tls(), limits=limits)
            return await self._network.handle_async_request(request)
        exchange = self._origin.exchange(request)
        inbox = AsyncInbox(exchange, request)
        asyncio.run_coroutine_threadsafe(exchange.run(self._origin.app, inbox.deliver), self._origin.loop)
        await exchange.afeed_all(request.stream)
        return response_of(request, await inbox.next(), inbox)

    async def aclose(self) -> None:
        if self._network is not None:
            await self._network.aclose()


class AsyncInbox(httpx2.AsyncByteStream):
    """`Inbox` for a client on an event loop of its own: the mock's loop hands each list of messages over to it."""

    def __init__(self, exchange: Exchange, request: httpx2.Request) -> None:
        self._loop = asyncio.get_running_loop()
        self._answers: asyncio.Queue[list[Message]] = asyncio.Queue()
        self._exchange, self._request = exchange, request
        self._read = request.extensions.get("timeout", {}).get("read")
        self._waiting: deque[Message] = deque()
        self._done = False

    def deliver(self, messages: list[Message]) -> None:
        if not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._answers.put_nowait, messages)

    async def next(self) -> Message:
        if not self._waiting:
            try:
                seconds = bounded(self._read, httpx2.ReadTimeout)  # before the get() it bounds exists: it may raise
                self._waiting.extend(await asyncio.wait_for(self._answers.get(), seconds))
            except (TimeoutError, httpx2.ReadTimeout):
                self._exchange.leave()
                raise httpx2.ReadTimeout("timed out", request=self._request) from None
            except BaseException:  # cancelled: the client has gone
                self._exchange.leave()
                raise
        return self._waiting.popleft()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while not self._done:
            chunk, self._done = body_part(await self.next(), self._exchange, self._request)
            if chunk:
                yield chunk

    async def aclose(self) -> None:
        if not self._done:
            self._done = True
            self._exchange.leave()
