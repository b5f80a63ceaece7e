"""Background Matting and Replacement: Background images for avatar videos.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.background_image import BackgroundImage
    from ..models.empty import Empty

__all__ = ["AsyncBackgrounds", "Backgrounds"]


class Backgrounds:
    """Background Matting and Replacement: Background images for avatar videos."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def list(self) -> builtins.list[BackgroundImage]:
        """List all backgrounds.

        Background images for Generate AI Avatar Videos: system ones and the caller's own.

        Wire: POST /api/v1/custom_back/allBackground (operation `backgrounds_list`).

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        return self._client._call(
            "backgrounds_list",
            {},
        )

    def add(self, *, img_url: str, name: str | None = None) -> BackgroundImage:
        """Add new custom background.

        Adds a custom background image; its `_id` is the `custom_back_id` of Generate AI Avatar Videos.

        A2E's published notes:

        * The returned id is what video/generate accepts as custom_back_id.

        Wire: POST /api/v1/custom_back/add (operation `backgrounds_add`).

        Args:
            img_url: Image URL.
            name: Optional name.

        Returns:
            The envelope's `data` as BackgroundImage.
        """
        return self._client._call(
            "backgrounds_add",
            {
                "img_url": img_url,
                "name": name,
            },
        )

    def delete(self, id: str) -> Empty:
        """Delete record.

        Deletes a custom background image (body `{_id}`).

        A2E's published notes:

        * Takes the record id to delete, but the body schema is undocumented.

        Wire: POST /api/v1/custom_back/del (operation `backgrounds_delete`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "backgrounds_delete",
            {
                "_id": id,
            },
        )

    def list_custom(self, *, extra_body: Mapping[str, Any] | None = None) -> builtins.list[BackgroundImage]:
        """Create/Run list.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_back/list (operation `backgrounds_list_custom`).

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        return self._client._call(
            "backgrounds_list_custom",
            {
                **(extra_body or {}),
            },
        )

    def random(self) -> Any:
        """Get a random background.

        A2E's published notes:

        * Published spec declares no bearer auth for this operation.

        Wire: POST /api/v1/custom_back/randomBackground (operation `backgrounds_random`).

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "backgrounds_random",
            {},
        )


class AsyncBackgrounds:
    """Background Matting and Replacement: Background images for avatar videos."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def list(self) -> builtins.list[BackgroundImage]:
        """List all backgrounds.

        Background images for Generate AI Avatar Videos: system ones and the caller's own.

        Wire: POST /api/v1/custom_back/allBackground (operation `backgrounds_list`).

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        return await self._client._call(
            "backgrounds_list",
            {},
        )

    async def add(self, *, img_url: str, name: str | None = None) -> BackgroundImage:
        """Add new custom background.

        Adds a custom background image; its `_id` is the `custom_back_id` of Generate AI Avatar Videos.

        A2E's published notes:

        * The returned id is what video/generate accepts as custom_back_id.

        Wire: POST /api/v1/custom_back/add (operation `backgrounds_add`).

        Args:
            img_url: Image URL.
            name: Optional name.

        Returns:
            The envelope's `data` as BackgroundImage.
        """
        return await self._client._call(
            "backgrounds_add",
            {
                "img_url": img_url,
                "name": name,
            },
        )

    async def delete(self, id: str) -> Empty:
        """Delete record.

        Deletes a custom background image (body `{_id}`).

        A2E's published notes:

        * Takes the record id to delete, but the body schema is undocumented.

        Wire: POST /api/v1/custom_back/del (operation `backgrounds_delete`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "backgrounds_delete",
            {
                "_id": id,
            },
        )

    async def list_custom(self, *, extra_body: Mapping[str, Any] | None = None) -> builtins.list[BackgroundImage]:
        """Create/Run list.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_back/list (operation `backgrounds_list_custom`).

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        return await self._client._call(
            "backgrounds_list_custom",
            {
                **(extra_body or {}),
            },
        )

    async def random(self) -> Any:
        """Get a random background.

        A2E's published notes:

        * Published spec declares no bearer auth for this operation.

        Wire: POST /api/v1/custom_back/randomBackground (operation `backgrounds_random`).

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "backgrounds_random",
            {},
        )
