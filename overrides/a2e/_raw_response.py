"""The raw view of an answer (`client.with_raw_response...`): `RawResponse`, and the wrappers that make a typed
method answer one.

A wrapper sets `RAW_RESPONSE` for the call it makes; the client's `_call` reads the flag on entry, clears it for
the calls it makes itself (an upload's presign) and answers a `RawResponse` when it was set. Wrapped, a method
keeps its parameters (`ParamSpec`), so type checkers check the arguments of a raw call as those of the plain one.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx2

from ._options import RAW_RESPONSE

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


class RawResponse(Generic[T]):
    """An answer with its HTTP details: `data` is what the plain call returns."""

    __slots__ = ("data", "status_code", "headers", "trace_id", "elapsed", "http_response")

    def __init__(
        self,
        *,
        data: T,
        status_code: int,
        headers: httpx2.Headers,
        trace_id: str | None,
        elapsed: float,
        http_response: httpx2.Response,
    ) -> None:
        self.data: T = data
        self.status_code: int = status_code
        self.headers: httpx2.Headers = headers
        self.trace_id: str | None = trace_id
        self.elapsed: float = elapsed  # seconds, for the attempt that succeeded
        self.http_response: httpx2.Response = http_response

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, trace_id={self.trace_id!r}, data={self.data!r})"


def raw_view(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`method` (a typed operation of `A2E`) answering a `RawResponse` of what it returns."""

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast("RawResponse[R]", method(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return raw


def async_raw_view(method: Callable[P, Awaitable[R]]) -> Callable[P, Coroutine[Any, Any, RawResponse[R]]]:
    """`method` (a typed operation of `AsyncA2E`) answering a `RawResponse` of what it returns. The flag is set
    when the call is awaited, in the awaiting task's context, so it never reaches another task's calls."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = RAW_RESPONSE.set(True)
        try:
            return cast("RawResponse[R]", await method(*args, **kwargs))
        finally:
            RAW_RESPONSE.reset(token)

    return raw
