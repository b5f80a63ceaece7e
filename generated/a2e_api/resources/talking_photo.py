"""Talking Photo: Make a photo speak an audio track (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncTalkingPhoto", "TalkingPhoto"]


class TalkingPhoto:
    """Talking Photo: Make a photo speak an audio track (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        image_url: str,
        audio_url: str,
        name: str | None = None,
        duration: float | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
    ) -> TaskRecord:
        """Start a Talking Photo Task.

        Starts a Talking Photo task (status dialect B). Charged on creation.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/talkingPhoto/start (operation `talking_photo_start`).

        Args:
            name: (undocumented)
            image_url: Portrait image.
            audio_url: Speech audio.
            duration: Clip length in seconds (1-10).
            prompt: (undocumented)
            negative_prompt: (undocumented)

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "talking_photo_start",
            {
                "name": name,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Talking Photo Tasks.

        Pages through the caller's Talking Photo tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/talkingPhoto/allRecords (operation `talking_photo_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return self._client._call(
            "talking_photo_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Get Several Talking Photo Tasks (batchDetail).

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/talkingPhoto/batchDetail (operation `talking_photo_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return self._client._call(
            "talking_photo_batch_detail",
            {
                "ids": ids,
            },
        )

    def get(self, id: str) -> TaskRecord:
        """Get One Talking Photo Task.

        One Talking Photo task by id (status dialect B).

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/talkingPhoto/{_id} (operation `talking_photo_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "talking_photo_get",
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
            "talking_photo_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )


class AsyncTalkingPhoto:
    """Talking Photo: Make a photo speak an audio track (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        image_url: str,
        audio_url: str,
        name: str | None = None,
        duration: float | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
    ) -> TaskRecord:
        """Start a Talking Photo Task.

        Starts a Talking Photo task (status dialect B). Charged on creation.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/talkingPhoto/start (operation `talking_photo_start`).

        Args:
            name: (undocumented)
            image_url: Portrait image.
            audio_url: Speech audio.
            duration: Clip length in seconds (1-10).
            prompt: (undocumented)
            negative_prompt: (undocumented)

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "talking_photo_start",
            {
                "name": name,
                "image_url": image_url,
                "audio_url": audio_url,
                "duration": duration,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Talking Photo Tasks.

        Pages through the caller's Talking Photo tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/talkingPhoto/allRecords (operation `talking_photo_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return await self._client._call(
            "talking_photo_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Get Several Talking Photo Tasks (batchDetail).

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/talkingPhoto/batchDetail (operation `talking_photo_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return await self._client._call(
            "talking_photo_batch_detail",
            {
                "ids": ids,
            },
        )

    async def get(self, id: str) -> TaskRecord:
        """Get One Talking Photo Task.

        One Talking Photo task by id (status dialect B).

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/talkingPhoto/{_id} (operation `talking_photo_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "talking_photo_get",
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
            "talking_photo_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )
