"""AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.task_record import TaskRecord

__all__ = ["AsyncImageEdit", "ImageEdit"]


class ImageEdit:
    """AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(self, *, name: str, edit_type: str, image_urls: Sequence[str]) -> TaskRecord:
        """Start AI Outfit or Product Holding.

        Dresses a person in given clothing, or has them hold a product. List and detail endpoints are not known.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userImageEdit/start (operation `image_edit_start`).

        Args:
            name: (undocumented)
            edit_type: (undocumented)
            image_urls: Person plus garment or product.

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "image_edit_start",
            {
                "name": name,
                "edit_type": edit_type,
                "image_urls": image_urls,
            },
        )


class AsyncImageEdit:
    """AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(self, *, name: str, edit_type: str, image_urls: Sequence[str]) -> TaskRecord:
        """Start AI Outfit or Product Holding.

        Dresses a person in given clothing, or has them hold a product. List and detail endpoints are not known.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userImageEdit/start (operation `image_edit_start`).

        Args:
            name: (undocumented)
            edit_type: (undocumented)
            image_urls: Person plus garment or product.

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "image_edit_start",
            {
                "name": name,
                "edit_type": edit_type,
                "image_urls": image_urls,
            },
        )
