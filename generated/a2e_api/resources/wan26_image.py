"""Wan 2.6 Image: Wan 2.6 Image through A2E (status dialect B; request fields not documented).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncWan26Image", "Wan26Image"]


class Wan26Image:
    """Wan 2.6 Image: Wan 2.6 Image through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_url: str | None = None,
        force_generate: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TaskRecord:
        """Start a Wan 2.6 Image Task.

        Starts a Wan 2.6 Image task (status dialect B). Charged on creation.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWan26Image/start (operation `wan26_image_start`).

        Args:
            name: Task name.
            prompt: What to generate.
            image_url: Source image URL.
            force_generate: Skip the NSFW block (image families; true by default for API users).
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "wan26_image_start",
            {
                **(extra_body or {}),
                "name": name,
                "prompt": prompt,
                "image_url": image_url,
                "force_generate": force_generate,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Wan 2.6 Image Tasks.

        Pages through the caller's Wan 2.6 Image tasks.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userWan26Image/allRecords (operation `wan26_image_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return self._client._call(
            "wan26_image_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Get Several Wan 2.6 Image Tasks (batchDetail).

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/userWan26Image/batchDetail (operation `wan26_image_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return self._client._call(
            "wan26_image_batch_detail",
            {
                "ids": ids,
            },
        )

    def get(self, id: str) -> TaskRecord:
        """Get One Wan 2.6 Image Task.

        One Wan 2.6 Image task by id (status dialect B).

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userWan26Image/{_id} (operation `wan26_image_get`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "wan26_image_get",
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
            "wan26_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )


class AsyncWan26Image:
    """Wan 2.6 Image: Wan 2.6 Image through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_url: str | None = None,
        force_generate: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TaskRecord:
        """Start a Wan 2.6 Image Task.

        Starts a Wan 2.6 Image task (status dialect B). Charged on creation.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWan26Image/start (operation `wan26_image_start`).

        Args:
            name: Task name.
            prompt: What to generate.
            image_url: Source image URL.
            force_generate: Skip the NSFW block (image families; true by default for API users).
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "wan26_image_start",
            {
                **(extra_body or {}),
                "name": name,
                "prompt": prompt,
                "image_url": image_url,
                "force_generate": force_generate,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Wan 2.6 Image Tasks.

        Pages through the caller's Wan 2.6 Image tasks.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userWan26Image/allRecords (operation `wan26_image_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return await self._client._call(
            "wan26_image_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Get Several Wan 2.6 Image Tasks (batchDetail).

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/userWan26Image/batchDetail (operation `wan26_image_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return await self._client._call(
            "wan26_image_batch_detail",
            {
                "ids": ids,
            },
        )

    async def get(self, id: str) -> TaskRecord:
        """Get One Wan 2.6 Image Task.

        One Wan 2.6 Image task by id (status dialect B).

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userWan26Image/{_id} (operation `wan26_image_get`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "wan26_image_get",
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
            "wan26_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )
