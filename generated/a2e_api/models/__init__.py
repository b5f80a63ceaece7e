"""Data models used in inputs and outputs, imported on first use so that importing one costs one module."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anchor import Anchor
    from .anchor_list_envelope import AnchorListEnvelope
    from .api_token import ApiToken
    from .api_token_envelope import ApiTokenEnvelope
    from .api_token_list_envelope import ApiTokenListEnvelope
    from .auto_public_pool_request import AutoPublicPoolRequest
    from .avatar_list_request import AvatarListRequest
    from .avatar_twin import AvatarTwin
    from .avatar_twin_envelope import AvatarTwinEnvelope
    from .avatar_twin_list_envelope import AvatarTwinListEnvelope
    from .avatar_twin_page import AvatarTwinPage
    from .avatar_twin_page_envelope import AvatarTwinPageEnvelope
    from .background_add_request import BackgroundAddRequest
    from .background_image import BackgroundImage
    from .background_image_envelope import BackgroundImageEnvelope
    from .background_image_list_envelope import BackgroundImageListEnvelope
    from .caption_style import CaptionStyle
    from .channel_request import ChannelRequest
    from .channel_text_request import ChannelTextRequest
    from .credit_transaction import CreditTransaction
    from .credit_transaction_page import CreditTransactionPage
    from .credit_transaction_page_envelope import CreditTransactionPageEnvelope
    from .credits_ import Credits
    from .credits_envelope import CreditsEnvelope
    from .dubbing_request import DubbingRequest
    from .empty import Empty
    from .empty_envelope import EmptyEnvelope
    from .error_envelope import ErrorEnvelope
    from .exchange_diamonds_request import ExchangeDiamondsRequest
    from .face_image import FaceImage
    from .face_image_list_envelope import FaceImageListEnvelope
    from .face_image_page import FaceImagePage
    from .face_image_page_envelope import FaceImagePageEnvelope
    from .face_swap_preview_request import FaceSwapPreviewRequest
    from .face_swap_record import FaceSwapRecord
    from .face_swap_record_envelope import FaceSwapRecordEnvelope
    from .face_swap_record_list_envelope import FaceSwapRecordListEnvelope
    from .face_swap_record_page import FaceSwapRecordPage
    from .face_swap_record_page_envelope import FaceSwapRecordPageEnvelope
    from .face_swap_task_request import FaceSwapTaskRequest
    from .face_url_request import FaceUrlRequest
    from .ids_request import IdsRequest
    from .image_2_video_record import Image2VideoRecord
    from .image_2_video_record_envelope import Image2VideoRecordEnvelope
    from .image_2_video_record_list_envelope import Image2VideoRecordListEnvelope
    from .image_2_video_record_page import Image2VideoRecordPage
    from .image_2_video_record_page_envelope import Image2VideoRecordPageEnvelope
    from .image_edit_request import ImageEditRequest
    from .image_edit_request_edit_type import ImageEditRequestEditType
    from .lang_classify_request import LangClassifyRequest
    from .language import Language
    from .language_guess import LanguageGuess
    from .language_guess_envelope import LanguageGuessEnvelope
    from .language_list_envelope import LanguageListEnvelope
    from .lip_sync_model import LipSyncModel
    from .lip_sync_model_list_envelope import LipSyncModelListEnvelope
    from .login_request import LoginRequest
    from .login_result import LoginResult
    from .login_result_envelope import LoginResultEnvelope
    from .model_task_request import ModelTaskRequest
    from .nano_banana_request import NanoBananaRequest
    from .open_request import OpenRequest
    from .presign_request import PresignRequest
    from .presigned_upload import PresignedUpload
    from .presigned_upload_envelope import PresignedUploadEnvelope
    from .processing_time import ProcessingTime
    from .processing_time_envelope import ProcessingTimeEnvelope
    from .prompt_extension import PromptExtension
    from .prompt_extension_envelope import PromptExtensionEnvelope
    from .prompt_extension_request import PromptExtensionRequest
    from .qa_context import QaContext
    from .qa_context_envelope import QaContextEnvelope
    from .qa_context_request import QaContextRequest
    from .quote import Quote
    from .quote_envelope import QuoteEnvelope
    from .quote_request import QuoteRequest
    from .quote_request_request_body import QuoteRequestRequestBody
    from .stored_file import StoredFile
    from .stored_file_envelope import StoredFileEnvelope
    from .streaming_avatar import StreamingAvatar
    from .streaming_avatar_list_envelope import StreamingAvatarListEnvelope
    from .streaming_token import StreamingToken
    from .streaming_token_envelope import StreamingTokenEnvelope
    from .streaming_token_request import StreamingTokenRequest
    from .talking_photo_request import TalkingPhotoRequest
    from .talking_video_record import TalkingVideoRecord
    from .talking_video_record_envelope import TalkingVideoRecordEnvelope
    from .talking_video_record_list_envelope import TalkingVideoRecordListEnvelope
    from .talking_video_record_page import TalkingVideoRecordPage
    from .talking_video_record_page_envelope import TalkingVideoRecordPageEnvelope
    from .talking_video_request import TalkingVideoRequest
    from .task_id_request import TaskIdRequest
    from .task_record import TaskRecord
    from .task_record_envelope import TaskRecordEnvelope
    from .task_record_list_envelope import TaskRecordListEnvelope
    from .task_record_page import TaskRecordPage
    from .task_record_page_envelope import TaskRecordPageEnvelope
    from .text_2_image_request import Text2ImageRequest
    from .token_generate_request import TokenGenerateRequest
    from .transfer_request import TransferRequest
    from .try_on_request import TryOnRequest
    from .tts_audio_envelope import TtsAudioEnvelope
    from .unknown_envelope import UnknownEnvelope
    from .video_generate_request import VideoGenerateRequest
    from .video_generate_request_anchor_type import VideoGenerateRequestAnchorType
    from .video_list_request import VideoListRequest
    from .video_record import VideoRecord
    from .video_record_envelope import VideoRecordEnvelope
    from .video_record_list_envelope import VideoRecordListEnvelope
    from .video_record_page import VideoRecordPage
    from .video_record_page_envelope import VideoRecordPageEnvelope
    from .video_task import VideoTask
    from .video_task_envelope import VideoTaskEnvelope
    from .voice import Voice
    from .voice_clone_record import VoiceCloneRecord
    from .voice_clone_record_envelope import VoiceCloneRecordEnvelope
    from .voice_clone_record_list_envelope import VoiceCloneRecordListEnvelope
    from .voice_group import VoiceGroup
    from .voice_group_list_envelope import VoiceGroupListEnvelope
    from .voice_list_request import VoiceListRequest
    from .voice_training_request import VoiceTrainingRequest
    from .voice_training_request_gender import VoiceTrainingRequestGender
    from .wan_25_request import Wan25Request
    from .wan_spicy_request import WanSpicyRequest
    from .wanneer_request import WanneerRequest

MODULES: dict[str, str] = {
    "Anchor": ".anchor",
    "AnchorListEnvelope": ".anchor_list_envelope",
    "ApiToken": ".api_token",
    "ApiTokenEnvelope": ".api_token_envelope",
    "ApiTokenListEnvelope": ".api_token_list_envelope",
    "AutoPublicPoolRequest": ".auto_public_pool_request",
    "AvatarListRequest": ".avatar_list_request",
    "AvatarTwin": ".avatar_twin",
    "AvatarTwinEnvelope": ".avatar_twin_envelope",
    "AvatarTwinListEnvelope": ".avatar_twin_list_envelope",
    "AvatarTwinPage": ".avatar_twin_page",
    "AvatarTwinPageEnvelope": ".avatar_twin_page_envelope",
    "BackgroundAddRequest": ".background_add_request",
    "BackgroundImage": ".background_image",
    "BackgroundImageEnvelope": ".background_image_envelope",
    "BackgroundImageListEnvelope": ".background_image_list_envelope",
    "CaptionStyle": ".caption_style",
    "ChannelRequest": ".channel_request",
    "ChannelTextRequest": ".channel_text_request",
    "CreditTransaction": ".credit_transaction",
    "CreditTransactionPage": ".credit_transaction_page",
    "CreditTransactionPageEnvelope": ".credit_transaction_page_envelope",
    "Credits": ".credits_",
    "CreditsEnvelope": ".credits_envelope",
    "DubbingRequest": ".dubbing_request",
    "Empty": ".empty",
    "EmptyEnvelope": ".empty_envelope",
    "ErrorEnvelope": ".error_envelope",
    "ExchangeDiamondsRequest": ".exchange_diamonds_request",
    "FaceImage": ".face_image",
    "FaceImageListEnvelope": ".face_image_list_envelope",
    "FaceImagePage": ".face_image_page",
    "FaceImagePageEnvelope": ".face_image_page_envelope",
    "FaceSwapPreviewRequest": ".face_swap_preview_request",
    "FaceSwapRecord": ".face_swap_record",
    "FaceSwapRecordEnvelope": ".face_swap_record_envelope",
    "FaceSwapRecordListEnvelope": ".face_swap_record_list_envelope",
    "FaceSwapRecordPage": ".face_swap_record_page",
    "FaceSwapRecordPageEnvelope": ".face_swap_record_page_envelope",
    "FaceSwapTaskRequest": ".face_swap_task_request",
    "FaceUrlRequest": ".face_url_request",
    "IdsRequest": ".ids_request",
    "Image2VideoRecord": ".image_2_video_record",
    "Image2VideoRecordEnvelope": ".image_2_video_record_envelope",
    "Image2VideoRecordListEnvelope": ".image_2_video_record_list_envelope",
    "Image2VideoRecordPage": ".image_2_video_record_page",
    "Image2VideoRecordPageEnvelope": ".image_2_video_record_page_envelope",
    "ImageEditRequest": ".image_edit_request",
    "ImageEditRequestEditType": ".image_edit_request_edit_type",
    "LangClassifyRequest": ".lang_classify_request",
    "Language": ".language",
    "LanguageGuess": ".language_guess",
    "LanguageGuessEnvelope": ".language_guess_envelope",
    "LanguageListEnvelope": ".language_list_envelope",
    "LipSyncModel": ".lip_sync_model",
    "LipSyncModelListEnvelope": ".lip_sync_model_list_envelope",
    "LoginRequest": ".login_request",
    "LoginResult": ".login_result",
    "LoginResultEnvelope": ".login_result_envelope",
    "ModelTaskRequest": ".model_task_request",
    "NanoBananaRequest": ".nano_banana_request",
    "OpenRequest": ".open_request",
    "PresignRequest": ".presign_request",
    "PresignedUpload": ".presigned_upload",
    "PresignedUploadEnvelope": ".presigned_upload_envelope",
    "ProcessingTime": ".processing_time",
    "ProcessingTimeEnvelope": ".processing_time_envelope",
    "PromptExtension": ".prompt_extension",
    "PromptExtensionEnvelope": ".prompt_extension_envelope",
    "PromptExtensionRequest": ".prompt_extension_request",
    "QaContext": ".qa_context",
    "QaContextEnvelope": ".qa_context_envelope",
    "QaContextRequest": ".qa_context_request",
    "Quote": ".quote",
    "QuoteEnvelope": ".quote_envelope",
    "QuoteRequest": ".quote_request",
    "QuoteRequestRequestBody": ".quote_request_request_body",
    "StoredFile": ".stored_file",
    "StoredFileEnvelope": ".stored_file_envelope",
    "StreamingAvatar": ".streaming_avatar",
    "StreamingAvatarListEnvelope": ".streaming_avatar_list_envelope",
    "StreamingToken": ".streaming_token",
    "StreamingTokenEnvelope": ".streaming_token_envelope",
    "StreamingTokenRequest": ".streaming_token_request",
    "TalkingPhotoRequest": ".talking_photo_request",
    "TalkingVideoRecord": ".talking_video_record",
    "TalkingVideoRecordEnvelope": ".talking_video_record_envelope",
    "TalkingVideoRecordListEnvelope": ".talking_video_record_list_envelope",
    "TalkingVideoRecordPage": ".talking_video_record_page",
    "TalkingVideoRecordPageEnvelope": ".talking_video_record_page_envelope",
    "TalkingVideoRequest": ".talking_video_request",
    "TaskIdRequest": ".task_id_request",
    "TaskRecord": ".task_record",
    "TaskRecordEnvelope": ".task_record_envelope",
    "TaskRecordListEnvelope": ".task_record_list_envelope",
    "TaskRecordPage": ".task_record_page",
    "TaskRecordPageEnvelope": ".task_record_page_envelope",
    "Text2ImageRequest": ".text_2_image_request",
    "TokenGenerateRequest": ".token_generate_request",
    "TransferRequest": ".transfer_request",
    "TryOnRequest": ".try_on_request",
    "TtsAudioEnvelope": ".tts_audio_envelope",
    "UnknownEnvelope": ".unknown_envelope",
    "VideoGenerateRequest": ".video_generate_request",
    "VideoGenerateRequestAnchorType": ".video_generate_request_anchor_type",
    "VideoListRequest": ".video_list_request",
    "VideoRecord": ".video_record",
    "VideoRecordEnvelope": ".video_record_envelope",
    "VideoRecordListEnvelope": ".video_record_list_envelope",
    "VideoRecordPage": ".video_record_page",
    "VideoRecordPageEnvelope": ".video_record_page_envelope",
    "VideoTask": ".video_task",
    "VideoTaskEnvelope": ".video_task_envelope",
    "Voice": ".voice",
    "VoiceCloneRecord": ".voice_clone_record",
    "VoiceCloneRecordEnvelope": ".voice_clone_record_envelope",
    "VoiceCloneRecordListEnvelope": ".voice_clone_record_list_envelope",
    "VoiceGroup": ".voice_group",
    "VoiceGroupListEnvelope": ".voice_group_list_envelope",
    "VoiceListRequest": ".voice_list_request",
    "VoiceTrainingRequest": ".voice_training_request",
    "VoiceTrainingRequestGender": ".voice_training_request_gender",
    "Wan25Request": ".wan_25_request",
    "WanSpicyRequest": ".wan_spicy_request",
    "WanneerRequest": ".wanneer_request",
}

__all__ = (
    "Anchor",
    "AnchorListEnvelope",
    "ApiToken",
    "ApiTokenEnvelope",
    "ApiTokenListEnvelope",
    "AutoPublicPoolRequest",
    "AvatarListRequest",
    "AvatarTwin",
    "AvatarTwinEnvelope",
    "AvatarTwinListEnvelope",
    "AvatarTwinPage",
    "AvatarTwinPageEnvelope",
    "BackgroundAddRequest",
    "BackgroundImage",
    "BackgroundImageEnvelope",
    "BackgroundImageListEnvelope",
    "CaptionStyle",
    "ChannelRequest",
    "ChannelTextRequest",
    "CreditTransaction",
    "CreditTransactionPage",
    "CreditTransactionPageEnvelope",
    "Credits",
    "CreditsEnvelope",
    "DubbingRequest",
    "Empty",
    "EmptyEnvelope",
    "ErrorEnvelope",
    "ExchangeDiamondsRequest",
    "FaceImage",
    "FaceImageListEnvelope",
    "FaceImagePage",
    "FaceImagePageEnvelope",
    "FaceSwapPreviewRequest",
    "FaceSwapRecord",
    "FaceSwapRecordEnvelope",
    "FaceSwapRecordListEnvelope",
    "FaceSwapRecordPage",
    "FaceSwapRecordPageEnvelope",
    "FaceSwapTaskRequest",
    "FaceUrlRequest",
    "IdsRequest",
    "Image2VideoRecord",
    "Image2VideoRecordEnvelope",
    "Image2VideoRecordListEnvelope",
    "Image2VideoRecordPage",
    "Image2VideoRecordPageEnvelope",
    "ImageEditRequest",
    "ImageEditRequestEditType",
    "LangClassifyRequest",
    "Language",
    "LanguageGuess",
    "LanguageGuessEnvelope",
    "LanguageListEnvelope",
    "LipSyncModel",
    "LipSyncModelListEnvelope",
    "LoginRequest",
    "LoginResult",
    "LoginResultEnvelope",
    "ModelTaskRequest",
    "NanoBananaRequest",
    "OpenRequest",
    "PresignRequest",
    "PresignedUpload",
    "PresignedUploadEnvelope",
    "ProcessingTime",
    "ProcessingTimeEnvelope",
    "PromptExtension",
    "PromptExtensionEnvelope",
    "PromptExtensionRequest",
    "QaContext",
    "QaContextEnvelope",
    "QaContextRequest",
    "Quote",
    "QuoteEnvelope",
    "QuoteRequest",
    "QuoteRequestRequestBody",
    "StoredFile",
    "StoredFileEnvelope",
    "StreamingAvatar",
    "StreamingAvatarListEnvelope",
    "StreamingToken",
    "StreamingTokenEnvelope",
    "StreamingTokenRequest",
    "TalkingPhotoRequest",
    "TalkingVideoRecord",
    "TalkingVideoRecordEnvelope",
    "TalkingVideoRecordListEnvelope",
    "TalkingVideoRecordPage",
    "TalkingVideoRecordPageEnvelope",
    "TalkingVideoRequest",
    "TaskIdRequest",
    "TaskRecord",
    "TaskRecordEnvelope",
    "TaskRecordListEnvelope",
    "TaskRecordPage",
    "TaskRecordPageEnvelope",
    "Text2ImageRequest",
    "TokenGenerateRequest",
    "TransferRequest",
    "TryOnRequest",
    "TtsAudioEnvelope",
    "UnknownEnvelope",
    "VideoGenerateRequest",
    "VideoGenerateRequestAnchorType",
    "VideoListRequest",
    "VideoRecord",
    "VideoRecordEnvelope",
    "VideoRecordListEnvelope",
    "VideoRecordPage",
    "VideoRecordPageEnvelope",
    "VideoTask",
    "VideoTaskEnvelope",
    "Voice",
    "VoiceCloneRecord",
    "VoiceCloneRecordEnvelope",
    "VoiceCloneRecordListEnvelope",
    "VoiceGroup",
    "VoiceGroupListEnvelope",
    "VoiceListRequest",
    "VoiceTrainingRequest",
    "VoiceTrainingRequestGender",
    "Wan25Request",
    "WanSpicyRequest",
    "WanneerRequest",
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
