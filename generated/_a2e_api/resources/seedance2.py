"""Seedance 2 Video: Seedance 2 Video generation through A2E (status dialect B; request fields not documented).

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

__all__ = ["AsyncRawSeedance2", "AsyncSeedance2", "RawSeedance2", "Seedance2"]


class Seedance2:
    """Seedance 2 Video: Seedance 2 Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "first-last-frames", "reference"] | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        image_url: str | PurePath | None = None,
        first_frame_url: str | PurePath | None = None,
        last_frame_url: str | PurePath | None = None,
        reference_urls: Sequence[str | PurePath] | None = None,
        video_urls: Sequence[str | PurePath] | None = None,
        audio_urls: Sequence[str | PurePath] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Seedance 2.x video generation.

        Starts a Seedance 2 Video task (status dialect B). Charged on creation.

        A2E's published notes:

        * Media inputs must be public URLs; asset:// URIs are rejected.
        * image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
        * Seedance 2.0 limits: 15 s output, 9 images, 3 videos, 3 audios.
        * Seedance 2.5 limits: 30 s output, 30 images, 10 videos, 10 audios.
        * On 2.0, audio references need at least one image or video reference.
        * 2.0 reference videos: each 2-15 s; 2.5: combined at most 30 s.
        * 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
        * omni_reference_task_type edit needs exactly one video_url and duration -1.
        * Billing uses the server-measured video length; input_video_duration cannot lower it.
        * generate_audio defaults to true; send false explicitly to disable audio.
        * minor_suspected_skip bypasses soft block 1004, never hard block 1003.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/seedance2Video/start (operation `seedance2_start`).

        Args:
            name: Task name.
            mode: (A2E documents nothing for this field)
            model_version: Seedance 2.0 limits: 15 s output, 9 images, 3 videos, 3 audios. Seedance 2.5 limits: 30 s
                output, 30 images, 10 videos, 10 audios. 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
            omni_reference_task_type: omni_reference_task_type edit needs exactly one video_url and duration -1.
            prompt: What to generate.
            image_url: Source image URL.
            first_frame_url: image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
            last_frame_url: image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
            reference_urls: Media inputs must be public URLs; asset:// URIs are rejected.
            video_urls: Media inputs must be public URLs; asset:// URIs are rejected.
            audio_urls: Media inputs must be public URLs; asset:// URIs are rejected.
            input_video_duration: Billing uses the server-measured video length; input_video_duration cannot lower it.
            duration: omni_reference_task_type edit needs exactly one video_url and duration -1.
            aspect_ratio: (A2E documents nothing for this field)
            resolution: 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
            generate_audio: generate_audio defaults to true; send false explicitly to disable audio.
            minor_suspected_skip: minor_suspected_skip bypasses soft block 1004, never hard block 1003.
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
            The new task: `client.seedance2.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("seedance2_start", wire_names)
        return self._client._call(
            "seedance2_start",
            {
                "name": name,
                "mode": mode,
                "model_version": model_version,
                "omni_reference_task_type": omni_reference_task_type,
                "prompt": prompt,
                "image_url": image_url,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "reference_urls": reference_urls,
                "video_urls": video_urls,
                "audio_urls": audio_urls,
                "input_video_duration": input_video_duration,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "generate_audio": generate_audio,
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
        """Get all records.

        Pages through the caller's Seedance 2 Video tasks.

        Wire: GET /api/v1/seedance2Video/allRecords (operation `seedance2_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("seedance2_list", wire_names)
        return self._client._call(
            "seedance2_list",
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
            raise misnamed("seedance2_list", wire_names, "max_items")

        return iterate(
            self._client,
            "seedance2_list",
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
        """Batch get task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        A2E's published notes:

        * Accepts at most 200 ids per request.

        Wire: POST /api/v1/seedance2Video/batchDetail (operation `seedance2_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("seedance2_batch_detail", wire_names)
        return self._client._call(
            "seedance2_batch_detail",
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
        """Get task detail.

        One Seedance 2 Video task by id (status dialect B).

        Wire: GET /api/v1/seedance2Video/{_id} (operation `seedance2_get`).

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
            raise misnamed("seedance2_get", wire_names)
        return self._client._call(
            "seedance2_get",
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
            "seedance2_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Rename task.

        A2E's published notes:

        * Renames only; generation settings, status and media stay unchanged.

        Wire: PUT /api/v1/seedance2Video/{_id} (operation `seedance2_rename`).

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
            raise misnamed("seedance2_rename", wire_names)
        return self._client._call(
            "seedance2_rename",
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
        """Delete task.

        Wire: DELETE /api/v1/seedance2Video/{_id} (operation `seedance2_delete`).

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
            raise misnamed("seedance2_delete", wire_names)
        return self._client._call(
            "seedance2_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSeedance2:
    """Seedance 2 Video: Seedance 2 Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        mode: Literal["text-to-video", "image-to-video", "first-last-frames", "reference"] | None = None,
        model_version: Literal["standard", "mini", "fast", "2.5"] | None = None,
        omni_reference_task_type: Literal["reference", "edit", "extend"] | None = None,
        image_url: str | PurePath | None = None,
        first_frame_url: str | PurePath | None = None,
        last_frame_url: str | PurePath | None = None,
        reference_urls: Sequence[str | PurePath] | None = None,
        video_urls: Sequence[str | PurePath] | None = None,
        audio_urls: Sequence[str | PurePath] | None = None,
        input_video_duration: float | None = None,
        duration: int | None = None,
        aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | None = None,
        resolution: Literal["480p", "720p", "1080p", "4k"] | None = None,
        generate_audio: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Seedance 2.x video generation.

        Starts a Seedance 2 Video task (status dialect B). Charged on creation.

        A2E's published notes:

        * Media inputs must be public URLs; asset:// URIs are rejected.
        * image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
        * Seedance 2.0 limits: 15 s output, 9 images, 3 videos, 3 audios.
        * Seedance 2.5 limits: 30 s output, 30 images, 10 videos, 10 audios.
        * On 2.0, audio references need at least one image or video reference.
        * 2.0 reference videos: each 2-15 s; 2.5: combined at most 30 s.
        * 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
        * omni_reference_task_type edit needs exactly one video_url and duration -1.
        * Billing uses the server-measured video length; input_video_duration cannot lower it.
        * generate_audio defaults to true; send false explicitly to disable audio.
        * minor_suspected_skip bypasses soft block 1004, never hard block 1003.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/seedance2Video/start (operation `seedance2_start`).

        Args:
            name: Task name.
            mode: (A2E documents nothing for this field)
            model_version: Seedance 2.0 limits: 15 s output, 9 images, 3 videos, 3 audios. Seedance 2.5 limits: 30 s
                output, 30 images, 10 videos, 10 audios. 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
            omni_reference_task_type: omni_reference_task_type edit needs exactly one video_url and duration -1.
            prompt: What to generate.
            image_url: Source image URL.
            first_frame_url: image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
            last_frame_url: image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
            reference_urls: Media inputs must be public URLs; asset:// URIs are rejected.
            video_urls: Media inputs must be public URLs; asset:// URIs are rejected.
            audio_urls: Media inputs must be public URLs; asset:// URIs are rejected.
            input_video_duration: Billing uses the server-measured video length; input_video_duration cannot lower it.
            duration: omni_reference_task_type edit needs exactly one video_url and duration -1.
            aspect_ratio: (A2E documents nothing for this field)
            resolution: 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
            generate_audio: generate_audio defaults to true; send false explicitly to disable audio.
            minor_suspected_skip: minor_suspected_skip bypasses soft block 1004, never hard block 1003.
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
            The new task: `client.seedance2.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("seedance2_start", wire_names)
        return await self._client._call(
            "seedance2_start",
            {
                "name": name,
                "mode": mode,
                "model_version": model_version,
                "omni_reference_task_type": omni_reference_task_type,
                "prompt": prompt,
                "image_url": image_url,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "reference_urls": reference_urls,
                "video_urls": video_urls,
                "audio_urls": audio_urls,
                "input_video_duration": input_video_duration,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "generate_audio": generate_audio,
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
        """Get all records.

        Pages through the caller's Seedance 2 Video tasks.

        Wire: GET /api/v1/seedance2Video/allRecords (operation `seedance2_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("seedance2_list", wire_names)
        return await self._client._call(
            "seedance2_list",
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
            raise misnamed("seedance2_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "seedance2_list",
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
        """Batch get task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        A2E's published notes:

        * Accepts at most 200 ids per request.

        Wire: POST /api/v1/seedance2Video/batchDetail (operation `seedance2_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("seedance2_batch_detail", wire_names)
        return await self._client._call(
            "seedance2_batch_detail",
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
        """Get task detail.

        One Seedance 2 Video task by id (status dialect B).

        Wire: GET /api/v1/seedance2Video/{_id} (operation `seedance2_get`).

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
            raise misnamed("seedance2_get", wire_names)
        return await self._client._call(
            "seedance2_get",
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
            "seedance2_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Rename task.

        A2E's published notes:

        * Renames only; generation settings, status and media stay unchanged.

        Wire: PUT /api/v1/seedance2Video/{_id} (operation `seedance2_rename`).

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
            raise misnamed("seedance2_rename", wire_names)
        return await self._client._call(
            "seedance2_rename",
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
        """Delete task.

        Wire: DELETE /api/v1/seedance2Video/{_id} (operation `seedance2_delete`).

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
            raise misnamed("seedance2_delete", wire_names)
        return await self._client._call(
            "seedance2_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawSeedance2:
    """The operations of `Seedance2`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Seedance2) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.batch_detail = raw_view(group.batch_detail)
        self.get = raw_view(group.get)
        self.rename = raw_view(group.rename)
        self.delete = raw_view(group.delete)


class AsyncRawSeedance2:
    """The operations of `AsyncSeedance2`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncSeedance2) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.get = async_raw_view(group.get)
        self.rename = async_raw_view(group.rename)
        self.delete = async_raw_view(group.delete)
