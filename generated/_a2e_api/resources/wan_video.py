"""Wan Video Models: Wan image-to-video models (status dialect B).

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

    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage

__all__ = ["AsyncRawWanVideo", "AsyncWanVideo", "RawWanVideo", "WanVideo"]


class WanVideo:
    """Wan Video Models: Wan image-to-video models (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        image_url: str | PurePath | None = None,
        negative_prompt: str | None = None,
        duration: Literal["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal["wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"] | None = None,
        task_type: Literal[
            "text_to_video", "first_frame", "first_last_frame", "reference_image", "video_extend", "video_edit"
        ]
        | None = None,
        last_frame_url: str | PurePath | None = None,
        first_clip_url: str | PurePath | None = None,
        edit_video_url: str | PurePath | None = None,
        reference_image_urls: Sequence[str | PurePath] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | PurePath | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Wan video generation.

        Wan image-to-video (2.6/2.7 reportedly need a VIP plan).

        A2E's published notes:

        * task_type values other than first_frame require model wan2.7-i2v.
        * first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
        * reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
        * video_extend needs first_clip_url; video_edit needs edit_video_url.
        * text_to_video must not include image or video inputs.
        * video_edit accepts up to 3 reference_image_urls.
        * Wan 2.5 durations 5/10; wan2.7 t2v/first/first-last/extend use 5/10/15.
        * wan2.7 reference_image: 2-15 s with images only, 2-10 s with a video.
        * wan2.7 video_edit duration is 5-10 seconds.
        * wan2.6-i2v and wan2.7-i2v need VIP/Max; wan2.6-i2v-flash open to all.
        * ratio is used only by wan2.7 text_to_video and reference_image.
        * multi_shots only takes effect when enable_prompt_expansion is true.
        * audio_url: WAV/MP3, 3-30 s, at most 15 MB; truncated to video length.
        * Input reference videos are billed together with output duration.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWan25/start (operation `wan_video_start`).

        Args:
            name: (A2E documents nothing for this field)
            image_url: first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
            prompt: (A2E documents nothing for this field)
            negative_prompt: (A2E documents nothing for this field)
            duration: Seconds, sent as a string.
            resolution: (A2E documents nothing for this field)
            ratio: ratio is used only by wan2.7 text_to_video and reference_image.
            enable_prompt_expansion: multi_shots only takes effect when enable_prompt_expansion is true.
            multi_shots: multi_shots only takes effect when enable_prompt_expansion is true.
            model: task_type values other than first_frame require model wan2.7-i2v.
            task_type: task_type values other than first_frame require model wan2.7-i2v.
            last_frame_url: first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
            first_clip_url: video_extend needs first_clip_url; video_edit needs edit_video_url.
            edit_video_url: video_extend needs first_clip_url; video_edit needs edit_video_url.
            reference_image_urls: reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
                video_edit accepts up to 3 reference_image_urls.
            reference_media: reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
            seed: (A2E documents nothing for this field)
            audio: (A2E documents nothing for this field)
            audio_url: audio_url: WAV/MP3, 3-30 s, at most 15 MB; truncated to video length.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.wan_video.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("wan_video_start", wire_names)
        return self._client._call(
            "wan_video_start",
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "duration": duration,
                "resolution": resolution,
                "ratio": ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "model": model,
                "task_type": task_type,
                "last_frame_url": last_frame_url,
                "first_clip_url": first_clip_url,
                "edit_video_url": edit_video_url,
                "reference_image_urls": reference_image_urls,
                "reference_media": reference_media,
                "seed": seed,
                "audio": audio,
                "audio_url": audio_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
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
        """Get all Wan 2.5 tasks.

        Pages through Wan tasks.

        Wire: GET /api/v1/userWan25/allRecords (operation `wan_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("wan_video_list", wire_names)
        return self._client._call(
            "wan_video_list",
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
            raise misnamed("wan_video_list", wire_names, "max_items")

        return iterate(
            self._client,
            "wan_video_list",
            {
                "pageSize": page_size,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def start_spicy(
        self,
        *,
        prompt: str,
        image_url: str | PurePath,
        resolution: Literal["480p", "720p", "1080p"],
        duration: float,
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        negative_prompt: str | None = None,
        audio_url: str | PurePath | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Wan Spicy image-to-video generation.

        Like the Wan 2.5 start, with `duration` as a number.

        A2E's published notes:

        * wan2.7-i2v-spicy: 720p/1080p, 2-15 seconds, audio supported.
        * wan2.2-i2v-spicy: 480p/720p, 5 or 8 seconds, no audio.
        * negative_prompt and audio_url are only valid with wan2.7-i2v-spicy.
        * image_url and audio_url must be https; audio must be .wav or .mp3.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWanSpicy/start (operation `wan_video_start_spicy`).

        Args:
            model: wan2.7-i2v-spicy: 720p/1080p, 2-15 seconds, audio supported. wan2.2-i2v-spicy: 480p/720p, 5 or 8
                seconds, no audio.
            name: (A2E documents nothing for this field)
            prompt: (A2E documents nothing for this field)
            negative_prompt: negative_prompt and audio_url are only valid with wan2.7-i2v-spicy.
            image_url: image_url and audio_url must be https; audio must be .wav or .mp3.
            audio_url: negative_prompt and audio_url are only valid with wan2.7-i2v-spicy. image_url and audio_url must
                be https; audio must be .wav or .mp3.
            resolution: (A2E documents nothing for this field)
            duration: Seconds (a number here).
            prompt_extend: (A2E documents nothing for this field)
            seed: (A2E documents nothing for this field)
            minor_suspected_skip: (A2E documents nothing for this field)
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.wan_video.wait_spicy(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("wan_video_start_spicy", wire_names)
        return self._client._call(
            "wan_video_start_spicy",
            {
                "model": model,
                "name": name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
                "duration": duration,
                "prompt_extend": prompt_extend,
                "seed": seed,
                "minor_suspected_skip": minor_suspected_skip,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
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

        Wire: POST /api/v1/userWan25/batchDetail (operation `wan_video_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("wan_video_batch_detail", wire_names)
        return self._client._call(
            "wan_video_batch_detail",
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
        """Get Wan 2.5 task details.

        Wire: GET /api/v1/userWan25/{_id} (operation `wan_video_get`).

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
            raise misnamed("wan_video_get", wire_names)
        return self._client._call(
            "wan_video_get",
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
            "wan_video_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete a Wan 2.5 task.

        Wire: DELETE /api/v1/userWan25/{_id} (operation `wan_video_delete`).

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
            raise misnamed("wan_video_delete", wire_names)
        return self._client._call(
            "wan_video_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_spicy(
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
        """Get all Wan Spicy tasks.

        Wire: GET /api/v1/userWanSpicy/allRecords (operation `wan_video_list_spicy`).

        Args:
            page_num (`pageNum`): Number of the page to read; the first page is 1.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("wan_video_list_spicy", wire_names)
        return self._client._call(
            "wan_video_list_spicy",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_list_spicy(
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
        """Every record of `list_spicy`, for a `for` loop: page after page, each page fetched when the iteration
        reaches it. No request is sent until the first record is asked for. Each page is one call of
        `list_spicy` with `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a
        page shorter than the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list_spicy`.

        Returns:
            An iterator of TaskRecord.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("wan_video_list_spicy", wire_names, "max_items")

        return iterate(
            self._client,
            "wan_video_list_spicy",
            {
                "pageSize": page_size,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def batch_detail_spicy(
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

        Wire: POST /api/v1/userWanSpicy/batchDetail (operation `wan_video_batch_detail_spicy`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("wan_video_batch_detail_spicy", wire_names)
        return self._client._call(
            "wan_video_batch_detail_spicy",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_spicy(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Get Wan Spicy task details.

        Wire: GET /api/v1/userWanSpicy/{_id} (operation `wan_video_get_spicy`).

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
            raise misnamed("wan_video_get_spicy", wire_names)
        return self._client._call(
            "wan_video_get_spicy",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def wait_spicy(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
    ) -> TaskRecord:
        """Poll `get_spicy` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "wan_video_get_spicy", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def delete_spicy(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete a Wan Spicy task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userWanSpicy/{_id} (operation `wan_video_delete_spicy`).

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
            raise misnamed("wan_video_delete_spicy", wire_names)
        return self._client._call(
            "wan_video_delete_spicy",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def start_wan30(
        self,
        *,
        input: Mapping[str, Any],
        parameters: Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] = "wan3.0-video",
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Wan3.0 all-in-one video generation.

        A2E's published notes:

        * No list, detail or delete operations are documented for Wan3.0.
        * wan3.0-video-prime: same quality, much faster, higher per-second price.
        * Each reference video 3-15 s; all reference videos together at most 15 s.
        * Reference video length plus output duration must not exceed 30 seconds.
        * First-frame or first-last-frame media cannot be mixed with reference media.
        * File and web-link reference inputs are mutually exclusive.
        * negative_prompt is unsupported; parameters.prompt_extend defaults to false.
        * 503 means the provider or Wan3.0 pricing is not configured.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWan30/start (operation `wan_video_start_wan30`).

        Args:
            name: (A2E documents nothing for this field)
            model: wan3.0-video-prime: same quality, much faster, higher per-second price.
            mode: (A2E documents nothing for this field)
            input: (A2E documents nothing for this field)
            parameters: negative_prompt is unsupported; parameters.prompt_extend defaults to false.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("wan_video_start_wan30", wire_names)
        return self._client._call(
            "wan_video_start_wan30",
            {
                "name": name,
                "model": model,
                "mode": mode,
                "input": input,
                "parameters": parameters,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncWanVideo:
    """Wan Video Models: Wan image-to-video models (status dialect B)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def start(
        self,
        *,
        prompt: str,
        name: str | None = None,
        image_url: str | PurePath | None = None,
        negative_prompt: str | None = None,
        duration: Literal["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None,
        enable_prompt_expansion: bool | None = None,
        multi_shots: bool | None = None,
        model: Literal["wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"] | None = None,
        task_type: Literal[
            "text_to_video", "first_frame", "first_last_frame", "reference_image", "video_extend", "video_edit"
        ]
        | None = None,
        last_frame_url: str | PurePath | None = None,
        first_clip_url: str | PurePath | None = None,
        edit_video_url: str | PurePath | None = None,
        reference_image_urls: Sequence[str | PurePath] | None = None,
        reference_media: Sequence[Mapping[str, Any]] | None = None,
        seed: float | None = None,
        audio: bool | None = None,
        audio_url: str | PurePath | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Wan video generation.

        Wan image-to-video (2.6/2.7 reportedly need a VIP plan).

        A2E's published notes:

        * task_type values other than first_frame require model wan2.7-i2v.
        * first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
        * reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
        * video_extend needs first_clip_url; video_edit needs edit_video_url.
        * text_to_video must not include image or video inputs.
        * video_edit accepts up to 3 reference_image_urls.
        * Wan 2.5 durations 5/10; wan2.7 t2v/first/first-last/extend use 5/10/15.
        * wan2.7 reference_image: 2-15 s with images only, 2-10 s with a video.
        * wan2.7 video_edit duration is 5-10 seconds.
        * wan2.6-i2v and wan2.7-i2v need VIP/Max; wan2.6-i2v-flash open to all.
        * ratio is used only by wan2.7 text_to_video and reference_image.
        * multi_shots only takes effect when enable_prompt_expansion is true.
        * audio_url: WAV/MP3, 3-30 s, at most 15 MB; truncated to video length.
        * Input reference videos are billed together with output duration.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWan25/start (operation `wan_video_start`).

        Args:
            name: (A2E documents nothing for this field)
            image_url: first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
            prompt: (A2E documents nothing for this field)
            negative_prompt: (A2E documents nothing for this field)
            duration: Seconds, sent as a string.
            resolution: (A2E documents nothing for this field)
            ratio: ratio is used only by wan2.7 text_to_video and reference_image.
            enable_prompt_expansion: multi_shots only takes effect when enable_prompt_expansion is true.
            multi_shots: multi_shots only takes effect when enable_prompt_expansion is true.
            model: task_type values other than first_frame require model wan2.7-i2v.
            task_type: task_type values other than first_frame require model wan2.7-i2v.
            last_frame_url: first_frame needs image_url; first_last_frame needs image_url and last_frame_url.
            first_clip_url: video_extend needs first_clip_url; video_edit needs edit_video_url.
            edit_video_url: video_extend needs first_clip_url; video_edit needs edit_video_url.
            reference_image_urls: reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
                video_edit accepts up to 3 reference_image_urls.
            reference_media: reference_image needs 1-5 reference_media entries, or legacy reference_image_urls.
            seed: (A2E documents nothing for this field)
            audio: (A2E documents nothing for this field)
            audio_url: audio_url: WAV/MP3, 3-30 s, at most 15 MB; truncated to video length.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.wan_video.wait(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("wan_video_start", wire_names)
        return await self._client._call(
            "wan_video_start",
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "duration": duration,
                "resolution": resolution,
                "ratio": ratio,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "model": model,
                "task_type": task_type,
                "last_frame_url": last_frame_url,
                "first_clip_url": first_clip_url,
                "edit_video_url": edit_video_url,
                "reference_image_urls": reference_image_urls,
                "reference_media": reference_media,
                "seed": seed,
                "audio": audio,
                "audio_url": audio_url,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
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
        """Get all Wan 2.5 tasks.

        Pages through Wan tasks.

        Wire: GET /api/v1/userWan25/allRecords (operation `wan_video_list`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("wan_video_list", wire_names)
        return await self._client._call(
            "wan_video_list",
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
            raise misnamed("wan_video_list", wire_names, "max_items")

        return aiterate(
            self._client,
            "wan_video_list",
            {
                "pageSize": page_size,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def start_spicy(
        self,
        *,
        prompt: str,
        image_url: str | PurePath,
        resolution: Literal["480p", "720p", "1080p"],
        duration: float,
        model: Literal["wan2.7-i2v-spicy", "wan2.2-i2v-spicy"] | None = None,
        name: str | None = None,
        negative_prompt: str | None = None,
        audio_url: str | PurePath | None = None,
        prompt_extend: bool | None = None,
        seed: int | None = None,
        minor_suspected_skip: bool | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Wan Spicy image-to-video generation.

        Like the Wan 2.5 start, with `duration` as a number.

        A2E's published notes:

        * wan2.7-i2v-spicy: 720p/1080p, 2-15 seconds, audio supported.
        * wan2.2-i2v-spicy: 480p/720p, 5 or 8 seconds, no audio.
        * negative_prompt and audio_url are only valid with wan2.7-i2v-spicy.
        * image_url and audio_url must be https; audio must be .wav or .mp3.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWanSpicy/start (operation `wan_video_start_spicy`).

        Args:
            model: wan2.7-i2v-spicy: 720p/1080p, 2-15 seconds, audio supported. wan2.2-i2v-spicy: 480p/720p, 5 or 8
                seconds, no audio.
            name: (A2E documents nothing for this field)
            prompt: (A2E documents nothing for this field)
            negative_prompt: negative_prompt and audio_url are only valid with wan2.7-i2v-spicy.
            image_url: image_url and audio_url must be https; audio must be .wav or .mp3.
            audio_url: negative_prompt and audio_url are only valid with wan2.7-i2v-spicy. image_url and audio_url must
                be https; audio must be .wav or .mp3.
            resolution: (A2E documents nothing for this field)
            duration: Seconds (a number here).
            prompt_extend: (A2E documents nothing for this field)
            seed: (A2E documents nothing for this field)
            minor_suspected_skip: (A2E documents nothing for this field)
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
            The new task: `client.wan_video.wait_spicy(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("wan_video_start_spicy", wire_names)
        return await self._client._call(
            "wan_video_start_spicy",
            {
                "model": model,
                "name": name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
                "duration": duration,
                "prompt_extend": prompt_extend,
                "seed": seed,
                "minor_suspected_skip": minor_suspected_skip,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
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

        Wire: POST /api/v1/userWan25/batchDetail (operation `wan_video_batch_detail`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("wan_video_batch_detail", wire_names)
        return await self._client._call(
            "wan_video_batch_detail",
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
        """Get Wan 2.5 task details.

        Wire: GET /api/v1/userWan25/{_id} (operation `wan_video_get`).

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
            raise misnamed("wan_video_get", wire_names)
        return await self._client._call(
            "wan_video_get",
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
            "wan_video_get", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
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
        """Delete a Wan 2.5 task.

        Wire: DELETE /api/v1/userWan25/{_id} (operation `wan_video_delete`).

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
            raise misnamed("wan_video_delete", wire_names)
        return await self._client._call(
            "wan_video_delete",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_spicy(
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
        """Get all Wan Spicy tasks.

        Wire: GET /api/v1/userWanSpicy/allRecords (operation `wan_video_list_spicy`).

        Args:
            page_num (`pageNum`): Number of the page to read; the first page is 1.
            page_size (`pageSize`): Records per page.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecordPage.
        """
        if wire_names:
            raise misnamed("wan_video_list_spicy", wire_names)
        return await self._client._call(
            "wan_video_list_spicy",
            {
                "pageNum": page_num,
                "pageSize": page_size,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_list_spicy(
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
        """Every record of `list_spicy`, for an `async for` loop: page after page, each page fetched when the
        iteration reaches it. No request is sent until the first record is asked for. Each page is one call of
        `list_spicy` with `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends after a
        page shorter than the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `list_spicy`.

        Returns:
            An async iterator of TaskRecord.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("wan_video_list_spicy", wire_names, "max_items")

        return aiterate(
            self._client,
            "wan_video_list_spicy",
            {
                "pageSize": page_size,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def batch_detail_spicy(
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

        Wire: POST /api/v1/userWanSpicy/batchDetail (operation `wan_video_batch_detail_spicy`).

        Args:
            ids: batchDetail results must be matched by id; response order is not guaranteed.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("wan_video_batch_detail_spicy", wire_names)
        return await self._client._call(
            "wan_video_batch_detail_spicy",
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_spicy(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Get Wan Spicy task details.

        Wire: GET /api/v1/userWanSpicy/{_id} (operation `wan_video_get_spicy`).

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
            raise misnamed("wan_video_get_spicy", wire_names)
        return await self._client._call(
            "wan_video_get_spicy",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def wait_spicy(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
    ) -> TaskRecord:
        """Poll `get_spicy` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "wan_video_get_spicy", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete_spicy(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete a Wan Spicy task.

        A2E's published notes:

        * Soft delete: record is kept but hidden from normal lists.

        Wire: DELETE /api/v1/userWanSpicy/{_id} (operation `wan_video_delete_spicy`).

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
            raise misnamed("wan_video_delete_spicy", wire_names)
        return await self._client._call(
            "wan_video_delete_spicy",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def start_wan30(
        self,
        *,
        input: Mapping[str, Any],
        parameters: Mapping[str, Any],
        name: str | None = None,
        model: Literal["wan3.0-video", "wan3.0-video-prime"] = "wan3.0-video",
        mode: Literal["text-to-video", "first-frame", "first-last-frames", "reference"] | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> TaskRecord:
        """Start Wan3.0 all-in-one video generation.

        A2E's published notes:

        * No list, detail or delete operations are documented for Wan3.0.
        * wan3.0-video-prime: same quality, much faster, higher per-second price.
        * Each reference video 3-15 s; all reference videos together at most 15 s.
        * Reference video length plus output duration must not exceed 30 seconds.
        * First-frame or first-last-frame media cannot be mixed with reference media.
        * File and web-link reference inputs are mutually exclusive.
        * negative_prompt is unsupported; parameters.prompt_extend defaults to false.
        * 503 means the provider or Wan3.0 pricing is not configured.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userWan30/start (operation `wan_video_start_wan30`).

        Args:
            name: (A2E documents nothing for this field)
            model: wan3.0-video-prime: same quality, much faster, higher per-second price.
            mode: (A2E documents nothing for this field)
            input: (A2E documents nothing for this field)
            parameters: negative_prompt is unsupported; parameters.prompt_extend defaults to false.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as TaskRecord.
        """
        if wire_names:
            raise misnamed("wan_video_start_wan30", wire_names)
        return await self._client._call(
            "wan_video_start_wan30",
            {
                "name": name,
                "model": model,
                "mode": mode,
                "input": input,
                "parameters": parameters,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawWanVideo:
    """The operations of `WanVideo`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: WanVideo) -> None:
        self.start = raw_view(group.start)
        self.list = raw_view(group.list)
        self.start_spicy = raw_view(group.start_spicy)
        self.batch_detail = raw_view(group.batch_detail)
        self.get = raw_view(group.get)
        self.delete = raw_view(group.delete)
        self.list_spicy = raw_view(group.list_spicy)
        self.batch_detail_spicy = raw_view(group.batch_detail_spicy)
        self.get_spicy = raw_view(group.get_spicy)
        self.delete_spicy = raw_view(group.delete_spicy)
        self.start_wan30 = raw_view(group.start_wan30)


class AsyncRawWanVideo:
    """The operations of `AsyncWanVideo`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncWanVideo) -> None:
        self.start = async_raw_view(group.start)
        self.list = async_raw_view(group.list)
        self.start_spicy = async_raw_view(group.start_spicy)
        self.batch_detail = async_raw_view(group.batch_detail)
        self.get = async_raw_view(group.get)
        self.delete = async_raw_view(group.delete)
        self.list_spicy = async_raw_view(group.list_spicy)
        self.batch_detail_spicy = async_raw_view(group.batch_detail_spicy)
        self.get_spicy = async_raw_view(group.get_spicy)
        self.delete_spicy = async_raw_view(group.delete_spicy)
        self.start_wan30 = async_raw_view(group.start_wan30)
