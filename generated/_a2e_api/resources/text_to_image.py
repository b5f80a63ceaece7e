"""Text to Image: Generate images from text (status dialect B, results in `image_urls`).

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncRawTextToImage", "AsyncTextToImage", "RawTextToImage", "TextToImage"]


class TextToImage:
    """Text to Image: Generate images from text (status dialect B, results in `image_urls`)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"] | None = None,
        max_images: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start text to image generation.

        Starts a Text-to-Image task (status dialect B). Charged on creation.

        A2E's published notes:

        * input_images: at most 2 for the a2e model, at most 10 for Seedream.
        * aspect_ratio applies to the seedream model only.
        * max_images above 1 creates several tasks internally.
        * name is generated automatically when omitted.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userText2Image/start (operation `text_to_image_start`).

        Args:
            name: Task name. name is generated automatically when omitted.
            prompt: Image description.
            width: Image width.
            height: Image height.
            model_type: Model choice.
            input_images: Reference images. input_images: at most 2 for the a2e model, at most 10 for Seedream.
            skip_face_enhance: (A2E documents nothing for this field)
            aspect_ratio: Aspect ratio. aspect_ratio applies to the seedream model only.
            max_images: Upper bound on images returned. max_images above 1 creates several tasks internally.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).
            req_key: Model selector of an older official docs page (https://api.a2e.ai/start-text-to-image-13401494e0);
                superseded by `model_type`.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.text_to_image.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("text_to_image_start", wire_names)
        return self._client._call(
            "text_to_image_start",
            {
                "name": name,
                "prompt": prompt,
                "width": width,
                "height": height,
                "model_type": model_type,
                "input_images": input_images,
                "skip_face_enhance": skip_face_enhance,
                "aspect_ratio": aspect_ratio,
                "max_images": max_images,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "req_key": req_key,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """Get all text to image records.

        Pages through the caller's Text-to-Image tasks.

        Wire: GET /api/v1/userText2Image/allRecords (operation `text_to_image_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("text_to_image_list", wire_names)
        return self._client._call(
            "text_to_image_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
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
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Iterator[TaskRecord]:
        """Every record of `list`, for a `for` loop: page after page, each page fetched when the iteration reaches
        it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An iterator of TaskRecord.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("text_to_image_list", wire_names, "max_items")

        return iterate(
            self._client,
            "text_to_image_list",
            {
                "pageSize": page_size,
            },
            max_items=max_items,
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
    ) -> builtins.list[TaskRecord]:
        """Batch query task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/userText2Image/batchDetail (operation `text_to_image_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("text_to_image_batch_detail", wire_names)
        return self._client._call(
            "text_to_image_batch_detail",
            {
                "ids": ids,
            },
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
    ) -> TaskRecord:
        """Get text to image record detail.

        One Text-to-Image task by id (status dialect B).

        Wire: GET /api/v1/userText2Image/{_id} (operation `text_to_image_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("text_to_image_get", wire_names)
        return self._client._call(
            "text_to_image_get",
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
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
    ) -> TaskRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "text_to_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete task.

        Deletes a text-to-image task.

        Wire: DELETE /api/v1/userText2Image/{_id} (operation `text_to_image_delete`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("text_to_image_delete", wire_names)
        return self._client._call(
            "text_to_image_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def make_avatar(
        self,
        id: str,
        *,
        gender: Literal["female", "male"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Quick add avatar from generated image.

        Creates an avatar from a generated image (body `{_id}`: the text-to-image task).

        A2E's published notes:

        * Body _id is a text-to-image record id, not an avatar id.

        Wire: POST /api/v1/userText2Image/quickAddAvatar (operation `text_to_image_make_avatar`).

        Args:
            id (`_id`): Task id.
            gender: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("text_to_image_make_avatar", wire_names)
        return self._client._call(
            "text_to_image_make_avatar",
            {
                "_id": id,
                "gender": gender,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTextToImage:
    """Text to Image: Generate images from text (status dialect B, results in `image_urls`)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        width: float | None = None,
        height: float | None = None,
        model_type: Literal["a2e", "seedream"] | None = None,
        input_images: Sequence[str] | None = None,
        skip_face_enhance: bool | None = None,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"] | None = None,
        max_images: int | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        req_key: Literal["high_aes_general_v21_L", "high_aes"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start text to image generation.

        Starts a Text-to-Image task (status dialect B). Charged on creation.

        A2E's published notes:

        * input_images: at most 2 for the a2e model, at most 10 for Seedream.
        * aspect_ratio applies to the seedream model only.
        * max_images above 1 creates several tasks internally.
        * name is generated automatically when omitted.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userText2Image/start (operation `text_to_image_start`).

        Args:
            name: Task name. name is generated automatically when omitted.
            prompt: Image description.
            width: Image width.
            height: Image height.
            model_type: Model choice.
            input_images: Reference images. input_images: at most 2 for the a2e model, at most 10 for Seedream.
            skip_face_enhance: (A2E documents nothing for this field)
            aspect_ratio: Aspect ratio. aspect_ratio applies to the seedream model only.
            max_images: Upper bound on images returned. max_images above 1 creates several tasks internally.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).
            req_key: Model selector of an older official docs page (https://api.a2e.ai/start-text-to-image-13401494e0);
                superseded by `model_type`.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.text_to_image.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("text_to_image_start", wire_names)
        return await self._client._call(
            "text_to_image_start",
            {
                "name": name,
                "prompt": prompt,
                "width": width,
                "height": height,
                "model_type": model_type,
                "input_images": input_images,
                "skip_face_enhance": skip_face_enhance,
                "aspect_ratio": aspect_ratio,
                "max_images": max_images,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "req_key": req_key,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecordPage:
        """Get all text to image records.

        Pages through the caller's Text-to-Image tasks.

        Wire: GET /api/v1/userText2Image/allRecords (operation `text_to_image_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("text_to_image_list", wire_names)
        return await self._client._call(
            "text_to_image_list",
            {
                "pageNum": page_num,
                "pageSize": page_size,
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
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AsyncIterator[TaskRecord]:
        """Every record of `list`, for an `async for` loop: page after page, each page fetched when the iteration
        reaches it. No request is sent until the first record is asked for. Each page is one call of `list` with
        `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a page shorter than
        the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list`.

        Returns:
            An async iterator of TaskRecord.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("text_to_image_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "text_to_image_list",
            {
                "pageSize": page_size,
            },
            max_items=max_items,
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
    ) -> builtins.list[TaskRecord]:
        """Batch query task details.

        Several tasks in one call (body `{ids}`); useful for polling many tasks.

        Wire: POST /api/v1/userText2Image/batchDetail (operation `text_to_image_batch_detail`).

        Args:
            ids: Task ids.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("text_to_image_batch_detail", wire_names)
        return await self._client._call(
            "text_to_image_batch_detail",
            {
                "ids": ids,
            },
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
    ) -> TaskRecord:
        """Get text to image record detail.

        One Text-to-Image task by id (status dialect B).

        Wire: GET /api/v1/userText2Image/{_id} (operation `text_to_image_get`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("text_to_image_get", wire_names)
        return await self._client._call(
            "text_to_image_get",
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
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
    ) -> TaskRecord:
        """Poll `get` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "text_to_image_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete task.

        Deletes a text-to-image task.

        Wire: DELETE /api/v1/userText2Image/{_id} (operation `text_to_image_delete`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("text_to_image_delete", wire_names)
        return await self._client._call(
            "text_to_image_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def make_avatar(
        self,
        id: str,
        *,
        gender: Literal["female", "male"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Quick add avatar from generated image.

        Creates an avatar from a generated image (body `{_id}`: the text-to-image task).

        A2E's published notes:

        * Body _id is a text-to-image record id, not an avatar id.

        Wire: POST /api/v1/userText2Image/quickAddAvatar (operation `text_to_image_make_avatar`).

        Args:
            id (`_id`): Task id.
            gender: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("text_to_image_make_avatar", wire_names)
        return await self._client._call(
            "text_to_image_make_avatar",
            {
                "_id": id,
                "gender": gender,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawTextToImage:
    """The operations of `TextToImage`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: TextToImage) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.batch_detail = raw_view(group.batch_detail)
        self.get = raw_view(group.get)
        self.delete = raw_view(group.delete)
        self.make_avatar = raw_view(group.make_avatar)


class AsyncRawTextToImage:
    """The operations of `AsyncTextToImage`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncTextToImage) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.get = async_raw_view(group.get)
        self.delete = async_raw_view(group.delete)
        self.make_avatar = async_raw_view(group.make_avatar)
