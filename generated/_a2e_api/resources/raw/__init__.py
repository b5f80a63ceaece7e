"""Raw views of the typed operation groups (`client.with_raw_response.<group>`).

Each group's module is imported the first time the group is used, so importing the client stays cheap.
"""

from __future__ import annotations

from functools import cached_property
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


class RawResources:
    """The operation groups, each call answering a `RawResponse`; each group is created on first use."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @cached_property
    def tts(self) -> RawTts:
        """TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices."""
        from ..tts import RawTts

        return RawTts(self._client)

    @cached_property
    def videos(self) -> RawVideos:
        """Generate Avatar Videos: Lip-synced avatar videos from an anchor and an audio track (status dialect A)."""
        from ..videos import RawVideos

        return RawVideos(self._client)

    @cached_property
    def misc(self) -> RawMisc:
        """Miscellaneous: Account balance and utilities."""
        from ..misc import RawMisc

        return RawMisc(self._client)

    @cached_property
    def tokens(self) -> RawTokens:
        """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""
        from ..tokens import RawTokens

        return RawTokens(self._client)

    @cached_property
    def avatars(self) -> RawAvatars:
        """Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B)."""
        from ..avatars import RawAvatars

        return RawAvatars(self._client)

    @cached_property
    def custom_avatars(self) -> RawCustomAvatars:
        """Custom Avatars: Custom avatar records (request bodies not published)."""
        from ..custom_avatars import RawCustomAvatars

        return RawCustomAvatars(self._client)

    @cached_property
    def backgrounds(self) -> RawBackgrounds:
        """Background Matting and Replacement: Background images for avatar videos."""
        from ..backgrounds import RawBackgrounds

        return RawBackgrounds(self._client)

    @cached_property
    def face_swap(self) -> RawFaceSwap:
        """Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`)."""
        from ..face_swap import RawFaceSwap

        return RawFaceSwap(self._client)

    @cached_property
    def head_swap(self) -> RawHeadSwap:
        """Head Swap: Swap a whole head onto an image or video (status dialect B)."""
        from ..head_swap import RawHeadSwap

        return RawHeadSwap(self._client)

    @cached_property
    def actor_swap(self) -> RawActorSwap:
        """Actor Swap: Replace the actor of a video with a person from an image (status dialect B)."""
        from ..actor_swap import RawActorSwap

        return RawActorSwap(self._client)

    @cached_property
    def dubbing(self) -> RawDubbing:
        """AI Dubbing: Translate and re-voice videos (status dialect B)."""
        from ..dubbing import RawDubbing

        return RawDubbing(self._client)

    @cached_property
    def think_sound(self) -> RawThinkSound:
        """ThinkSound: Sound effects generated for a video (status dialect B)."""
        from ..think_sound import RawThinkSound

        return RawThinkSound(self._client)

    @cached_property
    def image_to_video(self) -> RawImageToVideo:
        """Image to Video: Animate a still image into a short video (status dialect B)."""
        from ..image_to_video import RawImageToVideo

        return RawImageToVideo(self._client)

    @cached_property
    def caption_removal(self) -> RawCaptionRemoval:
        """Caption Removal: Remove burned-in captions from videos (status dialect B)."""
        from ..caption_removal import RawCaptionRemoval

        return RawCaptionRemoval(self._client)

    @cached_property
    def streaming(self) -> RawStreaming:
        """Streaming Avatar: Real-time avatars over Agora: open a room, set its context, ask or speak, leave."""
        from ..streaming import RawStreaming

        return RawStreaming(self._client)

    @cached_property
    def talking_photo(self) -> RawTalkingPhoto:
        """Talking Photo: Make a photo speak an audio track (status dialect B)."""
        from ..talking_photo import RawTalkingPhoto

        return RawTalkingPhoto(self._client)

    @cached_property
    def talking_video(self) -> RawTalkingVideo:
        """Talking Video: Re-lip-sync a video to new audio (status dialect B)."""
        from ..talking_video import RawTalkingVideo

        return RawTalkingVideo(self._client)

    @cached_property
    def text_to_image(self) -> RawTextToImage:
        """Text to Image: Generate images from text (status dialect B, results in `image_urls`)."""
        from ..text_to_image import RawTextToImage

        return RawTextToImage(self._client)

    @cached_property
    def nano_banana(self) -> RawNanoBanana:
        """NanoBanana: NanoBanana image generation and editing (status dialect B)."""
        from ..nano_banana import RawNanoBanana

        return RawNanoBanana(self._client)

    @cached_property
    def qwen_image(self) -> RawQwenImage:
        """Qwen Image: Qwen image generation and editing (status dialect B, results in `image_urls`)."""
        from ..qwen_image import RawQwenImage

        return RawQwenImage(self._client)

    @cached_property
    def kling_image(self) -> RawKlingImage:
        """Kling Image: Kling 3.0 image generation (status dialect B, results in `image_urls`)."""
        from ..kling_image import RawKlingImage

        return RawKlingImage(self._client)

    @cached_property
    def image_edit(self) -> RawImageEdit:
        """AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B)."""
        from ..image_edit import RawImageEdit

        return RawImageEdit(self._client)

    @cached_property
    def virtual_try_on(self) -> RawVirtualTryOn:
        """Virtual Try-On: Virtual try-on from person and garment images (status dialect B)."""
        from ..virtual_try_on import RawVirtualTryOn

        return RawVirtualTryOn(self._client)

    @cached_property
    def motion_transfer(self) -> RawMotionTransfer:
        """Motion Transfer: Move a person like a motion video (status dialect B)."""
        from ..motion_transfer import RawMotionTransfer

        return RawMotionTransfer(self._client)

    @cached_property
    def product_avatar(self) -> RawProductAvatar:
        """Product Avatar: A person holding a product, from two images (status dialect B, `result_image_url`)."""
        from ..product_avatar import RawProductAvatar

        return RawProductAvatar(self._client)

    @cached_property
    def photobook(self) -> RawPhotobook:
        """Photobook: A set of styled photos of one face (status dialect B)."""
        from ..photobook import RawPhotobook

        return RawPhotobook(self._client)

    @cached_property
    def wan_video(self) -> RawWanVideo:
        """Wan Video Models: Wan image-to-video models (status dialect B)."""
        from ..wan_video import RawWanVideo

        return RawWanVideo(self._client)

    @cached_property
    def storage(self) -> RawStorage:
        """Upload and Storage: Upload local files into A2E storage."""
        from ..storage import RawStorage

        return RawStorage(self._client)

    @cached_property
    def billing(self) -> RawBilling:
        """Account and Billing: Quotes and credit history."""
        from ..billing import RawBilling

        return RawBilling(self._client)

    @cached_property
    def sora(self) -> RawSora:
        """Sora Video: Sora Video generation through A2E (status dialect B; request fields not documented)."""
        from ..sora import RawSora

        return RawSora(self._client)

    @cached_property
    def veo(self) -> RawVeo:
        """Veo Video: Veo Video generation through A2E (status dialect B; request fields not documented)."""
        from ..veo import RawVeo

        return RawVeo(self._client)

    @cached_property
    def kling(self) -> RawKling:
        """Kling Video: Kling Video generation through A2E (status dialect B; request fields not documented)."""
        from ..kling import RawKling

        return RawKling(self._client)

    @cached_property
    def kling_omni(self) -> RawKlingOmni:
        """Kling Omni Video: Kling Omni multi-shot video generation (status dialect B)."""
        from ..kling_omni import RawKlingOmni

        return RawKlingOmni(self._client)

    @cached_property
    def grok(self) -> RawGrok:
        """Grok Video: Grok Video generation through A2E (status dialect B; request fields not documented)."""
        from ..grok import RawGrok

        return RawGrok(self._client)

    @cached_property
    def hailuo(self) -> RawHailuo:
        """Hailuo Video: Hailuo Video generation through A2E (status dialect B; request fields not documented)."""
        from ..hailuo import RawHailuo

        return RawHailuo(self._client)

    @cached_property
    def minimax_h3(self) -> RawMinimaxH3:
        """MiniMax H3 Video: MiniMax H3 Video generation through A2E (status dialect B; request fields not documented)."""
        from ..minimax_h3 import RawMinimaxH3

        return RawMinimaxH3(self._client)

    @cached_property
    def seedance(self) -> RawSeedance:
        """Seedance Video: Seedance Video generation through A2E (status dialect B; request fields not documented)."""
        from ..seedance import RawSeedance

        return RawSeedance(self._client)

    @cached_property
    def seedance2(self) -> RawSeedance2:
        """Seedance 2 Video: Seedance 2 Video generation through A2E (status dialect B; request fields not documented)."""
        from ..seedance2 import RawSeedance2

        return RawSeedance2(self._client)

    @cached_property
    def happyhorse(self) -> RawHappyhorse:
        """Happyhorse Video: Happyhorse Video generation through A2E (status dialect B; request fields not documented)."""
        from ..happyhorse import RawHappyhorse

        return RawHappyhorse(self._client)

    @cached_property
    def upscale(self) -> RawUpscale:
        """Upscale: Upscale through A2E (status dialect B; request fields not documented)."""
        from ..upscale import RawUpscale

        return RawUpscale(self._client)

    @cached_property
    def flux2(self) -> RawFlux2:
        """Flux 2 Image: Flux 2 Image through A2E (status dialect B; request fields not documented)."""
        from ..flux2 import RawFlux2

        return RawFlux2(self._client)

    @cached_property
    def gpt_image(self) -> RawGptImage:
        """GPT Image: GPT Image through A2E (status dialect B; request fields not documented)."""
        from ..gpt_image import RawGptImage

        return RawGptImage(self._client)

    @cached_property
    def wan26_image(self) -> RawWan26Image:
        """Wan 2.6 Image: Wan 2.6 Image through A2E (status dialect B; request fields not documented)."""
        from ..wan26_image import RawWan26Image

        return RawWan26Image(self._client)

    @cached_property
    def wan27_image(self) -> RawWan27Image:
        """Wan 2.7 Image: Wan 2.7 Image through A2E (status dialect B; request fields not documented)."""
        from ..wan27_image import RawWan27Image

        return RawWan27Image(self._client)


