"""Data models used in inputs and outputs, imported on first use so that importing one costs one module."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actor_swap_start_request import ActorSwapStartRequest
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
    from .avatars_continue_training_request import AvatarsContinueTrainingRequest
    from .avatars_eye_contact_request import AvatarsEyeContactRequest
    from .avatars_list_status import AvatarsListStatus
    from .avatars_remove_request import AvatarsRemoveRequest
    from .background_add_request import BackgroundAddRequest
    from .background_image import BackgroundImage
    from .background_image_envelope import BackgroundImageEnvelope
    from .background_image_list_envelope import BackgroundImageListEnvelope
    from .caption_removal_request import CaptionRemovalRequest
    from .channel_request import ChannelRequest
    from .channel_text_request import ChannelTextRequest
    from .credit_transaction import CreditTransaction
    from .credit_transaction_page import CreditTransactionPage
    from .credit_transaction_page_envelope import CreditTransactionPageEnvelope
    from .credits_ import Credits
    from .credits_envelope import CreditsEnvelope
    from .custom_avatars_add_request import CustomAvatarsAddRequest
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
    from .face_swap_task_request_model_version import FaceSwapTaskRequestModelVersion
    from .face_url_request import FaceUrlRequest
    from .flux_2_list_status import Flux2ListStatus
    from .flux_2_start_request import Flux2StartRequest
    from .flux_2_start_request_aspect_ratio import Flux2StartRequestAspectRatio
    from .flux_2_start_request_resolution import Flux2StartRequestResolution
    from .gpt_image_start_request import GptImageStartRequest
    from .gpt_image_start_request_aspect_ratio import GptImageStartRequestAspectRatio
    from .gpt_image_start_request_model import GptImageStartRequestModel
    from .gpt_image_start_request_quality import GptImageStartRequestQuality
    from .gpt_image_start_request_resolution import GptImageStartRequestResolution
    from .grok_start_request import GrokStartRequest
    from .grok_start_request_aspect_ratio import GrokStartRequestAspectRatio
    from .grok_start_request_duration import GrokStartRequestDuration
    from .grok_start_request_mode import GrokStartRequestMode
    from .grok_start_request_model_type import GrokStartRequestModelType
    from .grok_start_request_model_version import GrokStartRequestModelVersion
    from .happyhorse_start_request import HappyhorseStartRequest
    from .happyhorse_start_request_audio_setting import HappyhorseStartRequestAudioSetting
    from .happyhorse_start_request_duration import HappyhorseStartRequestDuration
    from .happyhorse_start_request_mode import HappyhorseStartRequestMode
    from .happyhorse_start_request_model_version import HappyhorseStartRequestModelVersion
    from .happyhorse_start_request_ratio import HappyhorseStartRequestRatio
    from .happyhorse_start_request_resolution import HappyhorseStartRequestResolution
    from .head_swap_start_request import HeadSwapStartRequest
    from .ids_request import IdsRequest
    from .image_2_video_record import Image2VideoRecord
    from .image_2_video_record_envelope import Image2VideoRecordEnvelope
    from .image_2_video_record_list_envelope import Image2VideoRecordListEnvelope
    from .image_2_video_record_page import Image2VideoRecordPage
    from .image_2_video_record_page_envelope import Image2VideoRecordPageEnvelope
    from .image_2_video_request import Image2VideoRequest
    from .image_2_video_request_model_type import Image2VideoRequestModelType
    from .image_2_video_request_model_version import Image2VideoRequestModelVersion
    from .image_edit_request import ImageEditRequest
    from .image_edit_request_edit_type import ImageEditRequestEditType
    from .image_to_video_extend_flf_2v_prompt_request import ImageToVideoExtendFlf2VPromptRequest
    from .image_to_video_extend_prompt_request import ImageToVideoExtendPromptRequest
    from .image_to_video_extend_prompt_request_template import ImageToVideoExtendPromptRequestTemplate
    from .kling_image_start_request import KlingImageStartRequest
    from .kling_image_start_request_aspect_ratio import KlingImageStartRequestAspectRatio
    from .kling_image_start_request_resolution import KlingImageStartRequestResolution
    from .kling_omni_start_request import KlingOmniStartRequest
    from .kling_omni_start_request_aspect_ratio import KlingOmniStartRequestAspectRatio
    from .kling_omni_start_request_mode import KlingOmniStartRequestMode
    from .kling_omni_start_request_multi_prompt_item import KlingOmniStartRequestMultiPromptItem
    from .kling_omni_start_request_shot_type import KlingOmniStartRequestShotType
    from .kling_start_request import KlingStartRequest
    from .kling_start_request_aspect_ratio import KlingStartRequestAspectRatio
    from .kling_start_request_character_orientation import KlingStartRequestCharacterOrientation
    from .kling_start_request_duration import KlingStartRequestDuration
    from .kling_start_request_mode import KlingStartRequestMode
    from .kling_start_request_model_version import KlingStartRequestModelVersion
    from .kling_start_request_quality_mode import KlingStartRequestQualityMode
    from .kling_start_request_resolution import KlingStartRequestResolution
    from .kling_start_request_version import KlingStartRequestVersion
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
    from .misc_list_languages_request import MiscListLanguagesRequest
    from .model_task_request import ModelTaskRequest
    from .motion_transfer_request import MotionTransferRequest
    from .nano_banana_batch_detail_request import NanoBananaBatchDetailRequest
    from .nano_banana_list_status import NanoBananaListStatus
    from .nano_banana_request import NanoBananaRequest
    from .nano_banana_request_aspect_ratio import NanoBananaRequestAspectRatio
    from .nano_banana_request_image_size import NanoBananaRequestImageSize
    from .nano_banana_request_model import NanoBananaRequestModel
    from .open_request import OpenRequest
    from .photobook_start_request import PhotobookStartRequest
    from .photobook_start_request_total_count import PhotobookStartRequestTotalCount
    from .presign_request import PresignRequest
    from .presigned_upload import PresignedUpload
    from .presigned_upload_envelope import PresignedUploadEnvelope
    from .processing_time import ProcessingTime
    from .processing_time_envelope import ProcessingTimeEnvelope
    from .product_avatar_start_request import ProductAvatarStartRequest
    from .product_avatar_start_request_product_rect import ProductAvatarStartRequestProductRect
    from .prompt_extension import PromptExtension
    from .prompt_extension_envelope import PromptExtensionEnvelope
    from .qa_context import QaContext
    from .qa_context_envelope import QaContextEnvelope
    from .qa_context_request import QaContextRequest
    from .quote import Quote
    from .quote_envelope import QuoteEnvelope
    from .quote_request import QuoteRequest
    from .quote_request_request_body import QuoteRequestRequestBody
    from .qwen_image_start_request import QwenImageStartRequest
    from .qwen_image_start_request_model import QwenImageStartRequestModel
    from .qwen_image_start_request_size import QwenImageStartRequestSize
    from .seedance_2_rename_request import Seedance2RenameRequest
    from .seedance_2_start_request import Seedance2StartRequest
    from .seedance_2_start_request_aspect_ratio import Seedance2StartRequestAspectRatio
    from .seedance_2_start_request_mode import Seedance2StartRequestMode
    from .seedance_2_start_request_model_version import Seedance2StartRequestModelVersion
    from .seedance_2_start_request_omni_reference_task_type import Seedance2StartRequestOmniReferenceTaskType
    from .seedance_2_start_request_resolution import Seedance2StartRequestResolution
    from .seedance_start_request import SeedanceStartRequest
    from .seedance_start_request_aspect_ratio import SeedanceStartRequestAspectRatio
    from .seedance_start_request_duration import SeedanceStartRequestDuration
    from .seedance_start_request_mode import SeedanceStartRequestMode
    from .seedance_start_request_resolution import SeedanceStartRequestResolution
    from .sora_start_request import SoraStartRequest
    from .sora_start_request_aspect_ratio import SoraStartRequestAspectRatio
    from .sora_start_request_duration_seconds import SoraStartRequestDurationSeconds
    from .sora_start_request_model_type import SoraStartRequestModelType
    from .sora_start_request_quality import SoraStartRequestQuality
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
    from .text_2_image_request_aspect_ratio import Text2ImageRequestAspectRatio
    from .text_2_image_request_model_type import Text2ImageRequestModelType
    from .text_to_image_make_avatar_request import TextToImageMakeAvatarRequest
    from .text_to_image_make_avatar_request_gender import TextToImageMakeAvatarRequestGender
    from .think_sound_start_request import ThinkSoundStartRequest
    from .token_generate_request import TokenGenerateRequest
    from .transfer_request import TransferRequest
    from .try_on_request import TryOnRequest
    from .tts_audio_envelope import TtsAudioEnvelope
    from .tts_rename_voice_request import TtsRenameVoiceRequest
    from .unknown_envelope import UnknownEnvelope
    from .upscale_start_request import UpscaleStartRequest
    from .veo_start_request import VeoStartRequest
    from .veo_start_request_aspect_ratio import VeoStartRequestAspectRatio
    from .veo_start_request_generation_type import VeoStartRequestGenerationType
    from .veo_start_request_model import VeoStartRequestModel
    from .video_list_request import VideoListRequest
    from .video_record import VideoRecord
    from .video_record_envelope import VideoRecordEnvelope
    from .video_record_list_envelope import VideoRecordListEnvelope
    from .video_record_page import VideoRecordPage
    from .video_record_page_envelope import VideoRecordPageEnvelope
    from .video_task import VideoTask
    from .video_task_envelope import VideoTaskEnvelope
    from .videos_list_anchors_request import VideosListAnchorsRequest
    from .videos_list_anchors_request_web_type import VideosListAnchorsRequestWebType
    from .voice import Voice
    from .voice_clone_record import VoiceCloneRecord
    from .voice_clone_record_envelope import VoiceCloneRecordEnvelope
    from .voice_clone_record_list_envelope import VoiceCloneRecordListEnvelope
    from .voice_group import VoiceGroup
    from .voice_group_list_envelope import VoiceGroupListEnvelope
    from .voice_list_request import VoiceListRequest
    from .voice_training_request import VoiceTrainingRequest
    from .voice_training_request_gender import VoiceTrainingRequestGender
    from .voice_training_request_model import VoiceTrainingRequestModel
    from .wan_25_request import Wan25Request
    from .wan_25_request_duration import Wan25RequestDuration
    from .wan_25_request_model import Wan25RequestModel
    from .wan_25_request_ratio import Wan25RequestRatio
    from .wan_25_request_reference_media_item import Wan25RequestReferenceMediaItem
    from .wan_25_request_resolution import Wan25RequestResolution
    from .wan_25_request_task_type import Wan25RequestTaskType
    from .wan_spicy_request import WanSpicyRequest
    from .wan_spicy_request_model import WanSpicyRequestModel
    from .wan_spicy_request_resolution import WanSpicyRequestResolution
    from .wan_video_start_wan_30_request import WanVideoStartWan30Request
    from .wan_video_start_wan_30_request_input import WanVideoStartWan30RequestInput
    from .wan_video_start_wan_30_request_mode import WanVideoStartWan30RequestMode
    from .wan_video_start_wan_30_request_model import WanVideoStartWan30RequestModel
    from .wan_video_start_wan_30_request_parameters import WanVideoStartWan30RequestParameters
    from .webhook_event import WebhookEvent

MODULES: dict[str, str] = {
    "ActorSwapStartRequest": ".actor_swap_start_request",
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
    "AvatarsContinueTrainingRequest": ".avatars_continue_training_request",
    "AvatarsEyeContactRequest": ".avatars_eye_contact_request",
    "AvatarsListStatus": ".avatars_list_status",
    "AvatarsRemoveRequest": ".avatars_remove_request",
    "BackgroundAddRequest": ".background_add_request",
    "BackgroundImage": ".background_image",
    "BackgroundImageEnvelope": ".background_image_envelope",
    "BackgroundImageListEnvelope": ".background_image_list_envelope",
    "CaptionRemovalRequest": ".caption_removal_request",
    "ChannelRequest": ".channel_request",
    "ChannelTextRequest": ".channel_text_request",
    "CreditTransaction": ".credit_transaction",
    "CreditTransactionPage": ".credit_transaction_page",
    "CreditTransactionPageEnvelope": ".credit_transaction_page_envelope",
    "Credits": ".credits_",
    "CreditsEnvelope": ".credits_envelope",
    "CustomAvatarsAddRequest": ".custom_avatars_add_request",
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
    "FaceSwapTaskRequestModelVersion": ".face_swap_task_request_model_version",
    "FaceUrlRequest": ".face_url_request",
    "Flux2ListStatus": ".flux_2_list_status",
    "Flux2StartRequest": ".flux_2_start_request",
    "Flux2StartRequestAspectRatio": ".flux_2_start_request_aspect_ratio",
    "Flux2StartRequestResolution": ".flux_2_start_request_resolution",
    "GptImageStartRequest": ".gpt_image_start_request",
    "GptImageStartRequestAspectRatio": ".gpt_image_start_request_aspect_ratio",
    "GptImageStartRequestModel": ".gpt_image_start_request_model",
    "GptImageStartRequestQuality": ".gpt_image_start_request_quality",
    "GptImageStartRequestResolution": ".gpt_image_start_request_resolution",
    "GrokStartRequest": ".grok_start_request",
    "GrokStartRequestAspectRatio": ".grok_start_request_aspect_ratio",
    "GrokStartRequestDuration": ".grok_start_request_duration",
    "GrokStartRequestMode": ".grok_start_request_mode",
    "GrokStartRequestModelType": ".grok_start_request_model_type",
    "GrokStartRequestModelVersion": ".grok_start_request_model_version",
    "HappyhorseStartRequest": ".happyhorse_start_request",
    "HappyhorseStartRequestAudioSetting": ".happyhorse_start_request_audio_setting",
    "HappyhorseStartRequestDuration": ".happyhorse_start_request_duration",
    "HappyhorseStartRequestMode": ".happyhorse_start_request_mode",
    "HappyhorseStartRequestModelVersion": ".happyhorse_start_request_model_version",
    "HappyhorseStartRequestRatio": ".happyhorse_start_request_ratio",
    "HappyhorseStartRequestResolution": ".happyhorse_start_request_resolution",
    "HeadSwapStartRequest": ".head_swap_start_request",
    "IdsRequest": ".ids_request",
    "Image2VideoRecord": ".image_2_video_record",
    "Image2VideoRecordEnvelope": ".image_2_video_record_envelope",
    "Image2VideoRecordListEnvelope": ".image_2_video_record_list_envelope",
    "Image2VideoRecordPage": ".image_2_video_record_page",
    "Image2VideoRecordPageEnvelope": ".image_2_video_record_page_envelope",
    "Image2VideoRequest": ".image_2_video_request",
    "Image2VideoRequestModelType": ".image_2_video_request_model_type",
    "Image2VideoRequestModelVersion": ".image_2_video_request_model_version",
    "ImageEditRequest": ".image_edit_request",
    "ImageEditRequestEditType": ".image_edit_request_edit_type",
    "ImageToVideoExtendFlf2VPromptRequest": ".image_to_video_extend_flf_2v_prompt_request",
    "ImageToVideoExtendPromptRequest": ".image_to_video_extend_prompt_request",
    "ImageToVideoExtendPromptRequestTemplate": ".image_to_video_extend_prompt_request_template",
    "KlingImageStartRequest": ".kling_image_start_request",
    "KlingImageStartRequestAspectRatio": ".kling_image_start_request_aspect_ratio",
    "KlingImageStartRequestResolution": ".kling_image_start_request_resolution",
    "KlingOmniStartRequest": ".kling_omni_start_request",
    "KlingOmniStartRequestAspectRatio": ".kling_omni_start_request_aspect_ratio",
    "KlingOmniStartRequestMode": ".kling_omni_start_request_mode",
    "KlingOmniStartRequestMultiPromptItem": ".kling_omni_start_request_multi_prompt_item",
    "KlingOmniStartRequestShotType": ".kling_omni_start_request_shot_type",
    "KlingStartRequest": ".kling_start_request",
    "KlingStartRequestAspectRatio": ".kling_start_request_aspect_ratio",
    "KlingStartRequestCharacterOrientation": ".kling_start_request_character_orientation",
    "KlingStartRequestDuration": ".kling_start_request_duration",
    "KlingStartRequestMode": ".kling_start_request_mode",
    "KlingStartRequestModelVersion": ".kling_start_request_model_version",
    "KlingStartRequestQualityMode": ".kling_start_request_quality_mode",
    "KlingStartRequestResolution": ".kling_start_request_resolution",
    "KlingStartRequestVersion": ".kling_start_request_version",
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
    "MiscListLanguagesRequest": ".misc_list_languages_request",
    "ModelTaskRequest": ".model_task_request",
    "MotionTransferRequest": ".motion_transfer_request",
    "NanoBananaBatchDetailRequest": ".nano_banana_batch_detail_request",
    "NanoBananaListStatus": ".nano_banana_list_status",
    "NanoBananaRequest": ".nano_banana_request",
    "NanoBananaRequestAspectRatio": ".nano_banana_request_aspect_ratio",
    "NanoBananaRequestImageSize": ".nano_banana_request_image_size",
    "NanoBananaRequestModel": ".nano_banana_request_model",
    "OpenRequest": ".open_request",
    "PhotobookStartRequest": ".photobook_start_request",
    "PhotobookStartRequestTotalCount": ".photobook_start_request_total_count",
    "PresignRequest": ".presign_request",
    "PresignedUpload": ".presigned_upload",
    "PresignedUploadEnvelope": ".presigned_upload_envelope",
    "ProcessingTime": ".processing_time",
    "ProcessingTimeEnvelope": ".processing_time_envelope",
    "ProductAvatarStartRequest": ".product_avatar_start_request",
    "ProductAvatarStartRequestProductRect": ".product_avatar_start_request_product_rect",
    "PromptExtension": ".prompt_extension",
    "PromptExtensionEnvelope": ".prompt_extension_envelope",
    "QaContext": ".qa_context",
    "QaContextEnvelope": ".qa_context_envelope",
    "QaContextRequest": ".qa_context_request",
    "Quote": ".quote",
    "QuoteEnvelope": ".quote_envelope",
    "QuoteRequest": ".quote_request",
    "QuoteRequestRequestBody": ".quote_request_request_body",
    "QwenImageStartRequest": ".qwen_image_start_request",
    "QwenImageStartRequestModel": ".qwen_image_start_request_model",
    "QwenImageStartRequestSize": ".qwen_image_start_request_size",
    "Seedance2RenameRequest": ".seedance_2_rename_request",
    "Seedance2StartRequest": ".seedance_2_start_request",
    "Seedance2StartRequestAspectRatio": ".seedance_2_start_request_aspect_ratio",
    "Seedance2StartRequestMode": ".seedance_2_start_request_mode",
    "Seedance2StartRequestModelVersion": ".seedance_2_start_request_model_version",
    "Seedance2StartRequestOmniReferenceTaskType": ".seedance_2_start_request_omni_reference_task_type",
    "Seedance2StartRequestResolution": ".seedance_2_start_request_resolution",
    "SeedanceStartRequest": ".seedance_start_request",
    "SeedanceStartRequestAspectRatio": ".seedance_start_request_aspect_ratio",
    "SeedanceStartRequestDuration": ".seedance_start_request_duration",
    "SeedanceStartRequestMode": ".seedance_start_request_mode",
    "SeedanceStartRequestResolution": ".seedance_start_request_resolution",
    "SoraStartRequest": ".sora_start_request",
    "SoraStartRequestAspectRatio": ".sora_start_request_aspect_ratio",
    "SoraStartRequestDurationSeconds": ".sora_start_request_duration_seconds",
    "SoraStartRequestModelType": ".sora_start_request_model_type",
    "SoraStartRequestQuality": ".sora_start_request_quality",
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
    "Text2ImageRequestAspectRatio": ".text_2_image_request_aspect_ratio",
    "Text2ImageRequestModelType": ".text_2_image_request_model_type",
    "TextToImageMakeAvatarRequest": ".text_to_image_make_avatar_request",
    "TextToImageMakeAvatarRequestGender": ".text_to_image_make_avatar_request_gender",
    "ThinkSoundStartRequest": ".think_sound_start_request",
    "TokenGenerateRequest": ".token_generate_request",
    "TransferRequest": ".transfer_request",
    "TryOnRequest": ".try_on_request",
    "TtsAudioEnvelope": ".tts_audio_envelope",
    "TtsRenameVoiceRequest": ".tts_rename_voice_request",
    "UnknownEnvelope": ".unknown_envelope",
    "UpscaleStartRequest": ".upscale_start_request",
    "VeoStartRequest": ".veo_start_request",
    "VeoStartRequestAspectRatio": ".veo_start_request_aspect_ratio",
    "VeoStartRequestGenerationType": ".veo_start_request_generation_type",
    "VeoStartRequestModel": ".veo_start_request_model",
    "VideoListRequest": ".video_list_request",
    "VideoRecord": ".video_record",
    "VideoRecordEnvelope": ".video_record_envelope",
    "VideoRecordListEnvelope": ".video_record_list_envelope",
    "VideoRecordPage": ".video_record_page",
    "VideoRecordPageEnvelope": ".video_record_page_envelope",
    "VideoTask": ".video_task",
    "VideoTaskEnvelope": ".video_task_envelope",
    "VideosListAnchorsRequest": ".videos_list_anchors_request",
    "VideosListAnchorsRequestWebType": ".videos_list_anchors_request_web_type",
    "Voice": ".voice",
    "VoiceCloneRecord": ".voice_clone_record",
    "VoiceCloneRecordEnvelope": ".voice_clone_record_envelope",
    "VoiceCloneRecordListEnvelope": ".voice_clone_record_list_envelope",
    "VoiceGroup": ".voice_group",
    "VoiceGroupListEnvelope": ".voice_group_list_envelope",
    "VoiceListRequest": ".voice_list_request",
    "VoiceTrainingRequest": ".voice_training_request",
    "VoiceTrainingRequestGender": ".voice_training_request_gender",
    "VoiceTrainingRequestModel": ".voice_training_request_model",
    "Wan25Request": ".wan_25_request",
    "Wan25RequestDuration": ".wan_25_request_duration",
    "Wan25RequestModel": ".wan_25_request_model",
    "Wan25RequestRatio": ".wan_25_request_ratio",
    "Wan25RequestReferenceMediaItem": ".wan_25_request_reference_media_item",
    "Wan25RequestResolution": ".wan_25_request_resolution",
    "Wan25RequestTaskType": ".wan_25_request_task_type",
    "WanSpicyRequest": ".wan_spicy_request",
    "WanSpicyRequestModel": ".wan_spicy_request_model",
    "WanSpicyRequestResolution": ".wan_spicy_request_resolution",
    "WanVideoStartWan30Request": ".wan_video_start_wan_30_request",
    "WanVideoStartWan30RequestInput": ".wan_video_start_wan_30_request_input",
    "WanVideoStartWan30RequestMode": ".wan_video_start_wan_30_request_mode",
    "WanVideoStartWan30RequestModel": ".wan_video_start_wan_30_request_model",
    "WanVideoStartWan30RequestParameters": ".wan_video_start_wan_30_request_parameters",
    "WebhookEvent": ".webhook_event",
}

__all__ = (
    "ActorSwapStartRequest",
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
    "AvatarsContinueTrainingRequest",
    "AvatarsEyeContactRequest",
    "AvatarsListStatus",
    "AvatarsRemoveRequest",
    "BackgroundAddRequest",
    "BackgroundImage",
    "BackgroundImageEnvelope",
    "BackgroundImageListEnvelope",
    "CaptionRemovalRequest",
    "ChannelRequest",
    "ChannelTextRequest",
    "CreditTransaction",
    "CreditTransactionPage",
    "CreditTransactionPageEnvelope",
    "Credits",
    "CreditsEnvelope",
    "CustomAvatarsAddRequest",
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
    "FaceSwapTaskRequestModelVersion",
    "FaceUrlRequest",
    "Flux2ListStatus",
    "Flux2StartRequest",
    "Flux2StartRequestAspectRatio",
    "Flux2StartRequestResolution",
    "GptImageStartRequest",
    "GptImageStartRequestAspectRatio",
    "GptImageStartRequestModel",
    "GptImageStartRequestQuality",
    "GptImageStartRequestResolution",
    "GrokStartRequest",
    "GrokStartRequestAspectRatio",
    "GrokStartRequestDuration",
    "GrokStartRequestMode",
    "GrokStartRequestModelType",
    "GrokStartRequestModelVersion",
    "HappyhorseStartRequest",
    "HappyhorseStartRequestAudioSetting",
    "HappyhorseStartRequestDuration",
    "HappyhorseStartRequestMode",
    "HappyhorseStartRequestModelVersion",
    "HappyhorseStartRequestRatio",
    "HappyhorseStartRequestResolution",
    "HeadSwapStartRequest",
    "IdsRequest",
    "Image2VideoRecord",
    "Image2VideoRecordEnvelope",
    "Image2VideoRecordListEnvelope",
    "Image2VideoRecordPage",
    "Image2VideoRecordPageEnvelope",
    "Image2VideoRequest",
    "Image2VideoRequestModelType",
    "Image2VideoRequestModelVersion",
    "ImageEditRequest",
    "ImageEditRequestEditType",
    "ImageToVideoExtendFlf2VPromptRequest",
    "ImageToVideoExtendPromptRequest",
    "ImageToVideoExtendPromptRequestTemplate",
    "KlingImageStartRequest",
    "KlingImageStartRequestAspectRatio",
    "KlingImageStartRequestResolution",
    "KlingOmniStartRequest",
    "KlingOmniStartRequestAspectRatio",
    "KlingOmniStartRequestMode",
    "KlingOmniStartRequestMultiPromptItem",
    "KlingOmniStartRequestShotType",
    "KlingStartRequest",
    "KlingStartRequestAspectRatio",
    "KlingStartRequestCharacterOrientation",
    "KlingStartRequestDuration",
    "KlingStartRequestMode",
    "KlingStartRequestModelVersion",
    "KlingStartRequestQualityMode",
    "KlingStartRequestResolution",
    "KlingStartRequestVersion",
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
    "MiscListLanguagesRequest",
    "ModelTaskRequest",
    "MotionTransferRequest",
    "NanoBananaBatchDetailRequest",
    "NanoBananaListStatus",
    "NanoBananaRequest",
    "NanoBananaRequestAspectRatio",
    "NanoBananaRequestImageSize",
    "NanoBananaRequestModel",
    "OpenRequest",
    "PhotobookStartRequest",
    "PhotobookStartRequestTotalCount",
    "PresignRequest",
    "PresignedUpload",
    "PresignedUploadEnvelope",
    "ProcessingTime",
    "ProcessingTimeEnvelope",
    "ProductAvatarStartRequest",
    "ProductAvatarStartRequestProductRect",
    "PromptExtension",
    "PromptExtensionEnvelope",
    "QaContext",
    "QaContextEnvelope",
    "QaContextRequest",
    "Quote",
    "QuoteEnvelope",
    "QuoteRequest",
    "QuoteRequestRequestBody",
    "QwenImageStartRequest",
    "QwenImageStartRequestModel",
    "QwenImageStartRequestSize",
    "Seedance2RenameRequest",
    "Seedance2StartRequest",
    "Seedance2StartRequestAspectRatio",
    "Seedance2StartRequestMode",
    "Seedance2StartRequestModelVersion",
    "Seedance2StartRequestOmniReferenceTaskType",
    "Seedance2StartRequestResolution",
    "SeedanceStartRequest",
    "SeedanceStartRequestAspectRatio",
    "SeedanceStartRequestDuration",
    "SeedanceStartRequestMode",
    "SeedanceStartRequestResolution",
    "SoraStartRequest",
    "SoraStartRequestAspectRatio",
    "SoraStartRequestDurationSeconds",
    "SoraStartRequestModelType",
    "SoraStartRequestQuality",
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
    "Text2ImageRequestAspectRatio",
    "Text2ImageRequestModelType",
    "TextToImageMakeAvatarRequest",
    "TextToImageMakeAvatarRequestGender",
    "ThinkSoundStartRequest",
    "TokenGenerateRequest",
    "TransferRequest",
    "TryOnRequest",
    "TtsAudioEnvelope",
    "TtsRenameVoiceRequest",
    "UnknownEnvelope",
    "UpscaleStartRequest",
    "VeoStartRequest",
    "VeoStartRequestAspectRatio",
    "VeoStartRequestGenerationType",
    "VeoStartRequestModel",
    "VideoListRequest",
    "VideoRecord",
    "VideoRecordEnvelope",
    "VideoRecordListEnvelope",
    "VideoRecordPage",
    "VideoRecordPageEnvelope",
    "VideoTask",
    "VideoTaskEnvelope",
    "VideosListAnchorsRequest",
    "VideosListAnchorsRequestWebType",
    "Voice",
    "VoiceCloneRecord",
    "VoiceCloneRecordEnvelope",
    "VoiceCloneRecordListEnvelope",
    "VoiceGroup",
    "VoiceGroupListEnvelope",
    "VoiceListRequest",
    "VoiceTrainingRequest",
    "VoiceTrainingRequestGender",
    "VoiceTrainingRequestModel",
    "Wan25Request",
    "Wan25RequestDuration",
    "Wan25RequestModel",
    "Wan25RequestRatio",
    "Wan25RequestReferenceMediaItem",
    "Wan25RequestResolution",
    "Wan25RequestTaskType",
    "WanSpicyRequest",
    "WanSpicyRequestModel",
    "WanSpicyRequestResolution",
    "WanVideoStartWan30Request",
    "WanVideoStartWan30RequestInput",
    "WanVideoStartWan30RequestMode",
    "WanVideoStartWan30RequestModel",
    "WanVideoStartWan30RequestParameters",
    "WebhookEvent",
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
