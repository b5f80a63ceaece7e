"""When a failed request is tried again, and after how long. The one place retries are decided.

Charged operations (`x-a2e-charged` in the spec: video/generate, the `/start` calls...) are retried only
when the request certainly did not reach A2E, or on HTTP 429, which A2E sends before doing any work.
Everything else is also retried on timeouts, dropped connections, 408 and 5xx.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from . import _constants
from ._exceptions import A2EError, APIConnectionError, APIError, RateLimitError, ServerError


def retry_delay(op: Mapping[str, Any], attempt: int, max_retries: int, error: A2EError) -> float | None:
    """Seconds to wait before attempt `attempt + 1`, or None to give up and raise `error`."""
    if attempt >= max_retries:
        return None
    if isinstance(error, RateLimitError):
        return min(error.retry_after, _constants.MAX_RETRY_AFTER) if error.retry_after is not None else backoff(attempt)
    if isinstance(error, APIConnectionError) and not error.request_sent:
        return backoff(attempt)
    if op["charged"]:
        return None
    if isinstance(error, (APIConnectionError, ServerError)):
        return backoff(attempt)
    if isinstance(error, APIError) and error.status_code == 408:
        return backoff(attempt)
    return None


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... capped at MAX_DELAY."""
    return float(min(_constants.MAX_DELAY, _constants.BASE_DELAY * 2**attempt) * random.uniform(0.75, 1.0))