class AsyncRawResources:
    """The operation groups, each call answering a `RawResponse`; each group is created on first use."""

    def __init__(self, client: Any) -> None:
        self._client = client

    @cached_property
    def tts(self) -> AsyncRawTts:
        """TTS and Voice Clone: Public text-to-speech voices, speech synthesis and cloned voices."""
        from ..tts import AsyncRawTts

        return AsyncRawTts(self._client)

    @cached_property
    def videos(self) -> AsyncRawVideos:
        """Generate Avatar Videos: Lip-synced avatar videos from an anchor and an audio track (status dialect A)."""
        from ..videos import AsyncRawVideos

        return AsyncRawVideos(self._client)

    @cached_property
    def misc(self) -> AsyncRawMisc:
        """Miscellaneous: Account balance and utilities."""
        from ..misc import AsyncRawMisc

        return AsyncRawMisc(self._client)

    @cached_property
    def tokens(self) -> AsyncRawTokens:
        """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""
        from ..tokens import AsyncRawTokens

        return AsyncRawTokens(self._client)

    @cached_property
    def avatars(self) -> AsyncRawAvatars:
        """Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B)."""
        from ..avatars import AsyncRawAvatars

        return AsyncRawAvatars(self._client)

    @cached_property
    def custom_avatars(self) -> AsyncRawCustomAvatars:
        """Custom Avatars: Custom avatar records (request bodies not published)."""
        from ..custom_avatars import AsyncRawCustomAvatars

        return AsyncRawCustomAvatars(self._client)

    @cached_property
    def backgrounds(self) -> AsyncRawBackgrounds:
        """Background Matting and Replacement: Background images for avatar videos."""
        from ..backgrounds import AsyncRawBackgrounds

        return AsyncRawBackgrounds(self._client)

    @cached_property
    def face_swap(self) -> AsyncRawFaceSwap:
        """Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`)."""
        from ..face_swap import AsyncRawFaceSwap

        return AsyncRawFaceSwap(self._client)

    @cached_property
    def head_swap(self) -> AsyncRawHeadSwap:
        """Head Swap: Swap a whole head onto an image or video (status dialect B)."""
        from ..head_swap import AsyncRawHeadSwap

        return AsyncRawHeadSwap(self._client)

    @cached_property
    def actor_swap(self) -> AsyncRawActorSwap:
        """Actor Swap: Replace the actor of a video with a person from an image (status dialect B)."""
        from ..actor_swap import AsyncRawActorSwap

        return AsyncRawActorSwap(self._client)

    @cached_property
    def dubbing(self) -> AsyncRawDubbing:
        """AI Dubbing: Translate and re-voice videos (status dialect B)."""
        from ..dubbing import AsyncRawDubbing

        return AsyncRawDubbing(self._client)

    @cached_property
    def think_sound(self) -> AsyncRawThinkSound:
        """ThinkSound: Sound effects generated for a video (status dialect B)."""
        from ..think_sound import AsyncRawThinkSound

        return AsyncRawThinkSound(self._client)

    @cached_property
    def image_to_video(self) -> AsyncRawImageToVideo:
        """Image to Video: Animate a still image into a short video (status dialect B)."""
        from ..image_to_video import AsyncRawImageToVideo

        return AsyncRawImageToVideo(self._client)

    @cached_property
    def caption_removal(self) -> AsyncRawCaptionRemoval:
        """Caption Removal: Remove burned-in captions from videos (status dialect B)."""
        from ..caption_removal import AsyncRawCaptionRemoval

        return AsyncRawCaptionRemoval(self._client)

    @cached_property
    def streaming(self) -> AsyncRawStreaming:
        """Streaming Avatar: Real-time avatars over Agora: open a room, set its context, ask or speak, leave."""
        from ..streaming import AsyncRawStreaming

        return AsyncRawStreaming(self._client)

    @cached_property
    def talking_photo(self) -> AsyncRawTalkingPhoto:
        """Talking Photo: Make a photo speak an audio track (status dialect B)."""
        from ..talking_photo import AsyncRawTalkingPhoto

        return AsyncRawTalkingPhoto(self._client)

    @cached_property
    def talking_video(self) -> AsyncRawTalkingVideo:
        """Talking Video: Re-lip-sync a video to new audio (status dialect B)."""
        from ..talking_video import AsyncRawTalkingVideo

        return AsyncRawTalkingVideo(self._client)

    @cached_property
    def text_to_image(self) -> AsyncRawTextToImage:
        """Text to Image: Generate images from text (status dialect B, results in `image_urls`)."""
        from ..text_to_image import AsyncRawTextToImage

        return AsyncRawTextToImage(self._client)

    @cached_property
    def nano_banana(self) -> AsyncRawNanoBanana:
        """NanoBanana: NanoBanana image generation and editing (status dialect B)."""
        from ..nano_banana import AsyncRawNanoBanana

        return AsyncRawNanoBanana(self._client)

    @cached_property
    def qwen_image(self) -> AsyncRawQwenImage:
        """Qwen Image: Qwen image generation and editing (status dialect B, results in `image_urls`)."""
        from ..qwen_image import AsyncRawQwenImage

        return AsyncRawQwenImage(self._client)

    @cached_property
    def kling_image(self) -> AsyncRawKlingImage:
        """Kling Image: Kling 3.0 image generation (status dialect B, results in `image_urls`)."""
        from ..kling_image import AsyncRawKlingImage

        return AsyncRawKlingImage(self._client)

    @cached_property
    def image_edit(self) -> AsyncRawImageEdit:
        """AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B)."""
        from ..image_edit import AsyncRawImageEdit

        return AsyncRawImageEdit(self._client)

    @cached_property
    def virtual_try_on(self) -> AsyncRawVirtualTryOn:
        """Virtual Try-On: Virtual try-on from person and garment images (status dialect B)."""
        from ..virtual_try_on import AsyncRawVirtualTryOn

        return AsyncRawVirtualTryOn(self._client)

    @cached_property
    def motion_transfer(self) -> AsyncRawMotionTransfer:
        """Motion Transfer: Move a person like a motion video (status dialect B)."""
        from ..motion_transfer import AsyncRawMotionTransfer

        return AsyncRawMotionTransfer(self._client)

    @cached_property
    def product_avatar(self) -> AsyncRawProductAvatar:
        """Product Avatar: A person holding a product, from two images (status dialect B, `result_image_url`)."""
        from ..product_avatar import AsyncRawProductAvatar

        return AsyncRawProductAvatar(self._client)

    @cached_property
    def photobook(self) -> AsyncRawPhotobook:
        """Photobook: A set of styled photos of one face (status dialect B)."""
        from ..photobook import AsyncRawPhotobook

        return AsyncRawPhotobook(self._client)

    @cached_property
    def wan_video(self) -> AsyncRawWanVideo:
        """Wan Video Models: Wan image-to-video models (status dialect B)."""
        from ..wan_video import AsyncRawWanVideo

        return AsyncRawWanVideo(self._client)

    @cached_property
    def storage(self) -> AsyncRawStorage:
        """Upload and Storage: Upload local files into A2E storage."""
        from ..storage import AsyncRawStorage

        return AsyncRawStorage(self._client)

    @cached_property
    def billing(self) -> AsyncRawBilling:
        """Account and Billing: Quotes and credit history."""
        from ..billing import AsyncRawBilling

        return AsyncRawBilling(self._client)

    @cached_property
    def sora(self) -> AsyncRawSora:
        """Sora Video: Sora Video generation through A2E (status dialect B; request fields not documented)."""
        from ..sora import AsyncRawSora

        return AsyncRawSora(self._client)

    @cached_property
    def veo(self) -> AsyncRawVeo:
        """Veo Video: Veo Video generation through A2E (status dialect B; request fields not documented)."""
        from ..veo import AsyncRawVeo

        return AsyncRawVeo(self._client)

    @cached_property
    def kling(self) -> AsyncRawKling:
        """Kling Video: Kling Video generation through A2E (status dialect B; request fields not documented)."""
        from ..kling import AsyncRawKling

        return AsyncRawKling(self._client)

    @cached_property
    def kling_omni(self) -> AsyncRawKlingOmni:
        """Kling Omni Video: Kling Omni multi-shot video generation (status dialect B)."""
        from ..kling_omni import AsyncRawKlingOmni

        return AsyncRawKlingOmni(self._client)

    @cached_property
    def grok(self) -> AsyncRawGrok:
        """Grok Video: Grok Video generation through A2E (status dialect B; request fields not documented)."""
        from ..grok import AsyncRawGrok

        return AsyncRawGrok(self._client)

    @cached_property
    def hailuo(self) -> AsyncRawHailuo:
        """Hailuo Video: Hailuo Video generation through A2E (status dialect B; request fields not documented)."""
        from ..hailuo import AsyncRawHailuo

        return AsyncRawHailuo(self._client)

    @cached_property
    def minimax_h3(self) -> AsyncRawMinimaxH3:
        """MiniMax H3 Video: MiniMax H3 Video generation through A2E (status dialect B; request fields not documented)."""
        from ..minimax_h3 import AsyncRawMinimaxH3

        return AsyncRawMinimaxH3(self._client)

    @cached_property
    def seedance(self) -> AsyncRawSeedance:
        """Seedance Video: Seedance Video generation through A2E (status dialect B; request fields not documented)."""
        from ..seedance import AsyncRawSeedance

        return AsyncRawSeedance(self._client)

    @cached_property
    def seedance2(self) -> AsyncRawSeedance2:
        """Seedance 2 Video: Seedance 2 Video generation through A2E (status dialect B; request fields not documented)."""
        from ..seedance2 import AsyncRawSeedance2

        return AsyncRawSeedance2(self._client)

    @cached_property
    def happyhorse(self) -> AsyncRawHappyhorse:
        """Happyhorse Video: Happyhorse Video generation through A2E (status dialect B; request fields not documented)."""
        from ..happyhorse import AsyncRawHappyhorse

        return AsyncRawHappyhorse(self._client)

    @cached_property
    def upscale(self) -> AsyncRawUpscale:
        """Upscale: Upscale through A2E (status dialect B; request fields not documented)."""
        from ..upscale import AsyncRawUpscale

        return AsyncRawUpscale(self._client)

    @cached_property
    def flux2(self) -> AsyncRawFlux2:
        """Flux 2 Image: Flux 2 Image through A2E (status dialect B; request fields not documented)."""
        from ..flux2 import AsyncRawFlux2

        return AsyncRawFlux2(self._client)

    @cached_property
    def gpt_image(self) -> AsyncRawGptImage:
        """GPT Image: GPT Image through A2E (status dialect B; request fields not documented)."""
        from ..gpt_image import AsyncRawGptImage

        return AsyncRawGptImage(self._client)

    @cached_property
    def wan26_image(self) -> AsyncRawWan26Image:
        """Wan 2.6 Image: Wan 2.6 Image through A2E (status dialect B; request fields not documented)."""
        from ..wan26_image import AsyncRawWan26Image

        return AsyncRawWan26Image(self._client)

    @cached_property
    def wan27_image(self) -> AsyncRawWan27Image:
        """Wan 2.7 Image: Wan 2.7 Image through A2E (status dialect B; request fields not documented)."""
        from ..wan27_image import AsyncRawWan27Image

        return AsyncRawWan27Image(self._client)
