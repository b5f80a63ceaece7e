"""Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead.

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

    from ..models.api_token import ApiToken

__all__ = ["AsyncRawTokens", "AsyncTokens", "RawTokens", "Tokens"]


class Tokens:
    """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def generate(
        self,
        *,
        alias: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> ApiToken:
        """Get API token.

        Mints an API token from a login token (send the login token as the bearer). Deprecated by A2E: create tokens in the web app (Account > API Token).

        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/generate (operation `tokens_generate`).

        Args:
            alias: Label to remember the token by.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as ApiToken.
        """
        if wire_names:
            raise misnamed("tokens_generate", wire_names)
        return self._client._call(
            "tokens_generate",
            {
                "alias": alias,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTokens:
    """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def generate(
        self,
        *,
        alias: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> ApiToken:
        """Get API token.

        Mints an API token from a login token (send the login token as the bearer). Deprecated by A2E: create tokens in the web app (Account > API Token).

        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/generate (operation `tokens_generate`).

        Args:
            alias: Label to remember the token by.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as ApiToken.
        """
        if wire_names:
            raise misnamed("tokens_generate", wire_names)
        return await self._client._call(
            "tokens_generate",
            {
                "alias": alias,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawTokens:
    """The operations of `Tokens`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Tokens) -> None:
        self.generate = raw_view(group.generate)


class AsyncRawTokens:
    """The operations of `AsyncTokens`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncTokens) -> None:
        self.generate = async_raw_view(group.generate)
