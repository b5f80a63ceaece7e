"""Failures of the transport (httpx2's errors) as `a2e` errors, and whether a failed attempt may have been carried
out by A2E. Shared by calls, downloads and uploads."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx2

from ._exceptions import A2EError, APIConnectionError, APITimeoutError, ServerError, UnexpectedResponseError

if TYPE_CHECKING:
    from ._config import Secret

NOT_SENT = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)


def transport_error(op_id: str, exc: httpx2.TransportError, secret: Secret | None = None) -> APIConnectionError:
    """`exc` as an APIConnectionError (APITimeoutError for a timeout) that says whether the request left."""
    sent = not isinstance(exc, NOT_SENT)
    kind = APITimeoutError if isinstance(exc, httpx2.TimeoutException) else APIConnectionError
    if kind is APITimeoutError:
        what = "timed out"
    else:
        what = "lost the connection after sending" if sent else "could not reach A2E"
    detail = scrub(str(exc), secret) if secret is not None else str(exc)
    return kind(f"{op_id}: {what} ({type(exc).__name__}: {detail})", operation=op_id, request_sent=sent)


def scrub(text: str, secret: Secret) -> str:
    """`text` without the API key, should a library have put it there."""
    return secret.scrubbed_text(text)


def outcome_unknown(error: A2EError) -> bool:
    """Whether a failed attempt may have been carried out by A2E without our learning so."""
    if isinstance(error, APIConnectionError):
        return error.request_sent
    if isinstance(error, UnexpectedResponseError):  # an unreadable answer; A2E's errors are readable envelopes
        return error.status_code is None or 200 <= error.status_code < 300 or error.status_code >= 500
    return isinstance(error, ServerError) and error.code is None  # a gateway's page, not A2E's own error
