"""Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Literal, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.avatar_twin import AvatarTwin
    from ..models.avatar_twin_page import AvatarTwinPage
    from ..models.empty import Empty

__all__ = ["AsyncAvatars", "AsyncRawAvatars", "Avatars", "RawAvatars"]


class Avatars:
    """Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str | None = None,
        image_url: str | PurePath | None = None,
        video_url: str | PurePath | None = None,
        video_background_image: str | None = None,
        video_background_color: str | None = None,
        gender: Literal["female", "male"] | None = None,
        model_version: Literal["V2.0", "V2.1", "4.0", "4.5"] | str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        transcoding: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AvatarTwin:
        """Start video twin training.

        Creates a custom avatar from a video (free) or one image (1 diamond). Poll Status of One Task, then find its anchor with `videos.list_avatars(user_video_twin_id=..., type='custom')`.

        A2E's published notes:

        * Give image_url or video_url as the source; schema marks neither required.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/startTraining (operation `avatars_create`).

        Args:
            name: Avatar name.
            image_url: Source image with one face (image mode, 1 diamond).
            video_url: Source video: MP4 or MOV, at least 10 s, exactly one face (recommended).
            video_background_image: (A2E documents nothing for this field)
            video_background_color: (A2E documents nothing for this field)
            gender: Gender (as public client code uses it).
            model_version: Model generation; older clients send `V2.0`/`V2.1`, newer reports only `4.0` or `4.5`.
            prompt: Image mode prompt.
            negative_prompt: Image mode negative prompt.
            skip_preview (`skipPreview`): Skip the preview render.
            transcoding (`isTranscoding`): Undocumented.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as AvatarTwin.
            The new task: `client.avatars.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("avatars_create", wire_names)
        return self._client._call(
            "avatars_create",
            {
                "name": name,
                "image_url": image_url,
                "video_url": video_url,
                "video_background_image": video_background_image,
                "video_background_color": video_background_color,
                "gender": gender,
                "model_version": model_version,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "skipPreview": skip_preview,
                "isTranscoding": transcoding,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def continue_tranining(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Train a Personalized Lip-sync Model (Optional) a.k.a. Continue Training 💠.

        Trains a personalised lip-sync model for a video-mode avatar (1 diamond; about 2 hours). The path's misspelling `continueTranining` is A2E's own.

        Deprecated: A2E's docs page spelled the path `continueTranining`; the published API spells it `continueTraining`. Use `avatars_continue_training`.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer `client.avatars.continue_training`.
        Other forms seen: POST /api/v1/userVideoTwin/continueTrain (probably wrong).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/continueTranining (operation `avatars_continue_tranining`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_continue_tranining", wire_names)
        return self._client._call(
            "avatars_continue_tranining",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def remove(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Remove video twin.

        Removes a custom avatar (body `{_id}`).

        Wire: POST /api/v1/userVideoTwin/remove (operation `avatars_remove`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("avatars_remove", wire_names)
        return self._client._call(
            "avatars_remove",
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
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["pending", "processing", "completed", "failed"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AvatarTwinPage:
        """Get video twin records.

        Pages through the caller's custom avatars.

        Wire: GET /api/v1/userVideoTwin/records (operation `avatars_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.
            status: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as AvatarTwinPage.
        """
        if wire_names:
            raise misnamed("avatars_list", wire_names)
        return self._client._call(
            "avatars_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_list(
        self,
        *,
        page_size: int | None = None,
        status: Literal["pending", "processing", "completed", "failed"] | None = None,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Iterator[AvatarTwin]:
        """Every record of `list`, for a `for` loop: page after page, each page fetched when the iteration reaches
        it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An iterator of AvatarTwin.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("avatars_list", wire_names, "max_items")

        return iterate(
            self._client,
            "avatars_list",
            {
                "pageSize": page_size,
                "status": status,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AvatarTwin:
        """Get record details.

        One custom avatar: `current_status` (dialect B), and `anchor_id` once ready.

        Wire: GET /api/v1/userVideoTwin/{_id} (operation `avatars_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as AvatarTwin.
        """
        if wire_names:
            raise misnamed("avatars_get", wire_names)
        return self._client._call(
            "avatars_get",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[AvatarTwin]], object] | None = None,
    ) -> AvatarTwin:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "avatars_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def clone_voice(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Clone Voice from a Video.

        Clones the voice of the avatar's source video (body `{_id}`: the avatar id); the voice then appears among the caller's voices. Taken to be charged, as cloning a voice is elsewhere (`tts_train_voice`); no price is published (answers-audit §4.2, item 22).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/userVideoTwin/cloneVoice {_id}.
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/addVoiceClone (operation `avatars_clone_voice`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_clone_voice", wire_names)
        return self._client._call(
            "avatars_clone_voice",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Upload file.

        A2E's published notes:

        * Upload payload (file or body) is not documented in the published spec.

        Wire: POST /api/v1/userVideoTwin/upload (operation `avatars_upload`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_upload", wire_names)
        return self._client._call(
            "avatars_upload",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def train(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Start training.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/userVideoTwin/training (operation `avatars_train`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_train", wire_names)
        return self._client._call(
            "avatars_train",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def upload_status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Get video twin upload status.

        Wire: GET /api/v1/userVideoTwin/uploadStatus (operation `avatars_upload_status`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_upload_status", wire_names)
        return self._client._call(
            "avatars_upload_status",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_all(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[AvatarTwin]:
        """Get user video twin records.

        A2E's published notes:

        * Returns every video-twin record; no pagination parameters.

        Wire: GET /api/v1/userVideoTwin/userRecords (operation `avatars_list_all`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[AvatarTwin].
        """
        if wire_names:
            raise misnamed("avatars_list_all", wire_names)
        return self._client._call(
            "avatars_list_all",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def continue_training(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Continue video twin training.

        A2E's published notes:

        * Resumes a video twin whose training was paused.

        Charged: 1 diamond, per the docs page of the older spelling `continueTranining`
        (https://api.a2e.ai/train-a-personalized-lip-sync-model-optional-a-k-a-continue-training-12138814e0).

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/continueTraining (operation `avatars_continue_training`).

        Args:
            id (`_id`): (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_continue_training", wire_names)
        return self._client._call(
            "avatars_continue_training",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_training(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[AvatarTwin]:
        """Get training records.

        Wire: GET /api/v1/userVideoTwin/trainingRecords (operation `avatars_list_training`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[AvatarTwin].
        """
        if wire_names:
            raise misnamed("avatars_list_training", wire_names)
        return self._client._call(
            "avatars_list_training",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def batch_detail(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[AvatarTwin]:
        """Batch query task details.

        Wire: POST /api/v1/userVideoTwin/batchDetail (operation `avatars_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[AvatarTwin].
        """
        if wire_names:
            raise misnamed("avatars_batch_detail", wire_names)
        return self._client._call(
            "avatars_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def retry(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Retry a failed task.

        A2E's published notes:

        * Request body fields are not documented in the published spec.
        * Only eligible failed tasks can be retried.

        Wire: POST /api/v1/userVideoTwin/retry (operation `avatars_retry`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_retry", wire_names)
        return self._client._call(
            "avatars_retry",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def eye_contact(
        self,
        *,
        id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Start eye contact enhancement.

        A2E's published notes:

        * _id is optional in the schema although it names the twin to enhance.

        Wire: POST /api/v1/userVideoTwin/eyeContact (operation `avatars_eye_contact`).

        Args:
            id (`_id`): _id is optional in the schema although it names the twin to enhance.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_eye_contact", wire_names)
        return self._client._call(
            "avatars_eye_contact",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAvatars:
    """Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str | None = None,
        image_url: str | PurePath | None = None,
        video_url: str | PurePath | None = None,
        video_background_image: str | None = None,
        video_background_color: str | None = None,
        gender: Literal["female", "male"] | None = None,
        model_version: Literal["V2.0", "V2.1", "4.0", "4.5"] | str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        skip_preview: bool | None = None,
        transcoding: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AvatarTwin:
        """Start video twin training.

        Creates a custom avatar from a video (free) or one image (1 diamond). Poll Status of One Task, then find its anchor with `videos.list_avatars(user_video_twin_id=..., type='custom')`.

        A2E's published notes:

        * Give image_url or video_url as the source; schema marks neither required.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/startTraining (operation `avatars_create`).

        Args:
            name: Avatar name.
            image_url: Source image with one face (image mode, 1 diamond).
            video_url: Source video: MP4 or MOV, at least 10 s, exactly one face (recommended).
            video_background_image: (A2E documents nothing for this field)
            video_background_color: (A2E documents nothing for this field)
            gender: Gender (as public client code uses it).
            model_version: Model generation; older clients send `V2.0`/`V2.1`, newer reports only `4.0` or `4.5`.
            prompt: Image mode prompt.
            negative_prompt: Image mode negative prompt.
            skip_preview (`skipPreview`): Skip the preview render.
            transcoding (`isTranscoding`): Undocumented.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as AvatarTwin.
            The new task: `client.avatars.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("avatars_create", wire_names)
        return await self._client._call(
            "avatars_create",
            {
                "name": name,
                "image_url": image_url,
                "video_url": video_url,
                "video_background_image": video_background_image,
                "video_background_color": video_background_color,
                "gender": gender,
                "model_version": model_version,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "skipPreview": skip_preview,
                "isTranscoding": transcoding,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def continue_tranining(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Train a Personalized Lip-sync Model (Optional) a.k.a. Continue Training 💠.

        Trains a personalised lip-sync model for a video-mode avatar (1 diamond; about 2 hours). The path's misspelling `continueTranining` is A2E's own.

        Deprecated: A2E's docs page spelled the path `continueTranining`; the published API spells it `continueTraining`. Use `avatars_continue_training`.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer `client.avatars.continue_training`.
        Other forms seen: POST /api/v1/userVideoTwin/continueTrain (probably wrong).
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/continueTranining (operation `avatars_continue_tranining`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_continue_tranining", wire_names)
        return await self._client._call(
            "avatars_continue_tranining",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def remove(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Remove video twin.

        Removes a custom avatar (body `{_id}`).

        Wire: POST /api/v1/userVideoTwin/remove (operation `avatars_remove`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("avatars_remove", wire_names)
        return await self._client._call(
            "avatars_remove",
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
        page_num: int | None = None,
        page_size: int | None = None,
        status: Literal["pending", "processing", "completed", "failed"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AvatarTwinPage:
        """Get video twin records.

        Pages through the caller's custom avatars.

        Wire: GET /api/v1/userVideoTwin/records (operation `avatars_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.
            status: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as AvatarTwinPage.
        """
        if wire_names:
            raise misnamed("avatars_list", wire_names)
        return await self._client._call(
            "avatars_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
                "status": status,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_list(
        self,
        *,
        page_size: int | None = None,
        status: Literal["pending", "processing", "completed", "failed"] | None = None,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AsyncIterator[AvatarTwin]:
        """Every record of `list`, for an `async for` loop: page after page, each page fetched when the iteration
        reaches it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An async iterator of AvatarTwin.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("avatars_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "avatars_list",
            {
                "pageSize": page_size,
                "status": status,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AvatarTwin:
        """Get record details.

        One custom avatar: `current_status` (dialect B), and `anchor_id` once ready.

        Wire: GET /api/v1/userVideoTwin/{_id} (operation `avatars_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as AvatarTwin.
        """
        if wire_names:
            raise misnamed("avatars_get", wire_names)
        return await self._client._call(
            "avatars_get",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[AvatarTwin]], object] | None = None,
    ) -> AvatarTwin:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "avatars_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def clone_voice(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Clone Voice from a Video.

        Clones the voice of the avatar's source video (body `{_id}`: the avatar id); the voice then appears among the caller's voices. Taken to be charged, as cloning a voice is elsewhere (`tts_train_voice`); no price is published (answers-audit §4.2, item 22).

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/userVideoTwin/cloneVoice {_id}.
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/addVoiceClone (operation `avatars_clone_voice`).

        Args:
            id (`_id`): Task id.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_clone_voice", wire_names)
        return await self._client._call(
            "avatars_clone_voice",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Upload file.

        A2E's published notes:

        * Upload payload (file or body) is not documented in the published spec.

        Wire: POST /api/v1/userVideoTwin/upload (operation `avatars_upload`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_upload", wire_names)
        return await self._client._call(
            "avatars_upload",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def train(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Start training.

        A2E's published notes:

        * Request body fields are not documented in the published spec.

        Wire: POST /api/v1/userVideoTwin/training (operation `avatars_train`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_train", wire_names)
        return await self._client._call(
            "avatars_train",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def upload_status(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Get video twin upload status.

        Wire: GET /api/v1/userVideoTwin/uploadStatus (operation `avatars_upload_status`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_upload_status", wire_names)
        return await self._client._call(
            "avatars_upload_status",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_all(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[AvatarTwin]:
        """Get user video twin records.

        A2E's published notes:

        * Returns every video-twin record; no pagination parameters.

        Wire: GET /api/v1/userVideoTwin/userRecords (operation `avatars_list_all`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[AvatarTwin].
        """
        if wire_names:
            raise misnamed("avatars_list_all", wire_names)
        return await self._client._call(
            "avatars_list_all",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def continue_training(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Continue video twin training.

        A2E's published notes:

        * Resumes a video twin whose training was paused.

        Charged: 1 diamond, per the docs page of the older spelling `continueTranining`
        (https://api.a2e.ai/train-a-personalized-lip-sync-model-optional-a-k-a-continue-training-12138814e0).

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVideoTwin/continueTraining (operation `avatars_continue_training`).

        Args:
            id (`_id`): (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_continue_training", wire_names)
        return await self._client._call(
            "avatars_continue_training",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_training(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[AvatarTwin]:
        """Get training records.

        Wire: GET /api/v1/userVideoTwin/trainingRecords (operation `avatars_list_training`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[AvatarTwin].
        """
        if wire_names:
            raise misnamed("avatars_list_training", wire_names)
        return await self._client._call(
            "avatars_list_training",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def batch_detail(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[AvatarTwin]:
        """Batch query task details.

        Wire: POST /api/v1/userVideoTwin/batchDetail (operation `avatars_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[AvatarTwin].
        """
        if wire_names:
            raise misnamed("avatars_batch_detail", wire_names)
        return await self._client._call(
            "avatars_batch_detail",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def retry(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Retry a failed task.

        A2E's published notes:

        * Request body fields are not documented in the published spec.
        * Only eligible failed tasks can be retried.

        Wire: POST /api/v1/userVideoTwin/retry (operation `avatars_retry`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).
        A2E has not published all of this body's fields: pass them in `extra_body`.

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_retry", wire_names)
        return await self._client._call(
            "avatars_retry",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def eye_contact(
        self,
        *,
        id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Start eye contact enhancement.

        A2E's published notes:

        * _id is optional in the schema although it names the twin to enhance.

        Wire: POST /api/v1/userVideoTwin/eyeContact (operation `avatars_eye_contact`).

        Args:
            id (`_id`): _id is optional in the schema although it names the twin to enhance.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("avatars_eye_contact", wire_names)
        return await self._client._call(
            "avatars_eye_contact",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawAvatars:
    """The operations of `Avatars`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Avatars) -> None:
        self.create = raw_view(group.create)
        self.continue_tranining = raw_view(group.continue_tranining)
        self.remove = raw_view(group.remove)
        self.list = raw_view(group.list)
        self.get = raw_view(group.get)
        self.clone_voice = raw_view(group.clone_voice)
        self.upload = raw_view(group.upload)
        self.train = raw_view(group.train)
        self.upload_status = raw_view(group.upload_status)
        self.list_all = raw_view(group.list_all)
        self.continue_training = raw_view(group.continue_training)
        self.list_training = raw_view(group.list_training)
        self.batch_detail = raw_view(group.batch_detail)
        self.retry = raw_view(group.retry)
        self.eye_contact = raw_view(group.eye_contact)


class AsyncRawAvatars:
    """The operations of `AsyncAvatars`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncAvatars) -> None:
        self.create = async_raw_view(group.create)
        self.continue_tranining = async_raw_view(group.continue_tranining)
        self.remove = async_raw_view(group.remove)
        self.list = async_raw_view(group.list)
        self.get = async_raw_view(group.get)
        self.clone_voice = async_raw_view(group.clone_voice)
        self.upload = async_raw_view(group.upload)
        self.train = async_raw_view(group.train)
        self.upload_status = async_raw_view(group.upload_status)
        self.list_all = async_raw_view(group.list_all)
        self.continue_training = async_raw_view(group.continue_training)
        self.list_training = async_raw_view(group.list_training)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.retry = async_raw_view(group.retry)
        self.eye_contact = async_raw_view(group.eye_contact)
