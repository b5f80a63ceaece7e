"""TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Literal, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E
    from a2e._waiting import TaskProgress

    from ..models.empty import Empty
    from ..models.task_record import TaskRecord
    from ..models.voice_clone_record import VoiceCloneRecord
    from ..models.voice_group import VoiceGroup

__all__ = ["AsyncRawTts", "AsyncTts", "RawTts", "Tts"]


class Tts:
    """TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def list_voices(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[VoiceGroup]:
        """List available voices (GET).

        Lists the public (stock) TTS voices, grouped. Use a voice's `value` as `tts_id` in Generate TTS Audio. A2E's published document lists its query fields.

        Wire: GET /api/v1/anchor/voice_list (operation `tts_list_voices`).

        Args:
            country: Language part of the locale, e.g. `en`.
            region: Region part of the locale, e.g. `US`.
            voice_map_type: Full locale filter, e.g. `en-US`.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[VoiceGroup].
        """
        if wire_names:
            raise misnamed("tts_list_voices", wire_names)
        return self._client._call(
            "tts_list_voices",
            {
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_voices_post(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[VoiceGroup]:
        """List available voices by country/region.

        The same list with the filters in a JSON body (A2E publishes both forms).

        A2E's published notes:

        * When omitted: country en, region US, voice_map_type en-US.

        Wire: POST /api/v1/anchor/voice_list (operation `tts_list_voices_post`).

        Args:
            country: When omitted: country en, region US, voice_map_type en-US.
            region: When omitted: country en, region US, voice_map_type en-US.
            voice_map_type: When omitted: country en, region US, voice_map_type en-US.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[VoiceGroup].
        """
        if wire_names:
            raise misnamed("tts_list_voices_post", wire_names)
        return self._client._call(
            "tts_list_voices_post",
            {
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def generate(
        self,
        *,
        msg: str,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> str:
        """Generate text-to-speech audio.

        Synthesises speech and returns the URL of the audio file (the `data` is a plain string, not an
        object). Use the URL as `audioSrc` in Generate AI Avatar Videos. Pass either a public voice
        (`tts_id`) or a cloned voice (`user_voice_id`, which then needs `country` and `region`).
        At most 1000 characters a call: A2E's published schema allows 3000, but its note below limits API callers to
        1000, so the client refuses more before sending. Split a longer text and make one call per part.

        A2E's published notes:

        * Provide either tts_id (system voice) or user_voice_id (cloned voice).
        * API callers are limited to 1000 characters, although the schema allows 3000.
        * Length counts all Unicode characters.
        * country and region values come from POST /api/v1/anchor/language_list.
        * API-token callers skip captcha; captcha fields are for web users.

        Wire: POST /api/v1/video/send_tts (operation `tts_generate`).

        Args:
            msg: Text to speak, at most 1000 characters (A2E's published limit for API callers, although its schema
                allows 3000). Split longer text over several calls.
            tts_id: Public voice id (a voice's `value` from List Public TTS Options).
            user_voice_id: Cloned voice id (the `speaker_id` of a finished voice clone); needs `country` and `region`.
            country: Language, e.g. `en` (required with `user_voice_id`).
            region: Region, e.g. `US` (required with `user_voice_id`).
            speech_rate (`speechRate`): Speaking speed; 1 is normal, clients use 0.5 to 2.
            type: API-token callers skip captcha; captcha fields are for web users.
            turnstile_token: API-token callers skip captcha; captcha fields are for web users.
            captcha_verify_param (`captchaVerifyParam`): API-token callers skip captcha; captcha fields are for web
                users.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as str.
        """
        if wire_names:
            raise misnamed("tts_generate", wire_names)
        return self._client._call(
            "tts_generate",
            {
                "msg": msg,
                "tts_id": tts_id,
                "user_voice_id": user_voice_id,
                "country": country,
                "region": region,
                "speechRate": speech_rate,
                "type": type,
                "turnstile_token": turnstile_token,
                "captchaVerifyParam": captcha_verify_param,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_cloned_voices(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[VoiceCloneRecord]:
        """Get completed voice training records.

        The caller's finished voice clones. Use a record's `speaker_id` as `user_voice_id` (with `country` and `region`) in Generate TTS Audio.

        A2E's published notes:

        * Only records with current_status completed, newest first.

        Wire: GET /api/v1/userVoice/completedRecord (operation `tts_list_cloned_voices`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[VoiceCloneRecord].
        """
        if wire_names:
            raise misnamed("tts_list_cloned_voices", wire_names)
        return self._client._call(
            "tts_list_cloned_voices",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def train_voice(
        self,
        *,
        name: str,
        voice_urls: Sequence[str | PurePath],
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        train_mode: Literal["best"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> VoiceCloneRecord:
        """Start voice training.

        Trains a cloned voice from recordings; usually ready within 1-2 minutes. Follow it with Get Details of a Voice or List Voice Clone Options.

        A2E's published notes:

        * Only one training request per user may run at a time.
        * Poll GET /api/v1/userVoice/trainingRecord and read current_status.
        * 403 means the voice clone limit is exceeded.
        * Cost depends on model; a failed creation rolls the charge back.
        * language is inferred from request headers when omitted.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVoice/training (operation `tts_train_voice`).

        Args:
            name: Label for the voice.
            voice_urls: Audio samples (mp3, wav or m4a; 15-60 s in total; one clear speaker).
            gender: Speaker gender (as public client code uses it).
            denoise: Clean background noise.
            enhance_voice_similarity: (A2E documents nothing for this field)
            model: Cloning engine: `a2e` (default), `cartesia`, `minimax`, `elevenlabs`.
            language: Language of the samples, e.g. `en` or `en-US`.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).
            train_mode: Only `best` is supported (docs).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as VoiceCloneRecord.
            The new task: `client.tts.wait_voice(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("tts_train_voice", wire_names)
        return self._client._call(
            "tts_train_voice",
            {
                "name": name,
                "voice_urls": voice_urls,
                "gender": gender,
                "denoise": denoise,
                "enhance_voice_similarity": enhance_voice_similarity,
                "model": model,
                "language": language,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "train_mode": train_mode,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_voice(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> VoiceCloneRecord:
        """Get voice training record detail.

        One voice-clone record by id.

        Wire: GET /api/v1/userVoice/{_id} (operation `tts_get_voice`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as VoiceCloneRecord.
        """
        if wire_names:
            raise misnamed("tts_get_voice", wire_names)
        return self._client._call(
            "tts_get_voice",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def wait_voice(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VoiceCloneRecord]], object] | None = None,
    ) -> VoiceCloneRecord:
        """Poll `get_voice` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "tts_get_voice", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def rename_voice(
        self,
        id: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Update voice training record name.

        A2E's published notes:

        * Renames only; training inputs and status stay unchanged.

        Wire: PUT /api/v1/userVoice/{_id} (operation `tts_rename_voice`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.
            name: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("tts_rename_voice", wire_names)
        return self._client._call(
            "tts_rename_voice",
            {
                "_id": id,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_voice(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete voice training record.

        Deletes a cloned voice.

        A2E's published notes:

        * Soft delete: sets deleted=true; the record is not physically removed.

        Wire: DELETE /api/v1/userVoice/{_id} (operation `tts_delete_voice`).

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
            raise misnamed("tts_delete_voice", wire_names)
        return self._client._call(
            "tts_delete_voice",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_presets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """List system voices (TTS presets).

        Wire: POST /api/v1/anchor/tts_list (operation `tts_list_presets`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("tts_list_presets", wire_names)
        return self._client._call(
            "tts_list_presets",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_previews(
        self,
        *,
        page_size: int | None = None,
        current: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Get TTS preview list.

        A2E's published notes:

        * Only the caller's non-deleted previews from the last 24 hours.

        Wire: GET /api/v1/tts/preview/list (operation `tts_list_previews`).

        Args:
            page_size (`pageSize`): (A2E documents nothing for this field)
            current: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("tts_list_previews", wire_names)
        return self._client._call(
            "tts_list_previews",
            {
                "pageSize": page_size,
                "current": current,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_preview(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete TTS preview record.

        A2E's published notes:

        * Soft delete; the stored audio object is not removed.

        Wire: DELETE /api/v1/tts/preview/{id} (operation `tts_delete_preview`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("tts_delete_preview", wire_names)
        return self._client._call(
            "tts_delete_preview",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_training_voices(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[TaskRecord]:
        """Get voice training records.

        A2E's published notes:

        * Newest first by createdAt.
        * current_status values: sent, pendding (sic), processing, completed, failed.

        Wire: GET /api/v1/userVoice/trainingRecord (operation `tts_list_training_voices`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("tts_list_training_voices", wire_names)
        return self._client._call(
            "tts_list_training_voices",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTts:
    """TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def list_voices(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[VoiceGroup]:
        """List available voices (GET).

        Lists the public (stock) TTS voices, grouped. Use a voice's `value` as `tts_id` in Generate TTS Audio. A2E's published document lists its query fields.

        Wire: GET /api/v1/anchor/voice_list (operation `tts_list_voices`).

        Args:
            country: Language part of the locale, e.g. `en`.
            region: Region part of the locale, e.g. `US`.
            voice_map_type: Full locale filter, e.g. `en-US`.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[VoiceGroup].
        """
        if wire_names:
            raise misnamed("tts_list_voices", wire_names)
        return await self._client._call(
            "tts_list_voices",
            {
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_voices_post(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[VoiceGroup]:
        """List available voices by country/region.

        The same list with the filters in a JSON body (A2E publishes both forms).

        A2E's published notes:

        * When omitted: country en, region US, voice_map_type en-US.

        Wire: POST /api/v1/anchor/voice_list (operation `tts_list_voices_post`).

        Args:
            country: When omitted: country en, region US, voice_map_type en-US.
            region: When omitted: country en, region US, voice_map_type en-US.
            voice_map_type: When omitted: country en, region US, voice_map_type en-US.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[VoiceGroup].
        """
        if wire_names:
            raise misnamed("tts_list_voices_post", wire_names)
        return await self._client._call(
            "tts_list_voices_post",
            {
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def generate(
        self,
        *,
        msg: str,
        tts_id: str | None = None,
        user_voice_id: str | None = None,
        country: str | None = None,
        region: str | None = None,
        speech_rate: float | None = None,
        type: Literal["turnstile", "aliyun_captcha"] | None = None,
        turnstile_token: str | None = None,
        captcha_verify_param: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> str:
        """Generate text-to-speech audio.

        Synthesises speech and returns the URL of the audio file (the `data` is a plain string, not an
        object). Use the URL as `audioSrc` in Generate AI Avatar Videos. Pass either a public voice
        (`tts_id`) or a cloned voice (`user_voice_id`, which then needs `country` and `region`).
        At most 1000 characters a call: A2E's published schema allows 3000, but its note below limits API callers to
        1000, so the client refuses more before sending. Split a longer text and make one call per part.

        A2E's published notes:

        * Provide either tts_id (system voice) or user_voice_id (cloned voice).
        * API callers are limited to 1000 characters, although the schema allows 3000.
        * Length counts all Unicode characters.
        * country and region values come from POST /api/v1/anchor/language_list.
        * API-token callers skip captcha; captcha fields are for web users.

        Wire: POST /api/v1/video/send_tts (operation `tts_generate`).

        Args:
            msg: Text to speak, at most 1000 characters (A2E's published limit for API callers, although its schema
                allows 3000). Split longer text over several calls.
            tts_id: Public voice id (a voice's `value` from List Public TTS Options).
            user_voice_id: Cloned voice id (the `speaker_id` of a finished voice clone); needs `country` and `region`.
            country: Language, e.g. `en` (required with `user_voice_id`).
            region: Region, e.g. `US` (required with `user_voice_id`).
            speech_rate (`speechRate`): Speaking speed; 1 is normal, clients use 0.5 to 2.
            type: API-token callers skip captcha; captcha fields are for web users.
            turnstile_token: API-token callers skip captcha; captcha fields are for web users.
            captcha_verify_param (`captchaVerifyParam`): API-token callers skip captcha; captcha fields are for web
                users.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as str.
        """
        if wire_names:
            raise misnamed("tts_generate", wire_names)
        return await self._client._call(
            "tts_generate",
            {
                "msg": msg,
                "tts_id": tts_id,
                "user_voice_id": user_voice_id,
                "country": country,
                "region": region,
                "speechRate": speech_rate,
                "type": type,
                "turnstile_token": turnstile_token,
                "captchaVerifyParam": captcha_verify_param,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_cloned_voices(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[VoiceCloneRecord]:
        """Get completed voice training records.

        The caller's finished voice clones. Use a record's `speaker_id` as `user_voice_id` (with `country` and `region`) in Generate TTS Audio.

        A2E's published notes:

        * Only records with current_status completed, newest first.

        Wire: GET /api/v1/userVoice/completedRecord (operation `tts_list_cloned_voices`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[VoiceCloneRecord].
        """
        if wire_names:
            raise misnamed("tts_list_cloned_voices", wire_names)
        return await self._client._call(
            "tts_list_cloned_voices",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def train_voice(
        self,
        *,
        name: str,
        voice_urls: Sequence[str | PurePath],
        gender: Literal["female", "male"] | None = None,
        denoise: bool | None = None,
        enhance_voice_similarity: bool | None = None,
        model: Literal["a2e", "cartesia", "minimax", "elevenlabs"] | None = None,
        language: str | None = None,
        webhook_url: str | None = None,
        webhook_token: str | None = None,
        train_mode: Literal["best"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> VoiceCloneRecord:
        """Start voice training.

        Trains a cloned voice from recordings; usually ready within 1-2 minutes. Follow it with Get Details of a Voice or List Voice Clone Options.

        A2E's published notes:

        * Only one training request per user may run at a time.
        * Poll GET /api/v1/userVoice/trainingRecord and read current_status.
        * 403 means the voice clone limit is exceeded.
        * Cost depends on model; a failed creation rolls the charge back.
        * language is inferred from request headers when omitted.

        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVoice/training (operation `tts_train_voice`).

        Args:
            name: Label for the voice.
            voice_urls: Audio samples (mp3, wav or m4a; 15-60 s in total; one clear speaker).
            gender: Speaker gender (as public client code uses it).
            denoise: Clean background noise.
            enhance_voice_similarity: (A2E documents nothing for this field)
            model: Cloning engine: `a2e` (default), `cartesia`, `minimax`, `elevenlabs`.
            language: Language of the samples, e.g. `en` or `en-US`.
            webhook_url: HTTPS URL that A2E calls once when the task ends (events `task.completed` and `task.failed`;
                one attempt, no retries, so the detail endpoint stays authoritative). A2E's published notes require
                HTTPS; plain http is accepted only to a loopback address (127.0.0.1, localhost, [::1]), which only the
                mock server can call. "" sends no webhook.
            webhook_token: Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback (ignored for
                callers using a web session instead of an API token).
            train_mode: Only `best` is supported (docs).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as VoiceCloneRecord.
            The new task: `client.tts.wait_voice(task.id)` waits for it to end (or `client.wait_many([task, ...])`).
        """
        if wire_names:
            raise misnamed("tts_train_voice", wire_names)
        return await self._client._call(
            "tts_train_voice",
            {
                "name": name,
                "voice_urls": voice_urls,
                "gender": gender,
                "denoise": denoise,
                "enhance_voice_similarity": enhance_voice_similarity,
                "model": model,
                "language": language,
                "webhook_url": webhook_url,
                "webhook_token": webhook_token,
                "train_mode": train_mode,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_voice(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> VoiceCloneRecord:
        """Get voice training record detail.

        One voice-clone record by id.

        Wire: GET /api/v1/userVoice/{_id} (operation `tts_get_voice`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as VoiceCloneRecord.
        """
        if wire_names:
            raise misnamed("tts_get_voice", wire_names)
        return await self._client._call(
            "tts_get_voice",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def wait_voice(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VoiceCloneRecord]], object] | None = None,
    ) -> VoiceCloneRecord:
        """Poll `get_voice` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds (a status call under way then may finish; no other
        starts). `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "tts_get_voice", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def rename_voice(
        self,
        id: str,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Update voice training record name.

        A2E's published notes:

        * Renames only; training inputs and status stay unchanged.

        Wire: PUT /api/v1/userVoice/{_id} (operation `tts_rename_voice`).

        Args:
            id (`_id`): Task or record id: A2E's `_id`, a MongoDB ObjectId (24 hex characters; every id in A2E's
                documents and answers has this form). Any other text is not an id: where a family has a literal route
                beside this one (`/userVideoTwin/records`), A2E routes such a value there, as Express does.
            name: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("tts_rename_voice", wire_names)
        return await self._client._call(
            "tts_rename_voice",
            {
                "_id": id,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_voice(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete voice training record.

        Deletes a cloned voice.

        A2E's published notes:

        * Soft delete: sets deleted=true; the record is not physically removed.

        Wire: DELETE /api/v1/userVoice/{_id} (operation `tts_delete_voice`).

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
            raise misnamed("tts_delete_voice", wire_names)
        return await self._client._call(
            "tts_delete_voice",
            {
                "_id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_presets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """List system voices (TTS presets).

        Wire: POST /api/v1/anchor/tts_list (operation `tts_list_presets`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("tts_list_presets", wire_names)
        return await self._client._call(
            "tts_list_presets",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_previews(
        self,
        *,
        page_size: int | None = None,
        current: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Any:
        """Get TTS preview list.

        A2E's published notes:

        * Only the caller's non-deleted previews from the last 24 hours.

        Wire: GET /api/v1/tts/preview/list (operation `tts_list_previews`).

        Args:
            page_size (`pageSize`): (A2E documents nothing for this field)
            current: (A2E documents nothing for this field)

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Any.
        """
        if wire_names:
            raise misnamed("tts_list_previews", wire_names)
        return await self._client._call(
            "tts_list_previews",
            {
                "pageSize": page_size,
                "current": current,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_preview(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Empty:
        """Delete TTS preview record.

        A2E's published notes:

        * Soft delete; the stored audio object is not removed.

        Wire: DELETE /api/v1/tts/preview/{id} (operation `tts_delete_preview`).

        Args:
            id: Task or record id (A2E's `_id`; these paths name it `id`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Empty.
        """
        if wire_names:
            raise misnamed("tts_delete_preview", wire_names)
        return await self._client._call(
            "tts_delete_preview",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_training_voices(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> builtins.list[TaskRecord]:
        """Get voice training records.

        A2E's published notes:

        * Newest first by createdAt.
        * current_status values: sent, pendding (sic), processing, completed, failed.

        Wire: GET /api/v1/userVoice/trainingRecord (operation `tts_list_training_voices`).

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as builtins.list[TaskRecord].
        """
        if wire_names:
            raise misnamed("tts_list_training_voices", wire_names)
        return await self._client._call(
            "tts_list_training_voices",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawTts:
    """The operations of `Tts`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Tts) -> None:
        self.list_voices = raw_view(group.list_voices)
        self.list_voices_post = raw_view(group.list_voices_post)
        self.generate = raw_view(group.generate)
        self.list_cloned_voices = raw_view(group.list_cloned_voices)
        self.train_voice = raw_view(group.train_voice)
        self.get_voice = raw_view(group.get_voice)
        self.rename_voice = raw_view(group.rename_voice)
        self.delete_voice = raw_view(group.delete_voice)
        self.list_presets = raw_view(group.list_presets)
        self.list_previews = raw_view(group.list_previews)
        self.delete_preview = raw_view(group.delete_preview)
        self.list_training_voices = raw_view(group.list_training_voices)


class AsyncRawTts:
    """The operations of `AsyncTts`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncTts) -> None:
        self.list_voices = async_raw_view(group.list_voices)
        self.list_voices_post = async_raw_view(group.list_voices_post)
        self.generate = async_raw_view(group.generate)
        self.list_cloned_voices = async_raw_view(group.list_cloned_voices)
        self.train_voice = async_raw_view(group.train_voice)
        self.get_voice = async_raw_view(group.get_voice)
        self.rename_voice = async_raw_view(group.rename_voice)
        self.delete_voice = async_raw_view(group.delete_voice)
        self.list_presets = async_raw_view(group.list_presets)
        self.list_previews = async_raw_view(group.list_previews)
        self.delete_preview = async_raw_view(group.delete_preview)
        self.list_training_voices = async_raw_view(group.list_training_voices)
