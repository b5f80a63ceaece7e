"""Miscellaneous: Account balance and utilities.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E

    from ..models.credits_ import Credits
    from ..models.language import Language
    from ..models.stored_file import StoredFile

__all__ = ["AsyncMisc", "AsyncRawMisc", "Misc", "RawMisc"]


class Misc:
    """Miscellaneous: Account balance and utilities."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def remaining_coins(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Credits:
        """Get User Remaining Credits.

        Current balance of coins (credits) and diamonds; also a cheap way to check a token.

        Wire: GET /api/v1/user/remainingCoins (operation `misc_remaining_coins`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Credits.
        """
        if wire_names:
            raise misnamed("misc_remaining_coins", wire_names)
        return self._client._call(
            "misc_remaining_coins",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add_user(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Add a User.

        The first path of A2E's published OpenAPI document (tag Miscellaneous), with a required body holding `username`; the rest of the body, the answer and the purpose (presumably a sub-user) are not documented.

        Wire: POST /api/v1/user/add (operation `misc_add_user`).

        Args:
            username: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("misc_add_user", wire_names)
        return self._client._call(
            "misc_add_user",
            {
                "username": username,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def exchange_diamonds(
        self,
        *,
        diamonds: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Exchange Diamonds.

        Converts coins into diamonds (100 coins per diamond); one way only.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/user/exchangeDiamonds (operation `misc_exchange_diamonds`).

        Args:
            diamonds: Diamonds to buy, at 100 coins each; irreversible.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("misc_exchange_diamonds", wire_names)
        return self._client._call(
            "misc_exchange_diamonds",
            {
                "diamonds": diamonds,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_languages(
        self,
        *,
        voice_map_type: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[Language]:
        """List supported languages/regions for voices.

        Languages for TTS (`country`/`region`) and captions.

        Wire: POST /api/v1/anchor/language_list (operation `misc_list_languages`).

        Args:
            voice_map_type: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[Language].
        """
        if wire_names:
            raise misnamed("misc_list_languages", wire_names)
        return self._client._call(
            "misc_list_languages",
            {
                "voice_map_type": voice_map_type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def transfer_to_storage(
        self,
        *,
        url: str | PurePath,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> StoredFile:
        """Save URL to A2E's storage.

        Copies a file from an external, possibly unstable URL into A2E storage and returns a stable URL.

        Wire: POST /api/v1/tos/transferToStorage (operation `misc_transfer_to_storage`).

        Args:
            url: External file URL to copy.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as StoredFile.
        """
        if wire_names:
            raise misnamed("misc_transfer_to_storage", wire_names)
        return self._client._call(
            "misc_transfer_to_storage",
            {
                "url": url,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncMisc:
    """Miscellaneous: Account balance and utilities."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def remaining_coins(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Credits:
        """Get User Remaining Credits.

        Current balance of coins (credits) and diamonds; also a cheap way to check a token.

        Wire: GET /api/v1/user/remainingCoins (operation `misc_remaining_coins`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Credits.
        """
        if wire_names:
            raise misnamed("misc_remaining_coins", wire_names)
        return await self._client._call(
            "misc_remaining_coins",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add_user(
        self,
        *,
        username: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Add a User.

        The first path of A2E's published OpenAPI document (tag Miscellaneous), with a required body holding `username`; the rest of the body, the answer and the purpose (presumably a sub-user) are not documented.

        Wire: POST /api/v1/user/add (operation `misc_add_user`).

        Args:
            username: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("misc_add_user", wire_names)
        return await self._client._call(
            "misc_add_user",
            {
                "username": username,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def exchange_diamonds(
        self,
        *,
        diamonds: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Exchange Diamonds.

        Converts coins into diamonds (100 coins per diamond); one way only.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/user/exchangeDiamonds (operation `misc_exchange_diamonds`).

        Args:
            diamonds: Diamonds to buy, at 100 coins each; irreversible.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("misc_exchange_diamonds", wire_names)
        return await self._client._call(
            "misc_exchange_diamonds",
            {
                "diamonds": diamonds,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_languages(
        self,
        *,
        voice_map_type: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[Language]:
        """List supported languages/regions for voices.

        Languages for TTS (`country`/`region`) and captions.

        Wire: POST /api/v1/anchor/language_list (operation `misc_list_languages`).

        Args:
            voice_map_type: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[Language].
        """
        if wire_names:
            raise misnamed("misc_list_languages", wire_names)
        return await self._client._call(
            "misc_list_languages",
            {
                "voice_map_type": voice_map_type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def transfer_to_storage(
        self,
        *,
        url: str | PurePath,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> StoredFile:
        """Save URL to A2E's storage.

        Copies a file from an external, possibly unstable URL into A2E storage and returns a stable URL.

        Wire: POST /api/v1/tos/transferToStorage (operation `misc_transfer_to_storage`).

        Args:
            url: External file URL to copy.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as StoredFile.
        """
        if wire_names:
            raise misnamed("misc_transfer_to_storage", wire_names)
        return await self._client._call(
            "misc_transfer_to_storage",
            {
                "url": url,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawMisc:
    """The operations of `Misc`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Misc) -> None:
        self.remaining_coins = raw_view(group.remaining_coins)
        self.add_user = raw_view(group.add_user)
        self.exchange_diamonds = raw_view(group.exchange_diamonds)
        self.list_languages = raw_view(group.list_languages)
        self.transfer_to_storage = raw_view(group.transfer_to_storage)


class AsyncRawMisc:
    """The operations of `AsyncMisc`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncMisc) -> None:
        self.remaining_coins = async_raw_view(group.remaining_coins)
        self.add_user = async_raw_view(group.add_user)
        self.exchange_diamonds = async_raw_view(group.exchange_diamonds)
        self.list_languages = async_raw_view(group.list_languages)
        self.transfer_to_storage = async_raw_view(group.transfer_to_storage)
