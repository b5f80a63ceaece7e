"""Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.avatar_twin import AvatarTwin
    from ..models.avatar_twin_page import AvatarTwinPage
    from ..models.empty import Empty

__all__ = ["AsyncAvatars", "Avatars"]


class Avatars:
    """Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        gender: str,
        video_url: str | None = None,
        image_url: str | None = None,
        video_background_color: str | None = None,
        video_background_image: str | None = None,
        model_version: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        transcoding: bool | None = None,
    ) -> AvatarTwin:
        """Create A Custom Avatar by a Video or an Image.

        Creates a custom avatar from a video (free) or one image (1 diamond). Poll Status of One Task, then find its anchor with `videos.list_avatars(user_video_twin_id=..., type='custom')`.

        Other forms seen: POST /api/v1/userVideoTwin/create (contradicted by the docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/startTraining (operation `avatars_create`).

        Args:
            name: Avatar name.
            gender: (undocumented)
            video_url: Source video: MP4 or MOV, at least 10 s, exactly one face (recommended).
            image_url: Source image with one face (image mode, 1 diamond).
            video_background_color (`video_backgroud_color`): Background colour (wire name misspelled by A2E).
            video_background_image (`video_backgroud_image`): Background image (wire name misspelled by A2E).
            model_version: Model generation; older clients send `V2.0`/`V2.1`, newer reports only `4.0` or `4.5`.
            prompt: Image mode prompt.
            negative_prompt: Image mode negative prompt.
            skip_preview (`skipPreview`): Skip the preview render.
            transcoding (`isTranscoding`): Undocumented.

        Returns:
            The envelope's `data` as AvatarTwin.
        """
        return self._client._call(
            "avatars_create",
            {
                "name": name,
                "gender": gender,
                "video_url": video_url,
                "image_url": image_url,
                "video_backgroud_color": video_background_color,
                "video_backgroud_image": video_background_image,
                "model_version": model_version,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "skipPreview": skip_preview,
                "isTranscoding": transcoding,
            },
        )

    def continue_training(self, id: str) -> Any:
        """Train a Personalized Lip-sync Model (Optional) a.k.a. Continue Training 💠.

        Trains a personalised lip-sync model for a video-mode avatar (1 diamond; about 2 hours). The path's misspelling `continueTranining` is A2E's own.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/userVideoTwin/continueTrain (probably wrong).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/continueTranining (operation `avatars_continue_training`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "avatars_continue_training",
            {
                "_id": id,
            },
        )

    def remove(self, id: str) -> Empty:
        """Remove A Customized Avatar.

        Removes a custom avatar (body `{_id}`).

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/userVideoTwin/remove (operation `avatars_remove`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "avatars_remove",
            {
                "_id": id,
            },
        )

    def list(self, *, page_num: int | None = None, page_size: int | None = None) -> AvatarTwinPage:
        """Get Status of All Tasks.

        Pages through the caller's custom avatars.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userVideoTwin/allRecords; GET /api/v1/userVideoTwin/list (data is an array).
        Wire: GET /api/v1/userVideoTwin/records (operation `avatars_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as AvatarTwinPage.
        """
        return self._client._call(
            "avatars_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    def list_training(self) -> builtins.list[AvatarTwin]:
        """Get All Ongoing "Training" Tasks.

        Custom avatars still training.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userVideoTwin/processingRecord (operation `avatars_list_training`).

        Returns:
            The envelope's `data` as builtins.list[AvatarTwin].
        """
        return self._client._call(
            "avatars_list_training",
            {},
        )

    def get(self, id: str) -> AvatarTwin:
        """Status of One Task.

        One custom avatar: `current_status` (dialect B), and `anchor_id` once ready.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userVideoTwin/{_id} (operation `avatars_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as AvatarTwin.
        """
        return self._client._call(
            "avatars_get",
            {
                "_id": id,
            },
        )

    def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[Any], object] | None = None,
    ) -> AvatarTwin:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "avatars_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def clone_voice(self, id: str) -> Any:
        """Clone Voice from a Video.

        Clones the voice of the avatar's source video (body `{_id}`: the avatar id); the voice then appears among the caller's voices.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/userVideoTwin/cloneVoice {_id}.
        Wire: POST /api/v1/userVideoTwin/addVoiceClone (operation `avatars_clone_voice`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Any.
        """
        return self._client._call(
            "avatars_clone_voice",
            {
                "_id": id,
            },
        )


