"""Typed operation groups of `a2e.A2E` and `a2e.AsyncA2E`, one per tag of openapi/a2e.yaml.

Each group's module is imported the first time the group is used, so importing the client stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actor_swap import ActorSwap, AsyncActorSwap
    from .avatars import AsyncAvatars, Avatars
    from .backgrounds import AsyncBackgrounds, Backgrounds
    from .billing import AsyncBilling, Billing
    from .caption_removal import AsyncCaptionRemoval, CaptionRemoval
    from .custom_avatars import AsyncCustomAvatars, CustomAvatars
    from .dubbing import AsyncDubbing, Dubbing
    from .face_swap import AsyncFaceSwap, FaceSwap
    from .flux2 import AsyncFlux2, Flux2
    from .gpt_image import AsyncGptImage, GptImage
    from .grok import AsyncGrok, Grok
    from .hailuo import AsyncHailuo, Hailuo
    from .happyhorse import AsyncHappyhorse, Happyhorse
    from .head_swap import AsyncHeadSwap, HeadSwap
    from .image_edit import AsyncImageEdit, ImageEdit
    from .image_to_video import AsyncImageToVideo, ImageToVideo
    from .kling import AsyncKling, Kling
    from .kling_image import AsyncKlingImage, KlingImage
    from .kling_omni import AsyncKlingOmni, KlingOmni
    from .minimax_h3 import AsyncMinimaxH3, MinimaxH3
    from .misc import AsyncMisc, Misc
    from .motion_transfer import AsyncMotionTransfer, MotionTransfer
    from .nano_banana import AsyncNanoBanana, NanoBanana
    from .photobook import AsyncPhotobook, Photobook
    from .product_avatar import AsyncProductAvatar, ProductAvatar
    from .qwen_image import AsyncQwenImage, QwenImage
    from .seedance import AsyncSeedance, Seedance
    from .seedance2 import AsyncSeedance2, Seedance2
    from .sora import AsyncSora, Sora
    from .storage import AsyncStorage, Storage
    from .streaming import AsyncStreaming, Streaming
    from .talking_photo import AsyncTalkingPhoto, TalkingPhoto
    from .talking_video import AsyncTalkingVideo, TalkingVideo
    from .text_to_image import AsyncTextToImage, TextToImage
    from .think_sound import AsyncThinkSound, ThinkSound
    from .tokens import AsyncTokens, Tokens
    from .tts import AsyncTts, Tts
    from .upscale import AsyncUpscale, Upscale
    from .veo import AsyncVeo, Veo
    from .videos import AsyncVideos, Videos
    from .virtual_try_on import AsyncVirtualTryOn, VirtualTryOn
    from .wan26_image import AsyncWan26Image, Wan26Image
    from .wan27_image import AsyncWan27Image, Wan27Image
    from .wan_video import AsyncWanVideo, WanVideo

GROUPS: dict[str, str] = {
    "tts": "TTS and Voice Clone",
    "videos": "Generate Avatar Videos",
    "misc": "Miscellaneous",
    "tokens": "Get Tokens",
    "avatars": "Create Avatars and Train Lip-sync Models",
    "custom_avatars": "Custom Avatars",
    "backgrounds": "Background Matting and Replacement",
    "face_swap": "Face Swap",
    "head_swap": "Head Swap",
    "actor_swap": "Actor Swap",
    "dubbing": "AI Dubbing",
    "think_sound": "ThinkSound",
    "image_to_video": "Image to Video",
    "caption_removal": "Caption Removal",
    "streaming": "Streaming Avatar",
    "talking_photo": "Talking Photo",
    "talking_video": "Talking Video",
    "text_to_image": "Text to Image",
    "nano_banana": "NanoBanana",
    "qwen_image": "Qwen Image",
    "kling_image": "Kling Image",
    "image_edit": "AI Outfit and Product Holding",
    "virtual_try_on": "Virtual Try-On",
    "motion_transfer": "Motion Transfer",
    "product_avatar": "Product Avatar",
    "photobook": "Photobook",
    "wan_video": "Wan Video Models",
    "storage": "Upload and Storage",
    "billing": "Account and Billing",
    "sora": "Sora Video",
    "veo": "Veo Video",
    "kling": "Kling Video",
    "kling_omni": "Kling Omni Video",
    "grok": "Grok Video",
    "hailuo": "Hailuo Video",
    "minimax_h3": "MiniMax H3 Video",
    "seedance": "Seedance Video",
    "seedance2": "Seedance 2 Video",
    "happyhorse": "Happyhorse Video",
    "upscale": "Upscale",
    "flux2": "Flux 2 Image",
    "gpt_image": "GPT Image",
    "wan26_image": "Wan 2.6 Image",
    "wan27_image": "Wan 2.7 Image",
}


class Resources:
    """The operation groups; each group is created on first use."""

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

    @cached_property
    def tokens(self) -> Tokens:
        """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""
        from .tokens import Tokens

        return Tokens(self)

    @cached_property
    def avatars(self) -> Avatars:
        """Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B)."""
        from .avatars import Avatars

        return Avatars(self)

    @cached_property
    def custom_avatars(self) -> CustomAvatars:
        """Custom Avatars: Custom avatar records (request bodies not published)."""
        from .custom_avatars import CustomAvatars

        return CustomAvatars(self)

    @cached_property
    def backgrounds(self) -> Backgrounds:
        """Background Matting and Replacement: Background images for avatar videos."""
        from .backgrounds import Backgrounds

        return Backgrounds(self)

    @cached_property
    def face_swap(self) -> FaceSwap:
        """Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`)."""
        from .face_swap import FaceSwap

        return FaceSwap(self)

    @cached_property
    def head_swap(self) -> HeadSwap:
        """Head Swap: Swap a whole head onto an image or video (status dialect B)."""
        from .head_swap import HeadSwap

        return HeadSwap(self)

    @cached_property
    def actor_swap(self) -> ActorSwap:
        """Actor Swap: Replace the actor of a video with a person from an image (status dialect B)."""
        from .actor_swap import ActorSwap

        return ActorSwap(self)

    @cached_property
    def dubbing(self) -> Dubbing:
        """AI Dubbing: Translate and re-voice videos (status dialect B)."""
        from .dubbing import Dubbing

        return Dubbing(self)

    @cached_property
    def think_sound(self) -> ThinkSound:
        """ThinkSound: Sound effects generated for a video (status dialect B)."""
        from .think_sound import ThinkSound

        return ThinkSound(self)

    @cached_property
    def image_to_video(self) -> ImageToVideo:
        """Image to Video: Animate a still image into a short video (status dialect B)."""
        from .image_to_video import ImageToVideo

        return ImageToVideo(self)

    @cached_property
    def caption_removal(self) -> CaptionRemoval:
        """Caption Removal: Remove burned-in captions from videos (status dialect B)."""
        from .caption_removal import CaptionRemoval

        return CaptionRemoval(self)

    @cached_property
    def streaming(self) -> Streaming:
        """Streaming Avatar: Real-time avatars over Agora: open a room, set its context, ask or speak, leave."""
        from .streaming import Streaming

        return Streaming(self)

    @cached_property
    def talking_photo(self) -> TalkingPhoto:
        """Talking Photo: Make a photo speak an audio track (status dialect B)."""
        from .talking_photo import TalkingPhoto

        return TalkingPhoto(self)

    @cached_property
    def talking_video(self) -> TalkingVideo:
        """Talking Video: Re-lip-sync a video to new audio (status dialect B)."""
        from .talking_video import TalkingVideo

        return TalkingVideo(self)

    @cached_property
    def text_to_image(self) -> TextToImage:
        """Text to Image: Generate images from text (status dialect B, results in `image_urls`)."""
        from .text_to_image import TextToImage

        return TextToImage(self)

    @cached_property
    def nano_banana(self) -> NanoBanana:
        """NanoBanana: NanoBanana image generation and editing (status dialect B)."""
        from .nano_banana import NanoBanana

        return NanoBanana(self)

    @cached_property
    def qwen_image(self) -> QwenImage:
        """Qwen Image: Qwen image generation and editing (status dialect B, results in `image_urls`)."""
        from .qwen_image import QwenImage

        return QwenImage(self)

    @cached_property
    def kling_image(self) -> KlingImage:
        """Kling Image: Kling 3.0 image generation (status dialect B, results in `image_urls`)."""
        from .kling_image import KlingImage

        return KlingImage(self)

    @cached_property
    def image_edit(self) -> ImageEdit:
        """AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B)."""
        from .image_edit import ImageEdit

        return ImageEdit(self)

    @cached_property
    def virtual_try_on(self) -> VirtualTryOn:
        """Virtual Try-On: Virtual try-on from person and garment images (status dialect B)."""
        from .virtual_try_on import VirtualTryOn

        return VirtualTryOn(self)

    @cached_property
    def motion_transfer(self) -> MotionTransfer:
        """Motion Transfer: Move a person like a motion video (status dialect B)."""
        from .motion_transfer import MotionTransfer

        return MotionTransfer(self)

    @cached_property
    def product_avatar(self) -> ProductAvatar:
        """Product Avatar: A person holding a product, from two images (status dialect B, `result_image_url`)."""
        from .product_avatar import ProductAvatar

        return ProductAvatar(self)

    @cached_property
    def photobook(self) -> Photobook:
        """Photobook: A set of styled photos of one face (status dialect B)."""
        from .photobook import Photobook

        return Photobook(self)

    @cached_property
    def wan_video(self) -> WanVideo:
        """Wan Video Models: Wan image-to-video models (status dialect B)."""
        from .wan_video import WanVideo

        return WanVideo(self)

    @cached_property
    def storage(self) -> Storage:
        """Upload and Storage: Upload local files into A2E storage."""
        from .storage import Storage

        return Storage(self)

    @cached_property
    def billing(self) -> Billing:
        """Account and Billing: Quotes and credit history."""
        from .billing import Billing

        return Billing(self)

    @cached_property
    def sora(self) -> Sora:
        """Sora Video: Sora Video generation through A2E (status dialect B; request fields not documented)."""
        from .sora import Sora

        return Sora(self)

    @cached_property
    def veo(self) -> Veo:
        """Veo Video: Veo Video generation through A2E (status dialect B; request fields not documented)."""
        from .veo import Veo

        return Veo(self)

    @cached_property
    def kling(self) -> Kling:
        """Kling Video: Kling Video generation through A2E (status dialect B; request fields not documented)."""
        from .kling import Kling

        return Kling(self)

    @cached_property
    def kling_omni(self) -> KlingOmni:
        """Kling Omni Video: Kling Omni multi-shot video generation (status dialect B)."""
        from .kling_omni import KlingOmni

        return KlingOmni(self)

    @cached_property
    def grok(self) -> Grok:
        """Grok Video: Grok Video generation through A2E (status dialect B; request fields not documented)."""
        from .grok import Grok

        return Grok(self)

    @cached_property
    def hailuo(self) -> Hailuo:
        """Hailuo Video: Hailuo Video generation through A2E (status dialect B; request fields not documented)."""
        from .hailuo import Hailuo

        return Hailuo(self)

    @cached_property
    def minimax_h3(self) -> MinimaxH3:
        """MiniMax H3 Video: MiniMax H3 Video generation through A2E (status dialect B; request fields not documented)."""
        from .minimax_h3 import MinimaxH3

        return MinimaxH3(self)

    @cached_property
    def seedance(self) -> Seedance:
        """Seedance Video: Seedance Video generation through A2E (status dialect B; request fields not documented)."""
        from .seedance import Seedance

        return Seedance(self)

    @cached_property
    def seedance2(self) -> Seedance2:
        """Seedance 2 Video: Seedance 2 Video generation through A2E (status dialect B; request fields not documented)."""
        from .seedance2 import Seedance2

        return Seedance2(self)

    @cached_property
    def happyhorse(self) -> Happyhorse:
        """Happyhorse Video: Happyhorse Video generation through A2E (status dialect B; request fields not documented)."""
        from .happyhorse import Happyhorse

        return Happyhorse(self)

    @cached_property
    def upscale(self) -> Upscale:
        """Upscale: Upscale through A2E (status dialect B; request fields not documented)."""
        from .upscale import Upscale

        return Upscale(self)

    @cached_property
    def flux2(self) -> Flux2:
        """Flux 2 Image: Flux 2 Image through A2E (status dialect B; request fields not documented)."""
        from .flux2 import Flux2

        return Flux2(self)

    @cached_property
    def gpt_image(self) -> GptImage:
        """GPT Image: GPT Image through A2E (status dialect B; request fields not documented)."""
        from .gpt_image import GptImage

        return GptImage(self)

    @cached_property
    def wan26_image(self) -> Wan26Image:
        """Wan 2.6 Image: Wan 2.6 Image through A2E (status dialect B; request fields not documented)."""
        from .wan26_image import Wan26Image

        return Wan26Image(self)

    @cached_property
    def wan27_image(self) -> Wan27Image:
        """Wan 2.7 Image: Wan 2.7 Image through A2E (status dialect B; request fields not documented)."""
        from .wan27_image import Wan27Image

        return Wan27Image(self)


