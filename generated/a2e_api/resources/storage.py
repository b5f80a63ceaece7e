"""Upload and Storage: Upload local files into A2E storage.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.presigned_upload import PresignedUpload

__all__ = ["AsyncStorage", "Storage"]


class Storage:
    """Upload and Storage: Upload local files into A2E storage."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def presign_upload(
        self,
        *,
        key: str | None = None,
        bucket: str | None = None,
        type: str | None = None,
        file_extension: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PresignedUpload:
        """Get R2 Upload Presigned URL.

        A short-lived signed URL to upload a local file into A2E storage; PUT the bytes to `uploadUrl` without the API key.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/r2/get_upload_presigned_url; POST /api/v1/r2/upload-presigned-url {key, contentType, fileSize}.
        Wire: POST /api/v1/r2/get_upload_presigned_url (operation `storage_presign_upload`).

        Args:
            key: (undocumented)
            bucket: (undocumented)
            type: (undocumented)
            file_extension: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as PresignedUpload.
        """
        return self._client._call(
            "storage_presign_upload",
            {
                **(extra_body or {}),
                "key": key,
                "bucket": bucket,
                "type": type,
                "file_extension": file_extension,
            },
        )


class AsyncStorage:
    """Upload and Storage: Upload local files into A2E storage."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def presign_upload(
        self,
        *,
        key: str | None = None,
        bucket: str | None = None,
        type: str | None = None,
        file_extension: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PresignedUpload:
        """Get R2 Upload Presigned URL.

        A short-lived signed URL to upload a local file into A2E storage; PUT the bytes to `uploadUrl` without the API key.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/r2/get_upload_presigned_url; POST /api/v1/r2/upload-presigned-url {key, contentType, fileSize}.
        Wire: POST /api/v1/r2/get_upload_presigned_url (operation `storage_presign_upload`).

        Args:
            key: (undocumented)
            bucket: (undocumented)
            type: (undocumented)
            file_extension: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as PresignedUpload.
        """
        return await self._client._call(
            "storage_presign_upload",
            {
                **(extra_body or {}),
                "key": key,
                "bucket": bucket,
                "type": type,
                "file_extension": file_extension,
            },
        )
