# Written by generator/codegen/unasync.py from _async_attempt.py: do not edit. Change
# _async_attempt.py and run `make generate`; `make check-generated` fails when this file differs
# from what its source gives.
"""`Stream` and `Backend`: the deadline streams of an `A2E`'s own connections (see `_attempt.py`).

generator/codegen/unasync.py writes the sync streams (`_sync_attempt.py`) from the async ones (`_async_attempt.py`)."""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import httpcore2

from ._options import bounded


class Stream(httpcore2.NetworkStream):
    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, bounded(timeout, httpcore2.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, bounded(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore2.NetworkStream:
        timeout = bounded(timeout, httpcore2.ConnectTimeout)
        return Stream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class Backend(httpcore2.NetworkBackend):
    def __init__(self, backend: httpcore2.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        timeout = bounded(timeout, httpcore2.ConnectTimeout)
        return Stream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.NetworkStream:
        timeout = bounded(timeout, httpcore2.ConnectTimeout)
        return Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)
