"""Data models used in inputs and outputs, imported on first use so that importing one costs one module."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anchor import Anchor
    from .anchor_list_envelope import AnchorListEnvelope
    from .caption_style import CaptionStyle
    from .credits_ import Credits
    from .credits_envelope import CreditsEnvelope
    from .empty import Empty
    from .empty_envelope import EmptyEnvelope
    from .error_envelope import ErrorEnvelope
    from .task_id_request import TaskIdRequest
    from .tts_audio_envelope import TtsAudioEnvelope
    from .video_generate_request import VideoGenerateRequest
    from .video_generate_request_anchor_type import VideoGenerateRequestAnchorType
    from .video_record import VideoRecord
    from .video_record_list_envelope import VideoRecordListEnvelope
    from .video_record_page import VideoRecordPage
    from .video_record_page_envelope import VideoRecordPageEnvelope
    from .video_task import VideoTask
    from .video_task_envelope import VideoTaskEnvelope
    from .voice import Voice
    from .voice_group import VoiceGroup
    from .voice_group_list_envelope import VoiceGroupListEnvelope

MODULES: dict[str, str] = {
    "Anchor": ".anchor",
    "AnchorListEnvelope": ".anchor_list_envelope",
    "CaptionStyle": ".caption_style",
    "Credits": ".credits_",
    "CreditsEnvelope": ".credits_envelope",
    "Empty": ".empty",
    "EmptyEnvelope": ".empty_envelope",
    "ErrorEnvelope": ".error_envelope",
    "TaskIdRequest": ".task_id_request",
    "TtsAudioEnvelope": ".tts_audio_envelope",
    "VideoGenerateRequest": ".video_generate_request",
    "VideoGenerateRequestAnchorType": ".video_generate_request_anchor_type",
    "VideoRecord": ".video_record",
    "VideoRecordListEnvelope": ".video_record_list_envelope",
    "VideoRecordPage": ".video_record_page",
    "VideoRecordPageEnvelope": ".video_record_page_envelope",
    "VideoTask": ".video_task",
    "VideoTaskEnvelope": ".video_task_envelope",
    "Voice": ".voice",
    "VoiceGroup": ".voice_group",
    "VoiceGroupListEnvelope": ".voice_group_list_envelope",
}

__all__ = (
    "Anchor",
    "AnchorListEnvelope",
    "CaptionStyle",
    "Credits",
    "CreditsEnvelope",
    "Empty",
    "EmptyEnvelope",
    "ErrorEnvelope",
    "TaskIdRequest",
    "TtsAudioEnvelope",
    "VideoGenerateRequest",
    "VideoGenerateRequestAnchorType",
    "VideoRecord",
    "VideoRecordListEnvelope",
    "VideoRecordPage",
    "VideoRecordPageEnvelope",
    "VideoTask",
    "VideoTaskEnvelope",
    "Voice",
    "VoiceGroup",
    "VoiceGroupListEnvelope",
)


def __getattr__(name: str) -> Any:
    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
