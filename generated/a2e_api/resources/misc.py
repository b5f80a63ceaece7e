"""Miscellaneous: Account balance and utilities.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.credits_ import Credits

__all__ = ["AsyncMisc", "Misc"]


class Misc:
    """Miscellaneous: Account balance and utilities."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def remaining_coins(self) -> Credits:
        """Get User Remaining Credits.

        Current balance of coins (credits) and diamonds; also a cheap way to check a token.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/user/remainingCoins (operation `misc_remaining_coins`).

        Returns:
            The envelope's `data` as Credits.
        """
        return self._client._call(
            "misc_remaining_coins",
            {},
        )


class AsyncMisc:
    """Miscellaneous: Account balance and utilities."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def remaining_coins(self) -> Credits:
        """Get User Remaining Credits.

        Current balance of coins (credits) and diamonds; also a cheap way to check a token.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/user/remainingCoins (operation `misc_remaining_coins`).

        Returns:
            The envelope's `data` as Credits.
        """
        return await self._client._call(
            "misc_remaining_coins",
            {},
        )
