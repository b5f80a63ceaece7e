"""Raw views of the typed operation groups (`client.with_raw_response.<group>`).

Each group's module is imported the first time the group is used, so importing the client stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..actor_swap import AsyncRawActorSwap, RawActorSwap
    from ..avatars import AsyncRawAvatars, RawAvatars
    from ..backgrounds import AsyncRawBackgrounds, RawBackgrounds
    from ..billing import AsyncRawBilling, RawBilling
    from ..caption_removal import AsyncRawCaptionRemoval, RawCaptionRemoval
    from ..custom_avatars import AsyncRawCustomAvatars, RawCustomAvatars
    from ..dubbing import AsyncRawDubbing, RawDubbing
    from ..face_swap import AsyncRawFaceSwap, RawFaceSwap
    from ..flux2 import AsyncRawFlux2, RawFlux2
    from ..gpt_image import AsyncRawGptImage, RawGptImage
    from ..grok import AsyncRawGrok, RawGrok
    from ..hailuo import AsyncRawHailuo, RawHailuo
    from ..happyhorse import AsyncRawHappyhorse, RawHappyhorse
    from ..head_swap import AsyncRawHeadSwap, RawHeadSwap
    from ..image_edit import AsyncRawImageEdit, RawImageEdit
    from ..image_to_video import AsyncRawImageToVideo, RawImageToVideo
    from ..kling import AsyncRawKling, RawKling
    from ..kling_image import AsyncRawKlingImage, RawKlingImage
    from ..kling_omni import AsyncRawKlingOmni, RawKlingOmni
    from ..minimax_h3 import AsyncRawMinimaxH3, RawMinimaxH3
    from ..misc import AsyncRawMisc, RawMisc
    from ..motion_transfer import AsyncRawMotionTransfer, RawMotionTransfer
    from ..nano_banana import AsyncRawNanoBanana, RawNanoBanana
    from ..photobook import AsyncRawPhotobook, RawPhotobook
    from ..product_avatar import AsyncRawProductAvatar, RawProductAvatar
    from ..qwen_image import AsyncRawQwenImage, RawQwenImage
    from ..seedance import AsyncRawSeedance, RawSeedance
    from ..seedance2 import AsyncRawSeedance2, RawSeedance2
    from ..sora import AsyncRawSora, RawSora
    from ..storage import AsyncRawStorage, RawStorage
    from ..streaming import AsyncRawStreaming, RawStreaming
    from ..talking_photo import AsyncRawTalkingPhoto, RawTalkingPhoto
    from ..talking_video import AsyncRawTalkingVideo, RawTalkingVideo
    from ..text_to_image import AsyncRawTextToImage, RawTextToImage
    from ..think_sound import AsyncRawThinkSound, RawThinkSound
    from ..tokens import AsyncRawTokens, RawTokens
    from ..tts import AsyncRawTts, RawTts
    from ..upscale import AsyncRawUpscale, RawUpscale
    from ..veo import AsyncRawVeo, RawVeo
    from ..videos import AsyncRawVideos, RawVideos
    from ..virtual_try_on import AsyncRawVirtualTryOn, RawVirtualTryOn
    from ..wan26_image import AsyncRawWan26Image, RawWan26Image
    from ..wan27_image import AsyncRawWan27Image, RawWan27Image
    from ..wan_video import AsyncRawWanVideo, RawWanVideo

RAW_GROUP_CLASSES: dict[str, tuple[str, str]] = {
    "tts": ("tts", "RawTts"),
    "videos": ("videos", "RawVideos"),
    "misc": ("misc", "RawMisc"),
    "tokens": ("tokens", "RawTokens"),
    "avatars": ("avatars", "RawAvatars"),
    "custom_avatars": ("custom_avatars", "RawCustomAvatars"),
    "backgrounds": ("backgrounds", "RawBackgrounds"),
    "face_swap": ("face_swap", "RawFaceSwap"),
    "head_swap": ("head_swap", "RawHeadSwap"),
    "actor_swap": ("actor_swap", "RawActorSwap"),
    "dubbing": ("dubbing", "RawDubbing"),
    "think_sound": ("think_sound", "RawThinkSound"),
    "image_to_video": ("image_to_video", "RawImageToVideo"),
    "caption_removal": ("caption_removal", "RawCaptionRemoval"),
    "streaming": ("streaming", "RawStreaming"),
    "talking_photo": ("talking_photo", "RawTalkingPhoto"),
    "talking_video": ("talking_video", "RawTalkingVideo"),
    "text_to_image": ("text_to_image", "RawTextToImage"),
    "nano_banana": ("nano_banana", "RawNanoBanana"),
    "qwen_image": ("qwen_image", "RawQwenImage"),
    "kling_image": ("kling_image", "RawKlingImage"),
    "image_edit": ("image_edit", "RawImageEdit"),
    "virtual_try_on": ("virtual_try_on", "RawVirtualTryOn"),
    "motion_transfer": ("motion_transfer", "RawMotionTransfer"),
    "product_avatar": ("product_avatar", "RawProductAvatar"),
    "photobook": ("photobook", "RawPhotobook"),
    "wan_video": ("wan_video", "RawWanVideo"),
    "storage": ("storage", "RawStorage"),
    "billing": ("billing", "RawBilling"),
    "sora": ("sora", "RawSora"),
    "veo": ("veo", "RawVeo"),
    "kling": ("kling", "RawKling"),
    "kling_omni": ("kling_omni", "RawKlingOmni"),
    "grok": ("grok", "RawGrok"),
    "hailuo": ("hailuo", "RawHailuo"),
    "minimax_h3": ("minimax_h3", "RawMinimaxH3"),
    "seedance": ("seedance", "RawSeedance"),
    "seedance2": ("seedance2", "RawSeedance2"),
    "happyhorse": ("happyhorse", "RawHappyhorse"),
    "upscale": ("upscale", "RawUpscale"),
    "flux2": ("flux2", "RawFlux2"),
    "gpt_image": ("gpt_image", "RawGptImage"),
    "wan26_image": ("wan26_image", "RawWan26Image"),
    "wan27_image": ("wan27_image", "RawWan27Image"),
}

ASYNCRAW_GROUP_CLASSES: dict[str, tuple[str, str]] = {
    "tts": ("tts", "AsyncRawTts"),
    "videos": ("videos", "AsyncRawVideos"),
    "misc": ("misc", "AsyncRawMisc"),
    "tokens": ("tokens", "AsyncRawTokens"),
    "avatars": ("avatars", "AsyncRawAvatars"),
    "custom_avatars": ("custom_avatars", "AsyncRawCustomAvatars"),
    "backgrounds": ("backgrounds", "AsyncRawBackgrounds"),
    "face_swap": ("face_swap", "AsyncRawFaceSwap"),
    "head_swap": ("head_swap", "AsyncRawHeadSwap"),
    "actor_swap": ("actor_swap", "AsyncRawActorSwap"),
    "dubbing": ("dubbing", "AsyncRawDubbing"),
    "think_sound": ("think_sound", "AsyncRawThinkSound"),
    "image_to_video": ("image_to_video", "AsyncRawImageToVideo"),
    "caption_removal": ("caption_removal", "AsyncRawCaptionRemoval"),
    "streaming": ("streaming", "AsyncRawStreaming"),
    "talking_photo": ("talking_photo", "AsyncRawTalkingPhoto"),
    "talking_video": ("talking_video", "AsyncRawTalkingVideo"),
    "text_to_image": ("text_to_image", "AsyncRawTextToImage"),
    "nano_banana": ("nano_banana", "AsyncRawNanoBanana"),
    "qwen_image": ("qwen_image", "AsyncRawQwenImage"),
    "kling_image": ("kling_image", "AsyncRawKlingImage"),
    "image_edit": ("image_edit", "AsyncRawImageEdit"),
    "virtual_try_on": ("virtual_try_on", "AsyncRawVirtualTryOn"),
    "motion_transfer": ("motion_transfer", "AsyncRawMotionTransfer"),
    "product_avatar": ("product_avatar", "AsyncRawProductAvatar"),
    "photobook": ("photobook", "AsyncRawPhotobook"),
    "wan_video": ("wan_video", "AsyncRawWanVideo"),
    "storage": ("storage", "AsyncRawStorage"),
    "billing": ("billing", "AsyncRawBilling"),
    "sora": ("sora", "AsyncRawSora"),
    "veo": ("veo", "AsyncRawVeo"),
    "kling": ("kling", "AsyncRawKling"),
    "kling_omni": ("kling_omni", "AsyncRawKlingOmni"),
    "grok": ("grok", "AsyncRawGrok"),
    "hailuo": ("hailuo", "AsyncRawHailuo"),
    "minimax_h3": ("minimax_h3", "AsyncRawMinimaxH3"),
    "seedance": ("seedance", "AsyncRawSeedance"),
    "seedance2": ("seedance2", "AsyncRawSeedance2"),
    "happyhorse": ("happyhorse", "AsyncRawHappyhorse"),
    "upscale": ("upscale", "AsyncRawUpscale"),
    "flux2": ("flux2", "AsyncRawFlux2"),
    "gpt_image": ("gpt_image", "AsyncRawGptImage"),
    "wan26_image": ("wan26_image", "AsyncRawWan26Image"),
    "wan27_image": ("wan27_image", "AsyncRawWan27Image"),
}


class RawResources:
    """The operation groups, each call answering a `RawResponse`; each group's module is imported when the group is first used."""

    def __init__(self, client: Any) -> None:
        self._client = client

    if TYPE_CHECKING:
        tts: RawTts
        videos: RawVideos
        misc: RawMisc
        tokens: RawTokens
        avatars: RawAvatars
        custom_avatars: RawCustomAvatars
        backgrounds: RawBackgrounds
        face_swap: RawFaceSwap
        head_swap: RawHeadSwap
        actor_swap: RawActorSwap
        dubbing: RawDubbing
        think_sound: RawThinkSound
        image_to_video: RawImageToVideo
        caption_removal: RawCaptionRemoval
        streaming: RawStreaming
        talking_photo: RawTalkingPhoto
        talking_video: RawTalkingVideo
        text_to_image: RawTextToImage
        nano_banana: RawNanoBanana
        qwen_image: RawQwenImage
        kling_image: RawKlingImage
        image_edit: RawImageEdit
        virtual_try_on: RawVirtualTryOn
        motion_transfer: RawMotionTransfer
        product_avatar: RawProductAvatar
        photobook: RawPhotobook
        wan_video: RawWanVideo
        storage: RawStorage
        billing: RawBilling
        sora: RawSora
        veo: RawVeo
        kling: RawKling
        kling_omni: RawKlingOmni
        grok: RawGrok
        hailuo: RawHailuo
        minimax_h3: RawMinimaxH3
        seedance: RawSeedance
        seedance2: RawSeedance2
        happyhorse: RawHappyhorse
        upscale: RawUpscale
        flux2: RawFlux2
        gpt_image: RawGptImage
        wan26_image: RawWan26Image
        wan27_image: RawWan27Image

    def __getattr__(self, name: str) -> Any:
        found = RAW_GROUP_CLASSES.get(name)
        if found is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        group = getattr(import_module(f"..{found[0]}", __name__), found[1])(self._client)
        setattr(self, name, group)  # later reads find it directly
        return group


