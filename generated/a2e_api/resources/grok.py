"""Grok Video: Grok Video generation through A2E (status dialect B; request fields not documented).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncGrok", "Grok"]


class Grok:
    """Grok Video: Grok Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        model_version: Literal["legacy", "1.5"] | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        image_urls: Sequence[str] | None = None,
        image_url: str | None = None,
        aspect_ratio: Literal["auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None = None,
        duration: Literal["6", "10", "15"] | None = None,
        nsfw_checker: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
    ) -> TaskRecord:
        """Start Grok Imagine video generation.

        Starts a Grok Video task (status dialect B). Charged on creation.

        A2E's published notes:

        * text-to-video requires prompt; image-to-video needs at least one image.
        * image_url is prepended to the image_urls array.
        * model_version 1.5 supports image-to-video only.
        * Legacy text-to-video ratios are 1:1, 16:9, 9:16; auto only on 1.5.
        * Upstream may downgrade spicy mode to normal for image-to-video.
        * Poll GET /api/v1/grokVideo/{_id} until current_status is completed or failed.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/grokVideo/start (operation `grok_start`).

        Args:
            name: Task name.
            model_type: (undocumented)
            model_version: (undocumented)
            prompt: What to generate.
            mode: (undocumented)
            image_urls: (undocumented)
            image_url: Source image URL.
            aspect_ratio: (undocumented)
            duration: (undocumented)
            nsfw_checker: (undocumented)
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for callers using a web session instead of an API token).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "grok_start",
            {
                "name": name,
                "model_type": model_type,
                "model_version": model_version,
                "prompt": prompt,
                "mode": mode,
                "image_urls": image_urls,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "nsfw_checker": nsfw_checker,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """Get Grok Video task list.

        Pages through the caller's Grok Video tasks.

        A2E's published notes:

        * Results are ordered newest first.

        Wire: GET /api/v1/grokVideo/allRecords (operation `grok_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return self._client._call(
            "grok_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Batch query task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/grokVideo/batchDetail (operation `grok_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return self._client._call(
            "grok_batch_detail",
            {
                "ids": ids,
            },
        )

    def get(self, id: str) -> TaskRecord:
        """Get Grok Video task detail.

        One Grok Video task by id (status dialect B).

        Wire: GET /api/v1/grokVideo/{_id} (operation `grok_get`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "grok_get",
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
        return self._client._wait("grok_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress)

    def delete(self, id: str) -> Empty:
        """Delete Grok Video task.

        Wire: DELETE /api/v1/grokVideo/{_id} (operation `grok_delete`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "grok_delete",
            {
                "_id": id,
            },
        )


class AsyncGrok:
    """Grok Video: Grok Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str | None = None,
        model_type: Literal["text-to-video", "image-to-video"] | None = None,
        model_version: Literal["legacy", "1.5"] | None = None,
        prompt: str | None = None,
        mode: Literal["fun", "normal", "spicy"] | None = None,
        image_urls: Sequence[str] | None = None,
        image_url: str | None = None,
        aspect_ratio: Literal["auto", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None = None,
        duration: Literal["6", "10", "15"] | None = None,
        nsfw_checker: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
    ) -> TaskRecord:
        """Start Grok Imagine video generation.

        Starts a Grok Video task (status dialect B). Charged on creation.

        A2E's published notes:

        * text-to-video requires prompt; image-to-video needs at least one image.
        * image_url is prepended to the image_urls array.
        * model_version 1.5 supports image-to-video only.
        * Legacy text-to-video ratios are 1:1, 16:9, 9:16; auto only on 1.5.
        * Upstream may downgrade spicy mode to normal for image-to-video.
        * Poll GET /api/v1/grokVideo/{_id} until current_status is completed or failed.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/grokVideo/start (operation `grok_start`).

        Args:
            name: Task name.
            model_type: (undocumented)
            model_version: (undocumented)
            prompt: What to generate.
            mode: (undocumented)
            image_urls: (undocumented)
            image_url: Source image URL.
            aspect_ratio: (undocumented)
            duration: (undocumented)
            nsfw_checker: (undocumented)
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for callers using a web session instead of an API token).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "grok_start",
            {
                "name": name,
                "model_type": model_type,
                "model_version": model_version,
                "prompt": prompt,
                "mode": mode,
                "image_urls": image_urls,
                "image_url": image_url,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "nsfw_checker": nsfw_checker,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """Get Grok Video task list.

        Pages through the caller's Grok Video tasks.

        A2E's published notes:

        * Results are ordered newest first.

        Wire: GET /api/v1/grokVideo/allRecords (operation `grok_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return await self._client._call(
            "grok_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Batch query task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/grokVideo/batchDetail (operation `grok_batch_detail`).

        Args:
            ids: Task ids.

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return await self._client._call(
            "grok_batch_detail",
            {
                "ids": ids,
            },
        )

    async def get(self, id: str) -> TaskRecord:
        """Get Grok Video task detail.

        One Grok Video task by id (status dialect B).

        Wire: GET /api/v1/grokVideo/{_id} (operation `grok_get`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "grok_get",
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
            "grok_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete(self, id: str) -> Empty:
        """Delete Grok Video task.

        Wire: DELETE /api/v1/grokVideo/{_id} (operation `grok_delete`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "grok_delete",
            {
                "_id": id,
            },
        )
