"""NanoBanana: NanoBanana image generation and editing (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncNanoBanana", "NanoBanana"]


class NanoBanana:
    """NanoBanana: NanoBanana image generation and editing (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        input_images: Sequence[str] | None = None,
        model: str | None = None,
        image_size: str | None = None,
        user_video_twin_ids: Sequence[str] | None = None,
        force_generate: bool | None = None,
    ) -> TaskRecord:
        """Start a NanoBanana Image Task.

        Starts a NanoBanana task (status dialect B). Charged on creation.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userNanoBanana/start (operation `nano_banana_start`).

        Args:
            name: (undocumented)
            prompt: (undocumented)
            input_images: (undocumented)
            model: (undocumented)
            image_size: (undocumented)
            user_video_twin_ids: (undocumented)
            force_generate: (undocumented)

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "nano_banana_start",
            {
                "name": name,
                "prompt": prompt,
                "input_images": input_images,
                "model": model,
                "image_size": image_size,
                "user_video_twin_ids": user_video_twin_ids,
                "force_generate": force_generate,
            },
        )

    def get(self, id: str) -> TaskRecord:
        """Get One NanoBanana Task.

        One NanoBanana task by id (status dialect B).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userNanoBanana/{_id} (operation `nano_banana_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "nano_banana_get",
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
            "nano_banana_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List NanoBanana Tasks.

        Pages through the caller's NanoBanana tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userNanoBanana/allRecords (operation `nano_banana_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return self._client._call(
            "nano_banana_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )


class AsyncNanoBanana:
    """NanoBanana: NanoBanana image generation and editing (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        input_images: Sequence[str] | None = None,
        model: str | None = None,
        image_size: str | None = None,
        user_video_twin_ids: Sequence[str] | None = None,
        force_generate: bool | None = None,
    ) -> TaskRecord:
        """Start a NanoBanana Image Task.

        Starts a NanoBanana task (status dialect B). Charged on creation.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userNanoBanana/start (operation `nano_banana_start`).

        Args:
            name: (undocumented)
            prompt: (undocumented)
            input_images: (undocumented)
            model: (undocumented)
            image_size: (undocumented)
            user_video_twin_ids: (undocumented)
            force_generate: (undocumented)

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "nano_banana_start",
            {
                "name": name,
                "prompt": prompt,
                "input_images": input_images,
                "model": model,
                "image_size": image_size,
                "user_video_twin_ids": user_video_twin_ids,
                "force_generate": force_generate,
            },
        )

    async def get(self, id: str) -> TaskRecord:
        """Get One NanoBanana Task.

        One NanoBanana task by id (status dialect B).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userNanoBanana/{_id} (operation `nano_banana_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "nano_banana_get",
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
            "nano_banana_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List NanoBanana Tasks.

        Pages through the caller's NanoBanana tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userNanoBanana/allRecords (operation `nano_banana_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return await self._client._call(
            "nano_banana_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )
