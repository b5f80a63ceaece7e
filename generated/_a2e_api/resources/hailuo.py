"""Hailuo Video: Hailuo Video generation through A2E (status dialect B; request fields not documented).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncHailuo", "AsyncRawHailuo", "Hailuo", "RawHailuo"]


class Hailuo:
    """Hailuo Video: Hailuo Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_url: str | PurePath | None = None,
        force_generate: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start a Hailuo Video Task.

        Starts a Hailuo Video task (status dialect B). Charged on creation.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/hailuoVideo/start (operation `hailuo_start`).

        Args:
            name: Task name.
            prompt: What to generate.
            image_url: Source image URL.
            force_generate: Skip the NSFW block (image families; true by default for API users).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.hailuo.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("hailuo_start", wire_names)
        return self._client._call(
            "hailuo_start",
            {
                "name": name,
                "prompt": prompt,
                "image_url": image_url,
                "force_generate": force_generate,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """List Hailuo Video Tasks.

        Pages through the caller's Hailuo Video tasks.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/hailuoVideo/allRecords (operation `hailuo_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("hailuo_list", wire_names)
        return self._client._call(
            "hailuo_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
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
            raise misnamed("hailuo_list", wire_names, "max_items")

        return iterate(
            self._client,
            "hailuo_list",
            {
                "pageSize": page_size,
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
        """Get Several Hailuo Video Tasks (batchDetail).

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/hailuoVideo/batchDetail (operation `hailuo_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("hailuo_batch_detail", wire_names)
        return self._client._call(
            "hailuo_batch_detail",
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
        """Get One Hailuo Video Task.

        One Hailuo Video task by id (status dialect B).

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/hailuoVideo/{_id} (operation `hailuo_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("hailuo_get", wire_names)
        return self._client._call(
            "hailuo_get",
            {
                "_id": id,
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
            "hailuo_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )


class AsyncHailuo:
    """Hailuo Video: Hailuo Video generation through A2E (status dialect B; request fields not documented)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_url: str | PurePath | None = None,
        force_generate: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start a Hailuo Video Task.

        Starts a Hailuo Video task (status dialect B). Charged on creation.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/hailuoVideo/start (operation `hailuo_start`).

        Args:
            name: Task name.
            prompt: What to generate.
            image_url: Source image URL.
            force_generate: Skip the NSFW block (image families; true by default for API users).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.hailuo.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("hailuo_start", wire_names)
        return await self._client._call(
            "hailuo_start",
            {
                "name": name,
                "prompt": prompt,
                "image_url": image_url,
                "force_generate": force_generate,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """List Hailuo Video Tasks.

        Pages through the caller's Hailuo Video tasks.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/hailuoVideo/allRecords (operation `hailuo_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("hailuo_list", wire_names)
        return await self._client._call(
            "hailuo_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
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
            raise misnamed("hailuo_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "hailuo_list",
            {
                "pageSize": page_size,
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
        """Get Several Hailuo Video Tasks (batchDetail).

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/hailuoVideo/batchDetail (operation `hailuo_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("hailuo_batch_detail", wire_names)
        return await self._client._call(
            "hailuo_batch_detail",
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
        """Get One Hailuo Video Task.

        One Hailuo Video task by id (status dialect B).

        Not in A2E's published API: known only from third-party notes quoting an older A2E document. It may have been withdrawn.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/hailuoVideo/{_id} (operation `hailuo_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("hailuo_get", wire_names)
        return await self._client._call(
            "hailuo_get",
            {
                "_id": id,
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
            "hailuo_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )


class RawHailuo:
    """The operations of `Hailuo`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Hailuo) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.batch_detail = raw_view(group.batch_detail)
        self.get = raw_view(group.get)


class AsyncRawHailuo:
    """The operations of `AsyncHailuo`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncHailuo) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.get = async_raw_view(group.get)
