"""Talking Video: Re-lip-sync a video to new audio (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.empty import Empty
    from ..models.talking_video_record import TalkingVideoRecord
    from ..models.talking_video_record_page import TalkingVideoRecordPage

__all__ = ["AsyncRawTalkingVideo", "AsyncTalkingVideo", "RawTalkingVideo", "TalkingVideo"]


class TalkingVideo:
    """Talking Video: Re-lip-sync a video to new audio (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str,
        video_url: str | PurePath,
        prompt: str,
        negative_prompt: str,
        audio_url: str | PurePath | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TalkingVideoRecord:
        """Start talking video generation.

        Starts a Talking Video task (status dialect B). Charged on creation.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/talkingVideo/start (operation `talking_video_start`).

        Args:
            name: Task name.
            video_url: Source video.
            audio_url: Speech audio.
            duration: Length in seconds.
            prompt: Expression/motion hint.
            negative_prompt: What to avoid.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TalkingVideoRecord.
            The new task: `client.talking_video.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("talking_video_start", wire_names)
        return self._client._call(
            "talking_video_start",
            {
                "name": name,
                "video_url": video_url,
                "audio_url": audio_url,
                "duration": duration,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TalkingVideoRecordPage:
        """Get all task records.

        Pages through the caller's Talking Video tasks.

        A2E's published notes:

        * Results are ordered newest first.

        Wire: GET /api/v1/talkingVideo/allRecords (operation `talking_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TalkingVideoRecordPage.
        """
        if wire_names:
            raise misnamed("talking_video_list", wire_names)
        return self._client._call(
            "talking_video_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_list(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Iterator[TalkingVideoRecord]:
        """Every record of `list`, for a `for` loop: page after page, each page fetched when the iteration reaches
        it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An iterator of TalkingVideoRecord.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("talking_video_list", wire_names, "max_items")

        return iterate(
            self._client,
            "talking_video_list",
            {
                "pageSize": page_size,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def batch_detail(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[TalkingVideoRecord]:
        """Batch query task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/talkingVideo/batchDetail (operation `talking_video_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TalkingVideoRecord].
        """
        if wire_names:
            raise misnamed("talking_video_batch_detail", wire_names)
        return self._client._call(
            "talking_video_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TalkingVideoRecord:
        """Get task details.

        One Talking Video task by id (status dialect B).

        Wire: GET /api/v1/talkingVideo/{_id} (operation `talking_video_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TalkingVideoRecord.
        """
        if wire_names:
            raise misnamed("talking_video_get", wire_names)
        return self._client._call(
            "talking_video_get",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TalkingVideoRecord]], object] | None = None,
    ) -> TalkingVideoRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "talking_video_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete task.

        Wire: DELETE /api/v1/talkingVideo/{_id} (operation `talking_video_delete`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("talking_video_delete", wire_names)
        return self._client._call(
            "talking_video_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTalkingVideo:
    """Talking Video: Re-lip-sync a video to new audio (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str,
        video_url: str | PurePath,
        prompt: str,
        negative_prompt: str,
        audio_url: str | PurePath | None = None,
        duration: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TalkingVideoRecord:
        """Start talking video generation.

        Starts a Talking Video task (status dialect B). Charged on creation.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/talkingVideo/start (operation `talking_video_start`).

        Args:
            name: Task name.
            video_url: Source video.
            audio_url: Speech audio.
            duration: Length in seconds.
            prompt: Expression/motion hint.
            negative_prompt: What to avoid.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TalkingVideoRecord.
            The new task: `client.talking_video.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("talking_video_start", wire_names)
        return await self._client._call(
            "talking_video_start",
            {
                "name": name,
                "video_url": video_url,
                "audio_url": audio_url,
                "duration": duration,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TalkingVideoRecordPage:
        """Get all task records.

        Pages through the caller's Talking Video tasks.

        A2E's published notes:

        * Results are ordered newest first.

        Wire: GET /api/v1/talkingVideo/allRecords (operation `talking_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TalkingVideoRecordPage.
        """
        if wire_names:
            raise misnamed("talking_video_list", wire_names)
        return await self._client._call(
            "talking_video_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_list(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AsyncIterator[TalkingVideoRecord]:
        """Every record of `list`, for an `async for` loop: page after page, each page fetched when the iteration
        reaches it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An async iterator of TalkingVideoRecord.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("talking_video_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "talking_video_list",
            {
                "pageSize": page_size,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def batch_detail(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[TalkingVideoRecord]:
        """Batch query task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/talkingVideo/batchDetail (operation `talking_video_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TalkingVideoRecord].
        """
        if wire_names:
            raise misnamed("talking_video_batch_detail", wire_names)
        return await self._client._call(
            "talking_video_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TalkingVideoRecord:
        """Get task details.

        One Talking Video task by id (status dialect B).

        Wire: GET /api/v1/talkingVideo/{_id} (operation `talking_video_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TalkingVideoRecord.
        """
        if wire_names:
            raise misnamed("talking_video_get", wire_names)
        return await self._client._call(
            "talking_video_get",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TalkingVideoRecord]], object] | None = None,
    ) -> TalkingVideoRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "talking_video_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete task.

        Wire: DELETE /api/v1/talkingVideo/{_id} (operation `talking_video_delete`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("talking_video_delete", wire_names)
        return await self._client._call(
            "talking_video_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawTalkingVideo:
    """The operations of `TalkingVideo`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: TalkingVideo) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.batch_detail = raw_view(group.batch_detail)
        self.get = raw_view(group.get)
        self.delete = raw_view(group.delete)


class AsyncRawTalkingVideo:
    """The operations of `AsyncTalkingVideo`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncTalkingVideo) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.get = async_raw_view(group.get)
        self.delete = async_raw_view(group.delete)
