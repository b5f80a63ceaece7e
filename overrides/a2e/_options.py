"""What a single call may add or change: `extra_headers`, `extra_query`, `extra_body`, `timeout`."""

from __future__ import annotations

import contextvars
import time
from collections.abc import Callable, Mapping
from typing import Any

# When the running attempt must end (time.monotonic()), for the connections of a client's own httpx2 client
# (see `_attempt`); set by the client around each attempt, per thread and per asyncio task.
ATTEMPT_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("a2e_attempt_deadline", default=None)
# Set by `client.with_raw_response` wrappers around a call (see `_raw_response`): that call answers a `RawResponse`.
RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("a2e_raw_response", default=False)


def bounded(timeout: float | None, error: Callable[[str], BaseException]) -> float | None:
    """`timeout`, shortened to what is left of the current attempt; raise `error` (an httpcore2 timeout on the
    client's connections, an httpx2 one in the mock's in-process transport) when nothing is left."""
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt's timeout passed")
    return left if timeout is None else min(timeout, left)


class CallOptions:
    """A call's options (a plain slotted class: a NamedTuple costs time at import)."""

    __slots__ = ("extra_headers", "extra_query", "extra_body", "timeout", "deadline")

    def __init__(
        self,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        deadline: float | None = None,  # time.monotonic() by which retries must have started (a wait's timeout)
    ) -> None:
        self.extra_headers, self.extra_query, self.extra_body = extra_headers, extra_query, extra_body
        self.timeout, self.deadline = timeout, deadline

    def body(self) -> dict[str, Any]:
        from ._operations import to_wire

        return {name: to_wire(value) for name, value in (self.extra_body or {}).items()}
