"""NanoBanana: NanoBanana image generation and editing (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncNanoBanana", "AsyncRawNanoBanana", "NanoBanana", "RawNanoBanana"]


class NanoBanana:
    """NanoBanana: NanoBanana image generation and editing (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal["nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"] | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16", "4:3", "3:4", "2:3", "3:2", "4:5", "5:4", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Nano Banana image generation.

        Starts a NanoBanana task (status dialect B). Charged on creation.

        A2E's published notes:

        * image_size honoured by nano-banana-pro and nano-banana-2; nano-banana-2-lite always 1K.
        * nano-banana has no resolution control and edits automatically when images are given.
        * google_search works only with the nano-banana-2 model.
        * force_generate defaults to true for API callers, false for web callers.
        * A 200 may report detected NSFW content instead of a started task.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userNanoBanana/start (operation `nano_banana_start`).

        Args:
            name: Task name (as public client code uses it).
            prompt: Edit/generation instruction (as public client code uses it).
            model: Model variant (as public client code uses it). google_search works only with the nano-banana-2 model.
            input_images: Source images (as public client code uses it).
            aspect_ratio: (A2E documents nothing for this field)
            image_size: Output size (as public client code uses it). image_size honoured by nano-banana-pro and
                nano-banana-2; nano-banana-2-lite always 1K.
            google_search: google_search works only with the nano-banana-2 model.
            force_generate: force_generate defaults to true for API callers, false for web callers.
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
            The new task: `client.nano_banana.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("nano_banana_start", wire_names)
        return self._client._call(
            "nano_banana_start",
            {
                "name": name,
                "prompt": prompt,
                "model": model,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "google_search": google_search,
                "force_generate": force_generate,
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
        page_num: int,
        page_size: int,
        status: Literal["initialized", "processing", "completed", "failed"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """Get Nano Banana task list.

        Pages through the caller's NanoBanana tasks.

        A2E's published notes:

        * pageNum and pageSize are both required here.

        Wire: GET /api/v1/userNanoBanana/allRecords (operation `nano_banana_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.
            status: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("nano_banana_list", wire_names)
        return self._client._call(
            "nano_banana_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_list(
        self,
        *,
        page_size: int | None = None,
        status: Literal["initialized", "processing", "completed", "failed"] | None = None,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Iterator[TaskRecord]:
        """Every record of `list`, for a `for` loop: page after page, each page fetched when the iteration reaches
        it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An iterator of TaskRecord.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("nano_banana_list", wire_names, "max_items")

        return iterate(
            self._client,
            "nano_banana_list",
            {
                "pageSize": page_size,
                "status": status,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """Batch query task details.

        Wire: POST /api/v1/userNanoBanana/batchDetail (operation `nano_banana_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("nano_banana_batch_detail", wire_names)
        return self._client._call(
            "nano_banana_batch_detail",
            {
                "ids": ids,
            },
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
        """Get task details.

        Wire: GET /api/v1/userNanoBanana/detail/{id} (operation `nano_banana_get`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("nano_banana_get", wire_names)
        return self._client._call(
            "nano_banana_get",
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
            "nano_banana_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userNanoBanana/delete/{id} (operation `nano_banana_delete`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("nano_banana_delete", wire_names)
        return self._client._call(
            "nano_banana_delete",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncNanoBanana:
    """NanoBanana: NanoBanana image generation and editing (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str,
        prompt: str,
        model: Literal["nano-banana", "nano-banana-pro", "nano-banana-2", "nano-banana-2-lite"] | None = None,
        input_images: Sequence[str] | None = None,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16", "4:3", "3:4", "2:3", "3:2", "4:5", "5:4", "21:9"]
        | None = None,
        image_size: Literal["1K", "2K", "4K"] | None = None,
        google_search: bool | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Nano Banana image generation.

        Starts a NanoBanana task (status dialect B). Charged on creation.

        A2E's published notes:

        * image_size honoured by nano-banana-pro and nano-banana-2; nano-banana-2-lite always 1K.
        * nano-banana has no resolution control and edits automatically when images are given.
        * google_search works only with the nano-banana-2 model.
        * force_generate defaults to true for API callers, false for web callers.
        * A 200 may report detected NSFW content instead of a started task.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userNanoBanana/start (operation `nano_banana_start`).

        Args:
            name: Task name (as public client code uses it).
            prompt: Edit/generation instruction (as public client code uses it).
            model: Model variant (as public client code uses it). google_search works only with the nano-banana-2 model.
            input_images: Source images (as public client code uses it).
            aspect_ratio: (A2E documents nothing for this field)
            image_size: Output size (as public client code uses it). image_size honoured by nano-banana-pro and
                nano-banana-2; nano-banana-2-lite always 1K.
            google_search: google_search works only with the nano-banana-2 model.
            force_generate: force_generate defaults to true for API callers, false for web callers.
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
            The new task: `client.nano_banana.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("nano_banana_start", wire_names)
        return await self._client._call(
            "nano_banana_start",
            {
                "name": name,
                "prompt": prompt,
                "model": model,
                "input_images": input_images,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "google_search": google_search,
                "force_generate": force_generate,
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
        page_num: int,
        page_size: int,
        status: Literal["initialized", "processing", "completed", "failed"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """Get Nano Banana task list.

        Pages through the caller's NanoBanana tasks.

        A2E's published notes:

        * pageNum and pageSize are both required here.

        Wire: GET /api/v1/userNanoBanana/allRecords (operation `nano_banana_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.
            status: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("nano_banana_list", wire_names)
        return await self._client._call(
            "nano_banana_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_list(
        self,
        *,
        page_size: int | None = None,
        status: Literal["initialized", "processing", "completed", "failed"] | None = None,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AsyncIterator[TaskRecord]:
        """Every record of `list`, for an `async for` loop: page after page, each page fetched when the iteration
        reaches it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An async iterator of TaskRecord.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("nano_banana_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "nano_banana_list",
            {
                "pageSize": page_size,
                "status": status,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """Batch query task details.

        Wire: POST /api/v1/userNanoBanana/batchDetail (operation `nano_banana_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("nano_banana_batch_detail", wire_names)
        return await self._client._call(
            "nano_banana_batch_detail",
            {
                "ids": ids,
            },
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
        """Get task details.

        Wire: GET /api/v1/userNanoBanana/detail/{id} (operation `nano_banana_get`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("nano_banana_get", wire_names)
        return await self._client._call(
            "nano_banana_get",
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
            "nano_banana_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userNanoBanana/delete/{id} (operation `nano_banana_delete`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("nano_banana_delete", wire_names)
        return await self._client._call(
            "nano_banana_delete",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawNanoBanana:
    """The operations of `NanoBanana`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: NanoBanana) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.batch_detail = raw_view(group.batch_detail)
        self.get = raw_view(group.get)
        self.delete = raw_view(group.delete)


class AsyncRawNanoBanana:
    """The operations of `AsyncNanoBanana`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncNanoBanana) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.get = async_raw_view(group.get)
        self.delete = async_raw_view(group.delete)
