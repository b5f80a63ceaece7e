"""Motion Transfer: Move a person like a motion video (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.task_record import TaskRecord

__all__ = ["AsyncMotionTransfer", "MotionTransfer"]


class MotionTransfer:
    """Motion Transfer: Move a person like a motion video (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def start(
        self,
        *,
        video_url: str,
        name: str | None = None,
        image_url: str | None = None,
        user_video_twin_id: str | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
    ) -> TaskRecord:
        """Start a Motion Transfer Task.

        Moves a person (image or avatar) like the motion video (dialect B task).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/motionTransfer/start (operation `motion_transfer_start`).

        Args:
            name: (undocumented)
            image_url: Who moves (or `user_video_twin_id`).
            user_video_twin_id: (undocumented)
            video_url: Motion source.
            positive_prompt: (undocumented)
            negative_prompt: (undocumented)

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return self._client._call(
            "motion_transfer_start",
            {
                "name": name,
                "image_url": image_url,
                "user_video_twin_id": user_video_twin_id,
                "video_url": video_url,
                "positive_prompt": positive_prompt,
                "negative_prompt": negative_prompt,
            },
        )


class AsyncMotionTransfer:
    """Motion Transfer: Move a person like a motion video (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def start(
        self,
        *,
        video_url: str,
        name: str | None = None,
        image_url: str | None = None,
        user_video_twin_id: str | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
    ) -> TaskRecord:
        """Start a Motion Transfer Task.

        Moves a person (image or avatar) like the motion video (dialect B task).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/motionTransfer/start (operation `motion_transfer_start`).

        Args:
            name: (undocumented)
            image_url: Who moves (or `user_video_twin_id`).
            user_video_twin_id: (undocumented)
            video_url: Motion source.
            positive_prompt: (undocumented)
            negative_prompt: (undocumented)

        Returns:
            The envelope's `data` as TaskRecord.
        """
        return await self._client._call(
            "motion_transfer_start",
            {
                "name": name,
                "image_url": image_url,
                "user_video_twin_id": user_video_twin_id,
                "video_url": video_url,
                "positive_prompt": positive_prompt,
                "negative_prompt": negative_prompt,
            },
        )
