"""When a failed request is tried again, and after how long. The one place retries are decided.

Charged operations (`x-a2e-charged` in the spec: video/generate, the `/start` calls...) are retried only
when the request certainly did not reach A2E, or on HTTP 429, which A2E sends before doing any work.
Everything else is also retried on timeouts, dropped connections, 408 and 5xx. A Retry-After (on a 429 or a
503) sets the pause instead of the backoff.

A retry is planned only if it can start before the deadline of the whole operation (a wait's timeout, for
instance), and a Retry-After longer than MAX_RETRY_AFTER is not slept through: the error is raised at once,
with `retry_after` on it, for the caller to decide.
"""

from __future__ import annotations

import math
import random
import time
from typing import TYPE_CHECKING

from . import _constants
from ._exceptions import A2EError, APIConnectionError, APIError, RateLimitError, ServerError

if TYPE_CHECKING:
    from typing import TypedDict

    class Charged(TypedDict):
        """What the planner reads of an operation: a row of the operation table has it, and so has a download."""

        charged: bool


def retry_delay(
    op: Charged, attempt: int, max_retries: int, error: A2EError, deadline: float | None = None
) -> float | None:
    """Seconds to wait before attempt `attempt + 1`, or None to give up and raise `error`.

    `deadline` (time.monotonic()) is when the whole operation must be over: no retry starts after it.
    """
    delay = planned_delay(op, attempt, max_retries, error)
    if delay is not None and deadline is not None and time.monotonic() + delay >= deadline:
        return None
    return delay


def planned_delay(op: Charged, attempt: int, max_retries: int, error: A2EError) -> float | None:
    if attempt >= max_retries:
        return None
    asked: float | None = getattr(error, "retry_after", None)  # a 429's or 503's Retry-After, in seconds
    if asked is not None and asked > _constants.MAX_RETRY_AFTER:
        return None
    if isinstance(error, RateLimitError):
        return asked if asked is not None else backoff(attempt)
    if isinstance(error, APIConnectionError) and not error.request_sent:
        return backoff(attempt)
    if op["charged"]:
        return None
    if isinstance(error, (APIConnectionError, ServerError)):
        return asked if asked is not None else backoff(attempt)
    if isinstance(error, APIError) and error.status_code == 408:
        return backoff(attempt)
    return None


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... capped at MAX_DELAY."""
    return float(min(_constants.MAX_DELAY, _constants.BASE_DELAY * 2**attempt) * random.uniform(0.75, 1.0))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date. None when absent or nonsense
    (not a number or date, zero, negative, not finite, a date in the past): then backoff decides."""
    if value is None:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        from email.utils import parsedate_to_datetime  # only for the rare date form: it costs an import

        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return seconds if math.isfinite(seconds) and seconds > 0 else None
