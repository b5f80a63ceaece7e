"""A live streaming-avatar session as a context manager: the room is opened on entry and always left on exit,
also when the body raises or is interrupted (Ctrl-C, task cancellation).

    with client.streaming.session(avatar_id) as room:
        room.set_context("You sell running shoes.")
        room.ask("Which shoe for a marathon?")      # the avatar answers from its context
        room.speak("Thanks for watching!")          # the avatar says exactly this

`room.token` holds what a video front end needs to join (`token`, `appId`, `channel`, `uid`). The operations are
found by their roles in the spec (`x-a2e-resource` room-open, room-context, room-say, room-leave...).
Imported when the first session opens.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _a2e_api.operations import OPERATIONS
from _a2e_api.operations.indexes import ROLES

from ._exceptions import A2EError, UnexpectedResponseError

if TYPE_CHECKING:
    from ._client import A2E, AsyncA2E

LEAVE_TIMEOUT = 10.0  # seconds for the leave call on the way out


def room_operations(group: str) -> dict[str, str]:
    """Role (and, for room-say, the method name) -> operation id, for a group's streaming operations."""
    found: dict[str, str] = {}
    for role, op_ids in ROLES.get(group, {}).items():
        for op_id in op_ids if role.startswith("room-") else ():
            found[f"{role}:{OPERATIONS[op_id]['name']}" if role == "room-say" else role] = op_id
    return found


class RoomBase:
    """What the sync and async rooms share: the operations, the channel, and how a leave failure is reported."""

    def __init__(self, group: str, open_params: Mapping[str, Any]) -> None:
        self.ops = room_operations(group)
        self.open_params = open_params  # wire-named arguments of the room-open operation
        self.token: Any = None
        self.channel: str | None = None
        self.left = False

    def opened(self, token: Any) -> None:
        channel = getattr(token, "channel", None)
        if not isinstance(channel, str) or not channel:
            raise UnexpectedResponseError(f"{self.ops['room-open']}: the answer has no channel to talk in",
                                          operation=self.ops["room-open"])  # fmt: skip
        self.token, self.channel = token, channel

    def say(self, key: str, text: str) -> tuple[str, dict[str, Any]]:
        if self.channel is None or self.left:
            raise A2EError("the room is not open: use it inside `with client.streaming.session(...) as room:`")
        return self.ops[key], {"channel": self.channel, "text": text}

    def leave_params(self) -> dict[str, Any] | None:
        if self.channel is None or self.left:
            return None
        self.left = True
        return {"channel": self.channel}

    @staticmethod
    def after_leave_failure(failed: A2EError, pending: BaseException | None) -> None:
        """A failed leave: noted on the exception already on its way out, or raised when there is none."""
        if pending is None:
            raise failed
        pending.add_note(f"a2e: leaving the room also failed: {failed}")


class Room(RoomBase):
    def __init__(self, client: A2E, group: str, open_params: Mapping[str, Any]) -> None:
        super().__init__(group, open_params)
        self.client = client

    def __enter__(self) -> Room:
        self.opened(self.client._call(self.ops["room-open"], self.open_params))
        return self

    def set_context(self, text: str) -> None:
        """Give the avatar the background it answers `ask` from."""
        self.client._call(*self.say("room-context", text))

    def get_context(self) -> Any:
        op_id, params = self.say("room-context-get", "")
        return self.client._call(op_id, {"channel": params["channel"]})

    def ask(self, text: str) -> None:
        """The avatar answers `text` from its context."""
        self.client._call(*self.say("room-say:ask", text))

    def speak(self, text: str) -> None:
        """The avatar says `text` word for word."""
        self.client._call(*self.say("room-say:speak", text))

    def leave(self) -> None:
        """Leave the room (once; later calls do nothing)."""
        params = self.leave_params()
        if params is not None:
            self.client._call(self.ops["room-leave"], params, timeout=LEAVE_TIMEOUT)

    def __exit__(self, kind: object, pending: BaseException | None, traceback: object) -> None:
        try:
            self.leave()
        except A2EError as failed:
            self.after_leave_failure(failed, pending)


class AsyncRoom(RoomBase):
    def __init__(self, client: AsyncA2E, group: str, open_params: Mapping[str, Any]) -> None:
        super().__init__(group, open_params)
        self.client = client

    async def __aenter__(self) -> AsyncRoom:
        self.opened(await self.client._call(self.ops["room-open"], self.open_params))
        return self

    async def set_context(self, text: str) -> None:
        await self.client._call(*self.say("room-context", text))

    async def get_context(self) -> Any:
        op_id, params = self.say("room-context-get", "")
        return await self.client._call(op_id, {"channel": params["channel"]})

    async def ask(self, text: str) -> None:
        await self.client._call(*self.say("room-say:ask", text))

    async def speak(self, text: str) -> None:
        await self.client._call(*self.say("room-say:speak", text))

    async def leave(self) -> None:
        import asyncio

        params = self.leave_params()
        if params is not None:  # shielded: a cancelled session still leaves its room
            await asyncio.shield(self.client._call(self.ops["room-leave"], params, timeout=LEAVE_TIMEOUT))

    async def __aexit__(self, kind: object, pending: BaseException | None, traceback: object) -> None:
        try:
            await self.leave()
        except A2EError as failed:
            self.after_leave_failure(failed, pending)
