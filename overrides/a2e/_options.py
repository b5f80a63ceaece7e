"""What a single call may add or change (`extra_headers`, `extra_query`, `extra_body`, `timeout`), and the raw view
of an answer (`client.with_raw_response...`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")


@dataclasses.dataclass(frozen=True, slots=True)
class CallOptions:
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: float | None = None

    def query(self) -> dict[str, str]:
        from ._operations import query_text

        return {name: query_text(value) for name, value in (self.extra_query or {}).items()}

    def body(self) -> dict[str, Any]:
        from ._operations import to_wire

        return {name: to_wire(value) for name, value in (self.extra_body or {}).items()}


@dataclasses.dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """An answer with its HTTP details: `data` is what the plain call returns."""

    data: T
    status_code: int
    headers: httpx.Headers
    trace_id: str | None
    elapsed: float  # seconds, for the attempt that succeeded
    http_response: httpx.Response
