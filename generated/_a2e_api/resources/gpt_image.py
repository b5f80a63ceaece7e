"""GPT Image: GPT Image through A2E (status dialect B; request fields not documented).

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

__all__ = ["AsyncGptImage", "AsyncRawGptImage", "GptImage", "RawGptImage"]


class GptImage:
    """GPT Image: GPT Image through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal["auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"] | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start GPT Image generation or editing.

        Starts a GPT Image task (status dialect B). Charged on creation.

        A2E's published notes:

        * Result images are stored for 3 days, then expire.
        * prompt is limited to 3000 characters.
        * Up to 16 input images for image-to-image editing with gpt-image-1.5.
        * gpt-image-1.5 supports only 1:1, 3:2, 2:3; other ratios become 1:1.
        * quality is used only by gpt-image-1.5; resolution only by gpt-image-2.
        * gpt-image-2: ratio 1:1 cannot use 4K; auto or omitted ratio allows 1K only.
        * gpt-image-2 bills auto ratio as 1K and downgrades 1:1 with 4K to 2K.
        * A 200 may report detected NSFW content instead of a started task.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userGptImage/start (operation `gpt_image_start`).

        Args:
            name: Task name.
            prompt: What to generate.
            input_images: Up to 16 input images for image-to-image editing with gpt-image-1.5.
            model: (A2E documents nothing for this field)
            aspect_ratio: gpt-image-1.5 supports only 1:1, 3:2, 2:3; other ratios become 1:1. gpt-image-2: ratio 1:1
                cannot use 4K; auto or omitted ratio allows 1K only. gpt-image-2 bills auto ratio as 1K and downgrades
                1:1 with 4K to 2K.
            quality: quality is used only by gpt-image-1.5; resolution only by gpt-image-2.
            resolution: quality is used only by gpt-image-1.5; resolution only by gpt-image-2.
            force_generate: Skip the NSFW block (image families; true by default for API users).
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
            The new task: `client.gpt_image.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("gpt_image_start", wire_names)
        return self._client._call(
            "gpt_image_start",
            {
                "name": name,
                "prompt": prompt,
                "input_images": input_images,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "resolution": resolution,
                "force_generate": force_generate,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
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

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/userGptImage/batchDetail (operation `gpt_image_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("gpt_image_batch_detail", wire_names)
        return self._client._call(
            "gpt_image_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """Get GPT Image task list.

        Wire: GET /api/v1/userGptImage/list (operation `gpt_image_list`).

        Args:
            page: Number of the page to read; the first page is 1.
            page_size: Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("gpt_image_list", wire_names)
        return self._client._call(
            "gpt_image_list",
            {
                "page": page,
                "page_size": page_size,
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
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Iterator[TaskRecord]:
        """Every record of `list`, for a `for` loop: page after page, each page fetched when the iteration reaches
        it. No request is sent until the first record is asked for. Each page is one call of `list` with `page`
        from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than the page
        size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An iterator of TaskRecord.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("gpt_image_list", wire_names, "max_items")

        return iterate(
            self._client,
            "gpt_image_list",
            {
                "page_size": page_size,
            },
            max_items=max_items,
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

        Wire: GET /api/v1/userGptImage/detail/{id} (operation `gpt_image_get`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("gpt_image_get", wire_names)
        return self._client._call(
            "gpt_image_get",
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
            "gpt_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete GPT Image task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userGptImage/{id} (operation `gpt_image_delete`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("gpt_image_delete", wire_names)
        return self._client._call(
            "gpt_image_delete",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncGptImage:
    """GPT Image: GPT Image through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str,
        prompt: str,
        input_images: Sequence[str] | None = None,
        model: Literal["gpt-image-1.5", "gpt-image-2"] | None = None,
        aspect_ratio: Literal["auto", "1:1", "9:16", "21:9", "16:9", "4:3", "3:2", "3:4", "2:3"] | None = None,
        quality: Literal["medium", "high"] | None = None,
        resolution: Literal["1K", "2K", "4K"] | None = None,
        force_generate: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start GPT Image generation or editing.

        Starts a GPT Image task (status dialect B). Charged on creation.

        A2E's published notes:

        * Result images are stored for 3 days, then expire.
        * prompt is limited to 3000 characters.
        * Up to 16 input images for image-to-image editing with gpt-image-1.5.
        * gpt-image-1.5 supports only 1:1, 3:2, 2:3; other ratios become 1:1.
        * quality is used only by gpt-image-1.5; resolution only by gpt-image-2.
        * gpt-image-2: ratio 1:1 cannot use 4K; auto or omitted ratio allows 1K only.
        * gpt-image-2 bills auto ratio as 1K and downgrades 1:1 with 4K to 2K.
        * A 200 may report detected NSFW content instead of a started task.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userGptImage/start (operation `gpt_image_start`).

        Args:
            name: Task name.
            prompt: What to generate.
            input_images: Up to 16 input images for image-to-image editing with gpt-image-1.5.
            model: (A2E documents nothing for this field)
            aspect_ratio: gpt-image-1.5 supports only 1:1, 3:2, 2:3; other ratios become 1:1. gpt-image-2: ratio 1:1
                cannot use 4K; auto or omitted ratio allows 1K only. gpt-image-2 bills auto ratio as 1K and downgrades
                1:1 with 4K to 2K.
            quality: quality is used only by gpt-image-1.5; resolution only by gpt-image-2.
            resolution: quality is used only by gpt-image-1.5; resolution only by gpt-image-2.
            force_generate: Skip the NSFW block (image families; true by default for API users).
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
            The new task: `client.gpt_image.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("gpt_image_start", wire_names)
        return await self._client._call(
            "gpt_image_start",
            {
                "name": name,
                "prompt": prompt,
                "input_images": input_images,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "quality": quality,
                "resolution": resolution,
                "force_generate": force_generate,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
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

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/userGptImage/batchDetail (operation `gpt_image_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("gpt_image_batch_detail", wire_names)
        return await self._client._call(
            "gpt_image_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """Get GPT Image task list.

        Wire: GET /api/v1/userGptImage/list (operation `gpt_image_list`).

        Args:
            page: Number of the page to read; the first page is 1.
            page_size: Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("gpt_image_list", wire_names)
        return await self._client._call(
            "gpt_image_list",
            {
                "page": page,
                "page_size": page_size,
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
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AsyncIterator[TaskRecord]:
        """Every record of `list`, for an `async for` loop: page after page, each page fetched when the iteration
        reaches it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `page` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than the
        page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An async iterator of TaskRecord.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("gpt_image_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "gpt_image_list",
            {
                "page_size": page_size,
            },
            max_items=max_items,
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

        Wire: GET /api/v1/userGptImage/detail/{id} (operation `gpt_image_get`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("gpt_image_get", wire_names)
        return await self._client._call(
            "gpt_image_get",
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
            "gpt_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete GPT Image task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userGptImage/{id} (operation `gpt_image_delete`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("gpt_image_delete", wire_names)
        return await self._client._call(
            "gpt_image_delete",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawGptImage:
    """The operations of `GptImage`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: GptImage) -> None:
        self.start = raw_view(group.start)
        self.batch_detail = raw_view(group.batch_detail)
        self.list = raw_view(group.list)
        self.get = raw_view(group.get)
        self.delete = raw_view(group.delete)


class AsyncRawGptImage:
    """The operations of `AsyncGptImage`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncGptImage) -> None:
        self.start = async_raw_view(group.start)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.list = async_raw_view(group.list)
        self.get = async_raw_view(group.get)
        self.delete = async_raw_view(group.delete)
