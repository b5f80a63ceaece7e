"""Raw views of the typed operation groups (`client.with_raw_response.<group>`): each wraps the client's group of
the same name, and each of its calls answers a `RawResponse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import LazyGroup

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E

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


class RawResources:
    """`A2E.with_raw_response`: the operation groups, each call answering a `RawResponse`."""

    def __init__(self, client: A2E) -> None:
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
    else:
        tts = LazyGroup("RawTts", raw=True)
        videos = LazyGroup("RawVideos", raw=True)
        misc = LazyGroup("RawMisc", raw=True)
        tokens = LazyGroup("RawTokens", raw=True)
        avatars = LazyGroup("RawAvatars", raw=True)
        custom_avatars = LazyGroup("RawCustomAvatars", raw=True)
        backgrounds = LazyGroup("RawBackgrounds", raw=True)
        face_swap = LazyGroup("RawFaceSwap", raw=True)
        head_swap = LazyGroup("RawHeadSwap", raw=True)
        actor_swap = LazyGroup("RawActorSwap", raw=True)
        dubbing = LazyGroup("RawDubbing", raw=True)
        think_sound = LazyGroup("RawThinkSound", raw=True)
        image_to_video = LazyGroup("RawImageToVideo", raw=True)
        caption_removal = LazyGroup("RawCaptionRemoval", raw=True)
        streaming = LazyGroup("RawStreaming", raw=True)
        talking_photo = LazyGroup("RawTalkingPhoto", raw=True)
        talking_video = LazyGroup("RawTalkingVideo", raw=True)
        text_to_image = LazyGroup("RawTextToImage", raw=True)
        nano_banana = LazyGroup("RawNanoBanana", raw=True)
        qwen_image = LazyGroup("RawQwenImage", raw=True)
        kling_image = LazyGroup("RawKlingImage", raw=True)
        image_edit = LazyGroup("RawImageEdit", raw=True)
        virtual_try_on = LazyGroup("RawVirtualTryOn", raw=True)
        motion_transfer = LazyGroup("RawMotionTransfer", raw=True)
        product_avatar = LazyGroup("RawProductAvatar", raw=True)
        photobook = LazyGroup("RawPhotobook", raw=True)
        wan_video = LazyGroup("RawWanVideo", raw=True)
        storage = LazyGroup("RawStorage", raw=True)
        billing = LazyGroup("RawBilling", raw=True)
        sora = LazyGroup("RawSora", raw=True)
        veo = LazyGroup("RawVeo", raw=True)
        kling = LazyGroup("RawKling", raw=True)
        kling_omni = LazyGroup("RawKlingOmni", raw=True)
        grok = LazyGroup("RawGrok", raw=True)
        hailuo = LazyGroup("RawHailuo", raw=True)
        minimax_h3 = LazyGroup("RawMinimaxH3", raw=True)
        seedance = LazyGroup("RawSeedance", raw=True)
        seedance2 = LazyGroup("RawSeedance2", raw=True)
        happyhorse = LazyGroup("RawHappyhorse", raw=True)
        upscale = LazyGroup("RawUpscale", raw=True)
        flux2 = LazyGroup("RawFlux2", raw=True)
        gpt_image = LazyGroup("RawGptImage", raw=True)
        wan26_image = LazyGroup("RawWan26Image", raw=True)
        wan27_image = LazyGroup("RawWan27Image", raw=True)


class AsyncRawResources:
    """`AsyncA2E.with_raw_response`: the operation groups, each call answering a `RawResponse`."""

    def __init__(self, client: AsyncA2E) -> None:
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
    else:
        tts = LazyGroup("AsyncRawTts", raw=True)
        videos = LazyGroup("AsyncRawVideos", raw=True)
        misc = LazyGroup("AsyncRawMisc", raw=True)
        tokens = LazyGroup("AsyncRawTokens", raw=True)
        avatars = LazyGroup("AsyncRawAvatars", raw=True)
        custom_avatars = LazyGroup("AsyncRawCustomAvatars", raw=True)
        backgrounds = LazyGroup("AsyncRawBackgrounds", raw=True)
        face_swap = LazyGroup("AsyncRawFaceSwap", raw=True)
        head_swap = LazyGroup("AsyncRawHeadSwap", raw=True)
        actor_swap = LazyGroup("AsyncRawActorSwap", raw=True)
        dubbing = LazyGroup("AsyncRawDubbing", raw=True)
        think_sound = LazyGroup("AsyncRawThinkSound", raw=True)
        image_to_video = LazyGroup("AsyncRawImageToVideo", raw=True)
        caption_removal = LazyGroup("AsyncRawCaptionRemoval", raw=True)
        streaming = LazyGroup("AsyncRawStreaming", raw=True)
        talking_photo = LazyGroup("AsyncRawTalkingPhoto", raw=True)
        talking_video = LazyGroup("AsyncRawTalkingVideo", raw=True)
        text_to_image = LazyGroup("AsyncRawTextToImage", raw=True)
        nano_banana = LazyGroup("AsyncRawNanoBanana", raw=True)
        qwen_image = LazyGroup("AsyncRawQwenImage", raw=True)
        kling_image = LazyGroup("AsyncRawKlingImage", raw=True)
        image_edit = LazyGroup("AsyncRawImageEdit", raw=True)
        virtual_try_on = LazyGroup("AsyncRawVirtualTryOn", raw=True)
        motion_transfer = LazyGroup("AsyncRawMotionTransfer", raw=True)
        product_avatar = LazyGroup("AsyncRawProductAvatar", raw=True)
        photobook = LazyGroup("AsyncRawPhotobook", raw=True)
        wan_video = LazyGroup("AsyncRawWanVideo", raw=True)
        storage = LazyGroup("AsyncRawStorage", raw=True)
        billing = LazyGroup("AsyncRawBilling", raw=True)
        sora = LazyGroup("AsyncRawSora", raw=True)
        veo = LazyGroup("AsyncRawVeo", raw=True)
        kling = LazyGroup("AsyncRawKling", raw=True)
        kling_omni = LazyGroup("AsyncRawKlingOmni", raw=True)
        grok = LazyGroup("AsyncRawGrok", raw=True)
        hailuo = LazyGroup("AsyncRawHailuo", raw=True)
        minimax_h3 = LazyGroup("AsyncRawMinimaxH3", raw=True)
        seedance = LazyGroup("AsyncRawSeedance", raw=True)
        seedance2 = LazyGroup("AsyncRawSeedance2", raw=True)
        happyhorse = LazyGroup("AsyncRawHappyhorse", raw=True)
        upscale = LazyGroup("AsyncRawUpscale", raw=True)
        flux2 = LazyGroup("AsyncRawFlux2", raw=True)
        gpt_image = LazyGroup("AsyncRawGptImage", raw=True)
        wan26_image = LazyGroup("AsyncRawWan26Image", raw=True)
        wan27_image = LazyGroup("AsyncRawWan27Image", raw=True)
