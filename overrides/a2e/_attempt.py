"""Whole-attempt deadlines.

httpx bounds each socket operation (connecting, each read, each write) by its own timeout, so a server that
sends one byte every few seconds can hold a request for ever. The connections of the httpx client an `A2E`
makes for itself go through the streams below, which cut every socket operation at the deadline of the attempt
running it: a context variable the client sets around each attempt (per thread, and per asyncio task).
Imported when a client makes its httpx client (which imports httpcore anyway), not by `import a2e`.
With an `http_client=` of your own, httpx's per-operation timeouts apply as they are.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._options import ATTEMPT_DEADLINE as DEADLINE


def bounded(timeout: float | None, error: type[httpcore.TimeoutException]) -> float | None:
    """`timeout`, shortened to what is left of the current attempt; raise `error` when nothing is left."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt's timeout passed")
    return left if timeout is None else min(timeout, left)


class Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return Stream(self._stream.start_tls(ssl_context, server_hostname, bounded(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:  # fmt: skip
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        return Stream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        return Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        return AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:  # fmt: skip
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        return AsyncStream(await self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        return AsyncStream(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def bound_attempts(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Route the connections of an httpx client we made through the deadline streams; False if httpx's
    insides are not as expected (then per-operation timeouts apply, as with a user's own client)."""
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    wrapped = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, Backend):
            pool._network_backend = Backend(backend)  # type: ignore[union-attr]
            wrapped = True
        elif isinstance(backend, httpcore.AsyncNetworkBackend) and not isinstance(backend, AsyncBackend):
            pool._network_backend = AsyncBackend(backend)  # type: ignore[union-attr]
            wrapped = True
    return wrapped
