"""Happyhorse Video: Happyhorse Video generation through A2E (status dialect B; request fields not documented).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncHappyhorse", "AsyncRawHappyhorse", "Happyhorse", "RawHappyhorse"]


class Happyhorse:
    """Happyhorse Video: Happyhorse Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        mode: Literal["t2v", "i2v", "r2v", "video-edit"],
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | PurePath | None = None,
        reference_image_urls: Sequence[str | PurePath] | None = None,
        edit_video_url: str | PurePath | None = None,
        input_video_seconds: float | None = None,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start HappyHorse video generation task (T2V / I2V / R2V / Video-Edit).

        Starts a Happyhorse Video task (status dialect B). Charged on creation.

        A2E's published notes:

        * prompt is required for t2v, r2v and video-edit; optional for i2v.
        * image_url is for i2v only; edit_video_url is for video-edit only.
        * r2v needs 1-9 reference_image_urls; video-edit allows 0-5.
        * Omitted model_version means 1.0; video-edit always runs on 1.0.
        * Version 1.0 durations 5/10/15; 1.1 allows 3-15; video-edit ignores duration.
        * 480P only on version 1.1 t2v/i2v/r2v; others support 720P/1080P.
        * ratio applies to t2v and r2v; 4:5, 5:4, 9:21, 21:9 need 1.1.
        * audio_setting applies to video-edit only; origin keeps the input audio.
        * seed must be within 0 to 2147483647.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userHappyhorseVideo/start (operation `happyhorse_start`).

        Args:
            mode: (A2E documents nothing for this field)
            name: Task name.
            model_version: Omitted model_version means 1.0; video-edit always runs on 1.0.
            prompt: What to generate.
            image_url: Source image URL.
            reference_image_urls: r2v needs 1-9 reference_image_urls; video-edit allows 0-5.
            edit_video_url: image_url is for i2v only; edit_video_url is for video-edit only.
            input_video_seconds: (A2E documents nothing for this field)
            duration: Version 1.0 durations 5/10/15; 1.1 allows 3-15; video-edit ignores duration.
            resolution: 480P only on version 1.1 t2v/i2v/r2v; others support 720P/1080P.
            ratio: ratio applies to t2v and r2v; 4:5, 5:4, 9:21, 21:9 need 1.1.
            audio_setting: audio_setting applies to video-edit only; origin keeps the input audio.
            seed: seed must be within 0 to 2147483647.
            watermark: (A2E documents nothing for this field)
            minor_suspected_skip: (A2E documents nothing for this field)
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
            The new task: `client.happyhorse.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("happyhorse_start", wire_names)
        return self._client._call(
            "happyhorse_start",
            {
                "mode": mode,
                "name": name,
                "model_version": model_version,
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_urls": reference_image_urls,
                "edit_video_url": edit_video_url,
                "input_video_seconds": input_video_seconds,
                "duration": duration,
                "resolution": resolution,
                "ratio": ratio,
                "audio_setting": audio_setting,
                "seed": seed,
                "watermark": watermark,
                "minor_suspected_skip": minor_suspected_skip,
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
        """List HappyHorse tasks.

        Pages through the caller's Happyhorse Video tasks.

        Wire: GET /api/v1/userHappyhorseVideo/allRecords (operation `happyhorse_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("happyhorse_list", wire_names)
        return self._client._call(
            "happyhorse_list",
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
            raise misnamed("happyhorse_list", wire_names, "max_items")

        return iterate(
            self._client,
            "happyhorse_list",
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
        """Batch query task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        A2E's published notes:

        * Accepts at most 200 ids per request.

        Wire: POST /api/v1/userHappyhorseVideo/batchDetail (operation `happyhorse_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("happyhorse_batch_detail", wire_names)
        return self._client._call(
            "happyhorse_batch_detail",
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
        """Get HappyHorse task details.

        One Happyhorse Video task by id (status dialect B).

        Wire: GET /api/v1/userHappyhorseVideo/{_id} (operation `happyhorse_get`).

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
            raise misnamed("happyhorse_get", wire_names)
        return self._client._call(
            "happyhorse_get",
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
            "happyhorse_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete a HappyHorse task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userHappyhorseVideo/{_id} (operation `happyhorse_delete`).

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
            raise misnamed("happyhorse_delete", wire_names)
        return self._client._call(
            "happyhorse_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncHappyhorse:
    """Happyhorse Video: Happyhorse Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        mode: Literal["t2v", "i2v", "r2v", "video-edit"],
        name: str | None = None,
        model_version: Literal["1.0", "1.1"] | None = None,
        prompt: str | None = None,
        image_url: str | PurePath | None = None,
        reference_image_urls: Sequence[str | PurePath] | None = None,
        edit_video_url: str | PurePath | None = None,
        input_video_seconds: float | None = None,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] | None = None,
        resolution: Literal["480P", "720P", "1080P"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] | None = None,
        audio_setting: Literal["auto", "origin"] | None = None,
        seed: int | None = None,
        watermark: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start HappyHorse video generation task (T2V / I2V / R2V / Video-Edit).

        Starts a Happyhorse Video task (status dialect B). Charged on creation.

        A2E's published notes:

        * prompt is required for t2v, r2v and video-edit; optional for i2v.
        * image_url is for i2v only; edit_video_url is for video-edit only.
        * r2v needs 1-9 reference_image_urls; video-edit allows 0-5.
        * Omitted model_version means 1.0; video-edit always runs on 1.0.
        * Version 1.0 durations 5/10/15; 1.1 allows 3-15; video-edit ignores duration.
        * 480P only on version 1.1 t2v/i2v/r2v; others support 720P/1080P.
        * ratio applies to t2v and r2v; 4:5, 5:4, 9:21, 21:9 need 1.1.
        * audio_setting applies to video-edit only; origin keeps the input audio.
        * seed must be within 0 to 2147483647.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userHappyhorseVideo/start (operation `happyhorse_start`).

        Args:
            mode: (A2E documents nothing for this field)
            name: Task name.
            model_version: Omitted model_version means 1.0; video-edit always runs on 1.0.
            prompt: What to generate.
            image_url: Source image URL.
            reference_image_urls: r2v needs 1-9 reference_image_urls; video-edit allows 0-5.
            edit_video_url: image_url is for i2v only; edit_video_url is for video-edit only.
            input_video_seconds: (A2E documents nothing for this field)
            duration: Version 1.0 durations 5/10/15; 1.1 allows 3-15; video-edit ignores duration.
            resolution: 480P only on version 1.1 t2v/i2v/r2v; others support 720P/1080P.
            ratio: ratio applies to t2v and r2v; 4:5, 5:4, 9:21, 21:9 need 1.1.
            audio_setting: audio_setting applies to video-edit only; origin keeps the input audio.
            seed: seed must be within 0 to 2147483647.
            watermark: (A2E documents nothing for this field)
            minor_suspected_skip: (A2E documents nothing for this field)
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
            The new task: `client.happyhorse.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("happyhorse_start", wire_names)
        return await self._client._call(
            "happyhorse_start",
            {
                "mode": mode,
                "name": name,
                "model_version": model_version,
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_urls": reference_image_urls,
                "edit_video_url": edit_video_url,
                "input_video_seconds": input_video_seconds,
                "duration": duration,
                "resolution": resolution,
                "ratio": ratio,
                "audio_setting": audio_setting,
                "seed": seed,
                "watermark": watermark,
                "minor_suspected_skip": minor_suspected_skip,
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
        """List HappyHorse tasks.

        Pages through the caller's Happyhorse Video tasks.

        Wire: GET /api/v1/userHappyhorseVideo/allRecords (operation `happyhorse_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("happyhorse_list", wire_names)
        return await self._client._call(
            "happyhorse_list",
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
            raise misnamed("happyhorse_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "happyhorse_list",
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
        """Batch query task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        A2E's published notes:

        * Accepts at most 200 ids per request.

        Wire: POST /api/v1/userHappyhorseVideo/batchDetail (operation `happyhorse_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("happyhorse_batch_detail", wire_names)
        return await self._client._call(
            "happyhorse_batch_detail",
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
        """Get HappyHorse task details.

        One Happyhorse Video task by id (status dialect B).

        Wire: GET /api/v1/userHappyhorseVideo/{_id} (operation `happyhorse_get`).

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
            raise misnamed("happyhorse_get", wire_names)
        return await self._client._call(
            "happyhorse_get",
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
            "happyhorse_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete a HappyHorse task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userHappyhorseVideo/{_id} (operation `happyhorse_delete`).

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
            raise misnamed("happyhorse_delete", wire_names)
        return await self._client._call(
            "happyhorse_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawHappyhorse:
    """The operations of `Happyhorse`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Happyhorse) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.batch_detail = raw_view(group.batch_detail)
        self.get = raw_view(group.get)
        self.delete = raw_view(group.delete)


class AsyncRawHappyhorse:
    """The operations of `AsyncHappyhorse`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncHappyhorse) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.get = async_raw_view(group.get)
        self.delete = async_raw_view(group.delete)