class AsyncResources:
    """The operation groups; each group is created on first use."""

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

    @cached_property
    def tokens(self) -> AsyncTokens:
        """Get Tokens: The deprecated token flow; create `sk_` tokens in the web app instead."""
        from .tokens import AsyncTokens

        return AsyncTokens(self)

    @cached_property
    def avatars(self) -> AsyncAvatars:
        """Create Avatars and Train Lip-sync Models: Custom avatars (video twins) and personalised lip-sync models (status dialect B)."""
        from .avatars import AsyncAvatars

        return AsyncAvatars(self)

    @cached_property
    def custom_avatars(self) -> AsyncCustomAvatars:
        """Custom Avatars: Custom avatar records (request bodies not published)."""
        from .custom_avatars import AsyncCustomAvatars

        return AsyncCustomAvatars(self)

    @cached_property
    def backgrounds(self) -> AsyncBackgrounds:
        """Background Matting and Replacement: Background images for avatar videos."""
        from .backgrounds import AsyncBackgrounds

        return AsyncBackgrounds(self)

    @cached_property
    def face_swap(self) -> AsyncFaceSwap:
        """Face Swap: Face images, quick previews and face-swap tasks (status dialect B, `faild_message`)."""
        from .face_swap import AsyncFaceSwap

        return AsyncFaceSwap(self)

    @cached_property
    def head_swap(self) -> AsyncHeadSwap:
        """Head Swap: Swap a whole head onto an image or video (status dialect B)."""
        from .head_swap import AsyncHeadSwap

        return AsyncHeadSwap(self)

    @cached_property
    def actor_swap(self) -> AsyncActorSwap:
        """Actor Swap: Replace the actor of a video with a person from an image (status dialect B)."""
        from .actor_swap import AsyncActorSwap

        return AsyncActorSwap(self)

    @cached_property
    def dubbing(self) -> AsyncDubbing:
        """AI Dubbing: Translate and re-voice videos (status dialect B)."""
        from .dubbing import AsyncDubbing

        return AsyncDubbing(self)

    @cached_property
    def think_sound(self) -> AsyncThinkSound:
        """ThinkSound: Sound effects generated for a video (status dialect B)."""
        from .think_sound import AsyncThinkSound

        return AsyncThinkSound(self)

    @cached_property
    def image_to_video(self) -> AsyncImageToVideo:
        """Image to Video: Animate a still image into a short video (status dialect B)."""
        from .image_to_video import AsyncImageToVideo

        return AsyncImageToVideo(self)

    @cached_property
    def caption_removal(self) -> AsyncCaptionRemoval:
        """Caption Removal: Remove burned-in captions from videos (status dialect B)."""
        from .caption_removal import AsyncCaptionRemoval

        return AsyncCaptionRemoval(self)

    @cached_property
    def streaming(self) -> AsyncStreaming:
        """Streaming Avatar: Real-time avatars over Agora: open a room, set its context, ask or speak, leave."""
        from .streaming import AsyncStreaming

        return AsyncStreaming(self)

    @cached_property
    def talking_photo(self) -> AsyncTalkingPhoto:
        """Talking Photo: Make a photo speak an audio track (status dialect B)."""
        from .talking_photo import AsyncTalkingPhoto

        return AsyncTalkingPhoto(self)

    @cached_property
    def talking_video(self) -> AsyncTalkingVideo:
        """Talking Video: Re-lip-sync a video to new audio (status dialect B)."""
        from .talking_video import AsyncTalkingVideo

        return AsyncTalkingVideo(self)

    @cached_property
    def text_to_image(self) -> AsyncTextToImage:
        """Text to Image: Generate images from text (status dialect B, results in `image_urls`)."""
        from .text_to_image import AsyncTextToImage

        return AsyncTextToImage(self)

    @cached_property
    def nano_banana(self) -> AsyncNanoBanana:
        """NanoBanana: NanoBanana image generation and editing (status dialect B)."""
        from .nano_banana import AsyncNanoBanana

        return AsyncNanoBanana(self)

    @cached_property
    def qwen_image(self) -> AsyncQwenImage:
        """Qwen Image: Qwen image generation and editing (status dialect B, results in `image_urls`)."""
        from .qwen_image import AsyncQwenImage

        return AsyncQwenImage(self)

    @cached_property
    def kling_image(self) -> AsyncKlingImage:
        """Kling Image: Kling 3.0 image generation (status dialect B, results in `image_urls`)."""
        from .kling_image import AsyncKlingImage

        return AsyncKlingImage(self)

    @cached_property
    def image_edit(self) -> AsyncImageEdit:
        """AI Outfit and Product Holding: Dress a person or have them hold a product (status dialect B)."""
        from .image_edit import AsyncImageEdit

        return AsyncImageEdit(self)

    @cached_property
    def virtual_try_on(self) -> AsyncVirtualTryOn:
        """Virtual Try-On: Virtual try-on from person and garment images (status dialect B)."""
        from .virtual_try_on import AsyncVirtualTryOn

        return AsyncVirtualTryOn(self)

    @cached_property
    def motion_transfer(self) -> AsyncMotionTransfer:
        """Motion Transfer: Move a person like a motion video (status dialect B)."""
        from .motion_transfer import AsyncMotionTransfer

        return AsyncMotionTransfer(self)

    @cached_property
    def product_avatar(self) -> AsyncProductAvatar:
        """Product Avatar: A person holding a product, from two images (status dialect B, `result_image_url`)."""
        from .product_avatar import AsyncProductAvatar

        return AsyncProductAvatar(self)

    @cached_property
    def photobook(self) -> AsyncPhotobook:
        """Photobook: A set of styled photos of one face (status dialect B)."""
        from .photobook import AsyncPhotobook

        return AsyncPhotobook(self)

    @cached_property
    def wan_video(self) -> AsyncWanVideo:
        """Wan Video Models: Wan image-to-video models (status dialect B)."""
        from .wan_video import AsyncWanVideo

        return AsyncWanVideo(self)

    @cached_property
    def storage(self) -> AsyncStorage:
        """Upload and Storage: Upload local files into A2E storage."""
        from .storage import AsyncStorage

        return AsyncStorage(self)

    @cached_property
    def billing(self) -> AsyncBilling:
        """Account and Billing: Quotes and credit history."""
        from .billing import AsyncBilling

        return AsyncBilling(self)

    @cached_property
    def sora(self) -> AsyncSora:
        """Sora Video: Sora Video generation through A2E (status dialect B; request fields not documented)."""
        from .sora import AsyncSora

        return AsyncSora(self)

    @cached_property
    def veo(self) -> AsyncVeo:
        """Veo Video: Veo Video generation through A2E (status dialect B; request fields not documented)."""
        from .veo import AsyncVeo

        return AsyncVeo(self)

    @cached_property
    def kling(self) -> AsyncKling:
        """Kling Video: Kling Video generation through A2E (status dialect B; request fields not documented)."""
        from .kling import AsyncKling

        return AsyncKling(self)

    @cached_property
    def kling_omni(self) -> AsyncKlingOmni:
        """Kling Omni Video: Kling Omni multi-shot video generation (status dialect B)."""
        from .kling_omni import AsyncKlingOmni

        return AsyncKlingOmni(self)

    @cached_property
    def grok(self) -> AsyncGrok:
        """Grok Video: Grok Video generation through A2E (status dialect B; request fields not documented)."""
        from .grok import AsyncGrok

        return AsyncGrok(self)

    @cached_property
    def hailuo(self) -> AsyncHailuo:
        """Hailuo Video: Hailuo Video generation through A2E (status dialect B; request fields not documented)."""
        from .hailuo import AsyncHailuo

        return AsyncHailuo(self)

    @cached_property
    def minimax_h3(self) -> AsyncMinimaxH3:
        """MiniMax H3 Video: MiniMax H3 Video generation through A2E (status dialect B; request fields not documented)."""
        from .minimax_h3 import AsyncMinimaxH3

        return AsyncMinimaxH3(self)

    @cached_property
    def seedance(self) -> AsyncSeedance:
        """Seedance Video: Seedance Video generation through A2E (status dialect B; request fields not documented)."""
        from .seedance import AsyncSeedance

        return AsyncSeedance(self)

    @cached_property
    def seedance2(self) -> AsyncSeedance2:
        """Seedance 2 Video: Seedance 2 Video generation through A2E (status dialect B; request fields not documented)."""
        from .seedance2 import AsyncSeedance2

        return AsyncSeedance2(self)

    @cached_property
    def happyhorse(self) -> AsyncHappyhorse:
        """Happyhorse Video: Happyhorse Video generation through A2E (status dialect B; request fields not documented)."""
        from .happyhorse import AsyncHappyhorse

        return AsyncHappyhorse(self)

    @cached_property
    def upscale(self) -> AsyncUpscale:
        """Upscale: Upscale through A2E (status dialect B; request fields not documented)."""
        from .upscale import AsyncUpscale

        return AsyncUpscale(self)

    @cached_property
    def flux2(self) -> AsyncFlux2:
        """Flux 2 Image: Flux 2 Image through A2E (status dialect B; request fields not documented)."""
        from .flux2 import AsyncFlux2

        return AsyncFlux2(self)

    @cached_property
    def gpt_image(self) -> AsyncGptImage:
        """GPT Image: GPT Image through A2E (status dialect B; request fields not documented)."""
        from .gpt_image import AsyncGptImage

        return AsyncGptImage(self)

    @cached_property
    def wan26_image(self) -> AsyncWan26Image:
        """Wan 2.6 Image: Wan 2.6 Image through A2E (status dialect B; request fields not documented)."""
        from .wan26_image import AsyncWan26Image

        return AsyncWan26Image(self)

    @cached_property
    def wan27_image(self) -> AsyncWan27Image:
        """Wan 2.7 Image: Wan 2.7 Image through A2E (status dialect B; request fields not documented)."""
        from .wan27_image import AsyncWan27Image

        return AsyncWan27Image(self)
