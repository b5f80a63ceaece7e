"""Models of A2E's answers, imported on first use so that importing one costs one module."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anchor import Anchor
    from .api_token import ApiToken
    from .avatar_twin import AvatarTwin
    from .avatar_twin_page import AvatarTwinPage
    from .background_image import BackgroundImage
    from .credit_transaction import CreditTransaction
    from .credit_transaction_page import CreditTransactionPage
    from .credits_ import Credits
    from .empty import Empty
    from .face_image import FaceImage
    from .face_image_page import FaceImagePage
    from .face_swap_record import FaceSwapRecord
    from .face_swap_record_page import FaceSwapRecordPage
    from .image_2_video_record import Image2VideoRecord
    from .image_2_video_record_page import Image2VideoRecordPage
    from .language import Language
    from .language_guess import LanguageGuess
    from .presigned_upload import PresignedUpload
    from .processing_time import ProcessingTime
    from .prompt_extension import PromptExtension
    from .qa_context import QaContext
    from .quote import Quote
    from .stored_file import StoredFile
    from .streaming_avatar import StreamingAvatar
    from .streaming_token import StreamingToken
    from .talking_video_record import TalkingVideoRecord
    from .talking_video_record_page import TalkingVideoRecordPage
    from .task_record import TaskRecord
    from .task_record_page import TaskRecordPage
    from .video_record import VideoRecord
    from .video_record_page import VideoRecordPage
    from .video_task import VideoTask
    from .voice import Voice
    from .voice_clone_record import VoiceCloneRecord
    from .voice_group import VoiceGroup

MODULES: dict[str, str] = {
    "Anchor": ".anchor",
    "ApiToken": ".api_token",
    "AvatarTwin": ".avatar_twin",
    "AvatarTwinPage": ".avatar_twin_page",
    "BackgroundImage": ".background_image",
    "CreditTransaction": ".credit_transaction",
    "CreditTransactionPage": ".credit_transaction_page",
    "Credits": ".credits_",
    "Empty": ".empty",
    "FaceImage": ".face_image",
    "FaceImagePage": ".face_image_page",
    "FaceSwapRecord": ".face_swap_record",
    "FaceSwapRecordPage": ".face_swap_record_page",
    "Image2VideoRecord": ".image_2_video_record",
    "Image2VideoRecordPage": ".image_2_video_record_page",
    "Language": ".language",
    "LanguageGuess": ".language_guess",
    "PresignedUpload": ".presigned_upload",
    "ProcessingTime": ".processing_time",
    "PromptExtension": ".prompt_extension",
    "QaContext": ".qa_context",
    "Quote": ".quote",
    "StoredFile": ".stored_file",
    "StreamingAvatar": ".streaming_avatar",
    "StreamingToken": ".streaming_token",
    "TalkingVideoRecord": ".talking_video_record",
    "TalkingVideoRecordPage": ".talking_video_record_page",
    "TaskRecord": ".task_record",
    "TaskRecordPage": ".task_record_page",
    "VideoRecord": ".video_record",
    "VideoRecordPage": ".video_record_page",
    "VideoTask": ".video_task",
    "Voice": ".voice",
    "VoiceCloneRecord": ".voice_clone_record",
    "VoiceGroup": ".voice_group",
}

__all__ = (
    "Anchor",
    "ApiToken",
    "AvatarTwin",
    "AvatarTwinPage",
    "BackgroundImage",
    "CreditTransaction",
    "CreditTransactionPage",
    "Credits",
    "Empty",
    "FaceImage",
    "FaceImagePage",
    "FaceSwapRecord",
    "FaceSwapRecordPage",
    "Image2VideoRecord",
    "Image2VideoRecordPage",
    "Language",
    "LanguageGuess",
    "PresignedUpload",
    "ProcessingTime",
    "PromptExtension",
    "QaContext",
    "Quote",
    "StoredFile",
    "StreamingAvatar",
    "StreamingToken",
    "TalkingVideoRecord",
    "TalkingVideoRecordPage",
    "TaskRecord",
    "TaskRecordPage",
    "VideoRecord",
    "VideoRecordPage",
    "VideoTask",
    "Voice",
    "VoiceCloneRecord",
    "VoiceGroup",
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
