"""Streaming Avatar: Real-time avatars over Agora: open a room, set its context, ask or speak, leave.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._async_session import AsyncRoom
    from a2e._sync_session import Room

    from ..models.empty import Empty
    from ..models.qa_context import QaContext
    from ..models.streaming_avatar import StreamingAvatar
    from ..models.streaming_token import StreamingToken

__all__ = ["AsyncRawStreaming", "AsyncStreaming", "RawStreaming", "Streaming"]


class Streaming:
    """Streaming Avatar: Real-time avatars over Agora: open a room, set its context, ask or speak, leave."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def session(self, avatar_id: str, *, expire_seconds: int | None = None) -> Room:
        """A live session: `with client.streaming.session(...) as room:` opens a room
        (`start`), `room.set_context/ask/speak` talk in it, and the room is always left on the
        way out, also on errors and interruptions. See `a2e._session`."""
        from a2e._sync_session import Room

        params = {"avatar_id": avatar_id, "expire_seconds": expire_seconds}
        return Room(self._client, "streaming", params)

    def list_avatars(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[StreamingAvatar]:
        """Get All avatars.

        Avatars available for real-time streaming (the docs mark the section "Developing").

        Wire: GET /api/v1/streaming-avatar/all_avatars (operation `streaming_list_avatars`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[StreamingAvatar].
        """
        if wire_names:
            raise misnamed("streaming_list_avatars", wire_names)
        return self._client._call(
            "streaming_list_avatars",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def start(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> StreamingToken:
        """Get a Streaming Avatar Token.

        Opens a streaming session and returns what an Agora client needs to join the room. `code` 1001 means every rendering host is busy. Always call Leave the Room, or charging continues.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/streaming-avatar/agora-token (operation `streaming_start`).

        Args:
            avatar_id: `_id` from Get All avatars.
            expire_seconds: Session length; charged up front, the unused part refunded on leave.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as StreamingToken.
        """
        if wire_names:
            raise misnamed("streaming_start", wire_names)
        return self._client._call(
            "streaming_start",
            {
                "avatar_id": avatar_id,
                "expire_seconds": expire_seconds,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Set QA Context.

        Gives the avatar a knowledge text used by Ask.

        Wire: POST /api/v1/streaming-avatar/set-qa-context (operation `streaming_set_qa_context`).

        Args:
            channel: Agora channel from Get a Streaming Avatar Token.
            text: Knowledge text for Ask, at most 5,000 characters.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("streaming_set_qa_context", wire_names)
        return self._client._call(
            "streaming_set_qa_context",
            {
                "channel": channel,
                "text": text,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_qa_context(
        self,
        *,
        channel: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> QaContext:
        """Get QA Context.

        Reads the room's QA context. An official page exists (https://api.a2e.ai/get-qa-context-12731086e0), but only its title is known, and no reliable client calls it: method and path are inferred from the documented Set QA Context (answers-audit N8).

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/streaming-avatar/get-qa-context?channel=; get_qa_context (one client).
        Wire: POST /api/v1/streaming-avatar/get-qa-context (operation `streaming_get_qa_context`).

        Args:
            channel: Agora channel from Get a Streaming Avatar Token.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as QaContext.
        """
        if wire_names:
            raise misnamed("streaming_get_qa_context", wire_names)
        return self._client._call(
            "streaming_get_qa_context",
            {
                "channel": channel,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def ask(
        self,
        *,
        channel: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Ask a Question to the Avatar.

        The avatar answers aloud from the QA context; the answer text arrives over the Agora data stream, not here.

        Wire: POST /api/v1/streaming-avatar/ask (operation `streaming_ask`).

        Args:
            channel: Agora channel.
            text: Text of the question or speech.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("streaming_ask", wire_names)
        return self._client._call(
            "streaming_ask",
            {
                "channel": channel,
                "text": text,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def speak(
        self,
        *,
        channel: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Let the Avatar Speak Directly.

        The avatar says the text verbatim.

        Wire: POST /api/v1/streaming-avatar/speak (operation `streaming_speak`).

        Args:
            channel: Agora channel.
            text: Text of the question or speech.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("streaming_speak", wire_names)
        return self._client._call(
            "streaming_speak",
            {
                "channel": channel,
                "text": text,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def leave(
        self,
        *,
        channel: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Leave the Room.

        Ends the session, releases the host and stops charging; unused time is refunded.

        Wire: POST /api/v1/streaming-avatar/leave (operation `streaming_leave`).

        Args:
            channel: Agora channel from Get a Streaming Avatar Token.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("streaming_leave", wire_names)
        return self._client._call(
            "streaming_leave",
            {
                "channel": channel,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncStreaming:
    """Streaming Avatar: Real-time avatars over Agora: open a room, set its context, ask or speak, leave."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    def session(self, avatar_id: str, *, expire_seconds: int | None = None) -> AsyncRoom:
        """A live session: `async with client.streaming.session(...) as room:` opens a room
        (`start`), `room.set_context/ask/speak` talk in it, and the room is always left on the
        way out, also on errors and interruptions. See `a2e._session`."""
        from a2e._async_session import AsyncRoom

        params = {"avatar_id": avatar_id, "expire_seconds": expire_seconds}
        return AsyncRoom(self._client, "streaming", params)

    async def list_avatars(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[StreamingAvatar]:
        """Get All avatars.

        Avatars available for real-time streaming (the docs mark the section "Developing").

        Wire: GET /api/v1/streaming-avatar/all_avatars (operation `streaming_list_avatars`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[StreamingAvatar].
        """
        if wire_names:
            raise misnamed("streaming_list_avatars", wire_names)
        return await self._client._call(
            "streaming_list_avatars",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def start(
        self,
        *,
        avatar_id: str,
        expire_seconds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> StreamingToken:
        """Get a Streaming Avatar Token.

        Opens a streaming session and returns what an Agora client needs to join the room. `code` 1001 means every rendering host is busy. Always call Leave the Room, or charging continues.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/streaming-avatar/agora-token (operation `streaming_start`).

        Args:
            avatar_id: `_id` from Get All avatars.
            expire_seconds: Session length; charged up front, the unused part refunded on leave.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as StreamingToken.
        """
        if wire_names:
            raise misnamed("streaming_start", wire_names)
        return await self._client._call(
            "streaming_start",
            {
                "avatar_id": avatar_id,
                "expire_seconds": expire_seconds,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def set_qa_context(
        self,
        *,
        channel: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Set QA Context.

        Gives the avatar a knowledge text used by Ask.

        Wire: POST /api/v1/streaming-avatar/set-qa-context (operation `streaming_set_qa_context`).

        Args:
            channel: Agora channel from Get a Streaming Avatar Token.
            text: Knowledge text for Ask, at most 5,000 characters.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("streaming_set_qa_context", wire_names)
        return await self._client._call(
            "streaming_set_qa_context",
            {
                "channel": channel,
                "text": text,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_qa_context(
        self,
        *,
        channel: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> QaContext:
        """Get QA Context.

        Reads the room's QA context. An official page exists (https://api.a2e.ai/get-qa-context-12731086e0), but only its title is known, and no reliable client calls it: method and path are inferred from the documented Set QA Context (answers-audit N8).

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/streaming-avatar/get-qa-context?channel=; get_qa_context (one client).
        Wire: POST /api/v1/streaming-avatar/get-qa-context (operation `streaming_get_qa_context`).

        Args:
            channel: Agora channel from Get a Streaming Avatar Token.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as QaContext.
        """
        if wire_names:
            raise misnamed("streaming_get_qa_context", wire_names)
        return await self._client._call(
            "streaming_get_qa_context",
            {
                "channel": channel,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def ask(
        self,
        *,
        channel: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Ask a Question to the Avatar.

        The avatar answers aloud from the QA context; the answer text arrives over the Agora data stream, not here.

        Wire: POST /api/v1/streaming-avatar/ask (operation `streaming_ask`).

        Args:
            channel: Agora channel.
            text: Text of the question or speech.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("streaming_ask", wire_names)
        return await self._client._call(
            "streaming_ask",
            {
                "channel": channel,
                "text": text,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def speak(
        self,
        *,
        channel: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Let the Avatar Speak Directly.

        The avatar says the text verbatim.

        Wire: POST /api/v1/streaming-avatar/speak (operation `streaming_speak`).

        Args:
            channel: Agora channel.
            text: Text of the question or speech.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("streaming_speak", wire_names)
        return await self._client._call(
            "streaming_speak",
            {
                "channel": channel,
                "text": text,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def leave(
        self,
        *,
        channel: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Leave the Room.

        Ends the session, releases the host and stops charging; unused time is refunded.

        Wire: POST /api/v1/streaming-avatar/leave (operation `streaming_leave`).

        Args:
            channel: Agora channel from Get a Streaming Avatar Token.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("streaming_leave", wire_names)
        return await self._client._call(
            "streaming_leave",
            {
                "channel": channel,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawStreaming:
    """The operations of `Streaming`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Streaming) -> None:
        self.list_avatars = raw_view(group.list_avatars)
        self.start = raw_view(group.start)
        self.set_qa_context = raw_view(group.set_qa_context)
        self.get_qa_context = raw_view(group.get_qa_context)
        self.ask = raw_view(group.ask)
        self.speak = raw_view(group.speak)
        self.leave = raw_view(group.leave)


class AsyncRawStreaming:
    """The operations of `AsyncStreaming`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncStreaming) -> None:
        self.list_avatars = async_raw_view(group.list_avatars)
        self.start = async_raw_view(group.start)
        self.set_qa_context = async_raw_view(group.set_qa_context)
        self.get_qa_context = async_raw_view(group.get_qa_context)
        self.ask = async_raw_view(group.ask)
        self.speak = async_raw_view(group.speak)
        self.leave = async_raw_view(group.leave)
