"""TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
