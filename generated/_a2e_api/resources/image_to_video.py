"""Image to Video: Animate a still image into a short video (status dialect B).

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
    from ..models.image_2_video_record import Image2VideoRecord
    from ..models.image_2_video_record_page import Image2VideoRecordPage
    from ..models.processing_time import ProcessingTime
    from ..models.prompt_extension import PromptExtension

__all__ = ["AsyncImageToVideo", "AsyncRawImageToVideo", "ImageToVideo", "RawImageToVideo"]


class ImageToVideo:
    """Image to Video: Animate a still image into a short video (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        image_url: str | PurePath,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | PurePath | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Image2VideoRecord:
        """Start image to video conversion.

        Animates a still image (tuned for faces) into a short video: 5 s at 720p by default, usually under 10 minutes.

        A2E's published notes:

        * end_image_url is needed when model_type is FLF2V.
        * With lora set, prompt and negative_prompt may be omitted; the preset overrides prompt.
        * video_time accepts only 5, 10, 15 or 20 seconds.
        * video_length (frames) is deprecated; prefer video_time.
        * Omitted model_version defaults to a2e-v2 for Ultra users, a2e otherwise.
        * V2 models generate their own audio and are not covered by plan waivers.
        * mask_face: set true only after the user agrees to mask a detected face.
        * minor_suspected_skip acknowledges a suspected minor aged 10 to 14.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userImage2Video/start (operation `image_to_video_start`).

        Args:
            name: Task name.
            image_url: Source image (re-host unstable URLs with Save URL to A2E's storage).
            prompt: What should happen.
            negative_prompt: What to avoid (the name the docs' example and every response use).
            lora: With lora set, prompt and negative_prompt may be omitted; the preset overrides prompt.
            model_type: `GENERAL` or `FLF2V` (first and last frame).
            model_version: `a2e-v2` costs more per second; `a2e-v2-flash` is priced like `a2e`.
            end_image_url: Last frame (with `FLF2V`).
            extend_prompt: (A2E documents nothing for this field)
            number_of_images: (A2E documents nothing for this field)
            video_time: Length in seconds (default 5).
            video_length: video_length (frames) is deprecated; prefer video_time.
            skip_face_enhance: (A2E documents nothing for this field)
            mask_face: mask_face: set true only after the user agrees to mask a detected face.
            minor_suspected_skip: minor_suspected_skip acknowledges a suspected minor aged 10 to 14.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Image2VideoRecord.
            The new task: `client.image_to_video.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("image_to_video_start", wire_names)
        return self._client._call(
            "image_to_video_start",
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lora": lora,
                "model_type": model_type,
                "model_version": model_version,
                "end_image_url": end_image_url,
                "extend_prompt": extend_prompt,
                "number_of_images": number_of_images,
                "video_time": video_time,
                "video_length": video_length,
                "skip_face_enhance": skip_face_enhance,
                "mask_face": mask_face,
                "minor_suspected_skip": minor_suspected_skip,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
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
    ) -> Image2VideoRecord:
        """Get image to video task detail.

        One image-to-video task.

        Wire: GET /api/v1/userImage2Video/{_id} (operation `image_to_video_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Image2VideoRecord.
        """
        if wire_names:
            raise misnamed("image_to_video_get", wire_names)
        return self._client._call(
            "image_to_video_get",
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
        on_progress: Callable[[TaskProgress[Image2VideoRecord]], object] | None = None,
    ) -> Image2VideoRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "image_to_video_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete an image to video task.

        Deletes an image-to-video task record.

        A2E's published notes:

        * Only initialized, completed or failed tasks can be deleted; processing returns 400.
        * Deleting a still-initialized task refunds its charge.

        Wire: DELETE /api/v1/userImage2Video/{_id} (operation `image_to_video_delete`).

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
            raise misnamed("image_to_video_delete", wire_names)
        return self._client._call(
            "image_to_video_delete",
            {
                "_id": id,
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
    ) -> Image2VideoRecordPage:
        """List image to video tasks.

        Pages through the caller's image-to-video tasks.

        A2E's published notes:

        * Only records that have not expired are returned.

        Wire: GET /api/v1/userImage2Video/allRecords (operation `image_to_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Image2VideoRecordPage.
        """
        if wire_names:
            raise misnamed("image_to_video_list", wire_names)
        return self._client._call(
            "image_to_video_list",
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
    ) -> Iterator[Image2VideoRecord]:
        """Every record of `list`, for a `for` loop: page after page, each page fetched when the iteration reaches
        it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An iterator of Image2VideoRecord.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("image_to_video_list", wire_names, "max_items")

        return iterate(
            self._client,
            "image_to_video_list",
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
    ) -> builtins.list[Image2VideoRecord]:
        """Batch query task details.

        Several image-to-video tasks in one call.

        Wire: POST /api/v1/userImage2Video/batchDetail (operation `image_to_video_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[Image2VideoRecord].
        """
        if wire_names:
            raise misnamed("image_to_video_batch_detail", wire_names)
        return self._client._call(
            "image_to_video_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def average_time(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> ProcessingTime:
        """Get average processing time.

        Current average processing time, e.g. for an ETA.

        Wire: GET /api/v1/userImage2Video/avgProcessingTime (operation `image_to_video_average_time`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as ProcessingTime.
        """
        if wire_names:
            raise misnamed("image_to_video_average_time", wire_names)
        return self._client._call(
            "image_to_video_average_time",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def mark_shared(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Mark record as shared.

        Flags the result as shared (bookkeeping for the web app).

        A2E's published notes:

        * Only records a client interaction; the task's media is not changed.

        Wire: POST /api/v1/userImage2Video/{_id}/markShared (operation `image_to_video_mark_shared`).

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
            raise misnamed("image_to_video_mark_shared", wire_names)
        return self._client._call(
            "image_to_video_mark_shared",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def mark_downloaded(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Mark record as downloaded.

        Flags the result as downloaded (bookkeeping for the web app).

        A2E's published notes:

        * Only records a client interaction; the task's media is not changed.

        Wire: POST /api/v1/userImage2Video/{_id}/markDownloaded (operation `image_to_video_mark_downloaded`).

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
            raise misnamed("image_to_video_mark_downloaded", wire_names)
        return self._client._call(
            "image_to_video_mark_downloaded",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def mark_copied(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Mark record as copied.

        Flags the result as copied (bookkeeping for the web app).

        A2E's published notes:

        * Only records a client interaction; the task's media is not changed.

        Wire: POST /api/v1/userImage2Video/{_id}/markCopied (operation `image_to_video_mark_copied`).

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
            raise misnamed("image_to_video_mark_copied", wire_names)
        return self._client._call(
            "image_to_video_mark_copied",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | PurePath,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> PromptExtension:
        """Extend prompt for image to video.

        Expands a short prompt into a detailed one (the answer's fields are not published).

        A2E's published notes:

        * stream=true returns Server-Sent Events: delta, result, done, error.
        * max_length is a hard character cap, not a target length.
        * shot_count is clamped server-side to 1-4 and only used by the cinematic template.
        * with_audio only affects the cinematic template.

        Wire: POST /api/v1/userImage2Video/prompt_extension (operation `image_to_video_extend_prompt`).

        Args:
            reference_id: (A2E documents nothing for this field)
            image_url: Image the prompt is for.
            prompt: The short prompt to expand.
            negative_prompt: (A2E documents nothing for this field)
            lang: (A2E documents nothing for this field)
            max_length: max_length is a hard character cap, not a target length.
            stream: stream=true returns Server-Sent Events: delta, result, done, error.
            template: shot_count is clamped server-side to 1-4 and only used by the cinematic template. with_audio only
                affects the cinematic template.
            shot_count: shot_count is clamped server-side to 1-4 and only used by the cinematic template.
            with_audio: with_audio only affects the cinematic template.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as PromptExtension.
        """
        if wire_names:
            raise misnamed("image_to_video_extend_prompt", wire_names)
        return self._client._call(
            "image_to_video_extend_prompt",
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lang": lang,
                "max_length": max_length,
                "stream": stream,
                "template": template,
                "shot_count": shot_count,
                "with_audio": with_audio,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def extend_flf2v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | PurePath,
        end_image_url: str | PurePath,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> PromptExtension:
        """Extend prompt for FLF2V image to video.

        As Extend an Image-to-Video Prompt, for `FLF2V` tasks.

        A2E's published notes:

        * stream=true returns Server-Sent Events: delta, result, done, error.
        * max_length is a hard character cap, not a target length.

        Wire: POST /api/v1/userImage2Video/flf2v_prompt_extension (operation `image_to_video_extend_flf2v_prompt`).

        Args:
            reference_id: (A2E documents nothing for this field)
            image_url: Image the prompt is for.
            end_image_url: (A2E documents nothing for this field)
            prompt: The short prompt to expand.
            negative_prompt: (A2E documents nothing for this field)
            lang: (A2E documents nothing for this field)
            max_length: max_length is a hard character cap, not a target length.
            stream: stream=true returns Server-Sent Events: delta, result, done, error.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as PromptExtension.
        """
        if wire_names:
            raise misnamed("image_to_video_extend_flf2v_prompt", wire_names)
        return self._client._call(
            "image_to_video_extend_flf2v_prompt",
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lang": lang,
                "max_length": max_length,
                "stream": stream,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def unlimited_queue_level(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """UnlimitedQueueLevel.

        Wire: GET /api/v1/userImage2Video/unlimitedQueueLevel (operation `image_to_video_unlimited_queue_level`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("image_to_video_unlimited_queue_level", wire_names)
        return self._client._call(
            "image_to_video_unlimited_queue_level",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncImageToVideo:
    """Image to Video: Animate a still image into a short video (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        image_url: str | PurePath,
        name: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        lora: str | None = None,
        model_type: Literal["GENERAL", "FLF2V"] | None = None,
        model_version: Literal["a2e", "a2e-v2", "a2e-v2-flash"] | None = None,
        end_image_url: str | PurePath | None = None,
        extend_prompt: bool | None = None,
        number_of_images: int | None = None,
        video_time: int | None = None,
        video_length: int | None = None,
        skip_face_enhance: bool | None = None,
        mask_face: bool | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Image2VideoRecord:
        """Start image to video conversion.

        Animates a still image (tuned for faces) into a short video: 5 s at 720p by default, usually under 10 minutes.

        A2E's published notes:

        * end_image_url is needed when model_type is FLF2V.
        * With lora set, prompt and negative_prompt may be omitted; the preset overrides prompt.
        * video_time accepts only 5, 10, 15 or 20 seconds.
        * video_length (frames) is deprecated; prefer video_time.
        * Omitted model_version defaults to a2e-v2 for Ultra users, a2e otherwise.
        * V2 models generate their own audio and are not covered by plan waivers.
        * mask_face: set true only after the user agrees to mask a detected face.
        * minor_suspected_skip acknowledges a suspected minor aged 10 to 14.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userImage2Video/start (operation `image_to_video_start`).

        Args:
            name: Task name.
            image_url: Source image (re-host unstable URLs with Save URL to A2E's storage).
            prompt: What should happen.
            negative_prompt: What to avoid (the name the docs' example and every response use).
            lora: With lora set, prompt and negative_prompt may be omitted; the preset overrides prompt.
            model_type: `GENERAL` or `FLF2V` (first and last frame).
            model_version: `a2e-v2` costs more per second; `a2e-v2-flash` is priced like `a2e`.
            end_image_url: Last frame (with `FLF2V`).
            extend_prompt: (A2E documents nothing for this field)
            number_of_images: (A2E documents nothing for this field)
            video_time: Length in seconds (default 5).
            video_length: video_length (frames) is deprecated; prefer video_time.
            skip_face_enhance: (A2E documents nothing for this field)
            mask_face: mask_face: set true only after the user agrees to mask a detected face.
            minor_suspected_skip: minor_suspected_skip acknowledges a suspected minor aged 10 to 14.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Image2VideoRecord.
            The new task: `client.image_to_video.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("image_to_video_start", wire_names)
        return await self._client._call(
            "image_to_video_start",
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lora": lora,
                "model_type": model_type,
                "model_version": model_version,
                "end_image_url": end_image_url,
                "extend_prompt": extend_prompt,
                "number_of_images": number_of_images,
                "video_time": video_time,
                "video_length": video_length,
                "skip_face_enhance": skip_face_enhance,
                "mask_face": mask_face,
                "minor_suspected_skip": minor_suspected_skip,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
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
    ) -> Image2VideoRecord:
        """Get image to video task detail.

        One image-to-video task.

        Wire: GET /api/v1/userImage2Video/{_id} (operation `image_to_video_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Image2VideoRecord.
        """
        if wire_names:
            raise misnamed("image_to_video_get", wire_names)
        return await self._client._call(
            "image_to_video_get",
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
        on_progress: Callable[[TaskProgress[Image2VideoRecord]], object] | None = None,
    ) -> Image2VideoRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "image_to_video_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete an image to video task.

        Deletes an image-to-video task record.

        A2E's published notes:

        * Only initialized, completed or failed tasks can be deleted; processing returns 400.
        * Deleting a still-initialized task refunds its charge.

        Wire: DELETE /api/v1/userImage2Video/{_id} (operation `image_to_video_delete`).

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
            raise misnamed("image_to_video_delete", wire_names)
        return await self._client._call(
            "image_to_video_delete",
            {
                "_id": id,
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
    ) -> Image2VideoRecordPage:
        """List image to video tasks.

        Pages through the caller's image-to-video tasks.

        A2E's published notes:

        * Only records that have not expired are returned.

        Wire: GET /api/v1/userImage2Video/allRecords (operation `image_to_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Image2VideoRecordPage.
        """
        if wire_names:
            raise misnamed("image_to_video_list", wire_names)
        return await self._client._call(
            "image_to_video_list",
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
    ) -> AsyncIterator[Image2VideoRecord]:
        """Every record of `list`, for an `async for` loop: page after page, each page fetched when the iteration
        reaches it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An async iterator of Image2VideoRecord.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("image_to_video_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "image_to_video_list",
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
    ) -> builtins.list[Image2VideoRecord]:
        """Batch query task details.

        Several image-to-video tasks in one call.

        Wire: POST /api/v1/userImage2Video/batchDetail (operation `image_to_video_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[Image2VideoRecord].
        """
        if wire_names:
            raise misnamed("image_to_video_batch_detail", wire_names)
        return await self._client._call(
            "image_to_video_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def average_time(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> ProcessingTime:
        """Get average processing time.

        Current average processing time, e.g. for an ETA.

        Wire: GET /api/v1/userImage2Video/avgProcessingTime (operation `image_to_video_average_time`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as ProcessingTime.
        """
        if wire_names:
            raise misnamed("image_to_video_average_time", wire_names)
        return await self._client._call(
            "image_to_video_average_time",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def mark_shared(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Mark record as shared.

        Flags the result as shared (bookkeeping for the web app).

        A2E's published notes:

        * Only records a client interaction; the task's media is not changed.

        Wire: POST /api/v1/userImage2Video/{_id}/markShared (operation `image_to_video_mark_shared`).

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
            raise misnamed("image_to_video_mark_shared", wire_names)
        return await self._client._call(
            "image_to_video_mark_shared",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def mark_downloaded(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Mark record as downloaded.

        Flags the result as downloaded (bookkeeping for the web app).

        A2E's published notes:

        * Only records a client interaction; the task's media is not changed.

        Wire: POST /api/v1/userImage2Video/{_id}/markDownloaded (operation `image_to_video_mark_downloaded`).

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
            raise misnamed("image_to_video_mark_downloaded", wire_names)
        return await self._client._call(
            "image_to_video_mark_downloaded",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def mark_copied(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Mark record as copied.

        Flags the result as copied (bookkeeping for the web app).

        A2E's published notes:

        * Only records a client interaction; the task's media is not changed.

        Wire: POST /api/v1/userImage2Video/{_id}/markCopied (operation `image_to_video_mark_copied`).

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
            raise misnamed("image_to_video_mark_copied", wire_names)
        return await self._client._call(
            "image_to_video_mark_copied",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def extend_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | PurePath,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        template: Literal["default", "cinematic"] | None = None,
        shot_count: int | None = None,
        with_audio: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> PromptExtension:
        """Extend prompt for image to video.

        Expands a short prompt into a detailed one (the answer's fields are not published).

        A2E's published notes:

        * stream=true returns Server-Sent Events: delta, result, done, error.
        * max_length is a hard character cap, not a target length.
        * shot_count is clamped server-side to 1-4 and only used by the cinematic template.
        * with_audio only affects the cinematic template.

        Wire: POST /api/v1/userImage2Video/prompt_extension (operation `image_to_video_extend_prompt`).

        Args:
            reference_id: (A2E documents nothing for this field)
            image_url: Image the prompt is for.
            prompt: The short prompt to expand.
            negative_prompt: (A2E documents nothing for this field)
            lang: (A2E documents nothing for this field)
            max_length: max_length is a hard character cap, not a target length.
            stream: stream=true returns Server-Sent Events: delta, result, done, error.
            template: shot_count is clamped server-side to 1-4 and only used by the cinematic template. with_audio only
                affects the cinematic template.
            shot_count: shot_count is clamped server-side to 1-4 and only used by the cinematic template.
            with_audio: with_audio only affects the cinematic template.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as PromptExtension.
        """
        if wire_names:
            raise misnamed("image_to_video_extend_prompt", wire_names)
        return await self._client._call(
            "image_to_video_extend_prompt",
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lang": lang,
                "max_length": max_length,
                "stream": stream,
                "template": template,
                "shot_count": shot_count,
                "with_audio": with_audio,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def extend_flf2v_prompt(
        self,
        *,
        reference_id: str,
        image_url: str | PurePath,
        end_image_url: str | PurePath,
        prompt: str,
        negative_prompt: str,
        lang: str | None = None,
        max_length: int | None = None,
        stream: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> PromptExtension:
        """Extend prompt for FLF2V image to video.

        As Extend an Image-to-Video Prompt, for `FLF2V` tasks.

        A2E's published notes:

        * stream=true returns Server-Sent Events: delta, result, done, error.
        * max_length is a hard character cap, not a target length.

        Wire: POST /api/v1/userImage2Video/flf2v_prompt_extension (operation `image_to_video_extend_flf2v_prompt`).

        Args:
            reference_id: (A2E documents nothing for this field)
            image_url: Image the prompt is for.
            end_image_url: (A2E documents nothing for this field)
            prompt: The short prompt to expand.
            negative_prompt: (A2E documents nothing for this field)
            lang: (A2E documents nothing for this field)
            max_length: max_length is a hard character cap, not a target length.
            stream: stream=true returns Server-Sent Events: delta, result, done, error.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as PromptExtension.
        """
        if wire_names:
            raise misnamed("image_to_video_extend_flf2v_prompt", wire_names)
        return await self._client._call(
            "image_to_video_extend_flf2v_prompt",
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "lang": lang,
                "max_length": max_length,
                "stream": stream,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def unlimited_queue_level(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """UnlimitedQueueLevel.

        Wire: GET /api/v1/userImage2Video/unlimitedQueueLevel (operation `image_to_video_unlimited_queue_level`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("image_to_video_unlimited_queue_level", wire_names)
        return await self._client._call(
            "image_to_video_unlimited_queue_level",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawImageToVideo:
    """The operations of `ImageToVideo`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: ImageToVideo) -> None:
        self.start = raw_view(group.start)
        self.get = raw_view(group.get)
        self.delete = raw_view(group.delete)
        self.list = raw_view(group.list)
        self.batch_detail = raw_view(group.batch_detail)
        self.average_time = raw_view(group.average_time)
        self.mark_shared = raw_view(group.mark_shared)
        self.mark_downloaded = raw_view(group.mark_downloaded)
        self.mark_copied = raw_view(group.mark_copied)
        self.extend_prompt = raw_view(group.extend_prompt)
        self.extend_flf2v_prompt = raw_view(group.extend_flf2v_prompt)
        self.unlimited_queue_level = raw_view(group.unlimited_queue_level)


class AsyncRawImageToVideo:
    """The operations of `AsyncImageToVideo`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncImageToVideo) -> None:
        self.start = async_raw_view(group.start)
        self.get = async_raw_view(group.get)
        self.delete = async_raw_view(group.delete)
        self.list = async_raw_view(group.list)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.average_time = async_raw_view(group.average_time)
        self.mark_shared = async_raw_view(group.mark_shared)
        self.mark_downloaded = async_raw_view(group.mark_downloaded)
        self.mark_copied = async_raw_view(group.mark_copied)
        self.extend_prompt = async_raw_view(group.extend_prompt)
        self.extend_flf2v_prompt = async_raw_view(group.extend_flf2v_prompt)
        self.unlimited_queue_level = async_raw_view(group.unlimited_queue_level)
