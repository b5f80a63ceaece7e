"""Every operation in openapi/a2e.yaml: method, path, parameters and the shape of `data`
(`OPERATIONS`, a read-only mapping whose rows load per group on first use); and A2E's domain facts from the
spec: how its errors map to the classes of `a2e` (`ERRORS`, from `x-a2e-errors`), its two status vocabularies
(`DIALECTS`, from `x-a2e-dialects`), its regions (`REGIONS`, from the servers' `x-a2e-region`), where each
family's output is (`RESULTS`), the shapes in which an answer of one record may come (`ANSWER_SHAPES`, from
`x-a2e-answer-shapes`); indexes by family, group and role are in `indexes` (loaded when used). The types of the
rows and facts are declared in `types` (read by type checkers only)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .types import AnswerShapes, Dialect, Errors, Operation, Result

GROUP_OF: dict[str, str] = {
    "tts_list_voices": "tts",
    "tts_list_voices_post": "tts",
    "tts_generate": "tts",
    "tts_list_cloned_voices": "tts",
    "tts_train_voice": "tts",
    "tts_get_voice": "tts",
    "tts_rename_voice": "tts",
    "tts_delete_voice": "tts",
    "tts_list_presets": "tts",
    "tts_list_previews": "tts",
    "tts_delete_preview": "tts",
    "tts_list_training_voices": "tts",
    "videos_list_avatars": "videos",
    "videos_generate": "videos",
    "videos_status": "videos",
    "videos_list": "videos",
    "videos_delete": "videos",
    "videos_detect_language": "videos",
    "videos_auto_public_pool": "videos",
    "videos_list_anchors": "videos",
    "videos_get": "videos",
    "misc_remaining_coins": "misc",
    "misc_add_user": "misc",
    "misc_exchange_diamonds": "misc",
    "misc_list_languages": "misc",
    "misc_transfer_to_storage": "misc",
    "tokens_generate": "tokens",
    "avatars_create": "avatars",
    "avatars_continue_tranining": "avatars",
    "avatars_remove": "avatars",
    "avatars_list": "avatars",
    "avatars_get": "avatars",
    "avatars_clone_voice": "avatars",
    "avatars_upload": "avatars",
    "avatars_train": "avatars",
    "avatars_upload_status": "avatars",
    "avatars_list_all": "avatars",
    "avatars_continue_training": "avatars",
    "avatars_list_training": "avatars",
    "avatars_batch_detail": "avatars",
    "avatars_retry": "avatars",
    "avatars_eye_contact": "avatars",
    "custom_avatars_add": "custom_avatars",
    "custom_avatars_list": "custom_avatars",
    "custom_avatars_delete": "custom_avatars",
    "custom_avatars_list_tags": "custom_avatars",
    "custom_avatars_update": "custom_avatars",
    "backgrounds_list": "backgrounds",
    "backgrounds_add": "backgrounds",
    "backgrounds_delete": "backgrounds",
    "backgrounds_list_custom": "backgrounds",
    "backgrounds_random": "backgrounds",
    "face_swap_add_image": "face_swap",
    "face_swap_list_images": "face_swap",
    "face_swap_delete_image": "face_swap",
    "face_swap_preview": "face_swap",
    "face_swap_preview_status": "face_swap",
    "face_swap_start": "face_swap",
    "face_swap_status": "face_swap",
    "face_swap_list": "face_swap",
    "face_swap_get": "face_swap",
    "face_swap_delete": "face_swap",
    "face_swap_batch_detail": "face_swap",
    "head_swap_start": "head_swap",
    "head_swap_list": "head_swap",
    "head_swap_batch_detail": "head_swap",
    "head_swap_get": "head_swap",
    "head_swap_delete": "head_swap",
    "actor_swap_start": "actor_swap",
    "actor_swap_list": "actor_swap",
    "actor_swap_batch_detail": "actor_swap",
    "actor_swap_get": "actor_swap",
    "actor_swap_delete": "actor_swap",
    "dubbing_start": "dubbing",
    "dubbing_list": "dubbing",
    "dubbing_get": "dubbing",
    "dubbing_delete": "dubbing",
    "dubbing_list_processing": "dubbing",
    "think_sound_start": "think_sound",
    "think_sound_get": "think_sound",
    "think_sound_delete": "think_sound",
    "think_sound_list": "think_sound",
    "think_sound_batch_detail": "think_sound",
    "image_to_video_start": "image_to_video",
    "image_to_video_get": "image_to_video",
    "image_to_video_delete": "image_to_video",
    "image_to_video_list": "image_to_video",
    "image_to_video_batch_detail": "image_to_video",
    "image_to_video_average_time": "image_to_video",
    "image_to_video_mark_shared": "image_to_video",
    "image_to_video_mark_downloaded": "image_to_video",
    "image_to_video_mark_copied": "image_to_video",
    "image_to_video_extend_prompt": "image_to_video",
    "image_to_video_extend_flf2v_prompt": "image_to_video",
    "image_to_video_unlimited_queue_level": "image_to_video",
    "caption_removal_start": "caption_removal",
    "caption_removal_list": "caption_removal",
    "caption_removal_get": "caption_removal",
    "caption_removal_delete": "caption_removal",
    "caption_removal_list_processing": "caption_removal",
    "caption_removal_batch_detail": "caption_removal",
    "caption_removal_retry": "caption_removal",
    "streaming_list_avatars": "streaming",
    "streaming_start": "streaming",
    "streaming_set_qa_context": "streaming",
    "streaming_get_qa_context": "streaming",
    "streaming_ask": "streaming",
    "streaming_speak": "streaming",
    "streaming_leave": "streaming",
    "talking_photo_start": "talking_photo",
    "talking_photo_list": "talking_photo",
    "talking_photo_batch_detail": "talking_photo",
    "talking_photo_get": "talking_photo",
    "talking_photo_delete": "talking_photo",
    "talking_video_start": "talking_video",
    "talking_video_list": "talking_video",
    "talking_video_batch_detail": "talking_video",
    "talking_video_get": "talking_video",
    "talking_video_delete": "talking_video",
    "text_to_image_start": "text_to_image",
    "text_to_image_list": "text_to_image",
    "text_to_image_batch_detail": "text_to_image",
    "text_to_image_get": "text_to_image",
    "text_to_image_delete": "text_to_image",
    "text_to_image_make_avatar": "text_to_image",
    "nano_banana_start": "nano_banana",
    "nano_banana_list": "nano_banana",
    "nano_banana_batch_detail": "nano_banana",
    "nano_banana_get": "nano_banana",
    "nano_banana_delete": "nano_banana",
    "qwen_image_start": "qwen_image",
    "qwen_image_list": "qwen_image",
    "qwen_image_get": "qwen_image",
    "qwen_image_batch_detail": "qwen_image",
    "qwen_image_delete": "qwen_image",
    "kling_image_start": "kling_image",
    "kling_image_list": "kling_image",
    "kling_image_batch_detail": "kling_image",
    "kling_image_get": "kling_image",
    "kling_image_delete": "kling_image",
    "image_edit_start": "image_edit",
    "image_edit_list": "image_edit",
    "image_edit_batch_detail": "image_edit",
    "image_edit_get": "image_edit",
    "image_edit_delete": "image_edit",
    "virtual_try_on_start": "virtual_try_on",
    "virtual_try_on_list": "virtual_try_on",
    "virtual_try_on_batch_detail": "virtual_try_on",
    "virtual_try_on_get": "virtual_try_on",
    "virtual_try_on_delete": "virtual_try_on",
    "motion_transfer_start": "motion_transfer",
    "motion_transfer_list": "motion_transfer",
    "motion_transfer_batch_detail": "motion_transfer",
    "motion_transfer_get": "motion_transfer",
    "motion_transfer_delete": "motion_transfer",
    "product_avatar_start": "product_avatar",
    "product_avatar_list": "product_avatar",
    "product_avatar_batch_detail": "product_avatar",
    "product_avatar_get": "product_avatar",
    "product_avatar_delete": "product_avatar",
    "photobook_start": "photobook",
    "photobook_list": "photobook",
    "photobook_batch_detail": "photobook",
    "photobook_get": "photobook",
    "photobook_delete": "photobook",
    "wan_video_start": "wan_video",
    "wan_video_list": "wan_video",
    "wan_video_start_spicy": "wan_video",
    "wan_video_batch_detail": "wan_video",
    "wan_video_get": "wan_video",
    "wan_video_delete": "wan_video",
    "wan_video_list_spicy": "wan_video",
    "wan_video_batch_detail_spicy": "wan_video",
    "wan_video_get_spicy": "wan_video",
    "wan_video_delete_spicy": "wan_video",
    "wan_video_start_wan30": "wan_video",
    "storage_presign_upload_legacy": "storage",
    "storage_presign_upload": "storage",
    "billing_quote": "billing",
    "billing_credits_history": "billing",
    "sora_start": "sora",
    "sora_list": "sora",
    "sora_batch_detail": "sora",
    "sora_get": "sora",
    "sora_delete": "sora",
    "veo_start": "veo",
    "veo_list": "veo",
    "veo_batch_detail": "veo",
    "veo_get": "veo",
    "veo_delete": "veo",
    "veo_get_1080p": "veo",
    "kling_start": "kling",
    "kling_list": "kling",
    "kling_batch_detail": "kling",
    "kling_get": "kling",
    "kling_rename": "kling",
    "kling_delete": "kling",
    "kling_omni_start": "kling_omni",
    "kling_omni_list": "kling_omni",
    "kling_omni_batch_detail": "kling_omni",
    "kling_omni_get": "kling_omni",
    "kling_omni_rename": "kling_omni",
    "kling_omni_delete": "kling_omni",
    "grok_start": "grok",
    "grok_list": "grok",
    "grok_batch_detail": "grok",
    "grok_get": "grok",
    "grok_delete": "grok",
    "hailuo_start": "hailuo",
    "hailuo_list": "hailuo",
    "hailuo_batch_detail": "hailuo",
    "hailuo_get": "hailuo",
    "minimax_h3_start": "minimax_h3",
    "minimax_h3_list": "minimax_h3",
    "minimax_h3_batch_detail": "minimax_h3",
    "minimax_h3_get": "minimax_h3",
    "seedance_start": "seedance",
    "seedance_list": "seedance",
    "seedance_batch_detail": "seedance",
    "seedance_get": "seedance",
    "seedance2_start": "seedance2",
    "seedance2_list": "seedance2",
    "seedance2_batch_detail": "seedance2",
    "seedance2_get": "seedance2",
    "seedance2_rename": "seedance2",
    "seedance2_delete": "seedance2",
    "happyhorse_start": "happyhorse",
    "happyhorse_list": "happyhorse",
    "happyhorse_batch_detail": "happyhorse",
    "happyhorse_get": "happyhorse",
    "happyhorse_delete": "happyhorse",
    "upscale_start": "upscale",
    "upscale_list": "upscale",
    "upscale_batch_detail": "upscale",
    "upscale_get": "upscale",
    "upscale_delete": "upscale",
    "flux2_start": "flux2",
    "flux2_batch_detail": "flux2",
    "flux2_list": "flux2",
    "flux2_get": "flux2",
    "flux2_delete": "flux2",
    "gpt_image_start": "gpt_image",
    "gpt_image_batch_detail": "gpt_image",
    "gpt_image_list": "gpt_image",
    "gpt_image_get": "gpt_image",
    "gpt_image_delete": "gpt_image",
    "wan26_image_start": "wan26_image",
    "wan26_image_list": "wan26_image",
    "wan26_image_batch_detail": "wan26_image",
    "wan26_image_get": "wan26_image",
    "wan27_image_start": "wan27_image",
    "wan27_image_list": "wan27_image",
    "wan27_image_batch_detail": "wan27_image",
    "wan27_image_get": "wan27_image",
}

ERRORS: Errors = {
    "codes": {
        400: "BadRequestError",
        401: "AuthenticationError",
        402: "InsufficientCreditsError",
        403: "PermissionDeniedError",
        404: "NotFoundError",
        429: "RateLimitError",
        1001: "HostsOccupiedError",
        1003: "ContentRejectedError",
        1004: "MinorSuspectedError",
        30005: "BadRequestError",
    },
    "statuses": {
        400: "BadRequestError",
        401: "AuthenticationError",
        402: "InsufficientCreditsError",
        403: "PermissionDeniedError",
        404: "NotFoundError",
        408: "APIError",
        422: "BadRequestError",
        429: "RateLimitError",
        503: "ServiceUnavailableError",
    },
    "messages": [
        (
            "(?i)\\b(insufficient|not enough)\\b.{0,20}\\b(coins?|credits?|balance|diamonds?)\\b",
            "InsufficientCreditsError",
        )
    ],
    "refusals": [("(?i)\\b(nsfw|nfsw)\\b", "ContentRejectedError")],
}

DIALECTS: dict[str, Dialect] = {
    "video": {
        "status_field": "status",
        "done": ["success"],
        "failed": ["fail"],
        "progress_field": "process",
        "message_fields": ["msg", "error"],
        "result_fields": ["result"],
    },
    "task": {
        "status_field": "current_status",
        "done": ["completed"],
        "failed": ["failed"],
        "progress_field": None,
        "message_fields": ["failed_message", "faild_message", "failed_code", "error_code"],
        "result_fields": [
            "result_url",
            "image_urls",
            "result_image_url",
            "url_download",
            "speaker_id",
            "anchor_id",
            "preview_result_url",
        ],
    },
}

REGIONS: dict[str, str] = {"global": "https://video.a2e.ai", "china": "https://video.a2e.com.cn"}

RESULTS: dict[str, Result] = {
    "text_to_image": {"fields": ["image_urls", "result_url"], "media": "image"},
    "nano_banana": {"fields": ["image_urls", "result_url"], "media": "image"},
    "upscale": {"fields": ["image_urls", "result_url"], "media": "image"},
    "flux2": {"fields": ["image_urls", "result_url"], "media": "image"},
    "gpt_image": {"fields": ["image_urls", "result_url", "url_download"], "media": "image"},
    "wan26_image": {"fields": ["image_urls", "result_url"], "media": "image"},
    "wan27_image": {"fields": ["image_urls", "result_url"], "media": "image"},
    "image_edit": {"fields": ["image_urls", "result_url"], "media": "image"},
    "try_on": {"fields": ["image_urls", "result_url"], "media": "image"},
    "qwen_image": {"fields": ["image_urls", "result_url"], "media": "image"},
    "kling_image": {"fields": ["image_urls", "result_url"], "media": "image"},
    "photobook": {"fields": ["image_urls", "result_url"], "media": "image"},
    "product_avatar": {"fields": ["result_image_url", "image_urls", "result_url"], "media": "image"},
    "voice": {"fields": ["speaker_id"], "media": "voice"},
    "avatar": {"fields": ["anchor_id", "preview_result_url"], "media": "video"},
    "video": {"fields": ["result"], "media": "video"},
}

ANSWER_SHAPES: AnswerShapes = {"record": ["object", "array", "index-map"]}


class OperationTable:
    """Operation id -> row, read-only; a group's rows are imported the first time one of them is read.

    A plain class with the reading half of `Mapping` (subclassing the ABC costs a millisecond at import).
    """

    __slots__ = ("_rows",)

    def __init__(self) -> None:
        self._rows: dict[str, Operation] = {}

    def __getitem__(self, operation_id: str) -> Operation:
        row = self._rows.get(operation_id)
        if row is None:
            group = GROUP_OF[operation_id]
            self._rows.update(import_module(f"{__name__}.{group}").OPERATIONS)
            row = self._rows[operation_id]
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(GROUP_OF)

    def __len__(self) -> int:
        return len(GROUP_OF)

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in GROUP_OF

    def get(self, operation_id: str, default: Operation | None = None) -> Operation | None:
        return self[operation_id] if operation_id in GROUP_OF else default

    def keys(self) -> Iterator[str]:
        return iter(GROUP_OF)

    def values(self) -> Iterator[Operation]:
        return (self[operation_id] for operation_id in GROUP_OF)

    def items(self) -> Iterator[tuple[str, Operation]]:
        return ((operation_id, self[operation_id]) for operation_id in GROUP_OF)


OPERATIONS = OperationTable()
