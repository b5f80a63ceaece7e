"""Text to Image: Generate images from text (status dialect B, results in `image_urls`).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncTextToImage", "TextToImage"]


class TextToImage:
    """Text to Image: Generate images from text (status dialect B, results in `image_urls`)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: int | None = None,
        height: int | None = None,
        model_type: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: str | None = None,
        max_images: int | None = None,
        req_key: str | None = None,
    ) -> TaskRecord:
        """Start a Text-to-Image Task.

        Starts a Text-to-Image task (status dialect B). Charged on creation.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userText2Image/start (operation `text_to_image_start`).

        Args:
            prompt: (undocumented)
            name: (undocumented)
            width: (undocumented)
            height: (undocumented)
            model_type: (undocumented)
            input_images: (undocumented)
            aspect_ratio: (undocumented)
            max_images: (undocumented)
            req_key: Older style selector.

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "text_to_image_start",
            {
                "prompt": prompt,
                "name": name,
                "width": width,
                "height": height,
                "model_type": model_type,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "max_images": max_images,
                "req_key": req_key,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Text-to-Image Tasks.

        Pages through the caller's Text-to-Image tasks.

        Wire: GET /api/v1/userText2Image/allRecords (operation `text_to_image_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return self._client._call(
            "text_to_image_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Get Several Text-to-Image Tasks (batchDetail).

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/userText2Image/batchDetail (operation `text_to_image_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return self._client._call(
            "text_to_image_batch_detail",
            {
                "ids": ids,
            },
        )

    def get(self, id: str) -> TaskRecord:
        """Get One Text-to-Image Task.

        One Text-to-Image task by id (status dialect B).

        Wire: GET /api/v1/userText2Image/{_id} (operation `text_to_image_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "text_to_image_get",
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
    ) -> TaskRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "text_to_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def delete(self, id: str) -> Empty:
        """Delete a Text-to-Image Task.

        Deletes a text-to-image task.

        Wire: DELETE /api/v1/userText2Image/{_id} (operation `text_to_image_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "text_to_image_delete",
            {
                "_id": id,
            },
        )

    def make_avatar(self, id: str) -> Any:
        """Turn a Generated Image into an Avatar (quickAddAvatar).

        Creates an avatar from a generated image (body `{_id}`: the text-to-image task).

        Wire: POST /api/v1/userText2Image/quickAddAvatar (operation `text_to_image_make_avatar`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "text_to_image_make_avatar",
            {
                "_id": id,
            },
        )


class AsyncTextToImage:
    """Text to Image: Generate images from text (status dialect B, results in `image_urls`)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: int | None = None,
        height: int | None = None,
        model_type: str | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: str | None = None,
        max_images: int | None = None,
        req_key: str | None = None,
    ) -> TaskRecord:
        """Start a Text-to-Image Task.

        Starts a Text-to-Image task (status dialect B). Charged on creation.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userText2Image/start (operation `text_to_image_start`).

        Args:
            prompt: (undocumented)
            name: (undocumented)
            width: (undocumented)
            height: (undocumented)
            model_type: (undocumented)
            input_images: (undocumented)
            aspect_ratio: (undocumented)
            max_images: (undocumented)
            req_key: Older style selector.

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "text_to_image_start",
            {
                "prompt": prompt,
                "name": name,
                "width": width,
                "height": height,
                "model_type": model_type,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "max_images": max_images,
                "req_key": req_key,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Text-to-Image Tasks.

        Pages through the caller's Text-to-Image tasks.

        Wire: GET /api/v1/userText2Image/allRecords (operation `text_to_image_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return await self._client._call(
            "text_to_image_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Get Several Text-to-Image Tasks (batchDetail).

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/userText2Image/batchDetail (operation `text_to_image_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return await self._client._call(
            "text_to_image_batch_detail",
            {
                "ids": ids,
            },
        )

    async def get(self, id: str) -> TaskRecord:
        """Get One Text-to-Image Task.

        One Text-to-Image task by id (status dialect B).

        Wire: GET /api/v1/userText2Image/{_id} (operation `text_to_image_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "text_to_image_get",
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
    ) -> TaskRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "text_to_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete(self, id: str) -> Empty:
        """Delete a Text-to-Image Task.

        Deletes a text-to-image task.

        Wire: DELETE /api/v1/userText2Image/{_id} (operation `text_to_image_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "text_to_image_delete",
            {
                "_id": id,
            },
        )

    async def make_avatar(self, id: str) -> Any:
        """Turn a Generated Image into an Avatar (quickAddAvatar).

        Creates an avatar from a generated image (body `{_id}`: the text-to-image task).

        Wire: POST /api/v1/userText2Image/quickAddAvatar (operation `text_to_image_make_avatar`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "text_to_image_make_avatar",
            {
                "_id": id,
            },
        )
