"""Kling Video: Kling Video generation through A2E (status dialect B; request fields not documented).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Literal, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncKling", "AsyncRawKling", "Kling", "RawKling"]


class Kling:
    """Kling Video: Kling Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        mode: Literal["text-to-video", "image-to-video", "motion-control"],
        prompt: str,
        name: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] | None = None,
        image_url: str | PurePath | None = None,
        video_url: str | PurePath | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | PurePath | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Kling video generation.

        Starts a Kling Video task (status dialect B). Charged on creation.

        A2E's published notes:

        * image_url required for image-to-video and motion-control; video_url for motion-control.
        * Kling 2.6 durations 5 or 10 s; Kling 3.0 allows 3-15 s.
        * model_version fast needs version 3.0 and uses resolution instead of 4k.
        * quality_mode 4k only for Kling 3.0 text-to-video and image-to-video.
        * On 2.6, sound needs pro quality and cannot combine with end_image_url.
        * end_image_url only for image-to-video in pro quality.
        * aspect_ratio is used by text-to-video only.
        * character_orientation image limits 3-10 s; video allows 3-30 s.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/klingVideo/start (operation `kling_start`).

        Args:
            name: Task name.
            mode: image_url required for image-to-video and motion-control; video_url for motion-control.
            prompt: What to generate.
            version: model_version fast needs version 3.0 and uses resolution instead of 4k.
            model_version: model_version fast needs version 3.0 and uses resolution instead of 4k.
            resolution: model_version fast needs version 3.0 and uses resolution instead of 4k.
            quality_mode: quality_mode 4k only for Kling 3.0 text-to-video and image-to-video.
            duration: Kling 2.6 durations 5 or 10 s; Kling 3.0 allows 3-15 s.
            image_url: Source image URL.
            video_url: image_url required for image-to-video and motion-control; video_url for motion-control.
            aspect_ratio: aspect_ratio is used by text-to-video only.
            sound: On 2.6, sound needs pro quality and cannot combine with end_image_url.
            end_image_url: On 2.6, sound needs pro quality and cannot combine with end_image_url. end_image_url only for
                image-to-video in pro quality.
            character_orientation: character_orientation image limits 3-10 s; video allows 3-30 s.
            negative_prompt: (A2E documents nothing for this field)
            seed: (A2E documents nothing for this field)
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
            The new task: `client.kling.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("kling_start", wire_names)
        return self._client._call(
            "kling_start",
            {
                "name": name,
                "mode": mode,
                "prompt": prompt,
                "version": version,
                "model_version": model_version,
                "resolution": resolution,
                "quality_mode": quality_mode,
                "duration": duration,
                "image_url": image_url,
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "sound": sound,
                "end_image_url": end_image_url,
                "character_orientation": character_orientation,
                "negative_prompt": negative_prompt,
                "seed": seed,
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
        """Get all Kling video records.

        Pages through the caller's Kling Video tasks.

        Wire: GET /api/v1/klingVideo/allRecords (operation `kling_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("kling_list", wire_names)
        return self._client._call(
            "kling_list",
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
            raise misnamed("kling_list", wire_names, "max_items")

        return iterate(
            self._client,
            "kling_list",
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

        Wire: POST /api/v1/klingVideo/batchDetail (operation `kling_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("kling_batch_detail", wire_names)
        return self._client._call(
            "kling_batch_detail",
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
        """Get Kling video detail.

        One Kling Video task by id (status dialect B).

        Wire: GET /api/v1/klingVideo/{_id} (operation `kling_get`).

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
            raise misnamed("kling_get", wire_names)
        return self._client._call(
            "kling_get",
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
            "kling_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Update Kling video name.

        A2E's published notes:

        * Renames only; generation settings, status and media stay unchanged.

        Wire: PUT /api/v1/klingVideo/{_id} (operation `kling_rename`).

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
            raise misnamed("kling_rename", wire_names)
        return self._client._call(
            "kling_rename",
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
        """Delete Kling video.

        Wire: DELETE /api/v1/klingVideo/{_id} (operation `kling_delete`).

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
            raise misnamed("kling_delete", wire_names)
        return self._client._call(
            "kling_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncKling:
    """Kling Video: Kling Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        mode: Literal["text-to-video", "image-to-video", "motion-control"],
        prompt: str,
        name: str | None = None,
        version: Literal["2.6", "3.0"] | None = None,
        model_version: Literal["standard", "fast"] | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        quality_mode: Literal["std", "pro", "4k"] | None = None,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] | None = None,
        image_url: str | PurePath | None = None,
        video_url: str | PurePath | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None,
        sound: bool | None = None,
        end_image_url: str | PurePath | None = None,
        character_orientation: Literal["video", "image"] | None = None,
        negative_prompt: str | None = None,
        seed: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Kling video generation.

        Starts a Kling Video task (status dialect B). Charged on creation.

        A2E's published notes:

        * image_url required for image-to-video and motion-control; video_url for motion-control.
        * Kling 2.6 durations 5 or 10 s; Kling 3.0 allows 3-15 s.
        * model_version fast needs version 3.0 and uses resolution instead of 4k.
        * quality_mode 4k only for Kling 3.0 text-to-video and image-to-video.
        * On 2.6, sound needs pro quality and cannot combine with end_image_url.
        * end_image_url only for image-to-video in pro quality.
        * aspect_ratio is used by text-to-video only.
        * character_orientation image limits 3-10 s; video allows 3-30 s.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/klingVideo/start (operation `kling_start`).

        Args:
            name: Task name.
            mode: image_url required for image-to-video and motion-control; video_url for motion-control.
            prompt: What to generate.
            version: model_version fast needs version 3.0 and uses resolution instead of 4k.
            model_version: model_version fast needs version 3.0 and uses resolution instead of 4k.
            resolution: model_version fast needs version 3.0 and uses resolution instead of 4k.
            quality_mode: quality_mode 4k only for Kling 3.0 text-to-video and image-to-video.
            duration: Kling 2.6 durations 5 or 10 s; Kling 3.0 allows 3-15 s.
            image_url: Source image URL.
            video_url: image_url required for image-to-video and motion-control; video_url for motion-control.
            aspect_ratio: aspect_ratio is used by text-to-video only.
            sound: On 2.6, sound needs pro quality and cannot combine with end_image_url.
            end_image_url: On 2.6, sound needs pro quality and cannot combine with end_image_url. end_image_url only for
                image-to-video in pro quality.
            character_orientation: character_orientation image limits 3-10 s; video allows 3-30 s.
            negative_prompt: (A2E documents nothing for this field)
            seed: (A2E documents nothing for this field)
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
            The new task: `client.kling.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("kling_start", wire_names)
        return await self._client._call(
            "kling_start",
            {
                "name": name,
                "mode": mode,
                "prompt": prompt,
                "version": version,
                "model_version": model_version,
                "resolution": resolution,
                "quality_mode": quality_mode,
                "duration": duration,
                "image_url": image_url,
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "sound": sound,
                "end_image_url": end_image_url,
                "character_orientation": character_orientation,
                "negative_prompt": negative_prompt,
                "seed": seed,
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
        """Get all Kling video records.

        Pages through the caller's Kling Video tasks.

        Wire: GET /api/v1/klingVideo/allRecords (operation `kling_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("kling_list", wire_names)
        return await self._client._call(
            "kling_list",
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
            raise misnamed("kling_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "kling_list",
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

        Wire: POST /api/v1/klingVideo/batchDetail (operation `kling_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("kling_batch_detail", wire_names)
        return await self._client._call(
            "kling_batch_detail",
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
        """Get Kling video detail.

        One Kling Video task by id (status dialect B).

        Wire: GET /api/v1/klingVideo/{_id} (operation `kling_get`).

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
            raise misnamed("kling_get", wire_names)
        return await self._client._call(
            "kling_get",
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
            "kling_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Update Kling video name.

        A2E's published notes:

        * Renames only; generation settings, status and media stay unchanged.

        Wire: PUT /api/v1/klingVideo/{_id} (operation `kling_rename`).

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
            raise misnamed("kling_rename", wire_names)
        return await self._client._call(
            "kling_rename",
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
        """Delete Kling video.

        Wire: DELETE /api/v1/klingVideo/{_id} (operation `kling_delete`).

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
            raise misnamed("kling_delete", wire_names)
        return await self._client._call(
            "kling_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawKling:
    """The operations of `Kling`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Kling) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.batch_detail = raw_view(group.batch_detail)
        self.get = raw_view(group.get)
        self.rename = raw_view(group.rename)
        self.delete = raw_view(group.delete)


class AsyncRawKling:
    """The operations of `AsyncKling`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncKling) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.get = async_raw_view(group.get)
        self.rename = async_raw_view(group.rename)
        self.delete = async_raw_view(group.delete)
