"""Qwen Image: Qwen image generation and editing (status dialect B, results in `image_urls`).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncQwenImage", "AsyncRawQwenImage", "QwenImage", "RawQwenImage"]


class QwenImage:
    """Qwen Image: Qwen image generation and editing (status dialect B, results in `image_urls`)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal["qwen-image-2.0", "qwen-image-2.0-pro", "qwen-image-3.0", "qwen-image-3.0-pro"] | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start a new Qwen2 image generation/edit task.

        A2E's published notes:

        * 2048-pixel sizes need qwen-image-3.0-pro; 1K sizes work on every model.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userQwen2Image/start (operation `qwen_image_start`).

        Args:
            name: (A2E documents nothing for this field)
            prompt: (A2E documents nothing for this field)
            model: 2048-pixel sizes need qwen-image-3.0-pro; 1K sizes work on every model.
            input_images: (A2E documents nothing for this field)
            size: (A2E documents nothing for this field)
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.qwen_image.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("qwen_image_start", wire_names)
        return self._client._call(
            "qwen_image_start",
            {
                "name": name,
                "prompt": prompt,
                "model": model,
                "input_images": input_images,
                "size": size,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """List Qwen2 image tasks.

        A2E's published notes:

        * No query parameters are documented, although the list is described as paginated.

        Wire: GET /api/v1/userQwen2Image/list (operation `qwen_image_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("qwen_image_list", wire_names)
        return self._client._call(
            "qwen_image_list",
            {},
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
    ) -> TaskRecord:
        """Get Qwen2 image task details.

        Wire: GET /api/v1/userQwen2Image/detail/{id} (operation `qwen_image_get`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("qwen_image_get", wire_names)
        return self._client._call(
            "qwen_image_get",
            {
                "id": id,
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
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
    ) -> TaskRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "qwen_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
    ) -> builtins.list[TaskRecord]:
        """Batch get Qwen2 image task details.

        A2E's published notes:

        * Accepts at most 200 ids per request.

        Wire: POST /api/v1/userQwen2Image/batchDetail (operation `qwen_image_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("qwen_image_batch_detail", wire_names)
        return self._client._call(
            "qwen_image_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """Delete a Qwen2 image task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userQwen2Image/{id} (operation `qwen_image_delete`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("qwen_image_delete", wire_names)
        return self._client._call(
            "qwen_image_delete",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncQwenImage:
    """Qwen Image: Qwen image generation and editing (status dialect B, results in `image_urls`)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal["qwen-image-2.0", "qwen-image-2.0-pro", "qwen-image-3.0", "qwen-image-3.0-pro"] | None = None,
        input_images: Sequence[str] | None = None,
        size: Literal[
            "1024*1024",
            "1328*880",
            "880*1328",
            "1152*864",
            "864*1152",
            "1280*720",
            "720*1280",
            "1512*648",
            "2048*2048",
            "2048*1365",
            "1365*2048",
            "2048*1536",
            "1536*2048",
            "2048*1152",
            "1152*2048",
        ]
        | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start a new Qwen2 image generation/edit task.

        A2E's published notes:

        * 2048-pixel sizes need qwen-image-3.0-pro; 1K sizes work on every model.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userQwen2Image/start (operation `qwen_image_start`).

        Args:
            name: (A2E documents nothing for this field)
            prompt: (A2E documents nothing for this field)
            model: 2048-pixel sizes need qwen-image-3.0-pro; 1K sizes work on every model.
            input_images: (A2E documents nothing for this field)
            size: (A2E documents nothing for this field)
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.qwen_image.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("qwen_image_start", wire_names)
        return await self._client._call(
            "qwen_image_start",
            {
                "name": name,
                "prompt": prompt,
                "model": model,
                "input_images": input_images,
                "size": size,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """List Qwen2 image tasks.

        A2E's published notes:

        * No query parameters are documented, although the list is described as paginated.

        Wire: GET /api/v1/userQwen2Image/list (operation `qwen_image_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("qwen_image_list", wire_names)
        return await self._client._call(
            "qwen_image_list",
            {},
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
    ) -> TaskRecord:
        """Get Qwen2 image task details.

        Wire: GET /api/v1/userQwen2Image/detail/{id} (operation `qwen_image_get`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("qwen_image_get", wire_names)
        return await self._client._call(
            "qwen_image_get",
            {
                "id": id,
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
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
    ) -> TaskRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "qwen_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
    ) -> builtins.list[TaskRecord]:
        """Batch get Qwen2 image task details.

        A2E's published notes:

        * Accepts at most 200 ids per request.

        Wire: POST /api/v1/userQwen2Image/batchDetail (operation `qwen_image_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("qwen_image_batch_detail", wire_names)
        return await self._client._call(
            "qwen_image_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """Delete a Qwen2 image task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userQwen2Image/{id} (operation `qwen_image_delete`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("qwen_image_delete", wire_names)
        return await self._client._call(
            "qwen_image_delete",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawQwenImage:
    """The operations of `QwenImage`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: QwenImage) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.get = raw_view(group.get)
        self.batch_detail = raw_view(group.batch_detail)
        self.delete = raw_view(group.delete)


class AsyncRawQwenImage:
    """The operations of `AsyncQwenImage`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncQwenImage) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.get = async_raw_view(group.get)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.delete = async_raw_view(group.delete)
