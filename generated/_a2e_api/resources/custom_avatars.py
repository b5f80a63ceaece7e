"""Custom Avatars: Custom avatar records (request bodies not published).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E

    from ..models.empty import Empty

__all__ = ["AsyncCustomAvatars", "AsyncRawCustomAvatars", "CustomAvatars", "RawCustomAvatars"]


class CustomAvatars:
    """Custom Avatars: Custom avatar records (request bodies not published)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def add(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Add new record.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_avatar/add (operation `custom_avatars_add`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("custom_avatars_add", wire_names)
        return self._client._call(
            "custom_avatars_add",
            {},
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
    ) -> Any:
        """Create/Run list.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_avatar/list (operation `custom_avatars_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("custom_avatars_list", wire_names)
        return self._client._call(
            "custom_avatars_list",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete record.

        A2E's published notes:

        * Takes the record id to delete, but the body schema is undocumented.

        Wire: POST /api/v1/custom_avatar/del (operation `custom_avatars_delete`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("custom_avatars_delete", wire_names)
        return self._client._call(
            "custom_avatars_delete",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_tags(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """List all tags.

        Wire: GET /api/v1/custom_avatar/all_tags (operation `custom_avatars_list_tags`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("custom_avatars_list_tags", wire_names)
        return self._client._call(
            "custom_avatars_list_tags",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Update record.

        A2E's published notes:

        * Request body fields are not documented in the published spec.
        * No related operations are listed for this update call.

        Wire: PUT /api/v1/custom_avatar/{_id} (operation `custom_avatars_update`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("custom_avatars_update", wire_names)
        return self._client._call(
            "custom_avatars_update",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncCustomAvatars:
    """Custom Avatars: Custom avatar records (request bodies not published)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def add(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Add new record.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_avatar/add (operation `custom_avatars_add`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("custom_avatars_add", wire_names)
        return await self._client._call(
            "custom_avatars_add",
            {},
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
    ) -> Any:
        """Create/Run list.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_avatar/list (operation `custom_avatars_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("custom_avatars_list", wire_names)
        return await self._client._call(
            "custom_avatars_list",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete record.

        A2E's published notes:

        * Takes the record id to delete, but the body schema is undocumented.

        Wire: POST /api/v1/custom_avatar/del (operation `custom_avatars_delete`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("custom_avatars_delete", wire_names)
        return await self._client._call(
            "custom_avatars_delete",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_tags(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """List all tags.

        Wire: GET /api/v1/custom_avatar/all_tags (operation `custom_avatars_list_tags`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("custom_avatars_list_tags", wire_names)
        return await self._client._call(
            "custom_avatars_list_tags",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Update record.

        A2E's published notes:

        * Request body fields are not documented in the published spec.
        * No related operations are listed for this update call.

        Wire: PUT /api/v1/custom_avatar/{_id} (operation `custom_avatars_update`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("custom_avatars_update", wire_names)
        return await self._client._call(
            "custom_avatars_update",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawCustomAvatars:
    """The operations of `CustomAvatars`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: CustomAvatars) -> None:
        self.add = raw_view(group.add)
        self.list = raw_view(group.list)
        self.delete = raw_view(group.delete)
        self.list_tags = raw_view(group.list_tags)
        self.update = raw_view(group.update)


class AsyncRawCustomAvatars:
    """The operations of `AsyncCustomAvatars`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncCustomAvatars) -> None:
        self.add = async_raw_view(group.add)
        self.list = async_raw_view(group.list)
        self.delete = async_raw_view(group.delete)
        self.list_tags = async_raw_view(group.list_tags)
        self.update = async_raw_view(group.update)
