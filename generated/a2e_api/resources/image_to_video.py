"""Image to Video: Animate a still image into a short video (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.empty import Empty
    from ..models.image_2_video_record import Image2VideoRecord
    from ..models.image_2_video_record_page import Image2VideoRecordPage
    from ..models.processing_time import ProcessingTime
    from ..models.prompt_extension import PromptExtension

__all__ = ["AsyncImageToVideo", "ImageToVideo"]


class ImageToVideo:
    """Image to Video: Animate a still image into a short video (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str,
        image_url: str,
        prompt: str,
        negative_prompt: str | None = None,
        negative_prmpt: str | None = None,
        model_type: str | None = None,
        end_image_url: str | None = None,
        video_time: int | None = None,
        number_of_images: int | None = None,
        skip_face_enhance: bool | None = None,
        model_version: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
    ) -> Image2VideoRecord:
        """Start Image-to-Video.

        Animates a still image (tuned for faces) into a short video: 5 s at 720p by default, usually under 10 minutes.

        Other forms seen: POST /api/v1/wanneer/start (see Wan video models).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userImage2Video/start (operation `image_to_video_start`).

        Args:
            name: Task name.
            image_url: Source image (re-host unstable URLs with Save URL to A2E's storage).
            prompt: What should happen.
            negative_prompt: What to avoid (the name the docs' example and every response use).
            negative_prmpt: What to avoid, as the docs' field table spells it; which name the server reads is unconfirmed, so send the same text under both.
            model_type: `GENERAL` or `FLF2V` (first and last frame).
            end_image_url: Last frame (with `FLF2V`).
            video_time: Length in seconds (default 5).
            number_of_images: (undocumented)
            skip_face_enhance: (undocumented)
            model_version: `a2e-v2` costs more per second; `a2e-v2-flash` is priced like `a2e`.
            webhook_url: Completion callback (third-party notes).
            webhook_token: (undocumented)

        Returns:
            The envelope's `data` as Image2VideoRecord.
        """
        return self._client._call(
            "image_to_video_start",
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "negative_prmpt": negative_prmpt,
                "model_type": model_type,
                "end_image_url": end_image_url,
                "video_time": video_time,
                "number_of_images": number_of_images,
                "skip_face_enhance": skip_face_enhance,
                "model_version": model_version,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
        )

    def get(self, id: str) -> Image2VideoRecord:
        """Check Status of One Task.

        One image-to-video task.

        Wire: GET /api/v1/userImage2Video/{_id} (operation `image_to_video_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Image2VideoRecord.
        """
        return self._client._call(
            "image_to_video_get",
            {
                "_id": id,
            },
        )

    def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[Any], object] | None = None,
    ) -> Image2VideoRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "image_to_video_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def delete(self, id: str) -> Empty:
        """Delete Record.

        Deletes an image-to-video task record.

        Wire: DELETE /api/v1/userImage2Video/{_id} (operation `image_to_video_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "image_to_video_delete",
            {
                "_id": id,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> Image2VideoRecordPage:
        """List Status of All Tasks.

        Pages through the caller's image-to-video tasks.

        Wire: GET /api/v1/userImage2Video/allRecords (operation `image_to_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as Image2VideoRecordPage.
        """
        return self._client._call(
            "image_to_video_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[Image2VideoRecord]:
        """Get Several Image-to-Video Tasks (batchDetail).

        Several image-to-video tasks in one call.

        Wire: POST /api/v1/userImage2Video/batchDetail (operation `image_to_video_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[Image2VideoRecord].
        """
        return self._client._call(
            "image_to_video_batch_detail",
            {
                "ids": ids,
            },
        )

    def average_time(self) -> ProcessingTime:
        """Get Average Image-to-Video Processing Time.

        Current average processing time, e.g. for an ETA.

        Wire: GET /api/v1/userImage2Video/avgProcessingTime (operation `image_to_video_average_time`).

        Returns:
            The envelope's `data` as ProcessingTime.
        """
        return self._client._call(
            "image_to_video_average_time",
            {},
        )

    def mark_shared(self, id: str) -> Empty:
        """Mark Image-to-Video Result as Shared.

        Flags the result as shared (bookkeeping for the web app).

        Wire: POST /api/v1/userImage2Video/{_id}/markShared (operation `image_to_video_mark_shared`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "image_to_video_mark_shared",
            {
                "_id": id,
            },
        )

    def mark_downloaded(self, id: str) -> Empty:
        """Mark Image-to-Video Result as Downloaded.

        Flags the result as downloaded (bookkeeping for the web app).

        Wire: POST /api/v1/userImage2Video/{_id}/markDownloaded (operation `image_to_video_mark_downloaded`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "image_to_video_mark_downloaded",
            {
                "_id": id,
            },
        )

    def mark_copied(self, id: str) -> Empty:
        """Mark Image-to-Video Result as Copied.

        Flags the result as copied (bookkeeping for the web app).

        Wire: POST /api/v1/userImage2Video/{_id}/markCopied (operation `image_to_video_mark_copied`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "image_to_video_mark_copied",
            {
                "_id": id,
            },
        )

    def extend_prompt(
        self, *, prompt: str, image_url: str | None = None, extra_body: Mapping[str, Any] | None = None
    ) -> PromptExtension:
        """Extend an Image-to-Video Prompt.

        Expands a short prompt into a detailed one (body and response fields not documented).

        Wire: POST /api/v1/userImage2Video/prompt_extension (operation `image_to_video_extend_prompt`).

        Args:
            prompt: The short prompt to expand.
            image_url: Image the prompt is for.
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as PromptExtension.
        """
        return self._client._call(
            "image_to_video_extend_prompt",
            {
                **(extra_body or {}),
                "prompt": prompt,
                "image_url": image_url,
            },
        )

    def extend_flf2v_prompt(
        self, *, prompt: str, image_url: str | None = None, extra_body: Mapping[str, Any] | None = None
    ) -> PromptExtension:
        """Extend a First-Last-Frame (FLF2V) Prompt.

        As Extend an Image-to-Video Prompt, for `FLF2V` tasks.

        Wire: POST /api/v1/userImage2Video/flf2v_prompt_extension (operation `image_to_video_extend_flf2v_prompt`).

        Args:
            prompt: The short prompt to expand.
            image_url: Image the prompt is for.
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as PromptExtension.
        """
        return self._client._call(
            "image_to_video_extend_flf2v_prompt",
            {
                **(extra_body or {}),
                "prompt": prompt,
                "image_url": image_url,
            },
        )


class AsyncImageToVideo:
    """Image to Video: Animate a still image into a short video (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str,
        image_url: str,
        prompt: str,
        negative_prompt: str | None = None,
        negative_prmpt: str | None = None,
        model_type: str | None = None,
        end_image_url: str | None = None,
        video_time: int | None = None,
        number_of_images: int | None = None,
        skip_face_enhance: bool | None = None,
        model_version: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
    ) -> Image2VideoRecord:
        """Start Image-to-Video.

        Animates a still image (tuned for faces) into a short video: 5 s at 720p by default, usually under 10 minutes.

        Other forms seen: POST /api/v1/wanneer/start (see Wan video models).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userImage2Video/start (operation `image_to_video_start`).

        Args:
            name: Task name.
            image_url: Source image (re-host unstable URLs with Save URL to A2E's storage).
            prompt: What should happen.
            negative_prompt: What to avoid (the name the docs' example and every response use).
            negative_prmpt: What to avoid, as the docs' field table spells it; which name the server reads is unconfirmed, so send the same text under both.
            model_type: `GENERAL` or `FLF2V` (first and last frame).
            end_image_url: Last frame (with `FLF2V`).
            video_time: Length in seconds (default 5).
            number_of_images: (undocumented)
            skip_face_enhance: (undocumented)
            model_version: `a2e-v2` costs more per second; `a2e-v2-flash` is priced like `a2e`.
            webhook_url: Completion callback (third-party notes).
            webhook_token: (undocumented)

        Returns:
            The envelope's `data` as Image2VideoRecord.
        """
        return await self._client._call(
            "image_to_video_start",
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "negative_prmpt": negative_prmpt,
                "model_type": model_type,
                "end_image_url": end_image_url,
                "video_time": video_time,
                "number_of_images": number_of_images,
                "skip_face_enhance": skip_face_enhance,
                "model_version": model_version,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
        )

    async def get(self, id: str) -> Image2VideoRecord:
        """Check Status of One Task.

        One image-to-video task.

        Wire: GET /api/v1/userImage2Video/{_id} (operation `image_to_video_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Image2VideoRecord.
        """
        return await self._client._call(
            "image_to_video_get",
            {
                "_id": id,
            },
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[Any], object] | None = None,
    ) -> Image2VideoRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "image_to_video_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete(self, id: str) -> Empty:
        """Delete Record.

        Deletes an image-to-video task record.

        Wire: DELETE /api/v1/userImage2Video/{_id} (operation `image_to_video_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "image_to_video_delete",
            {
                "_id": id,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> Image2VideoRecordPage:
        """List Status of All Tasks.

        Pages through the caller's image-to-video tasks.

        Wire: GET /api/v1/userImage2Video/allRecords (operation `image_to_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as Image2VideoRecordPage.
        """
        return await self._client._call(
            "image_to_video_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[Image2VideoRecord]:
        """Get Several Image-to-Video Tasks (batchDetail).

        Several image-to-video tasks in one call.

        Wire: POST /api/v1/userImage2Video/batchDetail (operation `image_to_video_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[Image2VideoRecord].
        """
        return await self._client._call(
            "image_to_video_batch_detail",
            {
                "ids": ids,
            },
        )

    async def average_time(self) -> ProcessingTime:
        """Get Average Image-to-Video Processing Time.

        Current average processing time, e.g. for an ETA.

        Wire: GET /api/v1/userImage2Video/avgProcessingTime (operation `image_to_video_average_time`).

        Returns:
            The envelope's `data` as ProcessingTime.
        """
        return await self._client._call(
            "image_to_video_average_time",
            {},
        )

    async def mark_shared(self, id: str) -> Empty:
        """Mark Image-to-Video Result as Shared.

        Flags the result as shared (bookkeeping for the web app).

        Wire: POST /api/v1/userImage2Video/{_id}/markShared (operation `image_to_video_mark_shared`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "image_to_video_mark_shared",
            {
                "_id": id,
            },
        )

    async def mark_downloaded(self, id: str) -> Empty:
        """Mark Image-to-Video Result as Downloaded.

        Flags the result as downloaded (bookkeeping for the web app).

        Wire: POST /api/v1/userImage2Video/{_id}/markDownloaded (operation `image_to_video_mark_downloaded`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "image_to_video_mark_downloaded",
            {
                "_id": id,
            },
        )

    async def mark_copied(self, id: str) -> Empty:
        """Mark Image-to-Video Result as Copied.

        Flags the result as copied (bookkeeping for the web app).

        Wire: POST /api/v1/userImage2Video/{_id}/markCopied (operation `image_to_video_mark_copied`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "image_to_video_mark_copied",
            {
                "_id": id,
            },
        )

    async def extend_prompt(
        self, *, prompt: str, image_url: str | None = None, extra_body: Mapping[str, Any] | None = None
    ) -> PromptExtension:
        """Extend an Image-to-Video Prompt.

        Expands a short prompt into a detailed one (body and response fields not documented).

        Wire: POST /api/v1/userImage2Video/prompt_extension (operation `image_to_video_extend_prompt`).

        Args:
            prompt: The short prompt to expand.
            image_url: Image the prompt is for.
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as PromptExtension.
        """
        return await self._client._call(
            "image_to_video_extend_prompt",
            {
                **(extra_body or {}),
                "prompt": prompt,
                "image_url": image_url,
            },
        )

    async def extend_flf2v_prompt(
        self, *, prompt: str, image_url: str | None = None, extra_body: Mapping[str, Any] | None = None
    ) -> PromptExtension:
        """Extend a First-Last-Frame (FLF2V) Prompt.

        As Extend an Image-to-Video Prompt, for `FLF2V` tasks.

        Wire: POST /api/v1/userImage2Video/flf2v_prompt_extension (operation `image_to_video_extend_flf2v_prompt`).

        Args:
            prompt: The short prompt to expand.
            image_url: Image the prompt is for.
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as PromptExtension.
        """
        return await self._client._call(
            "image_to_video_extend_flf2v_prompt",
            {
                **(extra_body or {}),
                "prompt": prompt,
                "image_url": image_url,
            },
        )