class AsyncRawResources:
    """The operation groups, each call answering a `RawResponse`; each group's module is imported when the group is first used."""

    def __init__(self, client: Any) -> None:
        self._client = client

    if TYPE_CHECKING:
        tts: AsyncRawTts
        videos: AsyncRawVideos
        misc: AsyncRawMisc
        tokens: AsyncRawTokens
        avatars: AsyncRawAvatars
        custom_avatars: AsyncRawCustomAvatars
        backgrounds: AsyncRawBackgrounds
        face_swap: AsyncRawFaceSwap
        head_swap: AsyncRawHeadSwap
        actor_swap: AsyncRawActorSwap
        dubbing: AsyncRawDubbing
        think_sound: AsyncRawThinkSound
        image_to_video: AsyncRawImageToVideo
        caption_removal: AsyncRawCaptionRemoval
        streaming: AsyncRawStreaming
        talking_photo: AsyncRawTalkingPhoto
        talking_video: AsyncRawTalkingVideo
        text_to_image: AsyncRawTextToImage
        nano_banana: AsyncRawNanoBanana
        qwen_image: AsyncRawQwenImage
        kling_image: AsyncRawKlingImage
        image_edit: AsyncRawImageEdit
        virtual_try_on: AsyncRawVirtualTryOn
        motion_transfer: AsyncRawMotionTransfer
        product_avatar: AsyncRawProductAvatar
        photobook: AsyncRawPhotobook
        wan_video: AsyncRawWanVideo
        storage: AsyncRawStorage
        billing: AsyncRawBilling
        sora: AsyncRawSora
        veo: AsyncRawVeo
        kling: AsyncRawKling
        kling_omni: AsyncRawKlingOmni
        grok: AsyncRawGrok
        hailuo: AsyncRawHailuo
        minimax_h3: AsyncRawMinimaxH3
        seedance: AsyncRawSeedance
        seedance2: AsyncRawSeedance2
        happyhorse: AsyncRawHappyhorse
        upscale: AsyncRawUpscale
        flux2: AsyncRawFlux2
        gpt_image: AsyncRawGptImage
        wan26_image: AsyncRawWan26Image
        wan27_image: AsyncRawWan27Image

    def __getattr__(self, name: str) -> Any:
        found = ASYNCRAW_GROUP_CLASSES.get(name)
        if found is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        group = getattr(import_module(f"..{found[0]}", __name__), found[1])(self._client)
        setattr(self, name, group)  # later reads find it directly
        return group
