"""Typed operation groups of `a2e.A2E` and `a2e.AsyncA2E`, one per tag of openapi/a2e.yaml.

Each group's module is imported the first time the group is used, so importing the client stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .misc import AsyncMisc, Misc
    from .tts import AsyncTts, Tts
    from .videos import AsyncVideos, Videos

GROUPS: dict[str, str] = {
    "tts": "TTS and Voice Clone",
    "videos": "Generate Avatar Videos",
    "misc": "Miscellaneous",
}


class Resources:
    """The operation groups, each created on first use."""

    @cached_property
    def tts(self) -> Tts:
        """TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices."""
        from .tts import Tts

        return Tts(self)

    @cached_property
    def videos(self) -> Videos:
        """Generate Avatar Videos: Lip-synced avatar videos from an anchor and an audio track (status dialect A)."""
        from .videos import Videos

        return Videos(self)

    @cached_property
    def misc(self) -> Misc:
        """Miscellaneous: Account balance and utilities."""
        from .misc import Misc

        return Misc(self)


class AsyncResources:
    """The operation groups, each created on first use."""

    @cached_property
    def tts(self) -> AsyncTts:
        """TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices."""
        from .tts import AsyncTts

        return AsyncTts(self)

    @cached_property
    def videos(self) -> AsyncVideos:
        """Generate Avatar Videos: Lip-synced avatar videos from an anchor and an audio track (status dialect A)."""
        from .videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def misc(self) -> AsyncMisc:
        """Miscellaneous: Account balance and utilities."""
        from .misc import AsyncMisc

        return AsyncMisc(self)
