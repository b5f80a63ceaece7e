"""TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.empty import Empty
    from ..models.voice_clone_record import VoiceCloneRecord
    from ..models.voice_group import VoiceGroup

__all__ = ["AsyncTts", "Tts"]


class Tts:
    """TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def list_voices(
        self, *, country: str | None = None, region: str | None = None, voice_map_type: str | None = None
    ) -> builtins.list[VoiceGroup]:
        """List Public TTS Options.

        Lists the public (stock) TTS voices, grouped. Use a voice's `value` as `tts_id` in Generate TTS Audio.
        The docs menu shows this GET variant without a field table; fields come from client code.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/anchor/voice_list (operation `tts_list_voices`).

        Args:
            country: Language part of the locale, e.g. `en`.
            region: Region part of the locale, e.g. `US`.
            voice_map_type: Full locale filter, e.g. `en-US`.

        Returns:
            The envelope's `data` as builtins.list[VoiceGroup].
        """
        return self._client._call(
            "tts_list_voices",
            {
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
        )

    def list_voices_post(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> builtins.list[VoiceGroup]:
        """List Public TTS Options.

        Older docs menus show a POST variant; its path is unknown. Inferred as the GET variant's path with a JSON body. Prefer `tts.list_voices`.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Other forms seen: POST /api/v1/anchor/tts_list with {}.
        Wire: POST /api/v1/anchor/voice_list (operation `tts_list_voices_post`).

        Args:
            country: (undocumented)
            region: (undocumented)
            voice_map_type: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as builtins.list[VoiceGroup].
        """
        return self._client._call(
            "tts_list_voices_post",
            {
                **(extra_body or {}),
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
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
    ) -> str:
        """Generate TTS Audio (Text-to-Speech).

        Synthesises speech and returns the URL of the audio file (the `data` is a plain string, not an
        object). Use the URL as `audioSrc` in Generate AI Avatar Videos. Pass either a public voice
        (`tts_id`) or a cloned voice (`user_voice_id`, which then needs `country` and `region`).
        The 200-character limit per call matches the web app's counter and client code; the API docs do
        not state it.

        Wire: POST /api/v1/video/send_tts (operation `tts_generate`).

        Args:
            msg: Text to speak, at most 200 characters per call (split longer text).
            tts_id: Public voice id (a voice's `value` from List Public TTS Options).
            user_voice_id: Cloned voice id (the `speaker_id` of a finished voice clone); needs `country` and `region`.
            country: Language, e.g. `en` (required with `user_voice_id`).
            region: Region, e.g. `US` (required with `user_voice_id`).
            speech_rate (`speechRate`): Speaking speed; 1 is normal, clients use 0.5 to 2.

        Returns:
            The envelope's `data` as str.
        """
        return self._client._call(
            "tts_generate",
            {
                "msg": msg,
                "tts_id": tts_id,
                "user_voice_id": user_voice_id,
                "country": country,
                "region": region,
                "speechRate": speech_rate,
            },
        )

    def list_cloned_voices(self) -> builtins.list[VoiceCloneRecord]:
        """List Voice Clone Options.

        The caller's finished voice clones. Use a record's `speaker_id` as `user_voice_id` (with `country` and `region`) in Generate TTS Audio.

        Wire: GET /api/v1/userVoice/completedRecord (operation `tts_list_cloned_voices`).

        Returns:
            The envelope's `data` as builtins.list[VoiceCloneRecord].
        """
        return self._client._call(
            "tts_list_cloned_voices",
            {},
        )

    def train_voice(
        self,
        *,
        name: str,
        voice_urls: Sequence[str],
        model: str | None = None,
        language: str | None = None,
        gender: str | None = None,
        denoise: bool | None = None,
        train_mode: str | None = None,
    ) -> VoiceCloneRecord:
        """Train TTS Model of The User's Voice (Voice Clone).

        Trains a cloned voice from recordings; usually ready within 1-2 minutes. Follow it with Get Details of a Voice or List Voice Clone Options.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/userVoice/startTraining {name, audio_url}; POST /api/v1/userVoice/trainTtsModel.
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVoice/training (operation `tts_train_voice`).

        Args:
            name: Label for the voice.
            voice_urls: Audio samples (mp3, wav or m4a; 15-60 s in total; one clear speaker).
            model: Cloning engine: `a2e` (default), `cartesia`, `minimax`, `elevenlabs`.
            language: Language of the samples, e.g. `en` or `en-US`.
            gender: (undocumented)
            denoise: Clean background noise.
            train_mode: Only `best` is supported (docs).

        Returns:
            The envelope's `data` as VoiceCloneRecord.
        """
        return self._client._call(
            "tts_train_voice",
            {
                "name": name,
                "voice_urls": voice_urls,
                "model": model,
                "language": language,
                "gender": gender,
                "denoise": denoise,
                "train_mode": train_mode,
            },
        )

    def list_training_voices(self) -> builtins.list[VoiceCloneRecord]:
        """List Ongoing Voice Clone Tasks.

        Voice clones still training.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userVoice/processingRecord (operation `tts_list_training_voices`).

        Returns:
            The envelope's `data` as builtins.list[VoiceCloneRecord].
        """
        return self._client._call(
            "tts_list_training_voices",
            {},
        )

    def get_voice(self, id: str) -> VoiceCloneRecord:
        """Get Details of a Voice.

        One voice-clone record by id.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userVoice/detail/{_id}.
        Wire: GET /api/v1/userVoice/{_id} (operation `tts_get_voice`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as VoiceCloneRecord.
        """
        return self._client._call(
            "tts_get_voice",
            {
                "_id": id,
            },
        )

    def wait_voice(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[Any], object] | None = None,
    ) -> VoiceCloneRecord:
        """Poll `get_voice` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return self._client._wait(
            "tts_get_voice", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def delete_voice(self, id: str) -> Empty:
        """Delete a User Voice.

        Deletes a cloned voice.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userVoice/{_id} (operation `tts_delete_voice`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return self._client._call(
            "tts_delete_voice",
            {
                "_id": id,
            },
        )


class AsyncTts:
    """TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    async def list_voices(
        self, *, country: str | None = None, region: str | None = None, voice_map_type: str | None = None
    ) -> builtins.list[VoiceGroup]:
        """List Public TTS Options.

        Lists the public (stock) TTS voices, grouped. Use a voice's `value` as `tts_id` in Generate TTS Audio.
        The docs menu shows this GET variant without a field table; fields come from client code.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/anchor/voice_list (operation `tts_list_voices`).

        Args:
            country: Language part of the locale, e.g. `en`.
            region: Region part of the locale, e.g. `US`.
            voice_map_type: Full locale filter, e.g. `en-US`.

        Returns:
            The envelope's `data` as builtins.list[VoiceGroup].
        """
        return await self._client._call(
            "tts_list_voices",
            {
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
        )

    async def list_voices_post(
        self,
        *,
        country: str | None = None,
        region: str | None = None,
        voice_map_type: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> builtins.list[VoiceGroup]:
        """List Public TTS Options.

        Older docs menus show a POST variant; its path is unknown. Inferred as the GET variant's path with a JSON body. Prefer `tts.list_voices`.

        Confidence: inferred (method, path or fields not confirmed by A2E's docs).
        Deprecated: kept because A2E's docs list it; prefer the current operation.
        Other forms seen: POST /api/v1/anchor/tts_list with {}.
        Wire: POST /api/v1/anchor/voice_list (operation `tts_list_voices_post`).

        Args:
            country: (undocumented)
            region: (undocumented)
            voice_map_type: (undocumented)
            extra_body: More body fields, sent as given (this body's fields are not all documented).

        Returns:
            The envelope's `data` as builtins.list[VoiceGroup].
        """
        return await self._client._call(
            "tts_list_voices_post",
            {
                **(extra_body or {}),
                "country": country,
                "region": region,
                "voice_map_type": voice_map_type,
            },
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
    ) -> str:
        """Generate TTS Audio (Text-to-Speech).

        Synthesises speech and returns the URL of the audio file (the `data` is a plain string, not an
        object). Use the URL as `audioSrc` in Generate AI Avatar Videos. Pass either a public voice
        (`tts_id`) or a cloned voice (`user_voice_id`, which then needs `country` and `region`).
        The 200-character limit per call matches the web app's counter and client code; the API docs do
        not state it.

        Wire: POST /api/v1/video/send_tts (operation `tts_generate`).

        Args:
            msg: Text to speak, at most 200 characters per call (split longer text).
            tts_id: Public voice id (a voice's `value` from List Public TTS Options).
            user_voice_id: Cloned voice id (the `speaker_id` of a finished voice clone); needs `country` and `region`.
            country: Language, e.g. `en` (required with `user_voice_id`).
            region: Region, e.g. `US` (required with `user_voice_id`).
            speech_rate (`speechRate`): Speaking speed; 1 is normal, clients use 0.5 to 2.

        Returns:
            The envelope's `data` as str.
        """
        return await self._client._call(
            "tts_generate",
            {
                "msg": msg,
                "tts_id": tts_id,
                "user_voice_id": user_voice_id,
                "country": country,
                "region": region,
                "speechRate": speech_rate,
            },
        )

    async def list_cloned_voices(self) -> builtins.list[VoiceCloneRecord]:
        """List Voice Clone Options.

        The caller's finished voice clones. Use a record's `speaker_id` as `user_voice_id` (with `country` and `region`) in Generate TTS Audio.

        Wire: GET /api/v1/userVoice/completedRecord (operation `tts_list_cloned_voices`).

        Returns:
            The envelope's `data` as builtins.list[VoiceCloneRecord].
        """
        return await self._client._call(
            "tts_list_cloned_voices",
            {},
        )

    async def train_voice(
        self,
        *,
        name: str,
        voice_urls: Sequence[str],
        model: str | None = None,
        language: str | None = None,
        gender: str | None = None,
        denoise: bool | None = None,
        train_mode: str | None = None,
    ) -> VoiceCloneRecord:
        """Train TTS Model of The User's Voice (Voice Clone).

        Trains a cloned voice from recordings; usually ready within 1-2 minutes. Follow it with Get Details of a Voice or List Voice Clone Options.

        Confidence: observed (method, path or fields not confirmed by A2E's docs).
        Other forms seen: POST /api/v1/userVoice/startTraining {name, audio_url}; POST /api/v1/userVoice/trainTtsModel.
        Charged on creation: never retried automatically once it may have reached A2E.
        Wire: POST /api/v1/userVoice/training (operation `tts_train_voice`).

        Args:
            name: Label for the voice.
            voice_urls: Audio samples (mp3, wav or m4a; 15-60 s in total; one clear speaker).
            model: Cloning engine: `a2e` (default), `cartesia`, `minimax`, `elevenlabs`.
            language: Language of the samples, e.g. `en` or `en-US`.
            gender: (undocumented)
            denoise: Clean background noise.
            train_mode: Only `best` is supported (docs).

        Returns:
            The envelope's `data` as VoiceCloneRecord.
        """
        return await self._client._call(
            "tts_train_voice",
            {
                "name": name,
                "voice_urls": voice_urls,
                "model": model,
                "language": language,
                "gender": gender,
                "denoise": denoise,
                "train_mode": train_mode,
            },
        )

    async def list_training_voices(self) -> builtins.list[VoiceCloneRecord]:
        """List Ongoing Voice Clone Tasks.

        Voice clones still training.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: GET /api/v1/userVoice/processingRecord (operation `tts_list_training_voices`).

        Returns:
            The envelope's `data` as builtins.list[VoiceCloneRecord].
        """
        return await self._client._call(
            "tts_list_training_voices",
            {},
        )

    async def get_voice(self, id: str) -> VoiceCloneRecord:
        """Get Details of a Voice.

        One voice-clone record by id.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Other forms seen: GET /api/v1/userVoice/detail/{_id}.
        Wire: GET /api/v1/userVoice/{_id} (operation `tts_get_voice`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as VoiceCloneRecord.
        """
        return await self._client._call(
            "tts_get_voice",
            {
                "_id": id,
            },
        )

    async def wait_voice(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[Any], object] | None = None,
    ) -> VoiceCloneRecord:
        """Poll `get_voice` until the task ends; return its final record.

        Status dialect `task`. Raises `a2e.TaskFailedError` when the task fails and
        `a2e.WaitTimeoutError` after `timeout` seconds. `on_progress` gets an `a2e.TaskProgress` per poll.
        """
        return await self._client._wait(
            "tts_get_voice", id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def delete_voice(self, id: str) -> Empty:
        """Delete a User Voice.

        Deletes a cloned voice.

        Confidence: weak (method, path or fields not confirmed by A2E's docs).
        Wire: DELETE /api/v1/userVoice/{_id} (operation `tts_delete_voice`).

        Args:
            id (`_id`): Task or record id (24 lowercase hex characters).

        Returns:
            The envelope's `data` as Empty.
        """
        return await self._client._call(
            "tts_delete_voice",
            {
                "_id": id,
            },
        )
