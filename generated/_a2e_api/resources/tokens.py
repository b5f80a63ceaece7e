"""Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call` (or `_call_raw` for the raw view), which validates the arguments, sends the request and
unwraps the envelope. The `iter_` method of a paged list sends its operation page after page (`a2e._pages`).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from a2e import RawResponse

    from ..models.api_token import ApiToken
    from ..models.empty import Empty
    from ..models.login_result import LoginResult

__all__ = ["AsyncRawTokens", "AsyncTokens", "RawTokens", "Tokens"]


class Tokens:
    """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def login(
        self,
        *,
        email: str | None = None,
        password: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
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

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as LoginResult.
        """
        return self._client._call(
            "tokens_login",
            {
                "email": email,
                "password": password,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def generate(
        self,
        *,
        alias: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
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

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> Empty:
        """Delete API token.

        Deletes an API token of the old flow. Only the method (POST) is known; the path and the body `{_id}` are inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/delete (operation `tokens_delete`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "tokens_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[ApiToken]:
        """List api tokens.

        Lists the caller's API tokens (older docs menu, GET). Path inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: GET /api/v1/token/list (operation `tokens_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return self._client._call(
            "tokens_list",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def guide(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[ApiToken]:
        """Getting API Tokens (2025 version).

        The 2025 docs page is a how-to (create an `sk_` token under Account > API Token and send it as a bearer token); no callable endpoint is known. This path is inferred only so the page has an operation; expect a 404.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/token/records (operation `tokens_guide`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return self._client._call(
            "tokens_guide",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTokens:
    """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def login(
        self,
        *,
        email: str | None = None,
        password: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
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

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as LoginResult.
        """
        return await self._client._call(
            "tokens_login",
            {
                "email": email,
                "password": password,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def generate(
        self,
        *,
        alias: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
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

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> Empty:
        """Delete API token.

        Deletes an API token of the old flow. Only the method (POST) is known; the path and the body `{_id}` are inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/delete (operation `tokens_delete`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "tokens_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[ApiToken]:
        """List api tokens.

        Lists the caller's API tokens (older docs menu, GET). Path inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: GET /api/v1/token/list (operation `tokens_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return await self._client._call(
            "tokens_list",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def guide(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[ApiToken]:
        """Getting API Tokens (2025 version).

        The 2025 docs page is a how-to (create an `sk_` token under Account > API Token and send it as a bearer token); no callable endpoint is known. This path is inferred only so the page has an operation; expect a 404.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/token/records (operation `tokens_guide`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return await self._client._call(
            "tokens_guide",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawTokens:
    """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead. Each call returns a `RawResponse`."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def login(
        self,
        *,
        email: str | None = None,
        password: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[LoginResult]:
        """Obtain Login Token.

        First step of the old, deprecated token flow: log in and receive a login token. The path is only hinted at by the Get API token page; whether it sits under /api/v1 is unknown. Create `sk_` tokens in the web app instead.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Other forms seen: path may be /api/v1/login/account.
        Wire: POST /api/login/account (operation `tokens_login`).

        Args:
            email: (undocumented)
            password: (undocumented)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as LoginResult.
        """
        return self._client._call_raw(
            "tokens_login",
            {
                "email": email,
                "password": password,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def generate(
        self,
        *,
        alias: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[ApiToken]:
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
        return self._client._call_raw(
            "tokens_generate",
            {
                "alias": alias,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[Empty]:
        """Delete API token.

        Deletes an API token of the old flow. Only the method (POST) is known; the path and the body `{_id}` are inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/delete (operation `tokens_delete`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call_raw(
            "tokens_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[builtins.list[ApiToken]]:
        """List api tokens.

        Lists the caller's API tokens (older docs menu, GET). Path inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: GET /api/v1/token/list (operation `tokens_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return self._client._call_raw(
            "tokens_list",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def guide(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[builtins.list[ApiToken]]:
        """Getting API Tokens (2025 version).

        The 2025 docs page is a how-to (create an `sk_` token under Account > API Token and send it as a bearer token); no callable endpoint is known. This path is inferred only so the page has an operation; expect a 404.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/token/records (operation `tokens_guide`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return self._client._call_raw(
            "tokens_guide",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncRawTokens:
    """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead. Each call returns a `RawResponse`."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def login(
        self,
        *,
        email: str | None = None,
        password: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[LoginResult]:
        """Obtain Login Token.

        First step of the old, deprecated token flow: log in and receive a login token. The path is only hinted at by the Get API token page; whether it sits under /api/v1 is unknown. Create `sk_` tokens in the web app instead.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Other forms seen: path may be /api/v1/login/account.
        Wire: POST /api/login/account (operation `tokens_login`).

        Args:
            email: (undocumented)
            password: (undocumented)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as LoginResult.
        """
        return await self._client._call_raw(
            "tokens_login",
            {
                "email": email,
                "password": password,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def generate(
        self,
        *,
        alias: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[ApiToken]:
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
        return await self._client._call_raw(
            "tokens_generate",
            {
                "alias": alias,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[Empty]:
        """Delete API token.

        Deletes an API token of the old flow. Only the method (POST) is known; the path and the body `{_id}` are inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: POST /api/v1/token/delete (operation `tokens_delete`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call_raw(
            "tokens_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[builtins.list[ApiToken]]:
        """List api tokens.

        Lists the caller's API tokens (older docs menu, GET). Path inferred from A2E's naming.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Wire: GET /api/v1/token/list (operation `tokens_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return await self._client._call_raw(
            "tokens_list",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def guide(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[builtins.list[ApiToken]]:
        """Getting API Tokens (2025 version).

        The 2025 docs page is a how-to (create an `sk_` token under Account > API Token and send it as a bearer token); no callable endpoint is known. This path is inferred only so the page has an operation; expect a 404.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/token/records (operation `tokens_guide`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[ApiToken].
        """
        return await self._client._call_raw(
            "tokens_guide",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
