"""Custom Avatars: Custom avatar records (request bodies not published).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.empty import Empty

__all__ = ["AsyncCustomAvatars", "CustomAvatars"]


class CustomAvatars:
    """Custom Avatars: Custom avatar records (request bodies not published)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def add(self, *, extra_body: Mapping[str, Any] | None = None) -> Any:
        """Add new record.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_avatar/add (operation `custom_avatars_add`).

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "custom_avatars_add",
            {
                **(extra_body or {}),
            },
        )

    def list(self, *, extra_body: Mapping[str, Any] | None = None) -> Any:
        """Create/Run list.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_avatar/list (operation `custom_avatars_list`).

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "custom_avatars_list",
            {
                **(extra_body or {}),
            },
        )

    def delete(self, *, extra_body: Mapping[str, Any] | None = None) -> Empty:
        """Delete record.

        A2E's published notes:

        * Takes the record id to delete, but the body schema is undocumented.

        Wire: POST /api/v1/custom_avatar/del (operation `custom_avatars_delete`).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "custom_avatars_delete",
            {
                **(extra_body or {}),
            },
        )

    def list_tags(self) -> Any:
        """List all tags.

        Wire: GET /api/v1/custom_avatar/all_tags (operation `custom_avatars_list_tags`).

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "custom_avatars_list_tags",
            {},
        )

    def update(self, id: str, *, extra_body: Mapping[str, Any] | None = None) -> Any:
        """Update record.

        A2E's published notes:

        * Request body fields are not documented in the published spec.
        * No related operations are listed for this update call.

        Wire: PUT /api/v1/custom_avatar/{_id} (operation `custom_avatars_update`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "custom_avatars_update",
            {
                **(extra_body or {}),
                "_id": id,
            },
        )


class AsyncCustomAvatars:
    """Custom Avatars: Custom avatar records (request bodies not published)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def add(self, *, extra_body: Mapping[str, Any] | None = None) -> Any:
        """Add new record.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_avatar/add (operation `custom_avatars_add`).

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "custom_avatars_add",
            {
                **(extra_body or {}),
            },
        )

    async def list(self, *, extra_body: Mapping[str, Any] | None = None) -> Any:
        """Create/Run list.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_avatar/list (operation `custom_avatars_list`).

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "custom_avatars_list",
            {
                **(extra_body or {}),
            },
        )

    async def delete(self, *, extra_body: Mapping[str, Any] | None = None) -> Empty:
        """Delete record.

        A2E's published notes:

        * Takes the record id to delete, but the body schema is undocumented.

        Wire: POST /api/v1/custom_avatar/del (operation `custom_avatars_delete`).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "custom_avatars_delete",
            {
                **(extra_body or {}),
            },
        )

    async def list_tags(self) -> Any:
        """List all tags.

        Wire: GET /api/v1/custom_avatar/all_tags (operation `custom_avatars_list_tags`).

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "custom_avatars_list_tags",
            {},
        )

    async def update(self, id: str, *, extra_body: Mapping[str, Any] | None = None) -> Any:
        """Update record.

        A2E's published notes:

        * Request body fields are not documented in the published spec.
        * No related operations are listed for this update call.

        Wire: PUT /api/v1/custom_avatar/{_id} (operation `custom_avatars_update`).

        Args:
            id (`_id`): Task or record id (A2E's `_id`, 24 hex characters in practice).
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "custom_avatars_update",
            {
                **(extra_body or {}),
                "_id": id,
            },
        )
