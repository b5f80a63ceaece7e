"""`AsyncRoom`: a live streaming-avatar session of `AsyncA2E` (see `_session.py`).

generator/codegen/unasync.py writes the sync room (`_sync_session.py`) from the async one (`_async_session.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._concurrency import async_shield
from ._exceptions import A2EError
from ._session import LEAVE_TIMEOUT, RoomBase

if TYPE_CHECKING:
    from ._async_client import AsyncA2E


class AsyncRoom(RoomBase):
    """A room opened by `async with client.streaming.session(...) as room:` and left on the way out."""

    def __init__(self, client: AsyncA2E, group: str, open_params: Mapping[str, Any]) -> None:
        super().__init__(group, open_params)
        self.client = client

    async def __aenter__(self) -> AsyncRoom:
        self.opened(await self.client._call(self.ops["room-open"], self.open_params))
        return self

    async def set_context(self, text: str) -> None:
        """Give the avatar the background it answers `ask` from."""
        await self.client._call(*self.say("room-context", text))

    async def get_context(self) -> Any:
        op_id, params = self.say("room-context-get", "")
        return await self.client._call(op_id, {"channel": params["channel"]})

    async def ask(self, text: str) -> None:
        """The avatar answers `text` from its context."""
        await self.client._call(*self.say("room-say:ask", text))

    async def speak(self, text: str) -> None:
        """The avatar says `text` word for word."""
        await self.client._call(*self.say("room-say:speak", text))

    async def leave(self) -> None:
        """Leave the room (once; later calls do nothing)."""
        params = self.leave_params()
        if params is not None:  # shielded: a cancelled session still leaves its room
            await async_shield(self.client._call(self.ops["room-leave"], params, timeout=LEAVE_TIMEOUT))

    async def __aexit__(self, kind: object, pending: BaseException | None, traceback: object) -> None:
        try:
            await self.leave()
        except A2EError as failed:
            self.after_leave_failure(failed, pending)
