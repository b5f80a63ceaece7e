"""Kling Omni Video: Kling Omni multi-shot video generation (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncKlingOmni", "AsyncRawKlingOmni", "KlingOmni", "RawKlingOmni"]


class KlingOmni:
    """Kling Omni Video: Kling Omni multi-shot video generation (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_list: Sequence[str] | None = None,
        mode: Literal["std", "pro"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        multi_shot: bool | None = None,
        shot_type: Literal["intelligence", "customize"] | None = None,
        multi_prompt: Sequence[Mapping[str, Any]] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Kling Omni video generation.

        A2E's published notes:

        * prompt is required when multi_shot is false or shot_type is intelligence.
        * shot_type is required when multi_shot is true.
        * multi_prompt (1-6 items) required for customize; durations must sum to duration.
        * Up to 7 image_list URLs (jpg/jpeg/png, max 10 MB), cited as <<<image_N>>>.
        * duration 3-15 seconds; mode std renders 720p, pro renders 1080p.
        * Uses model kling-v3-omni; boolean sound is converted to on/off server-side.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/klingOmni/start (operation `kling_omni_start`).

        Args:
            name: (A2E documents nothing for this field)
            prompt: prompt is required when multi_shot is false or shot_type is intelligence.
            image_list: Up to 7 image_list URLs (jpg/jpeg/png, max 10 MB), cited as <<<image_N>>>.
            mode: duration 3-15 seconds; mode std renders 720p, pro renders 1080p.
            duration: multi_prompt (1-6 items) required for customize; durations must sum to duration. duration 3-15
                seconds; mode std renders 720p, pro renders 1080p.
            aspect_ratio: (A2E documents nothing for this field)
            sound: Uses model kling-v3-omni; boolean sound is converted to on/off server-side.
            multi_shot: prompt is required when multi_shot is false or shot_type is intelligence. shot_type is required
                when multi_shot is true.
            shot_type: prompt is required when multi_shot is false or shot_type is intelligence. shot_type is required
                when multi_shot is true.
            multi_prompt: multi_prompt (1-6 items) required for customize; durations must sum to duration.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.kling_omni.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("kling_omni_start", wire_names)
        return self._client._call(
            "kling_omni_start",
            {
                "name": name,
                "prompt": prompt,
                "image_list": image_list,
                "mode": mode,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "sound": sound,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "multi_prompt": multi_prompt,
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
    ) -> TaskRecordPage:
        """Get all Kling Omni video records.

        Wire: GET /api/v1/klingOmni/allRecords (operation `kling_omni_list`).

        Args:
            page_num (`pageNum`): Number of the page to read; the first page is 1.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("kling_omni_list", wire_names)
        return self._client._call(
            "kling_omni_list",
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
    ) -> Iterator[TaskRecord]:
        """Every record of `list`, for a `for` loop: page after page, each page fetched when the iteration reaches
        it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An iterator of TaskRecord.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("kling_omni_list", wire_names, "max_items")

        return iterate(
            self._client,
            "kling_omni_list",
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
    ) -> builtins.list[TaskRecord]:
        """Batch get Kling Omni video details.

        A2E's published notes:

        * Accepts at most 200 ids per request.

        Wire: POST /api/v1/klingOmni/batchDetail (operation `kling_omni_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("kling_omni_batch_detail", wire_names)
        return self._client._call(
            "kling_omni_batch_detail",
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
    ) -> TaskRecord:
        """Get Kling Omni video detail.

        Wire: GET /api/v1/klingOmni/{_id} (operation `kling_omni_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("kling_omni_get", wire_names)
        return self._client._call(
            "kling_omni_get",
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
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
    ) -> TaskRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "kling_omni_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def rename(
        self,
        id: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Update Kling Omni video name.

        A2E's published notes:

        * Renames only; generation settings, status and media stay unchanged.

        Wire: PUT /api/v1/klingOmni/{_id} (operation `kling_omni_rename`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.
            name: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("kling_omni_rename", wire_names)
        return self._client._call(
            "kling_omni_rename",
            {
                "_id": id,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """Delete Kling Omni video.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/klingOmni/{_id} (operation `kling_omni_delete`).

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
            raise misnamed("kling_omni_delete", wire_names)
        return self._client._call(
            "kling_omni_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncKlingOmni:
    """Kling Omni Video: Kling Omni multi-shot video generation (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_list: Sequence[str] | None = None,
        mode: Literal["std", "pro"] | None = None,
        duration: str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        multi_shot: bool | None = None,
        shot_type: Literal["intelligence", "customize"] | None = None,
        multi_prompt: Sequence[Mapping[str, Any]] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Kling Omni video generation.

        A2E's published notes:

        * prompt is required when multi_shot is false or shot_type is intelligence.
        * shot_type is required when multi_shot is true.
        * multi_prompt (1-6 items) required for customize; durations must sum to duration.
        * Up to 7 image_list URLs (jpg/jpeg/png, max 10 MB), cited as <<<image_N>>>.
        * duration 3-15 seconds; mode std renders 720p, pro renders 1080p.
        * Uses model kling-v3-omni; boolean sound is converted to on/off server-side.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/klingOmni/start (operation `kling_omni_start`).

        Args:
            name: (A2E documents nothing for this field)
            prompt: prompt is required when multi_shot is false or shot_type is intelligence.
            image_list: Up to 7 image_list URLs (jpg/jpeg/png, max 10 MB), cited as <<<image_N>>>.
            mode: duration 3-15 seconds; mode std renders 720p, pro renders 1080p.
            duration: multi_prompt (1-6 items) required for customize; durations must sum to duration. duration 3-15
                seconds; mode std renders 720p, pro renders 1080p.
            aspect_ratio: (A2E documents nothing for this field)
            sound: Uses model kling-v3-omni; boolean sound is converted to on/off server-side.
            multi_shot: prompt is required when multi_shot is false or shot_type is intelligence. shot_type is required
                when multi_shot is true.
            shot_type: prompt is required when multi_shot is false or shot_type is intelligence. shot_type is required
                when multi_shot is true.
            multi_prompt: multi_prompt (1-6 items) required for customize; durations must sum to duration.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.kling_omni.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("kling_omni_start", wire_names)
        return await self._client._call(
            "kling_omni_start",
            {
                "name": name,
                "prompt": prompt,
                "image_list": image_list,
                "mode": mode,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "sound": sound,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "multi_prompt": multi_prompt,
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
    ) -> TaskRecordPage:
        """Get all Kling Omni video records.

        Wire: GET /api/v1/klingOmni/allRecords (operation `kling_omni_list`).

        Args:
            page_num (`pageNum`): Number of the page to read; the first page is 1.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("kling_omni_list", wire_names)
        return await self._client._call(
            "kling_omni_list",
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
    ) -> AsyncIterator[TaskRecord]:
        """Every record of `list`, for an `async for` loop: page after page, each page fetched when the iteration
        reaches it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An async iterator of TaskRecord.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("kling_omni_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "kling_omni_list",
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
    ) -> builtins.list[TaskRecord]:
        """Batch get Kling Omni video details.

        A2E's published notes:

        * Accepts at most 200 ids per request.

        Wire: POST /api/v1/klingOmni/batchDetail (operation `kling_omni_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("kling_omni_batch_detail", wire_names)
        return await self._client._call(
            "kling_omni_batch_detail",
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
    ) -> TaskRecord:
        """Get Kling Omni video detail.

        Wire: GET /api/v1/klingOmni/{_id} (operation `kling_omni_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("kling_omni_get", wire_names)
        return await self._client._call(
            "kling_omni_get",
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
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
    ) -> TaskRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "kling_omni_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def rename(
        self,
        id: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Update Kling Omni video name.

        A2E's published notes:

        * Renames only; generation settings, status and media stay unchanged.

        Wire: PUT /api/v1/klingOmni/{_id} (operation `kling_omni_rename`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.
            name: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("kling_omni_rename", wire_names)
        return await self._client._call(
            "kling_omni_rename",
            {
                "_id": id,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """Delete Kling Omni video.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/klingOmni/{_id} (operation `kling_omni_delete`).

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
            raise misnamed("kling_omni_delete", wire_names)
        return await self._client._call(
            "kling_omni_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawKlingOmni:
    """The operations of `KlingOmni`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: KlingOmni) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.batch_detail = raw_view(group.batch_detail)
        self.get = raw_view(group.get)
        self.rename = raw_view(group.rename)
        self.delete = raw_view(group.delete)


class AsyncRawKlingOmni:
    """The operations of `AsyncKlingOmni`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncKlingOmni) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.get = async_raw_view(group.get)
        self.rename = async_raw_view(group.rename)
        self.delete = async_raw_view(group.delete)
