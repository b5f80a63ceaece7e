"""Virtual Try-On: Virtual try-on from person and garment images (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.task_record import TaskRecord

__all__ = ["AsyncVirtualTryOn", "VirtualTryOn"]


class VirtualTryOn:
    """Virtual Try-On: Virtual try-on from person and garment images (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(self, *, image_urls: Sequence[str], name: str | None = None) -> TaskRecord:
        """Start a Virtual Try-On Task.

        Dresses a person in a garment (dialect B task).

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/virtualTryOn/start (operation `virtual_try_on_start`).

        Args:
            name: (undocumented)
            image_urls: In this order: person, person mask, cloth, cloth mask.

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "virtual_try_on_start",
            {
                "name": name,
                "image_urls": image_urls,
            },
        )


class AsyncVirtualTryOn:
    """Virtual Try-On: Virtual try-on from person and garment images (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(self, *, image_urls: Sequence[str], name: str | None = None) -> TaskRecord:
        """Start a Virtual Try-On Task.

        Dresses a person in a garment (dialect B task).

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/virtualTryOn/start (operation `virtual_try_on_start`).

        Args:
            name: (undocumented)
            image_urls: In this order: person, person mask, cloth, cloth mask.

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "virtual_try_on_start",
            {
                "name": name,
                "image_urls": image_urls,
            },
        )
