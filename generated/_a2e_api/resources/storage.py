"""Upload and Storage: Upload local files into A2E storage.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E

    from ..models.presigned_upload import PresignedUpload

__all__ = ["AsyncRawStorage", "AsyncStorage", "RawStorage", "Storage"]


class Storage:
    """Upload and Storage: Upload local files into A2E storage."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def presign_upload_legacy(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> PresignedUpload:
        """Get pre-signed upload URL.

        A short-lived signed URL to upload a local file into A2E storage; PUT the bytes to `uploadUrl` without the API key.

        A2E's published notes:

        * Legacy; prefer POST /api/v1/r2/upload-presigned-url.
        * Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
        * Returned key is scoped to {urlPrefix}/{env}/user/{user_id}/.
        * contentLength wins over fileSize; either binds Content-Length to the URL.

        Deprecated: The published API calls this route legacy and points to `upload-presigned-url`. Use `storage_presign_upload`.

        Deprecated: kept because A2E's docs list it; prefer `client.storage.presign_upload`.
        Wire: POST /api/v1/r2/get_upload_presigned_url (operation `storage_presign_upload_legacy`).

        Args:
            key: Returned key is scoped to {urlPrefix}/{env}/user/{user_id}/.
            bucket: Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
            url_prefix (`urlPrefix`): Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai. Returned
                key is scoped to {urlPrefix}/{env}/user/{user_id}/.
            cdn_domain (`cdnDomain`): Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
            expires_in (`expiresIn`): (A2E documents nothing for this field)
            content_type (`contentType`): (A2E documents nothing for this field)
            file_size (`fileSize`): contentLength wins over fileSize; either binds Content-Length to the URL.
            content_length (`contentLength`): contentLength wins over fileSize; either binds Content-Length to the URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as PresignedUpload.
        """
        if wire_names:
            raise misnamed("storage_presign_upload_legacy", wire_names)
        return self._client._call(
            "storage_presign_upload_legacy",
            {
                "key": key,
                "bucket": bucket,
                "urlPrefix": url_prefix,
                "cdnDomain": cdn_domain,
                "expiresIn": expires_in,
                "contentType": content_type,
                "fileSize": file_size,
                "contentLength": content_length,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def presign_upload(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> PresignedUpload:
        """Get pre-signed upload URL.

        A2E's published notes:

        * Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
        * Returned key is scoped to {urlPrefix}/{env}/user/{user_id}/.
        * After the PUT succeeds, use cdnUrl as the public file URL.
        * API-token calls are charged under R2 pricing; logged-in web calls are free.
        * Site runtimes reject urlPrefix and cdnDomain overrides.
        * contentLength wins over fileSize; either binds Content-Length to the URL.

        The answer's shape is not published; it is taken from the legacy route's documented answer and one public client (`uploadUrl`, `cdnUrl`). `client.upload(path)` uses this call.
        Charged for API tokens, as the note above says, so a call whose answer is lost is not sent again.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/r2/upload-presigned-url (operation `storage_presign_upload`).

        Args:
            key: Returned key is scoped to {urlPrefix}/{env}/user/{user_id}/.
            bucket: Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
            url_prefix (`urlPrefix`): Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai. Returned
                key is scoped to {urlPrefix}/{env}/user/{user_id}/.
            cdn_domain (`cdnDomain`): Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
            expires_in (`expiresIn`): (A2E documents nothing for this field)
            content_type (`contentType`): (A2E documents nothing for this field)
            file_size (`fileSize`): contentLength wins over fileSize; either binds Content-Length to the URL.
            content_length (`contentLength`): contentLength wins over fileSize; either binds Content-Length to the URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as PresignedUpload.
        """
        if wire_names:
            raise misnamed("storage_presign_upload", wire_names)
        return self._client._call(
            "storage_presign_upload",
            {
                "key": key,
                "bucket": bucket,
                "urlPrefix": url_prefix,
                "cdnDomain": cdn_domain,
                "expiresIn": expires_in,
                "contentType": content_type,
                "fileSize": file_size,
                "contentLength": content_length,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncStorage:
    """Upload and Storage: Upload local files into A2E storage."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def presign_upload_legacy(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> PresignedUpload:
        """Get pre-signed upload URL.

        A short-lived signed URL to upload a local file into A2E storage; PUT the bytes to `uploadUrl` without the API key.

        A2E's published notes:

        * Legacy; prefer POST /api/v1/r2/upload-presigned-url.
        * Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
        * Returned key is scoped to {urlPrefix}/{env}/user/{user_id}/.
        * contentLength wins over fileSize; either binds Content-Length to the URL.

        Deprecated: The published API calls this route legacy and points to `upload-presigned-url`. Use `storage_presign_upload`.

        Deprecated: kept because A2E's docs list it; prefer `client.storage.presign_upload`.
        Wire: POST /api/v1/r2/get_upload_presigned_url (operation `storage_presign_upload_legacy`).

        Args:
            key: Returned key is scoped to {urlPrefix}/{env}/user/{user_id}/.
            bucket: Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
            url_prefix (`urlPrefix`): Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai. Returned
                key is scoped to {urlPrefix}/{env}/user/{user_id}/.
            cdn_domain (`cdnDomain`): Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
            expires_in (`expiresIn`): (A2E documents nothing for this field)
            content_type (`contentType`): (A2E documents nothing for this field)
            file_size (`fileSize`): contentLength wins over fileSize; either binds Content-Length to the URL.
            content_length (`contentLength`): contentLength wins over fileSize; either binds Content-Length to the URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as PresignedUpload.
        """
        if wire_names:
            raise misnamed("storage_presign_upload_legacy", wire_names)
        return await self._client._call(
            "storage_presign_upload_legacy",
            {
                "key": key,
                "bucket": bucket,
                "urlPrefix": url_prefix,
                "cdnDomain": cdn_domain,
                "expiresIn": expires_in,
                "contentType": content_type,
                "fileSize": file_size,
                "contentLength": content_length,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def presign_upload(
        self,
        *,
        key: str,
        bucket: str | None = None,
        url_prefix: str | None = None,
        cdn_domain: str | None = None,
        expires_in: int | None = None,
        content_type: str | None = None,
        file_size: float | None = None,
        content_length: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> PresignedUpload:
        """Get pre-signed upload URL.

        A2E's published notes:

        * Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
        * Returned key is scoped to {urlPrefix}/{env}/user/{user_id}/.
        * After the PUT succeeds, use cdnUrl as the public file URL.
        * API-token calls are charged under R2 pricing; logged-in web calls are free.
        * Site runtimes reject urlPrefix and cdnDomain overrides.
        * contentLength wins over fileSize; either binds Content-Length to the URL.

        The answer's shape is not published; it is taken from the legacy route's documented answer and one public client (`uploadUrl`, `cdnUrl`). `client.upload(path)` uses this call.
        Charged for API tokens, as the note above says, so a call whose answer is lost is not sent again.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/r2/upload-presigned-url (operation `storage_presign_upload`).

        Args:
            key: Returned key is scoped to {urlPrefix}/{env}/user/{user_id}/.
            bucket: Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
            url_prefix (`urlPrefix`): Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai. Returned
                key is scoped to {urlPrefix}/{env}/user/{user_id}/.
            cdn_domain (`cdnDomain`): Defaults: bucket 3days-apac, urlPrefix adam2eve, cdnDomain makefun.ai.
            expires_in (`expiresIn`): (A2E documents nothing for this field)
            content_type (`contentType`): (A2E documents nothing for this field)
            file_size (`fileSize`): contentLength wins over fileSize; either binds Content-Length to the URL.
            content_length (`contentLength`): contentLength wins over fileSize; either binds Content-Length to the URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as PresignedUpload.
        """
        if wire_names:
            raise misnamed("storage_presign_upload", wire_names)
        return await self._client._call(
            "storage_presign_upload",
            {
                "key": key,
                "bucket": bucket,
                "urlPrefix": url_prefix,
                "cdnDomain": cdn_domain,
                "expiresIn": expires_in,
                "contentType": content_type,
                "fileSize": file_size,
                "contentLength": content_length,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawStorage:
    """The operations of `Storage`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Storage) -> None:
        self.presign_upload_legacy = raw_view(group.presign_upload_legacy)
        self.presign_upload = raw_view(group.presign_upload)


class AsyncRawStorage:
    """The operations of `AsyncStorage`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncStorage) -> None:
        self.presign_upload_legacy = async_raw_view(group.presign_upload_legacy)
        self.presign_upload = async_raw_view(group.presign_upload)
