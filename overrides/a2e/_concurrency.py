"""What really differs between the sync and async clients: sleeping, shielding a call from cancellation, what
stops a wait, and running a round of reads.

The async client (`_async_client.py`) is the source of both; generator/codegen/unasync.py writes the sync client from
it, turning each `async_x` used there into the `x` defined here. Everything else the two clients do is the same
code. asyncio is imported by the async functions when they first run, so sync users never pay for it.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")
R = TypeVar("R")

sleep = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def shield(result: T) -> T:
    """Sync: the call has already run to its end; nothing can cancel it half way."""
    return result


async def async_shield(call: Awaitable[T]) -> T:
    """Async: the call runs to its end even when the task awaiting it is cancelled."""
    import asyncio

    return await asyncio.shield(call)


def stops(*also: type[BaseException]) -> tuple[type[BaseException], ...]:
    """`also` and what stops a sync wait from outside: Ctrl-C."""
    return (*also, KeyboardInterrupt)


def async_stops(*also: type[BaseException]) -> tuple[type[BaseException], ...]:
    """`also` and what stops an async wait from outside: Ctrl-C, or the cancellation of its task (an outer
    timeout too)."""
    import asyncio

    return (*also, KeyboardInterrupt, asyncio.CancelledError)


def each(items: Iterable[T], read: Callable[[T], R], limit: int) -> Iterator[tuple[T, R]]:
    """Sync: each item with its answer, one read after the other (`limit` is for the async twin)."""
    for item in items:
        yield item, read(item)


async def async_each(items: Iterable[T], read: Callable[[T], Awaitable[R]], limit: int) -> AsyncIterator[tuple[T, R]]:
    """Async: each item with its answer as the answer arrives, at most `limit` reads at a time. Only the reads in
    flight and the answers not yet handed on are held, never a whole round. Reads still running when the
    consumer stops are cancelled."""
    import asyncio

    async def paired(item: T) -> tuple[T, R]:
        return item, await read(item)

    source = iter(items)
    running: set[asyncio.Task[tuple[T, R]]] = set()
    try:
        while True:
            for item in source:
                running.add(asyncio.ensure_future(paired(item)))
                if len(running) >= limit:
                    break
            if not running:
                return
            done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                yield task.result()
    finally:
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running)
