"""Background Matting and Replacement: Background images for avatar videos.

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

    from ..models.background_image import BackgroundImage
    from ..models.empty import Empty

__all__ = ["AsyncBackgrounds", "AsyncRawBackgrounds", "Backgrounds", "RawBackgrounds"]


class Backgrounds:
    """Background Matting and Replacement: Background images for avatar videos."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[BackgroundImage]:
        """List all backgrounds.

        Background images for Generate AI Avatar Videos: system ones and the caller's own.

        Wire: POST /api/v1/custom_back/allBackground (operation `backgrounds_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        if wire_names:
            raise misnamed("backgrounds_list", wire_names)
        return self._client._call(
            "backgrounds_list",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add(
        self,
        *,
        img_url: str | PurePath,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> BackgroundImage:
        """Add new custom background.

        Adds a custom background image; its `_id` is the `custom_back_id` of Generate AI Avatar Videos.

        A2E's published notes:

        * The returned id is what video/generate accepts as custom_back_id.

        Wire: POST /api/v1/custom_back/add (operation `backgrounds_add`).

        Args:
            img_url: Image URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as BackgroundImage.
        """
        if wire_names:
            raise misnamed("backgrounds_add", wire_names)
        return self._client._call(
            "backgrounds_add",
            {
                "img_url": img_url,
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
        **wire_names: Never,
    ) -> Empty:
        """Delete record.

        Deletes a custom background image (body `{_id}`).

        A2E's published notes:

        * Takes the record id to delete, but the body schema is undocumented.

        Wire: POST /api/v1/custom_back/del (operation `backgrounds_delete`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("backgrounds_delete", wire_names)
        return self._client._call(
            "backgrounds_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_custom(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[BackgroundImage]:
        """Create/Run list.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_back/list (operation `backgrounds_list_custom`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        if wire_names:
            raise misnamed("backgrounds_list_custom", wire_names)
        return self._client._call(
            "backgrounds_list_custom",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def random(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Get a random background.

        A2E's published notes:

        * Published spec declares no bearer auth for this operation.

        Wire: POST /api/v1/custom_back/randomBackground (operation `backgrounds_random`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("backgrounds_random", wire_names)
        return self._client._call(
            "backgrounds_random",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncBackgrounds:
    """Background Matting and Replacement: Background images for avatar videos."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[BackgroundImage]:
        """List all backgrounds.

        Background images for Generate AI Avatar Videos: system ones and the caller's own.

        Wire: POST /api/v1/custom_back/allBackground (operation `backgrounds_list`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        if wire_names:
            raise misnamed("backgrounds_list", wire_names)
        return await self._client._call(
            "backgrounds_list",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add(
        self,
        *,
        img_url: str | PurePath,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> BackgroundImage:
        """Add new custom background.

        Adds a custom background image; its `_id` is the `custom_back_id` of Generate AI Avatar Videos.

        A2E's published notes:

        * The returned id is what video/generate accepts as custom_back_id.

        Wire: POST /api/v1/custom_back/add (operation `backgrounds_add`).

        Args:
            img_url: Image URL.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as BackgroundImage.
        """
        if wire_names:
            raise misnamed("backgrounds_add", wire_names)
        return await self._client._call(
            "backgrounds_add",
            {
                "img_url": img_url,
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
        **wire_names: Never,
    ) -> Empty:
        """Delete record.

        Deletes a custom background image (body `{_id}`).

        A2E's published notes:

        * Takes the record id to delete, but the body schema is undocumented.

        Wire: POST /api/v1/custom_back/del (operation `backgrounds_delete`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("backgrounds_delete", wire_names)
        return await self._client._call(
            "backgrounds_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_custom(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[BackgroundImage]:
        """Create/Run list.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/custom_back/list (operation `backgrounds_list_custom`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as builtins.list[BackgroundImage].
        """
        if wire_names:
            raise misnamed("backgrounds_list_custom", wire_names)
        return await self._client._call(
            "backgrounds_list_custom",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def random(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Get a random background.

        A2E's published notes:

        * Published spec declares no bearer auth for this operation.

        Wire: POST /api/v1/custom_back/randomBackground (operation `backgrounds_random`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("backgrounds_random", wire_names)
        return await self._client._call(
            "backgrounds_random",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawBackgrounds:
    """The operations of `Backgrounds`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Backgrounds) -> None:
        self.list = raw_view(group.list)
        self.add = raw_view(group.add)
        self.delete = raw_view(group.delete)
        self.list_custom = raw_view(group.list_custom)
        self.random = raw_view(group.random)


class AsyncRawBackgrounds:
    """The operations of `AsyncBackgrounds`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncBackgrounds) -> None:
        self.list = async_raw_view(group.list)
        self.add = async_raw_view(group.add)
        self.delete = async_raw_view(group.delete)
        self.list_custom = async_raw_view(group.list_custom)
        self.random = async_raw_view(group.random)
