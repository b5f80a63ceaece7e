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

    def list(self, *, extra_body: Mapping[str, Any] | None = None) -> builtins.list[BackgroundImage]:
        """Obtain the List of Background Images.

        Background images for Generate AI Avatar Videos: system ones and the caller's own.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/anchor/background_list.
        Wire: POST /api/v1/custom_back/allBackground (operation `backgrounds_list`).

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        return self._client._call(
            "backgrounds_list",
            {
                **(extra_body or {}),
            },
        )

    def add(self, *, img_url: str, name: str | None = None) -> BackgroundImage:
        """Add Custom Background Image.

        Adds a custom background image; its `_id` is the `custom_back_id` of Generate AI Avatar Videos.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/anchor/add_background {image_url}.
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
        """Delete Custom Image.

        Deletes a custom background image (body `{_id}`).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: DELETE /api/v1/anchor/background/{_id}.
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


class AsyncBackgrounds:
    """Background Matting and Replacement: Background images for avatar videos."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def list(self, *, extra_body: Mapping[str, Any] | None = None) -> builtins.list[BackgroundImage]:
        """Obtain the List of Background Images.

        Background images for Generate AI Avatar Videos: system ones and the caller's own.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/anchor/background_list.
        Wire: POST /api/v1/custom_back/allBackground (operation `backgrounds_list`).

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        return await self._client._call(
            "backgrounds_list",
            {
                **(extra_body or {}),
            },
        )

    async def add(self, *, img_url: str, name: str | None = None) -> BackgroundImage:
        """Add Custom Background Image.

        Adds a custom background image; its `_id` is the `custom_back_id` of Generate AI Avatar Videos.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/anchor/add_background {image_url}.
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
        """Delete Custom Image.

        Deletes a custom background image (body `{_id}`).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: DELETE /api/v1/anchor/background/{_id}.
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
