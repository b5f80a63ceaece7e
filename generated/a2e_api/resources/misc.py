"""Miscellaneous: Account balance and utilities.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.credits_ import Credits
    from ..models.language import Language
    from ..models.stored_file import StoredFile

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

    def add_user(self, *, extra_body: Mapping[str, Any] | None = None) -> Any:
        """Add a User.

        Listed first on the developer OpenAPI page; body, response and purpose (presumably a sub-user) are not documented.

        Wire: POST /api/v1/user/add (operation `misc_add_user`).

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "misc_add_user",
            {
                **(extra_body or {}),
            },
        )

    def exchange_diamonds(self, *, diamonds: int) -> Any:
        """Exchange Diamonds.

        Converts coins into diamonds (100 coins per diamond); one way only.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/user/exchangeDiamonds (operation `misc_exchange_diamonds`).

        Args:
            diamonds: Diamonds to buy, at 100 coins each; irreversible.

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "misc_exchange_diamonds",
            {
                "diamonds": diamonds,
            },
        )

    def list_languages(self, *, voice_map_type: str | None = None) -> builtins.list[Language]:
        """List supported languages/regions for voices.

        Languages for TTS (`country`/`region`) and captions.

        Wire: POST /api/v1/anchor/language_list (operation `misc_list_languages`).

        Args:
            voice_map_type: (undocumented)

        Returns:
            The envelope's `data` as builtins.list[Language].
        """
        return self._client._call(
            "misc_list_languages",
            {
                "voice_map_type": voice_map_type,
            },
        )

    def transfer_to_storage(self, *, url: str) -> StoredFile:
        """Save URL to A2E's storage.

        Copies a file from an external, possibly unstable URL into A2E storage and returns a stable URL.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/tos/transferToStorage (operation `misc_transfer_to_storage`).

        Args:
            url: External file URL to copy.

        Returns:
            The envelope's `data` as StoredFile.
        """
        return self._client._call(
            "misc_transfer_to_storage",
            {
                "url": url,
            },
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

    async def add_user(self, *, extra_body: Mapping[str, Any] | None = None) -> Any:
        """Add a User.

        Listed first on the developer OpenAPI page; body, response and purpose (presumably a sub-user) are not documented.

        Wire: POST /api/v1/user/add (operation `misc_add_user`).

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "misc_add_user",
            {
                **(extra_body or {}),
            },
        )

    async def exchange_diamonds(self, *, diamonds: int) -> Any:
        """Exchange Diamonds.

        Converts coins into diamonds (100 coins per diamond); one way only.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/user/exchangeDiamonds (operation `misc_exchange_diamonds`).

        Args:
            diamonds: Diamonds to buy, at 100 coins each; irreversible.

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "misc_exchange_diamonds",
            {
                "diamonds": diamonds,
            },
        )

    async def list_languages(self, *, voice_map_type: str | None = None) -> builtins.list[Language]:
        """List supported languages/regions for voices.

        Languages for TTS (`country`/`region`) and captions.

        Wire: POST /api/v1/anchor/language_list (operation `misc_list_languages`).

        Args:
            voice_map_type: (undocumented)

        Returns:
            The envelope's `data` as builtins.list[Language].
        """
        return await self._client._call(
            "misc_list_languages",
            {
                "voice_map_type": voice_map_type,
            },
        )

    async def transfer_to_storage(self, *, url: str) -> StoredFile:
        """Save URL to A2E's storage.

        Copies a file from an external, possibly unstable URL into A2E storage and returns a stable URL.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/tos/transferToStorage (operation `misc_transfer_to_storage`).

        Args:
            url: External file URL to copy.

        Returns:
            The envelope's `data` as StoredFile.
        """
        return await self._client._call(
            "misc_transfer_to_storage",
            {
                "url": url,
            },
        )
