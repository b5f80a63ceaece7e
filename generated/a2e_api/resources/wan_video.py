"""Wan Video Models: Wan image-to-video models (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncWanVideo", "WanVideo"]


class WanVideo:
    """Wan Video Models: Wan image-to-video models (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_url: str | None = None,
        model: str | None = None,
        duration: str | None = None,
        resolution: str | None = None,
        enable_prompt_expansion: bool | None = None,
        audio: Any | None = None,
        task_type: str | None = None,
        first_clip_url: str | None = None,
        seed: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TaskRecord:
        """Start a Wan 2.5/2.6/2.7 Image-to-Video Task.

        Wan image-to-video (2.6/2.7 reportedly need a VIP plan).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWan25/start (operation `wan_video_start`).

        Args:
            name: (undocumented)
            prompt: (undocumented)
            image_url: (undocumented)
            model: (undocumented)
            duration: Seconds, sent as a string.
            resolution: (undocumented)
            enable_prompt_expansion: (undocumented)
            audio: (undocumented)
            task_type: (undocumented)
            first_clip_url: (undocumented)
            seed: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "wan_video_start",
            {
                **(extra_body or {}),
                "name": name,
                "prompt": prompt,
                "image_url": image_url,
                "model": model,
                "duration": duration,
                "resolution": resolution,
                "enable_prompt_expansion": enable_prompt_expansion,
                "audio": audio,
                "task_type": task_type,
                "first_clip_url": first_clip_url,
                "seed": seed,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Wan Tasks.

        Pages through Wan tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userWan25/allRecords (operation `wan_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return self._client._call(
            "wan_video_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def start_spicy(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_url: str | None = None,
        model: str | None = None,
        duration: float | None = None,
        resolution: str | None = None,
        seed: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TaskRecord:
        """Start a WanSpicy Task.

        Like the Wan 2.5 start, with `duration` as a number.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWanSpicy/start (operation `wan_video_start_spicy`).

        Args:
            name: (undocumented)
            prompt: (undocumented)
            image_url: (undocumented)
            model: (undocumented)
            duration: Seconds (a number here).
            resolution: (undocumented)
            seed: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "wan_video_start_spicy",
            {
                **(extra_body or {}),
                "name": name,
                "prompt": prompt,
                "image_url": image_url,
                "model": model,
                "duration": duration,
                "resolution": resolution,
                "seed": seed,
            },
        )

    def start_wanneer(
        self, *, image_url: str, prompt: str, name: str | None = None, uncensored: bool | None = None
    ) -> TaskRecord:
        """Start a Wanneer Image-to-Video Task.

        Seen in one test script only; possibly a private or mistaken route. `data` may be an array of tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/wanneer/start (operation `wan_video_start_wanneer`).

        Args:
            name: (undocumented)
            image_url: (undocumented)
            prompt: (undocumented)
            uncensored: (undocumented)

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "wan_video_start_wanneer",
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "uncensored": uncensored,
            },
        )


class AsyncWanVideo:
    """Wan Video Models: Wan image-to-video models (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_url: str | None = None,
        model: str | None = None,
        duration: str | None = None,
        resolution: str | None = None,
        enable_prompt_expansion: bool | None = None,
        audio: Any | None = None,
        task_type: str | None = None,
        first_clip_url: str | None = None,
        seed: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TaskRecord:
        """Start a Wan 2.5/2.6/2.7 Image-to-Video Task.

        Wan image-to-video (2.6/2.7 reportedly need a VIP plan).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWan25/start (operation `wan_video_start`).

        Args:
            name: (undocumented)
            prompt: (undocumented)
            image_url: (undocumented)
            model: (undocumented)
            duration: Seconds, sent as a string.
            resolution: (undocumented)
            enable_prompt_expansion: (undocumented)
            audio: (undocumented)
            task_type: (undocumented)
            first_clip_url: (undocumented)
            seed: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "wan_video_start",
            {
                **(extra_body or {}),
                "name": name,
                "prompt": prompt,
                "image_url": image_url,
                "model": model,
                "duration": duration,
                "resolution": resolution,
                "enable_prompt_expansion": enable_prompt_expansion,
                "audio": audio,
                "task_type": task_type,
                "first_clip_url": first_clip_url,
                "seed": seed,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> TaskRecordPage:
        """List Wan Tasks.

        Pages through Wan tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userWan25/allRecords (operation `wan_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        return await self._client._call(
            "wan_video_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def start_spicy(
        self,
        *,
        name: str | None = None,
        prompt: str | None = None,
        image_url: str | None = None,
        model: str | None = None,
        duration: float | None = None,
        resolution: str | None = None,
        seed: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TaskRecord:
        """Start a WanSpicy Task.

        Like the Wan 2.5 start, with `duration` as a number.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWanSpicy/start (operation `wan_video_start_spicy`).

        Args:
            name: (undocumented)
            prompt: (undocumented)
            image_url: (undocumented)
            model: (undocumented)
            duration: Seconds (a number here).
            resolution: (undocumented)
            seed: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "wan_video_start_spicy",
            {
                **(extra_body or {}),
                "name": name,
                "prompt": prompt,
                "image_url": image_url,
                "model": model,
                "duration": duration,
                "resolution": resolution,
                "seed": seed,
            },
        )

    async def start_wanneer(
        self, *, image_url: str, prompt: str, name: str | None = None, uncensored: bool | None = None
    ) -> TaskRecord:
        """Start a Wanneer Image-to-Video Task.

        Seen in one test script only; possibly a private or mistaken route. `data` may be an array of tasks.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/wanneer/start (operation `wan_video_start_wanneer`).

        Args:
            name: (undocumented)
            image_url: (undocumented)
            prompt: (undocumented)
            uncensored: (undocumented)

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "wan_video_start_wanneer",
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "uncensored": uncensored,
            },
        )
