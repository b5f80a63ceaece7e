"""Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.empty import Empty
    from ..models.face_image import FaceImage
    from ..models.face_image_page import FaceImagePage
    from ..models.face_swap_record import FaceSwapRecord
    from ..models.face_swap_record_page import FaceSwapRecordPage

__all__ = ["AsyncFaceSwap", "FaceSwap"]


class FaceSwap:
    """Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def add_image(self, *, face_url: str) -> builtins.list[FaceImage]:
        """Add Face Swap Image.

        Saves a face picture for later swaps. `data` is every saved face image, not only the new one.

        Wire: POST /api/v1/userFaceSwapImage/add (operation `face_swap_add_image`).

        Args:
            face_url: Face image URL.

        Returns:
            The envelope's `data` as builtins.list[FaceImage].
        """
        return self._client._call(
            "face_swap_add_image",
            {
                "face_url": face_url,
            },
        )

    def list_images(self, *, page_num: int | None = None, page_size: int | None = None) -> FaceImagePage:
        """Get Records of Face Swap Images.

        The caller's saved face images. Whether it pages is unconfirmed; `rows` or a bare list may come back.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userFaceSwapImage/records (operation `face_swap_list_images`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as FaceImagePage.
        """
        return self._client._call(
            "face_swap_list_images",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def delete_image(self, id: str) -> Empty:
        """Delete User Face Swap Image.

        Deletes a saved face image.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userFaceSwapImage/{_id} (operation `face_swap_delete_image`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "face_swap_delete_image",
            {
                "_id": id,
            },
        )

    def preview(self, *, face_url: str | None = None, video_url: str | None = None) -> FaceSwapRecord:
        """Add User Face Swap Preview.

        A fast single-frame preview of a swap; follow it with Get Status of Face Swap Preview Process.

        Wire: POST /api/v1/userFaceSwapPreview/add (operation `face_swap_preview`).

        Args:
            face_url: (undocumented)
            video_url: Target video or image.

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        return self._client._call(
            "face_swap_preview",
            {
                "face_url": face_url,
                "video_url": video_url,
            },
        )

    def preview_status(self) -> builtins.list[FaceSwapRecord]:
        """Get Status of Face Swap Preview Process.

        The caller's previews in progress.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userFaceSwapPreview?_id=.
        Wire: GET /api/v1/userFaceSwapPreview/status (operation `face_swap_preview_status`).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        return self._client._call(
            "face_swap_preview_status",
            {},
        )

    def start(self, *, name: str, face_url: str, video_url: str) -> FaceSwapRecord:
        """Add User Face Swap Task.

        Swaps a face into a video (newer docs title: Start a Face Swap Task). About 36 s for a 6 s clip.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userFaceSwapTask/add (operation `face_swap_start`).

        Args:
            name: Task name.
            face_url: Face image URL.
            video_url: Target video URL.

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        return self._client._call(
            "face_swap_start",
            {
                "name": name,
                "face_url": face_url,
                "video_url": video_url,
            },
        )

    def status(self) -> builtins.list[FaceSwapRecord]:
        """Get Status of Face Swap Task.

        The caller's face-swap tasks still running (`error_code` is an integer or null here).

        Wire: GET /api/v1/userFaceSwapTask/status (operation `face_swap_status`).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        return self._client._call(
            "face_swap_status",
            {},
        )

    def list(self, *, page_num: int, page_size: int) -> FaceSwapRecordPage:
        """Get Face Swap Task Records.

        Pages through the caller's face-swap tasks.

        Wire: GET /api/v1/userFaceSwapTask/records (operation `face_swap_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based (documented as a required string).
            page_size (`pageSize`): Records per page (documented as a required string).

        Returns:
            The envelope's `data` as FaceSwapRecordPage.
        """
        return self._client._call(
            "face_swap_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def get(self, id: str) -> FaceSwapRecord:
        """Get Details of Face Swap.

        One face-swap task.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userFaceSwapTask/detail?_id=.
        Wire: GET /api/v1/userFaceSwapTask/{_id} (operation `face_swap_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        return self._client._call(
            "face_swap_get",
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
    ) -> FaceSwapRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "face_swap_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def delete(self, id: str) -> Empty:
        """Delete Record.

        Deletes a face-swap task record.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userFaceSwapTask/{_id} (operation `face_swap_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "face_swap_delete",
            {
                "_id": id,
            },
        )


class AsyncFaceSwap:
    """Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def add_image(self, *, face_url: str) -> builtins.list[FaceImage]:
        """Add Face Swap Image.

        Saves a face picture for later swaps. `data` is every saved face image, not only the new one.

        Wire: POST /api/v1/userFaceSwapImage/add (operation `face_swap_add_image`).

        Args:
            face_url: Face image URL.

        Returns:
            The envelope's `data` as builtins.list[FaceImage].
        """
        return await self._client._call(
            "face_swap_add_image",
            {
                "face_url": face_url,
            },
        )

    async def list_images(self, *, page_num: int | None = None, page_size: int | None = None) -> FaceImagePage:
        """Get Records of Face Swap Images.

        The caller's saved face images. Whether it pages is unconfirmed; `rows` or a bare list may come back.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userFaceSwapImage/records (operation `face_swap_list_images`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as FaceImagePage.
        """
        return await self._client._call(
            "face_swap_list_images",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def delete_image(self, id: str) -> Empty:
        """Delete User Face Swap Image.

        Deletes a saved face image.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userFaceSwapImage/{_id} (operation `face_swap_delete_image`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "face_swap_delete_image",
            {
                "_id": id,
            },
        )

    async def preview(self, *, face_url: str | None = None, video_url: str | None = None) -> FaceSwapRecord:
        """Add User Face Swap Preview.

        A fast single-frame preview of a swap; follow it with Get Status of Face Swap Preview Process.

        Wire: POST /api/v1/userFaceSwapPreview/add (operation `face_swap_preview`).

        Args:
            face_url: (undocumented)
            video_url: Target video or image.

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        return await self._client._call(
            "face_swap_preview",
            {
                "face_url": face_url,
                "video_url": video_url,
            },
        )

    async def preview_status(self) -> builtins.list[FaceSwapRecord]:
        """Get Status of Face Swap Preview Process.

        The caller's previews in progress.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userFaceSwapPreview?_id=.
        Wire: GET /api/v1/userFaceSwapPreview/status (operation `face_swap_preview_status`).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        return await self._client._call(
            "face_swap_preview_status",
            {},
        )

    async def start(self, *, name: str, face_url: str, video_url: str) -> FaceSwapRecord:
        """Add User Face Swap Task.

        Swaps a face into a video (newer docs title: Start a Face Swap Task). About 36 s for a 6 s clip.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userFaceSwapTask/add (operation `face_swap_start`).

        Args:
            name: Task name.
            face_url: Face image URL.
            video_url: Target video URL.

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        return await self._client._call(
            "face_swap_start",
            {
                "name": name,
                "face_url": face_url,
                "video_url": video_url,
            },
        )

    async def status(self) -> builtins.list[FaceSwapRecord]:
        """Get Status of Face Swap Task.

        The caller's face-swap tasks still running (`error_code` is an integer or null here).

        Wire: GET /api/v1/userFaceSwapTask/status (operation `face_swap_status`).

        Returns:
            The envelope's `data` as builtins.list[FaceSwapRecord].
        """
        return await self._client._call(
            "face_swap_status",
            {},
        )

    async def list(self, *, page_num: int, page_size: int) -> FaceSwapRecordPage:
        """Get Face Swap Task Records.

        Pages through the caller's face-swap tasks.

        Wire: GET /api/v1/userFaceSwapTask/records (operation `face_swap_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based (documented as a required string).
            page_size (`pageSize`): Records per page (documented as a required string).

        Returns:
            The envelope's `data` as FaceSwapRecordPage.
        """
        return await self._client._call(
            "face_swap_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def get(self, id: str) -> FaceSwapRecord:
        """Get Details of Face Swap.

        One face-swap task.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userFaceSwapTask/detail?_id=.
        Wire: GET /api/v1/userFaceSwapTask/{_id} (operation `face_swap_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as FaceSwapRecord.
        """
        return await self._client._call(
            "face_swap_get",
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
    ) -> FaceSwapRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "face_swap_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete(self, id: str) -> Empty:
        """Delete Record.

        Deletes a face-swap task record.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userFaceSwapTask/{_id} (operation `face_swap_delete`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "face_swap_delete",
            {
                "_id": id,
            },
        )
