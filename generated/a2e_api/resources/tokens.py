"""Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.api_token import ApiToken
    from ..models.empty import Empty
    from ..models.login_result import LoginResult

__all__ = ["AsyncTokens", "Tokens"]


class Tokens:
    """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def login(
        self, *, email: str | None = None, password: str | None = None, extra_body: Mapping[str, Any] | None = None
    ) -> LoginResult:
        """Obtain Login Token.

        First step of the old, deprecated token flow: log in and receive a login token. The path is only hinted at by the Get API token page; whether it sits under /api/v1 is unknown. Create `sk_` tokens in the web app instead.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Other forms seen: path may be /api/v1/login/account.
        Wire: POST /api/login/account (operation `tokens_login`).

        Args:
            email: (undocumented)
            password: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as LoginResult.
        """
        return self._client._call(
            "tokens_login",
            {
                **(extra_body or {}),
                "email": email,
                "password": password,
            },
        )

    def generate(self, *, alias: str) -> ApiToken:
        """Get API token.

        Mints an API token from a login token (send the login token as the bearer). Deprecated by A2E: create tokens in the web app (Account > API Token).

        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/generate (operation `tokens_generate`).

        Args:
            alias: Label to remember the token by.

        Returns:
            The envelope's `data` as ApiToken.
        """
        return self._client._call(
            "tokens_generate",
            {
                "alias": alias,
            },
        )

    def delete(self, id: str) -> Empty:
        """Delete API token.

        Deletes an API token of the old flow. Only the method (POST) is known; the path and the body `{_id}` are inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/delete (operation `tokens_delete`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "tokens_delete",
            {
                "_id": id,
            },
        )

    def list(self) -> builtins.list[ApiToken]:
        """List api tokens.

        Lists the caller's API tokens (older docs menu, GET). Path inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: GET /api/v1/token/list (operation `tokens_list`).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return self._client._call(
            "tokens_list",
            {},
        )

    def guide(self) -> builtins.list[ApiToken]:
        """Getting API Tokens (2025 version).

        The 2025 docs page is a how-to (create an `sk_` token under Account > API Token and send it as a bearer token); no callable endpoint is known. This path is inferred only so the page has an operation; expect a 404.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/token/records (operation `tokens_guide`).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return self._client._call(
            "tokens_guide",
            {},
        )


class AsyncTokens:
    """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def login(
        self, *, email: str | None = None, password: str | None = None, extra_body: Mapping[str, Any] | None = None
    ) -> LoginResult:
        """Obtain Login Token.

        First step of the old, deprecated token flow: log in and receive a login token. The path is only hinted at by the Get API token page; whether it sits under /api/v1 is unknown. Create `sk_` tokens in the web app instead.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Other forms seen: path may be /api/v1/login/account.
        Wire: POST /api/login/account (operation `tokens_login`).

        Args:
            email: (undocumented)
            password: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as LoginResult.
        """
        return await self._client._call(
            "tokens_login",
            {
                **(extra_body or {}),
                "email": email,
                "password": password,
            },
        )

    async def generate(self, *, alias: str) -> ApiToken:
        """Get API token.

        Mints an API token from a login token (send the login token as the bearer). Deprecated by A2E: create tokens in the web app (Account > API Token).

        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/generate (operation `tokens_generate`).

        Args:
            alias: Label to remember the token by.

        Returns:
            The envelope's `data` as ApiToken.
        """
        return await self._client._call(
            "tokens_generate",
            {
                "alias": alias,
            },
        )

    async def delete(self, id: str) -> Empty:
        """Delete API token.

        Deletes an API token of the old flow. Only the method (POST) is known; the path and the body `{_id}` are inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/delete (operation `tokens_delete`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "tokens_delete",
            {
                "_id": id,
            },
        )

    async def list(self) -> builtins.list[ApiToken]:
        """List api tokens.

        Lists the caller's API tokens (older docs menu, GET). Path inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: GET /api/v1/token/list (operation `tokens_list`).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return await self._client._call(
            "tokens_list",
            {},
        )

    async def guide(self) -> builtins.list[ApiToken]:
        """Getting API Tokens (2025 version).

        The 2025 docs page is a how-to (create an `sk_` token under Account > API Token and send it as a bearer token); no callable endpoint is known. This path is inferred only so the page has an operation; expect a 404.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/token/records (operation `tokens_guide`).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return await self._client._call(
            "tokens_guide",
            {},
        )
