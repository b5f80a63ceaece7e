"""What the package's ASGI apps (the webhook receiver, the mock A2E) share."""

from __future__ import annotations

from typing import Any


async def lifespan(receive: Any, send: Any) -> None:
    """Nothing to set up or tear down: acknowledge startup and shutdown, so servers that run the lifespan
    protocol do not complain."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
