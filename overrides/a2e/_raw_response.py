"""The raw view of an answer (`client.with_raw_response...`), imported when first used."""

from __future__ import annotations

from typing import Generic, TypeVar

import httpx

T = TypeVar("T")


class RawResponse(Generic[T]):
    """An answer with its HTTP details: `data` is what the plain call returns."""

    __slots__ = ("data", "status_code", "headers", "trace_id", "elapsed", "http_response")

    def __init__(
        self, *, data: T, status_code: int, headers: httpx.Headers, trace_id: str | None, elapsed: float,
        http_response: httpx.Response,
    ) -> None:  # fmt: skip
        self.data = data
        self.status_code = status_code
        self.headers = headers
        self.trace_id = trace_id
        self.elapsed = elapsed  # seconds, for the attempt that succeeded
        self.http_response = http_response

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, trace_id={self.trace_id!r}, data={self.data!r})"
