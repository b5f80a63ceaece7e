"""AI Dubbing: Translate and re-voice videos (status dialect B).

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

__all__ = ["AsyncDubbing", "Dubbing"]


class Dubbing:
    """AI Dubbing: Translate and re-voice videos (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        source_url: str,
        target_lang: str,
        name: str | None = None,
        source_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
    ) -> TaskRecord:
        """Start dubbing.

        Translates and re-voices a video or audio file (the speaker's voice is cloned).

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userDubbing/startDubbing (operation `dubbing_start`).

        Args:
            name: Task name.
            source_url: Video or audio to dub.
            source_lang: Source language, e.g. `en`, `zh`, or `auto`.
            target_lang: Target language, e.g. `de`, `ja`, `es`.
            num_speakers: Number of speakers.
            drop_background_audio: Remove background audio.

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "dubbing_start",
            {
                "name": name,
                "source_url": source_url,
                "source_lang": source_lang,
                "target_lang": target_lang,
                "num_speakers": num_speakers,
                "drop_background_audio": drop_background_audio,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Dubbing Tasks.

        Pages through the caller's dubbing tasks.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userDubbing/allRecords (operation `dubbing_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return self._client._call(
            "dubbing_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def list_processing(self) -> builtins.list[TaskRecord]:
        """List All Processing Dubbing Tasks.

        Dubbing tasks still running.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userDubbing/processingRecord (operation `dubbing_list_processing`).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return self._client._call(
            "dubbing_list_processing",
            {},
        )

    def get(self, id: str) -> TaskRecord:
        """Get Details.

        One dubbing task.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userDubbing/detail?_id=.
        Wire: GET /api/v1/userDubbing/{_id} (operation `dubbing_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "dubbing_get",
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
            "dubbing_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def delete(self, id: str) -> Empty:
        """Delete Record.

        Deletes a dubbing task record.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userDubbing/{_id} (operation `dubbing_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "dubbing_delete",
            {
                "_id": id,
            },
        )


class AsyncDubbing:
    """AI Dubbing: Translate and re-voice videos (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        source_url: str,
        target_lang: str,
        name: str | None = None,
        source_lang: str | None = None,
        num_speakers: int | None = None,
        drop_background_audio: bool | None = None,
    ) -> TaskRecord:
        """Start dubbing.

        Translates and re-voices a video or audio file (the speaker's voice is cloned).

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userDubbing/startDubbing (operation `dubbing_start`).

        Args:
            name: Task name.
            source_url: Video or audio to dub.
            source_lang: Source language, e.g. `en`, `zh`, or `auto`.
            target_lang: Target language, e.g. `de`, `ja`, `es`.
            num_speakers: Number of speakers.
            drop_background_audio: Remove background audio.

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "dubbing_start",
            {
                "name": name,
                "source_url": source_url,
                "source_lang": source_lang,
                "target_lang": target_lang,
                "num_speakers": num_speakers,
                "drop_background_audio": drop_background_audio,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Dubbing Tasks.

        Pages through the caller's dubbing tasks.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userDubbing/allRecords (operation `dubbing_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return await self._client._call(
            "dubbing_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def list_processing(self) -> builtins.list[TaskRecord]:
        """List All Processing Dubbing Tasks.

        Dubbing tasks still running.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userDubbing/processingRecord (operation `dubbing_list_processing`).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return await self._client._call(
            "dubbing_list_processing",
            {},
        )

    async def get(self, id: str) -> TaskRecord:
        """Get Details.

        One dubbing task.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userDubbing/detail?_id=.
        Wire: GET /api/v1/userDubbing/{_id} (operation `dubbing_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "dubbing_get",
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
            "dubbing_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete(self, id: str) -> Empty:
        """Delete Record.

        Deletes a dubbing task record.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userDubbing/{_id} (operation `dubbing_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "dubbing_delete",
            {
                "_id": id,
            },
        )
