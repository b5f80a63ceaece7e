"""Caption Removal: Remove burned-in captions from videos (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncCaptionRemoval", "CaptionRemoval"]


class CaptionRemoval:
    """Caption Removal: Remove burned-in captions from videos (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self, *, name: str | None = None, video_url: str | None = None, source_url: str | None = None
    ) -> TaskRecord:
        """Start Caption Removal.

        Removes burned-in captions from a video.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userCaptionRemoval/start (operation `caption_removal_start`).

        Args:
            name: (undocumented)
            video_url: Source video (one name in use).
            source_url: Source video (the other name in use).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "caption_removal_start",
            {
                "name": name,
                "video_url": video_url,
                "source_url": source_url,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """Get Records of All Tasks.

        Pages through the caller's caption-removal tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userCaptionRemoval/allRecords (operation `caption_removal_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return self._client._call(
            "caption_removal_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def list_processing(self) -> builtins.list[TaskRecord]:
        """Get Status of All Tasks in Processing.

        Caption-removal tasks still running.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userCaptionRemoval/processingRecord (operation `caption_removal_list_processing`).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return self._client._call(
            "caption_removal_list_processing",
            {},
        )

    def get(self, id: str) -> TaskRecord:
        """Get Details of One Task.

        One caption-removal task.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userCaptionRemoval/detail?_id=.
        Wire: GET /api/v1/userCaptionRemoval/{_id} (operation `caption_removal_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "caption_removal_get",
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
            "caption_removal_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def delete(self, id: str) -> Empty:
        """Delete a Task.

        Deletes a caption-removal task.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userCaptionRemoval/{_id} (operation `caption_removal_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "caption_removal_delete",
            {
                "_id": id,
            },
        )


class AsyncCaptionRemoval:
    """Caption Removal: Remove burned-in captions from videos (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self, *, name: str | None = None, video_url: str | None = None, source_url: str | None = None
    ) -> TaskRecord:
        """Start Caption Removal.

        Removes burned-in captions from a video.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userCaptionRemoval/start (operation `caption_removal_start`).

        Args:
            name: (undocumented)
            video_url: Source video (one name in use).
            source_url: Source video (the other name in use).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "caption_removal_start",
            {
                "name": name,
                "video_url": video_url,
                "source_url": source_url,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """Get Records of All Tasks.

        Pages through the caller's caption-removal tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userCaptionRemoval/allRecords (operation `caption_removal_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return await self._client._call(
            "caption_removal_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def list_processing(self) -> builtins.list[TaskRecord]:
        """Get Status of All Tasks in Processing.

        Caption-removal tasks still running.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userCaptionRemoval/processingRecord (operation `caption_removal_list_processing`).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return await self._client._call(
            "caption_removal_list_processing",
            {},
        )

    async def get(self, id: str) -> TaskRecord:
        """Get Details of One Task.

        One caption-removal task.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userCaptionRemoval/detail?_id=.
        Wire: GET /api/v1/userCaptionRemoval/{_id} (operation `caption_removal_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "caption_removal_get",
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
            "caption_removal_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete(self, id: str) -> Empty:
        """Delete a Task.

        Deletes a caption-removal task.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userCaptionRemoval/{_id} (operation `caption_removal_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "caption_removal_delete",
            {
                "_id": id,
            },
        )
