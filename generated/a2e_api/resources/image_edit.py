"""AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B).

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

__all__ = ["AsyncImageEdit", "ImageEdit"]


class ImageEdit:
    """AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        edit_type: Literal["clothing", "product"],
        image_urls: Sequence[str],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
    ) -> TaskRecord:
        """Start image editing task.

        Dresses a person in given clothing, or has them hold a product. List and detail endpoints are not known.

        A2E's published notes:

        * image_urls needs at least 2 URLs.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userImageEdit/start (operation `image_edit_start`).

        Args:
            name: (undocumented)
            edit_type: (undocumented)
            image_urls: Person plus garment or product.
            timeout: (undocumented)
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for callers using a web session instead of an API token).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "image_edit_start",
            {
                "name": name,
                "edit_type": edit_type,
                "image_urls": image_urls,
                "timeout": timeout,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """Get all task records.

        A2E's published notes:

        * Results are ordered newest first.

        Wire: GET /api/v1/userImageEdit/allRecords (operation `image_edit_list`).

        Args:
            page_num (`pageNum`): (undocumented)
            page_size (`pageSize`): (undocumented)

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return self._client._call(
            "image_edit_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Batch query task details.

        Wire: POST /api/v1/userImageEdit/batchDetail (operation `image_edit_batch_detail`).

        Args:
            ids: (undocumented)

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return self._client._call(
            "image_edit_batch_detail",
            {
                "ids": ids,
            },
        )

    def get(self, id: str) -> TaskRecord:
        """Get task details.

        Wire: GET /api/v1/userImageEdit/{_id} (operation `image_edit_get`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "image_edit_get",
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
            "image_edit_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def delete(self, id: str) -> Empty:
        """Delete task.

        Wire: DELETE /api/v1/userImageEdit/{_id} (operation `image_edit_delete`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "image_edit_delete",
            {
                "_id": id,
            },
        )


class AsyncImageEdit:
    """AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        edit_type: Literal["clothing", "product"],
        image_urls: Sequence[str],
        name: str | None = None,
        timeout: float | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
    ) -> TaskRecord:
        """Start image editing task.

        Dresses a person in given clothing, or has them hold a product. List and detail endpoints are not known.

        A2E's published notes:

        * image_urls needs at least 2 URLs.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userImageEdit/start (operation `image_edit_start`).

        Args:
            name: (undocumented)
            edit_type: (undocumented)
            image_urls: Person plus garment or product.
            timeout: (undocumented)
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for callers using a web session instead of an API token).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "image_edit_start",
            {
                "name": name,
                "edit_type": edit_type,
                "image_urls": image_urls,
                "timeout": timeout,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """Get all task records.

        A2E's published notes:

        * Results are ordered newest first.

        Wire: GET /api/v1/userImageEdit/allRecords (operation `image_edit_list`).

        Args:
            page_num (`pageNum`): (undocumented)
            page_size (`pageSize`): (undocumented)

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return await self._client._call(
            "image_edit_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def batch_detail(self, *, ids: Sequence[str]) -> builtins.list[TaskRecord]:
        """Batch query task details.

        Wire: POST /api/v1/userImageEdit/batchDetail (operation `image_edit_batch_detail`).

        Args:
            ids: (undocumented)

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        return await self._client._call(
            "image_edit_batch_detail",
            {
                "ids": ids,
            },
        )

    async def get(self, id: str) -> TaskRecord:
        """Get task details.

        Wire: GET /api/v1/userImageEdit/{_id} (operation `image_edit_get`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "image_edit_get",
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
            "image_edit_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete(self, id: str) -> Empty:
        """Delete task.

        Wire: DELETE /api/v1/userImageEdit/{_id} (operation `image_edit_delete`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "image_edit_delete",
            {
                "_id": id,
            },
        )
