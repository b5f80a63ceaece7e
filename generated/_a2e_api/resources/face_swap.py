"""Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.empty import Empty
    from ..models.face_image import FaceImage
    from ..models.face_image_page import FaceImagePage
    from ..models.face_swap_record import FaceSwapRecord
    from ..models.face_swap_record_page import FaceSwapRecordPage

__all__ = ["AsyncFaceSwap", "AsyncRawFaceSwap", "FaceSwap", "RawFaceSwap"]


class FaceSwap:
    """Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def add_image(
        self,
        *,
        face_url: str | PurePath,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[FaceImage]:
        """Add a new face image for face swapping.

        Saves a face picture for later swaps. `data` is every saved face image, not only the new one.

        Wire: POST /api/v1/userFaceSwapImage/add (operation `face_swap_add_image`).

        Args:
            face_url: Face image URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[FaceImage].
        """
        if wire_names:
            raise misnamed("face_swap_add_image", wire_names)
        return self._client._call(
            "face_swap_add_image",
            {
                "face_url": face_url,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_images(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> FaceImagePage:
        """Get user's face swap image records.

        The caller's saved face images. Whether it pages is unconfirmed; `rows` or a bare list may come back.

        Wire: GET /api/v1/userFaceSwapImage/records (operation `face_swap_list_images`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceImagePage.
        """
        if wire_names:
            raise misnamed("face_swap_list_images", wire_names)
        return self._client._call(
            "face_swap_list_images",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_image(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Remove a face swap image.

        Deletes a saved face image.

        Wire: DELETE /api/v1/userFaceSwapImage/{_id} (operation `face_swap_delete_image`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("face_swap_delete_image", wire_names)
        return self._client._call(
            "face_swap_delete_image",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def preview(
        self,
        *,
        video_url: str | PurePath,
        face_url: str | PurePath,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> FaceSwapRecord:
        """Create a new face swap preview task.

        A fast single-frame preview of a swap; follow it with Get Status of Face Swap Preview Process.

        A2E's published notes:

        * Check progress with GET /api/v1/userFaceSwapPreview/status?_id=<preview id>.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userFaceSwapPreview/add (operation `face_swap_preview`).

        Args:
            video_url: Target video or image.
            face_url: Face image URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        if wire_names:
            raise misnamed("face_swap_preview", wire_names)
        return self._client._call(
            "face_swap_preview",
            {
                "video_url": video_url,
                "face_url": face_url,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def preview_status(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[FaceSwapRecord]:
        """Get face swap preview status.

        The caller's previews in progress.

        A2E's published notes:

        * _id query parameter is the preview task id from userFaceSwapPreview/add.

        Wire: GET /api/v1/userFaceSwapPreview/status (operation `face_swap_preview_status`).

        Args:
            id (`_id`): _id query parameter is the preview task id from userFaceSwapPreview/add.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        if wire_names:
            raise misnamed("face_swap_preview_status", wire_names)
        return self._client._call(
            "face_swap_preview_status",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def start(
        self,
        *,
        name: str,
        video_url: str | PurePath,
        face_url: str | PurePath,
        cover_url: str | PurePath | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> FaceSwapRecord:
        """Create a new face swap task.

        Swaps a face into a video (newer docs title: Start a Face Swap Task). About 36 s for a 6 s clip.

        A2E's published notes:

        * model_version v1 is the default; v2 handles images only.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userFaceSwapTask/add (operation `face_swap_start`).

        Args:
            name: Task name.
            video_url: Target video URL.
            face_url: Face image URL.
            cover_url: (A2E documents nothing for this field)
            model_version: model_version v1 is the default; v2 handles images only.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceSwapRecord.
            The new task: `client.face_swap.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("face_swap_start", wire_names)
        return self._client._call(
            "face_swap_start",
            {
                "name": name,
                "video_url": video_url,
                "face_url": face_url,
                "cover_url": cover_url,
                "model_version": model_version,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[FaceSwapRecord]:
        """Get user's face swap task status.

        The caller's face-swap tasks still running (`error_code` is an integer or null here).

        A2E's published notes:

        * Returns the caller's overall face-swap status, not one task's status.

        Wire: GET /api/v1/userFaceSwapTask/status (operation `face_swap_status`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        if wire_names:
            raise misnamed("face_swap_status", wire_names)
        return self._client._call(
            "face_swap_status",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        page_num: int = 1,
        page_size: int = 10,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> FaceSwapRecordPage:
        """Get user's face swap task records.

        Pages through the caller's face-swap tasks.

        A2E's published notes:

        * pageNum and pageSize are both required here.

        Wire: GET /api/v1/userFaceSwapTask/records (operation `face_swap_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based (documented as a required string).
            page_size (`pageSize`): Records per page (documented as a required string).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceSwapRecordPage.
        """
        if wire_names:
            raise misnamed("face_swap_list", wire_names)
        return self._client._call(
            "face_swap_list",
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
    ) -> Iterator[FaceSwapRecord]:
        """Every record of `list`, for a `for` loop: page after page, each page fetched when the iteration reaches
        it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An iterator of FaceSwapRecord.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("face_swap_list", wire_names, "max_items")

        return iterate(
            self._client,
            "face_swap_list",
            {
                "pageSize": page_size,
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
    ) -> FaceSwapRecord:
        """Get face swap task details.

        One face-swap task.

        Wire: GET /api/v1/userFaceSwapTask/{_id} (operation `face_swap_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        if wire_names:
            raise misnamed("face_swap_get", wire_names)
        return self._client._call(
            "face_swap_get",
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
        on_progress: Callable[[TaskProgress[FaceSwapRecord]], object] | None = None,
    ) -> FaceSwapRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "face_swap_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete face swap task.

        Deletes a face-swap task record.

        Wire: DELETE /api/v1/userFaceSwapTask/{_id} (operation `face_swap_delete`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("face_swap_delete", wire_names)
        return self._client._call(
            "face_swap_delete",
            {
                "_id": id,
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
    ) -> builtins.list[FaceSwapRecord]:
        """Batch query task details.

        Wire: POST /api/v1/userFaceSwapTask/batchDetail (operation `face_swap_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        if wire_names:
            raise misnamed("face_swap_batch_detail", wire_names)
        return self._client._call(
            "face_swap_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncFaceSwap:
    """Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def add_image(
        self,
        *,
        face_url: str | PurePath,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[FaceImage]:
        """Add a new face image for face swapping.

        Saves a face picture for later swaps. `data` is every saved face image, not only the new one.

        Wire: POST /api/v1/userFaceSwapImage/add (operation `face_swap_add_image`).

        Args:
            face_url: Face image URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[FaceImage].
        """
        if wire_names:
            raise misnamed("face_swap_add_image", wire_names)
        return await self._client._call(
            "face_swap_add_image",
            {
                "face_url": face_url,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_images(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> FaceImagePage:
        """Get user's face swap image records.

        The caller's saved face images. Whether it pages is unconfirmed; `rows` or a bare list may come back.

        Wire: GET /api/v1/userFaceSwapImage/records (operation `face_swap_list_images`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceImagePage.
        """
        if wire_names:
            raise misnamed("face_swap_list_images", wire_names)
        return await self._client._call(
            "face_swap_list_images",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_image(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Remove a face swap image.

        Deletes a saved face image.

        Wire: DELETE /api/v1/userFaceSwapImage/{_id} (operation `face_swap_delete_image`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("face_swap_delete_image", wire_names)
        return await self._client._call(
            "face_swap_delete_image",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def preview(
        self,
        *,
        video_url: str | PurePath,
        face_url: str | PurePath,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> FaceSwapRecord:
        """Create a new face swap preview task.

        A fast single-frame preview of a swap; follow it with Get Status of Face Swap Preview Process.

        A2E's published notes:

        * Check progress with GET /api/v1/userFaceSwapPreview/status?_id=<preview id>.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userFaceSwapPreview/add (operation `face_swap_preview`).

        Args:
            video_url: Target video or image.
            face_url: Face image URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        if wire_names:
            raise misnamed("face_swap_preview", wire_names)
        return await self._client._call(
            "face_swap_preview",
            {
                "video_url": video_url,
                "face_url": face_url,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def preview_status(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[FaceSwapRecord]:
        """Get face swap preview status.

        The caller's previews in progress.

        A2E's published notes:

        * _id query parameter is the preview task id from userFaceSwapPreview/add.

        Wire: GET /api/v1/userFaceSwapPreview/status (operation `face_swap_preview_status`).

        Args:
            id (`_id`): _id query parameter is the preview task id from userFaceSwapPreview/add.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        if wire_names:
            raise misnamed("face_swap_preview_status", wire_names)
        return await self._client._call(
            "face_swap_preview_status",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def start(
        self,
        *,
        name: str,
        video_url: str | PurePath,
        face_url: str | PurePath,
        cover_url: str | PurePath | None = None,
        model_version: Literal["v1", "v2"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> FaceSwapRecord:
        """Create a new face swap task.

        Swaps a face into a video (newer docs title: Start a Face Swap Task). About 36 s for a 6 s clip.

        A2E's published notes:

        * model_version v1 is the default; v2 handles images only.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userFaceSwapTask/add (operation `face_swap_start`).

        Args:
            name: Task name.
            video_url: Target video URL.
            face_url: Face image URL.
            cover_url: (A2E documents nothing for this field)
            model_version: model_version v1 is the default; v2 handles images only.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceSwapRecord.
            The new task: `client.face_swap.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("face_swap_start", wire_names)
        return await self._client._call(
            "face_swap_start",
            {
                "name": name,
                "video_url": video_url,
                "face_url": face_url,
                "cover_url": cover_url,
                "model_version": model_version,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[FaceSwapRecord]:
        """Get user's face swap task status.

        The caller's face-swap tasks still running (`error_code` is an integer or null here).

        A2E's published notes:

        * Returns the caller's overall face-swap status, not one task's status.

        Wire: GET /api/v1/userFaceSwapTask/status (operation `face_swap_status`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        if wire_names:
            raise misnamed("face_swap_status", wire_names)
        return await self._client._call(
            "face_swap_status",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        page_num: int = 1,
        page_size: int = 10,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> FaceSwapRecordPage:
        """Get user's face swap task records.

        Pages through the caller's face-swap tasks.

        A2E's published notes:

        * pageNum and pageSize are both required here.

        Wire: GET /api/v1/userFaceSwapTask/records (operation `face_swap_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based (documented as a required string).
            page_size (`pageSize`): Records per page (documented as a required string).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceSwapRecordPage.
        """
        if wire_names:
            raise misnamed("face_swap_list", wire_names)
        return await self._client._call(
            "face_swap_list",
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
    ) -> AsyncIterator[FaceSwapRecord]:
        """Every record of `list`, for an `async for` loop: page after page, each page fetched when the iteration
        reaches it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An async iterator of FaceSwapRecord.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("face_swap_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "face_swap_list",
            {
                "pageSize": page_size,
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
    ) -> FaceSwapRecord:
        """Get face swap task details.

        One face-swap task.

        Wire: GET /api/v1/userFaceSwapTask/{_id} (operation `face_swap_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        if wire_names:
            raise misnamed("face_swap_get", wire_names)
        return await self._client._call(
            "face_swap_get",
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
        on_progress: Callable[[TaskProgress[FaceSwapRecord]], object] | None = None,
    ) -> FaceSwapRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "face_swap_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete face swap task.

        Deletes a face-swap task record.

        Wire: DELETE /api/v1/userFaceSwapTask/{_id} (operation `face_swap_delete`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("face_swap_delete", wire_names)
        return await self._client._call(
            "face_swap_delete",
            {
                "_id": id,
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
    ) -> builtins.list[FaceSwapRecord]:
        """Batch query task details.

        Wire: POST /api/v1/userFaceSwapTask/batchDetail (operation `face_swap_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        if wire_names:
            raise misnamed("face_swap_batch_detail", wire_names)
        return await self._client._call(
            "face_swap_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawFaceSwap:
    """The operations of `FaceSwap`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: FaceSwap) -> None:
        self.add_image = raw_view(group.add_image)
        self.list_images = raw_view(group.list_images)
        self.delete_image = raw_view(group.delete_image)
        self.preview = raw_view(group.preview)
        self.preview_status = raw_view(group.preview_status)
        self.start = raw_view(group.start)
        self.status = raw_view(group.status)
        self.list = raw_view(group.list)
        self.get = raw_view(group.get)
        self.delete = raw_view(group.delete)
        self.batch_detail = raw_view(group.batch_detail)


class AsyncRawFaceSwap:
    """The operations of `AsyncFaceSwap`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncFaceSwap) -> None:
        self.add_image = async_raw_view(group.add_image)
        self.list_images = async_raw_view(group.list_images)
        self.delete_image = async_raw_view(group.delete_image)
        self.preview = async_raw_view(group.preview)
        self.preview_status = async_raw_view(group.preview_status)
        self.start = async_raw_view(group.start)
        self.status = async_raw_view(group.status)
        self.list = async_raw_view(group.list)
        self.get = async_raw_view(group.get)
        self.delete = async_raw_view(group.delete)
        self.batch_detail = async_raw_view(group.batch_detail)
