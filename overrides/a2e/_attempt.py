"""Whole-attempt deadlines.

httpx2 bounds each socket operation (connecting, each read, each write) by its own timeout, so a server that
sends one byte every few seconds can hold a request for ever. The connections of the httpx2 client an `A2E`
makes for itself go through deadline streams (`_async_attempt.py`, and `_sync_attempt.py` written from it),
which cut every socket operation at the deadline of the attempt running it: a context variable the client sets
around each attempt (per thread, and per asyncio task).
Imported when a client makes its httpx2 client (which imports httpcore2 anyway), not by `import a2e`.
With an `http_client=` of your own, httpx2's per-operation timeouts apply as they are.
"""

from __future__ import annotations

import httpcore2
import httpx2

from ._async_attempt import AsyncBackend
from ._sync_attempt import Backend


def bound_attempts(http: httpx2.Client | httpx2.AsyncClient) -> bool:
    """Route the connections of an httpx2 client we made through the deadline streams; False if httpx2's
    insides are not as expected (then per-operation timeouts apply, as with a user's own client)."""
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    wrapped = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore2.NetworkBackend) and not isinstance(backend, Backend):
            pool._network_backend = Backend(backend)  # type: ignore[union-attr]
            wrapped = True
        elif isinstance(backend, httpcore2.AsyncNetworkBackend) and not isinstance(backend, AsyncBackend):
            pool._network_backend = AsyncBackend(backend)  # type: ignore[union-attr]
            wrapped = True
    return wrapped
