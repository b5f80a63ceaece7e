# Written by generator/codegen/unasync.py from _async_session.py: do not edit. Change
# _async_session.py and run `make generate`; `make check-generated` fails when this file differs
# from what its source gives.
"""`Room`: a live streaming-avatar session of `A2E` (see `_session.py`).

generator/codegen/unasync.py writes the sync room (`_sync_session.py`) from the async one (`_async_session.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._concurrency import shield
from ._exceptions import A2EError
from ._session import LEAVE_TIMEOUT, RoomBase

if TYPE_CHECKING:
    from ._sync_client import A2E


class Room(RoomBase):
    """A room opened by `with client.streaming.session(...) as room:` and left on the way out."""

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
        if params is not None:  # shielded: a cancelled session still leaves its room
            shield(self.client._call(self.ops["room-leave"], params, timeout=LEAVE_TIMEOUT))

    def __exit__(self, kind: object, pending: BaseException | None, traceback: object) -> None:
        try:
            self.leave()
        except A2EError as failed:
            self.after_leave_failure(failed, pending)
