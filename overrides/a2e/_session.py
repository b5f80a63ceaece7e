"""A live streaming-avatar session as a context manager: the room is opened on entry and always left on exit,
also when the body raises or is interrupted (Ctrl-C, task cancellation).

    with client.streaming.session(avatar_id) as room:
        room.set_context("You sell running shoes.")
        room.ask("Which shoe for a marathon?")      # the avatar answers from its context
        room.speak("Thanks for watching!")          # the avatar says exactly this

`room.token` holds what a video front end needs to join (`token`, `appId`, `channel`, `uid`). The operations are
found by their roles in the spec (`x-a2e-resource` room-open, room-context, room-say, room-leave...).
The rooms are `AsyncRoom` (`_async_session.py`) and `Room`, written from it (`_sync_session.py`); this module
holds what they share. Imported when the first session opens.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from _a2e_api.operations import OPERATIONS
from _a2e_api.operations.indexes import ROLES

from ._exceptions import A2EError, UnexpectedResponseError

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
            raise UnexpectedResponseError(
                f"{self.ops['room-open']}: the answer has no channel to talk in", operation=self.ops["room-open"]
            )
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