class AsyncAvatars:
    """Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        gender: str,
        video_url: str | None = None,
        image_url: str | None = None,
        video_background_color: str | None = None,
        video_background_image: str | None = None,
        model_version: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        transcoding: bool | None = None,
    ) -> AvatarTwin:
        """Create A Custom Avatar by a Video or an Image.

        Creates a custom avatar from a video (free) or one image (1 diamond). Poll Status of One Task, then find its anchor with `videos.list_avatars(user_video_twin_id=..., type='custom')`.

        Other forms seen: POST /api/v1/userVideoTwin/create (contradicted by the docs).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/startTraining (operation `avatars_create`).

        Args:
            name: Avatar name.
            gender: (undocumented)
            video_url: Source video: MP4 or MOV, at least 10 s, exactly one face (recommended).
            image_url: Source image with one face (image mode, 1 diamond).
            video_background_color (`video_backgroud_color`): Background colour (wire name misspelled by A2E).
            video_background_image (`video_backgroud_image`): Background image (wire name misspelled by A2E).
            model_version: Model generation; older clients send `V2.0`/`V2.1`, newer reports only `4.0` or `4.5`.
            prompt: Image mode prompt.
            negative_prompt: Image mode negative prompt.
            skip_preview (`skipPreview`): Skip the preview render.
            transcoding (`isTranscoding`): Undocumented.

        Returns:
            The envelope's `data` as AvatarTwin.
        """
        return await self._client._call(
            "avatars_create",
            {
                "name": name,
                "gender": gender,
                "video_url": video_url,
                "image_url": image_url,
                "video_backgroud_color": video_background_color,
                "video_backgroud_image": video_background_image,
                "model_version": model_version,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "skipPreview": skip_preview,
                "isTranscoding": transcoding,
            },
        )

    async def continue_training(self, id: str) -> Any:
        """Train a Personalized Lip-sync Model (Optional) a.k.a. Continue Training 💠.

        Trains a personalised lip-sync model for a video-mode avatar (1 diamond; about 2 hours). The path's misspelling `continueTranining` is A2E's own.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/userVideoTwin/continueTrain (probably wrong).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/continueTranining (operation `avatars_continue_training`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "avatars_continue_training",
            {
                "_id": id,
            },
        )

    async def remove(self, id: str) -> Empty:
        """Remove A Customized Avatar.

        Removes a custom avatar (body `{_id}`).

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: POST /api/v1/userVideoTwin/remove (operation `avatars_remove`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "avatars_remove",
            {
                "_id": id,
            },
        )

    async def list(self, *, page_num: int | None = None, page_size: int | None = None) -> AvatarTwinPage:
        """Get Status of All Tasks.

        Pages through the caller's custom avatars.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userVideoTwin/allRecords; GET /api/v1/userVideoTwin/list (data is an array).
        Wire: GET /api/v1/userVideoTwin/records (operation `avatars_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Returns:
            The envelope's `data` as AvatarTwinPage.
        """
        return await self._client._call(
            "avatars_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
        )

    async def list_training(self) -> builtins.list[AvatarTwin]:
        """Get All Ongoing "Training" Tasks.

        Custom avatars still training.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userVideoTwin/processingRecord (operation `avatars_list_training`).

        Returns:
            The envelope's `data` as builtins.list[AvatarTwin].
        """
        return await self._client._call(
            "avatars_list_training",
            {},
        )

    async def get(self, id: str) -> AvatarTwin:
        """Status of One Task.

        One custom avatar: `current_status` (dialect B), and `anchor_id` once ready.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userVideoTwin/{_id} (operation `avatars_get`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as AvatarTwin.
        """
        return await self._client._call(
            "avatars_get",
            {
                "_id": id,
            },
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[Any], object] | None = None,
    ) -> AvatarTwin:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "avatars_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def clone_voice(self, id: str) -> Any:
        """Clone Voice from a Video.

        Clones the voice of the avatar's source video (body `{_id}`: the avatar id); the voice then appears among the caller's voices.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/userVideoTwin/cloneVoice {_id}.
        Wire: POST /api/v1/userVideoTwin/addVoiceClone (operation `avatars_clone_voice`).

        Args:
            id (`_id`): Task id.

        Returns:
            The envelope's `data` as Any.
        """
        return await self._client._call(
            "avatars_clone_voice",
            {
                "_id": id,
            },
        )
