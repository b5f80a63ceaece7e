"""Typed operation groups of `a2e.A2E` and `a2e.AsyncA2E`, one per tag of openapi/a2e.yaml.

`Resources` and `AsyncResources` (bases of the clients) hold one `LazyGroup` per group: the group's module is
imported the first time the group is read on a client, and the group is kept in the client's `__dict__`. Type
checkers see plain attributes instead, so a misspelt group is an error, and `dir(client)` lists every group.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    import builtins
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
    from typing import Literal, TypeAlias

    from a2e._many import TaskOutcome
    from a2e._waiting import TaskProgress
    from a2e.webhooks import Inbox

    from ..models.anchor import Anchor
    from ..models.api_token import ApiToken
    from ..models.avatar_twin import AvatarTwin
    from ..models.avatar_twin_page import AvatarTwinPage
    from ..models.background_image import BackgroundImage
    from ..models.credit_transaction import CreditTransaction
    from ..models.credit_transaction_page import CreditTransactionPage
    from ..models.credits_ import Credits
    from ..models.empty import Empty
    from ..models.face_image import FaceImage
    from ..models.face_image_page import FaceImagePage
    from ..models.face_swap_record import FaceSwapRecord
    from ..models.face_swap_record_page import FaceSwapRecordPage
    from ..models.image_2_video_record import Image2VideoRecord
    from ..models.image_2_video_record_page import Image2VideoRecordPage
    from ..models.language import Language
    from ..models.language_guess import LanguageGuess
    from ..models.presigned_upload import PresignedUpload
    from ..models.processing_time import ProcessingTime
    from ..models.prompt_extension import PromptExtension
    from ..models.qa_context import QaContext
    from ..models.quote import Quote
    from ..models.stored_file import StoredFile
    from ..models.streaming_avatar import StreamingAvatar
    from ..models.streaming_token import StreamingToken
    from ..models.talking_video_record import TalkingVideoRecord
    from ..models.talking_video_record_page import TalkingVideoRecordPage
    from ..models.task_record import TaskRecord
    from ..models.task_record_page import TaskRecordPage
    from ..models.video_record import VideoRecord
    from ..models.video_record_page import VideoRecordPage
    from ..models.video_task import VideoTask
    from ..models.voice_clone_record import VoiceCloneRecord
    from ..models.voice_group import VoiceGroup
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

    # Every record a wait answers: what a task given as a (group, id) pair ends with, narrowed with isinstance.
    TaskRecords: TypeAlias = (
        AvatarTwin
        | FaceSwapRecord
        | Image2VideoRecord
        | TalkingVideoRecord
        | TaskRecord
        | VideoRecord
        | VoiceCloneRecord
    )
    # What `wait_many` and `as_completed` take: (group, id) pairs, or the records start and wait calls return.
    Waitable: TypeAlias = (
        tuple[str, str]
        | AvatarTwin
        | FaceSwapRecord
        | Image2VideoRecord
        | TalkingVideoRecord
        | TaskRecord
        | VideoRecord
        | VideoTask
        | VoiceCloneRecord
    )

# The classes of `TaskRecords` (for `a2e.models.TaskRecords` at run time).
TASK_RECORD_CLASSES: tuple[str, ...] = (
    "AvatarTwin",
    "FaceSwapRecord",
    "Image2VideoRecord",
    "TalkingVideoRecord",
    "TaskRecord",
    "VideoRecord",
    "VoiceCloneRecord",
)

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

SYNC_GROUP_CLASSES: dict[str, tuple[str, str]] = {
    "tts": ("tts", "Tts"),
    "videos": ("videos", "Videos"),
    "misc": ("misc", "Misc"),
    "tokens": ("tokens", "Tokens"),
    "avatars": ("avatars", "Avatars"),
    "custom_avatars": ("custom_avatars", "CustomAvatars"),
    "backgrounds": ("backgrounds", "Backgrounds"),
    "face_swap": ("face_swap", "FaceSwap"),
    "head_swap": ("head_swap", "HeadSwap"),
    "actor_swap": ("actor_swap", "ActorSwap"),
    "dubbing": ("dubbing", "Dubbing"),
    "think_sound": ("think_sound", "ThinkSound"),
    "image_to_video": ("image_to_video", "ImageToVideo"),
    "caption_removal": ("caption_removal", "CaptionRemoval"),
    "streaming": ("streaming", "Streaming"),
    "talking_photo": ("talking_photo", "TalkingPhoto"),
    "talking_video": ("talking_video", "TalkingVideo"),
    "text_to_image": ("text_to_image", "TextToImage"),
    "nano_banana": ("nano_banana", "NanoBanana"),
    "qwen_image": ("qwen_image", "QwenImage"),
    "kling_image": ("kling_image", "KlingImage"),
    "image_edit": ("image_edit", "ImageEdit"),
    "virtual_try_on": ("virtual_try_on", "VirtualTryOn"),
    "motion_transfer": ("motion_transfer", "MotionTransfer"),
    "product_avatar": ("product_avatar", "ProductAvatar"),
    "photobook": ("photobook", "Photobook"),
    "wan_video": ("wan_video", "WanVideo"),
    "storage": ("storage", "Storage"),
    "billing": ("billing", "Billing"),
    "sora": ("sora", "Sora"),
    "veo": ("veo", "Veo"),
    "kling": ("kling", "Kling"),
    "kling_omni": ("kling_omni", "KlingOmni"),
    "grok": ("grok", "Grok"),
    "hailuo": ("hailuo", "Hailuo"),
    "minimax_h3": ("minimax_h3", "MinimaxH3"),
    "seedance": ("seedance", "Seedance"),
    "seedance2": ("seedance2", "Seedance2"),
    "happyhorse": ("happyhorse", "Happyhorse"),
    "upscale": ("upscale", "Upscale"),
    "flux2": ("flux2", "Flux2"),
    "gpt_image": ("gpt_image", "GptImage"),
    "wan26_image": ("wan26_image", "Wan26Image"),
    "wan27_image": ("wan27_image", "Wan27Image"),
}

ASYNC_GROUP_CLASSES: dict[str, tuple[str, str]] = {
    "tts": ("tts", "AsyncTts"),
    "videos": ("videos", "AsyncVideos"),
    "misc": ("misc", "AsyncMisc"),
    "tokens": ("tokens", "AsyncTokens"),
    "avatars": ("avatars", "AsyncAvatars"),
    "custom_avatars": ("custom_avatars", "AsyncCustomAvatars"),
    "backgrounds": ("backgrounds", "AsyncBackgrounds"),
    "face_swap": ("face_swap", "AsyncFaceSwap"),
    "head_swap": ("head_swap", "AsyncHeadSwap"),
    "actor_swap": ("actor_swap", "AsyncActorSwap"),
    "dubbing": ("dubbing", "AsyncDubbing"),
    "think_sound": ("think_sound", "AsyncThinkSound"),
    "image_to_video": ("image_to_video", "AsyncImageToVideo"),
    "caption_removal": ("caption_removal", "AsyncCaptionRemoval"),
    "streaming": ("streaming", "AsyncStreaming"),
    "talking_photo": ("talking_photo", "AsyncTalkingPhoto"),
    "talking_video": ("talking_video", "AsyncTalkingVideo"),
    "text_to_image": ("text_to_image", "AsyncTextToImage"),
    "nano_banana": ("nano_banana", "AsyncNanoBanana"),
    "qwen_image": ("qwen_image", "AsyncQwenImage"),
    "kling_image": ("kling_image", "AsyncKlingImage"),
    "image_edit": ("image_edit", "AsyncImageEdit"),
    "virtual_try_on": ("virtual_try_on", "AsyncVirtualTryOn"),
    "motion_transfer": ("motion_transfer", "AsyncMotionTransfer"),
    "product_avatar": ("product_avatar", "AsyncProductAvatar"),
    "photobook": ("photobook", "AsyncPhotobook"),
    "wan_video": ("wan_video", "AsyncWanVideo"),
    "storage": ("storage", "AsyncStorage"),
    "billing": ("billing", "AsyncBilling"),
    "sora": ("sora", "AsyncSora"),
    "veo": ("veo", "AsyncVeo"),
    "kling": ("kling", "AsyncKling"),
    "kling_omni": ("kling_omni", "AsyncKlingOmni"),
    "grok": ("grok", "AsyncGrok"),
    "hailuo": ("hailuo", "AsyncHailuo"),
    "minimax_h3": ("minimax_h3", "AsyncMinimaxH3"),
    "seedance": ("seedance", "AsyncSeedance"),
    "seedance2": ("seedance2", "AsyncSeedance2"),
    "happyhorse": ("happyhorse", "AsyncHappyhorse"),
    "upscale": ("upscale", "AsyncUpscale"),
    "flux2": ("flux2", "AsyncFlux2"),
    "gpt_image": ("gpt_image", "AsyncGptImage"),
    "wan26_image": ("wan26_image", "AsyncWan26Image"),
    "wan27_image": ("wan27_image", "AsyncWan27Image"),
}


class LazyGroup:
    """A group as a class attribute: read on an instance, it imports the group's module, makes the group for the
    instance (from its client's group of the same name, for a raw view) and keeps it in the instance's
    `__dict__`, where later reads find it first (this is a non-data descriptor)."""

    __slots__ = ("cls", "name", "raw")

    def __init__(self, cls: str, *, raw: bool = False) -> None:
        self.cls = cls
        self.raw = raw
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name  # the group's name, which is also its module's

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        source = getattr(instance._client, self.name) if self.raw else instance
        group = getattr(import_module(f"{__name__}.{self.name}"), self.cls)(source)
        instance.__dict__[self.name] = group
        return group


class Resources:
    """The operation groups of `A2E`; a group's module is imported when the group is first read."""

    if TYPE_CHECKING:
        tts: Tts
        videos: Videos
        misc: Misc
        tokens: Tokens
        avatars: Avatars
        custom_avatars: CustomAvatars
        backgrounds: Backgrounds
        face_swap: FaceSwap
        head_swap: HeadSwap
        actor_swap: ActorSwap
        dubbing: Dubbing
        think_sound: ThinkSound
        image_to_video: ImageToVideo
        caption_removal: CaptionRemoval
        streaming: Streaming
        talking_photo: TalkingPhoto
        talking_video: TalkingVideo
        text_to_image: TextToImage
        nano_banana: NanoBanana
        qwen_image: QwenImage
        kling_image: KlingImage
        image_edit: ImageEdit
        virtual_try_on: VirtualTryOn
        motion_transfer: MotionTransfer
        product_avatar: ProductAvatar
        photobook: Photobook
        wan_video: WanVideo
        storage: Storage
        billing: Billing
        sora: Sora
        veo: Veo
        kling: Kling
        kling_omni: KlingOmni
        grok: Grok
        hailuo: Hailuo
        minimax_h3: MinimaxH3
        seedance: Seedance
        seedance2: Seedance2
        happyhorse: Happyhorse
        upscale: Upscale
        flux2: Flux2
        gpt_image: GptImage
        wan26_image: Wan26Image
        wan27_image: Wan27Image
    else:
        tts = LazyGroup("Tts")
        videos = LazyGroup("Videos")
        misc = LazyGroup("Misc")
        tokens = LazyGroup("Tokens")
        avatars = LazyGroup("Avatars")
        custom_avatars = LazyGroup("CustomAvatars")
        backgrounds = LazyGroup("Backgrounds")
        face_swap = LazyGroup("FaceSwap")
        head_swap = LazyGroup("HeadSwap")
        actor_swap = LazyGroup("ActorSwap")
        dubbing = LazyGroup("Dubbing")
        think_sound = LazyGroup("ThinkSound")
        image_to_video = LazyGroup("ImageToVideo")
        caption_removal = LazyGroup("CaptionRemoval")
        streaming = LazyGroup("Streaming")
        talking_photo = LazyGroup("TalkingPhoto")
        talking_video = LazyGroup("TalkingVideo")
        text_to_image = LazyGroup("TextToImage")
        nano_banana = LazyGroup("NanoBanana")
        qwen_image = LazyGroup("QwenImage")
        kling_image = LazyGroup("KlingImage")
        image_edit = LazyGroup("ImageEdit")
        virtual_try_on = LazyGroup("VirtualTryOn")
        motion_transfer = LazyGroup("MotionTransfer")
        product_avatar = LazyGroup("ProductAvatar")
        photobook = LazyGroup("Photobook")
        wan_video = LazyGroup("WanVideo")
        storage = LazyGroup("Storage")
        billing = LazyGroup("Billing")
        sora = LazyGroup("Sora")
        veo = LazyGroup("Veo")
        kling = LazyGroup("Kling")
        kling_omni = LazyGroup("KlingOmni")
        grok = LazyGroup("Grok")
        hailuo = LazyGroup("Hailuo")
        minimax_h3 = LazyGroup("MinimaxH3")
        seedance = LazyGroup("Seedance")
        seedance2 = LazyGroup("Seedance2")
        happyhorse = LazyGroup("Happyhorse")
        upscale = LazyGroup("Upscale")
        flux2 = LazyGroup("Flux2")
        gpt_image = LazyGroup("GptImage")
        wan26_image = LazyGroup("Wan26Image")
        wan27_image = LazyGroup("Wan27Image")

    if TYPE_CHECKING:

        def _as_completed(
            self,
            tasks: Iterable[Waitable],
            *,
            timeout: float = 600.0,
            poll_interval: float = 2.0,
            on_progress: Callable[[TaskProgress[Any]], object] | None = None,
            inbox: Inbox | None = None,
        ) -> Iterator[TaskOutcome[Any]]:
            raise NotImplementedError

        def _wait_many(
            self,
            tasks: Iterable[Waitable],
            *,
            timeout: float = 600.0,
            poll_interval: float = 2.0,
            on_progress: Callable[[TaskProgress[Any]], object] | None = None,
            inbox: Inbox | None = None,
        ) -> list[TaskOutcome[Any]]:
            raise NotImplementedError

    @overload
    def as_completed(
        self,
        tasks: Iterable[AvatarTwin],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[AvatarTwin]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[AvatarTwin]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[FaceSwapRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[FaceSwapRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[FaceSwapRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[Image2VideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Image2VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[Image2VideoRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[TalkingVideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TalkingVideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[TalkingVideoRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[TaskRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[TaskRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[VideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[VideoRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[VideoTask],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[VideoRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[VoiceCloneRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VoiceCloneRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[VoiceCloneRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecords]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[TaskRecords]]: ...

    def as_completed(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Any]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[Any]]:
        """Wait for many tasks of any families; yield each `TaskOutcome` as its task ends, failures included.

        `tasks` are the records start calls returned (each remembers the operation that made it), or
        `(group, task id)` pairs (`("face_swap", id)`, `("videos", id)`; a group with two kinds of task takes the
        wait operation's id, such as `"wan_video_get_spicy"`). One polling loop reads every family through its
        batch operation (50 ids a request) where it has one; each answer is handled as it arrives. Tasks still
        running after `timeout` end with a `WaitTimeoutError` outcome; a task's failure never stops the others.
        With an `a2e.webhooks.Inbox` fed by your webhook receiver, a reported task is polled at once, not at the
        next poll. Each outcome's `record` is typed as the family's wait returns it.
        """
        return self._as_completed(
            tasks, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress, inbox=inbox
        )

    @overload
    def wait_many(
        self,
        tasks: Iterable[AvatarTwin],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[AvatarTwin]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[AvatarTwin]]: ...

    @overload
    def wait_many(
        self,
        tasks: Iterable[FaceSwapRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[FaceSwapRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[FaceSwapRecord]]: ...

    @overload
    def wait_many(
        self,
        tasks: Iterable[Image2VideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Image2VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[Image2VideoRecord]]: ...

    @overload
    def wait_many(
        self,
        tasks: Iterable[TalkingVideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TalkingVideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[TalkingVideoRecord]]: ...

    @overload
    def wait_many(
        self,
        tasks: Iterable[TaskRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[TaskRecord]]: ...

    @overload
    def wait_many(
        self,
        tasks: Iterable[VideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[VideoRecord]]: ...

    @overload
    def wait_many(
        self,
        tasks: Iterable[VideoTask],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[VideoRecord]]: ...

    @overload
    def wait_many(
        self,
        tasks: Iterable[VoiceCloneRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VoiceCloneRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[VoiceCloneRecord]]: ...

    @overload
    def wait_many(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecords]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[TaskRecords]]: ...

    def wait_many(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Any]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[Any]]:
        """Wait for many tasks; every `TaskOutcome` (record or error), in the order the tasks were given.
        See `as_completed`."""
        return self._wait_many(
            tasks, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress, inbox=inbox
        )

    if TYPE_CHECKING:

        @overload
        def call(self, operation_id: Literal["tts_list_voices"], /, **params: Any) -> builtins.list[VoiceGroup]: ...

        @overload
        def call(
            self, operation_id: Literal["tts_list_voices_post"], /, **params: Any
        ) -> builtins.list[VoiceGroup]: ...

        @overload
        def call(self, operation_id: Literal["tts_generate"], /, **params: Any) -> str: ...

        @overload
        def call(
            self, operation_id: Literal["tts_list_cloned_voices"], /, **params: Any
        ) -> builtins.list[VoiceCloneRecord]: ...

        @overload
        def call(self, operation_id: Literal["tts_train_voice"], /, **params: Any) -> VoiceCloneRecord: ...

        @overload
        def call(self, operation_id: Literal["tts_get_voice"], /, **params: Any) -> VoiceCloneRecord: ...

        @overload
        def call(self, operation_id: Literal["tts_rename_voice"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["tts_delete_voice"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["tts_list_presets"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["tts_list_previews"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["tts_delete_preview"], /, **params: Any) -> Empty: ...

        @overload
        def call(
            self, operation_id: Literal["tts_list_training_voices"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["videos_list_avatars"], /, **params: Any) -> builtins.list[Anchor]: ...

        @overload
        def call(self, operation_id: Literal["videos_generate"], /, **params: Any) -> VideoTask: ...

        @overload
        def call(self, operation_id: Literal["videos_status"], /, **params: Any) -> builtins.list[VideoRecord]: ...

        @overload
        def call(self, operation_id: Literal["videos_list"], /, **params: Any) -> VideoRecordPage: ...

        @overload
        def call(self, operation_id: Literal["videos_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["videos_detect_language"], /, **params: Any) -> LanguageGuess: ...

        @overload
        def call(self, operation_id: Literal["videos_auto_public_pool"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["videos_list_anchors"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["videos_get"], /, **params: Any) -> VideoRecord: ...

        @overload
        def call(self, operation_id: Literal["misc_remaining_coins"], /, **params: Any) -> Credits: ...

        @overload
        def call(self, operation_id: Literal["misc_add_user"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["misc_exchange_diamonds"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["misc_list_languages"], /, **params: Any) -> builtins.list[Language]: ...

        @overload
        def call(self, operation_id: Literal["misc_transfer_to_storage"], /, **params: Any) -> StoredFile: ...

        @overload
        def call(self, operation_id: Literal["tokens_generate"], /, **params: Any) -> ApiToken: ...

        @overload
        def call(self, operation_id: Literal["avatars_create"], /, **params: Any) -> AvatarTwin: ...

        @overload
        def call(self, operation_id: Literal["avatars_continue_tranining"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["avatars_remove"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["avatars_list"], /, **params: Any) -> AvatarTwinPage: ...

        @overload
        def call(self, operation_id: Literal["avatars_get"], /, **params: Any) -> AvatarTwin: ...

        @overload
        def call(self, operation_id: Literal["avatars_clone_voice"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["avatars_upload"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["avatars_train"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["avatars_upload_status"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["avatars_list_all"], /, **params: Any) -> builtins.list[AvatarTwin]: ...

        @overload
        def call(self, operation_id: Literal["avatars_continue_training"], /, **params: Any) -> Any: ...

        @overload
        def call(
            self, operation_id: Literal["avatars_list_training"], /, **params: Any
        ) -> builtins.list[AvatarTwin]: ...

        @overload
        def call(
            self, operation_id: Literal["avatars_batch_detail"], /, **params: Any
        ) -> builtins.list[AvatarTwin]: ...

        @overload
        def call(self, operation_id: Literal["avatars_retry"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["avatars_eye_contact"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["custom_avatars_add"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["custom_avatars_list"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["custom_avatars_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["custom_avatars_list_tags"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["custom_avatars_update"], /, **params: Any) -> Any: ...

        @overload
        def call(
            self, operation_id: Literal["backgrounds_list"], /, **params: Any
        ) -> builtins.list[BackgroundImage]: ...

        @overload
        def call(self, operation_id: Literal["backgrounds_add"], /, **params: Any) -> BackgroundImage: ...

        @overload
        def call(self, operation_id: Literal["backgrounds_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(
            self, operation_id: Literal["backgrounds_list_custom"], /, **params: Any
        ) -> builtins.list[BackgroundImage]: ...

        @overload
        def call(self, operation_id: Literal["backgrounds_random"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["face_swap_add_image"], /, **params: Any) -> builtins.list[FaceImage]: ...

        @overload
        def call(self, operation_id: Literal["face_swap_list_images"], /, **params: Any) -> FaceImagePage: ...

        @overload
        def call(self, operation_id: Literal["face_swap_delete_image"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["face_swap_preview"], /, **params: Any) -> FaceSwapRecord: ...

        @overload
        def call(
            self, operation_id: Literal["face_swap_preview_status"], /, **params: Any
        ) -> builtins.list[FaceSwapRecord]: ...

        @overload
        def call(self, operation_id: Literal["face_swap_start"], /, **params: Any) -> FaceSwapRecord: ...

        @overload
        def call(
            self, operation_id: Literal["face_swap_status"], /, **params: Any
        ) -> builtins.list[FaceSwapRecord]: ...

        @overload
        def call(self, operation_id: Literal["face_swap_list"], /, **params: Any) -> FaceSwapRecordPage: ...

        @overload
        def call(self, operation_id: Literal["face_swap_get"], /, **params: Any) -> FaceSwapRecord: ...

        @overload
        def call(self, operation_id: Literal["face_swap_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(
            self, operation_id: Literal["face_swap_batch_detail"], /, **params: Any
        ) -> builtins.list[FaceSwapRecord]: ...

        @overload
        def call(self, operation_id: Literal["head_swap_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["head_swap_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["head_swap_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["head_swap_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["head_swap_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["actor_swap_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["actor_swap_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["actor_swap_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["actor_swap_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["actor_swap_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["dubbing_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["dubbing_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["dubbing_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["dubbing_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(
            self, operation_id: Literal["dubbing_list_processing"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["think_sound_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["think_sound_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["think_sound_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["think_sound_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["think_sound_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_start"], /, **params: Any) -> Image2VideoRecord: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_get"], /, **params: Any) -> Image2VideoRecord: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_list"], /, **params: Any) -> Image2VideoRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["image_to_video_batch_detail"], /, **params: Any
        ) -> builtins.list[Image2VideoRecord]: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_average_time"], /, **params: Any) -> ProcessingTime: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_mark_shared"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_mark_downloaded"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_mark_copied"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_extend_prompt"], /, **params: Any) -> PromptExtension: ...

        @overload
        def call(
            self, operation_id: Literal["image_to_video_extend_flf2v_prompt"], /, **params: Any
        ) -> PromptExtension: ...

        @overload
        def call(self, operation_id: Literal["image_to_video_unlimited_queue_level"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["caption_removal_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["caption_removal_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["caption_removal_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["caption_removal_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(
            self, operation_id: Literal["caption_removal_list_processing"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(
            self, operation_id: Literal["caption_removal_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["caption_removal_retry"], /, **params: Any) -> Any: ...

        @overload
        def call(
            self, operation_id: Literal["streaming_list_avatars"], /, **params: Any
        ) -> builtins.list[StreamingAvatar]: ...

        @overload
        def call(self, operation_id: Literal["streaming_start"], /, **params: Any) -> StreamingToken: ...

        @overload
        def call(self, operation_id: Literal["streaming_set_qa_context"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["streaming_get_qa_context"], /, **params: Any) -> QaContext: ...

        @overload
        def call(self, operation_id: Literal["streaming_ask"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["streaming_speak"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["streaming_leave"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["talking_photo_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["talking_photo_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["talking_photo_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["talking_photo_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["talking_photo_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["talking_video_start"], /, **params: Any) -> TalkingVideoRecord: ...

        @overload
        def call(self, operation_id: Literal["talking_video_list"], /, **params: Any) -> TalkingVideoRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["talking_video_batch_detail"], /, **params: Any
        ) -> builtins.list[TalkingVideoRecord]: ...

        @overload
        def call(self, operation_id: Literal["talking_video_get"], /, **params: Any) -> TalkingVideoRecord: ...

        @overload
        def call(self, operation_id: Literal["talking_video_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["text_to_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["text_to_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["text_to_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["text_to_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["text_to_image_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["text_to_image_make_avatar"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["nano_banana_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["nano_banana_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["nano_banana_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["nano_banana_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["nano_banana_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["qwen_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["qwen_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["qwen_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(
            self, operation_id: Literal["qwen_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["qwen_image_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["kling_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["kling_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["kling_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["kling_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["kling_image_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["image_edit_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["image_edit_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["image_edit_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["image_edit_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["image_edit_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["virtual_try_on_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["virtual_try_on_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["virtual_try_on_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["virtual_try_on_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["virtual_try_on_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["motion_transfer_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["motion_transfer_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["motion_transfer_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["motion_transfer_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["motion_transfer_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["product_avatar_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["product_avatar_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["product_avatar_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["product_avatar_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["product_avatar_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["photobook_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["photobook_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["photobook_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["photobook_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["photobook_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["wan_video_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["wan_video_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["wan_video_start_spicy"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(
            self, operation_id: Literal["wan_video_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["wan_video_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["wan_video_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["wan_video_list_spicy"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["wan_video_batch_detail_spicy"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["wan_video_get_spicy"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["wan_video_delete_spicy"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["wan_video_start_wan30"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["storage_presign_upload_legacy"], /, **params: Any) -> PresignedUpload: ...

        @overload
        def call(self, operation_id: Literal["storage_presign_upload"], /, **params: Any) -> PresignedUpload: ...

        @overload
        def call(self, operation_id: Literal["billing_quote"], /, **params: Any) -> Quote: ...

        @overload
        def call(self, operation_id: Literal["billing_credits_history"], /, **params: Any) -> CreditTransactionPage: ...

        @overload
        def call(self, operation_id: Literal["sora_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["sora_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["sora_batch_detail"], /, **params: Any) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["sora_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["sora_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["veo_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["veo_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["veo_batch_detail"], /, **params: Any) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["veo_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["veo_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["veo_get_1080p"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["kling_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["kling_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["kling_batch_detail"], /, **params: Any) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["kling_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["kling_rename"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["kling_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["kling_omni_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["kling_omni_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["kling_omni_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["kling_omni_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["kling_omni_rename"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["kling_omni_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["grok_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["grok_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["grok_batch_detail"], /, **params: Any) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["grok_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["grok_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["hailuo_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["hailuo_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["hailuo_batch_detail"], /, **params: Any) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["hailuo_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["minimax_h3_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["minimax_h3_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["minimax_h3_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["minimax_h3_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["seedance_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["seedance_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["seedance_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["seedance_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["seedance2_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["seedance2_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["seedance2_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["seedance2_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["seedance2_rename"], /, **params: Any) -> Any: ...

        @overload
        def call(self, operation_id: Literal["seedance2_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["happyhorse_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["happyhorse_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["happyhorse_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["happyhorse_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["happyhorse_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["upscale_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["upscale_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["upscale_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["upscale_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["upscale_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["flux2_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["flux2_batch_detail"], /, **params: Any) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["flux2_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["flux2_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["flux2_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["gpt_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(
            self, operation_id: Literal["gpt_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["gpt_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(self, operation_id: Literal["gpt_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["gpt_image_delete"], /, **params: Any) -> Empty: ...

        @overload
        def call(self, operation_id: Literal["wan26_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["wan26_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["wan26_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["wan26_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["wan27_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: Literal["wan27_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        def call(
            self, operation_id: Literal["wan27_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        def call(self, operation_id: Literal["wan27_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        def call(self, operation_id: str, /, **params: Any) -> Any: ...

        def call(self, operation_id: str, /, **params: Any) -> Any:
            """Run any operation by its operationId, with parameters named as on the wire (`_id`, `audioSrc`);
            it answers what the operation's typed method answers."""
            raise NotImplementedError

        def _call(self, operation_id: str, params: Mapping[str, Any], **options: Any) -> Any:
            raise NotImplementedError
    else:

        def call(self, operation_id: str, /, **params: Any) -> Any:
            """Run any operation by its operationId, with parameters named as on the wire (`_id`, `audioSrc`);
            it answers what the operation's typed method answers."""
            return self._call(operation_id, params)


class AsyncResources:
    """The operation groups of `AsyncA2E`; a group's module is imported when the group is first read."""

    if TYPE_CHECKING:
        tts: AsyncTts
        videos: AsyncVideos
        misc: AsyncMisc
        tokens: AsyncTokens
        avatars: AsyncAvatars
        custom_avatars: AsyncCustomAvatars
        backgrounds: AsyncBackgrounds
        face_swap: AsyncFaceSwap
        head_swap: AsyncHeadSwap
        actor_swap: AsyncActorSwap
        dubbing: AsyncDubbing
        think_sound: AsyncThinkSound
        image_to_video: AsyncImageToVideo
        caption_removal: AsyncCaptionRemoval
        streaming: AsyncStreaming
        talking_photo: AsyncTalkingPhoto
        talking_video: AsyncTalkingVideo
        text_to_image: AsyncTextToImage
        nano_banana: AsyncNanoBanana
        qwen_image: AsyncQwenImage
        kling_image: AsyncKlingImage
        image_edit: AsyncImageEdit
        virtual_try_on: AsyncVirtualTryOn
        motion_transfer: AsyncMotionTransfer
        product_avatar: AsyncProductAvatar
        photobook: AsyncPhotobook
        wan_video: AsyncWanVideo
        storage: AsyncStorage
        billing: AsyncBilling
        sora: AsyncSora
        veo: AsyncVeo
        kling: AsyncKling
        kling_omni: AsyncKlingOmni
        grok: AsyncGrok
        hailuo: AsyncHailuo
        minimax_h3: AsyncMinimaxH3
        seedance: AsyncSeedance
        seedance2: AsyncSeedance2
        happyhorse: AsyncHappyhorse
        upscale: AsyncUpscale
        flux2: AsyncFlux2
        gpt_image: AsyncGptImage
        wan26_image: AsyncWan26Image
        wan27_image: AsyncWan27Image
    else:
        tts = LazyGroup("AsyncTts")
        videos = LazyGroup("AsyncVideos")
        misc = LazyGroup("AsyncMisc")
        tokens = LazyGroup("AsyncTokens")
        avatars = LazyGroup("AsyncAvatars")
        custom_avatars = LazyGroup("AsyncCustomAvatars")
        backgrounds = LazyGroup("AsyncBackgrounds")
        face_swap = LazyGroup("AsyncFaceSwap")
        head_swap = LazyGroup("AsyncHeadSwap")
        actor_swap = LazyGroup("AsyncActorSwap")
        dubbing = LazyGroup("AsyncDubbing")
        think_sound = LazyGroup("AsyncThinkSound")
        image_to_video = LazyGroup("AsyncImageToVideo")
        caption_removal = LazyGroup("AsyncCaptionRemoval")
        streaming = LazyGroup("AsyncStreaming")
        talking_photo = LazyGroup("AsyncTalkingPhoto")
        talking_video = LazyGroup("AsyncTalkingVideo")
        text_to_image = LazyGroup("AsyncTextToImage")
        nano_banana = LazyGroup("AsyncNanoBanana")
        qwen_image = LazyGroup("AsyncQwenImage")
        kling_image = LazyGroup("AsyncKlingImage")
        image_edit = LazyGroup("AsyncImageEdit")
        virtual_try_on = LazyGroup("AsyncVirtualTryOn")
        motion_transfer = LazyGroup("AsyncMotionTransfer")
        product_avatar = LazyGroup("AsyncProductAvatar")
        photobook = LazyGroup("AsyncPhotobook")
        wan_video = LazyGroup("AsyncWanVideo")
        storage = LazyGroup("AsyncStorage")
        billing = LazyGroup("AsyncBilling")
        sora = LazyGroup("AsyncSora")
        veo = LazyGroup("AsyncVeo")
        kling = LazyGroup("AsyncKling")
        kling_omni = LazyGroup("AsyncKlingOmni")
        grok = LazyGroup("AsyncGrok")
        hailuo = LazyGroup("AsyncHailuo")
        minimax_h3 = LazyGroup("AsyncMinimaxH3")
        seedance = LazyGroup("AsyncSeedance")
        seedance2 = LazyGroup("AsyncSeedance2")
        happyhorse = LazyGroup("AsyncHappyhorse")
        upscale = LazyGroup("AsyncUpscale")
        flux2 = LazyGroup("AsyncFlux2")
        gpt_image = LazyGroup("AsyncGptImage")
        wan26_image = LazyGroup("AsyncWan26Image")
        wan27_image = LazyGroup("AsyncWan27Image")

    if TYPE_CHECKING:

        def _as_completed(
            self,
            tasks: Iterable[Waitable],
            *,
            timeout: float = 600.0,
            poll_interval: float = 2.0,
            on_progress: Callable[[TaskProgress[Any]], object] | None = None,
            inbox: Inbox | None = None,
        ) -> AsyncIterator[TaskOutcome[Any]]:
            raise NotImplementedError

        async def _wait_many(
            self,
            tasks: Iterable[Waitable],
            *,
            timeout: float = 600.0,
            poll_interval: float = 2.0,
            on_progress: Callable[[TaskProgress[Any]], object] | None = None,
            inbox: Inbox | None = None,
        ) -> list[TaskOutcome[Any]]:
            raise NotImplementedError

    @overload
    def as_completed(
        self,
        tasks: Iterable[AvatarTwin],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[AvatarTwin]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[AvatarTwin]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[FaceSwapRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[FaceSwapRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[FaceSwapRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[Image2VideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Image2VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[Image2VideoRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[TalkingVideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TalkingVideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[TalkingVideoRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[TaskRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[TaskRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[VideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[VideoRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[VideoTask],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[VideoRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[VoiceCloneRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VoiceCloneRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[VoiceCloneRecord]]: ...

    @overload
    def as_completed(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecords]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[TaskRecords]]: ...

    def as_completed(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Any]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome[Any]]:
        """Wait for many tasks of any families; yield each `TaskOutcome` as its task ends, failures included.

        `tasks` are the records start calls returned (each remembers the operation that made it), or
        `(group, task id)` pairs (`("face_swap", id)`, `("videos", id)`; a group with two kinds of task takes the
        wait operation's id, such as `"wan_video_get_spicy"`). One polling loop reads every family through its
        batch operation (50 ids a request) where it has one; each answer is handled as it arrives. Tasks still
        running after `timeout` end with a `WaitTimeoutError` outcome; a task's failure never stops the others.
        With an `a2e.webhooks.Inbox` fed by your webhook receiver, a reported task is polled at once, not at the
        next poll. Each outcome's `record` is typed as the family's wait returns it.
        """
        return self._as_completed(
            tasks, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress, inbox=inbox
        )

    @overload
    async def wait_many(
        self,
        tasks: Iterable[AvatarTwin],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[AvatarTwin]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[AvatarTwin]]: ...

    @overload
    async def wait_many(
        self,
        tasks: Iterable[FaceSwapRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[FaceSwapRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[FaceSwapRecord]]: ...

    @overload
    async def wait_many(
        self,
        tasks: Iterable[Image2VideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Image2VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[Image2VideoRecord]]: ...

    @overload
    async def wait_many(
        self,
        tasks: Iterable[TalkingVideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TalkingVideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[TalkingVideoRecord]]: ...

    @overload
    async def wait_many(
        self,
        tasks: Iterable[TaskRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[TaskRecord]]: ...

    @overload
    async def wait_many(
        self,
        tasks: Iterable[VideoRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[VideoRecord]]: ...

    @overload
    async def wait_many(
        self,
        tasks: Iterable[VideoTask],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VideoRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[VideoRecord]]: ...

    @overload
    async def wait_many(
        self,
        tasks: Iterable[VoiceCloneRecord],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[VoiceCloneRecord]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[VoiceCloneRecord]]: ...

    @overload
    async def wait_many(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[TaskRecords]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[TaskRecords]]: ...

    async def wait_many(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Any]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[Any]]:
        """Wait for many tasks; every `TaskOutcome` (record or error), in the order the tasks were given.
        See `as_completed`."""
        return await self._wait_many(
            tasks, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress, inbox=inbox
        )

    if TYPE_CHECKING:

        @overload
        async def call(
            self, operation_id: Literal["tts_list_voices"], /, **params: Any
        ) -> builtins.list[VoiceGroup]: ...

        @overload
        async def call(
            self, operation_id: Literal["tts_list_voices_post"], /, **params: Any
        ) -> builtins.list[VoiceGroup]: ...

        @overload
        async def call(self, operation_id: Literal["tts_generate"], /, **params: Any) -> str: ...

        @overload
        async def call(
            self, operation_id: Literal["tts_list_cloned_voices"], /, **params: Any
        ) -> builtins.list[VoiceCloneRecord]: ...

        @overload
        async def call(self, operation_id: Literal["tts_train_voice"], /, **params: Any) -> VoiceCloneRecord: ...

        @overload
        async def call(self, operation_id: Literal["tts_get_voice"], /, **params: Any) -> VoiceCloneRecord: ...

        @overload
        async def call(self, operation_id: Literal["tts_rename_voice"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["tts_delete_voice"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["tts_list_presets"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["tts_list_previews"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["tts_delete_preview"], /, **params: Any) -> Empty: ...

        @overload
        async def call(
            self, operation_id: Literal["tts_list_training_voices"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(
            self, operation_id: Literal["videos_list_avatars"], /, **params: Any
        ) -> builtins.list[Anchor]: ...

        @overload
        async def call(self, operation_id: Literal["videos_generate"], /, **params: Any) -> VideoTask: ...

        @overload
        async def call(
            self, operation_id: Literal["videos_status"], /, **params: Any
        ) -> builtins.list[VideoRecord]: ...

        @overload
        async def call(self, operation_id: Literal["videos_list"], /, **params: Any) -> VideoRecordPage: ...

        @overload
        async def call(self, operation_id: Literal["videos_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["videos_detect_language"], /, **params: Any) -> LanguageGuess: ...

        @overload
        async def call(self, operation_id: Literal["videos_auto_public_pool"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["videos_list_anchors"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["videos_get"], /, **params: Any) -> VideoRecord: ...

        @overload
        async def call(self, operation_id: Literal["misc_remaining_coins"], /, **params: Any) -> Credits: ...

        @overload
        async def call(self, operation_id: Literal["misc_add_user"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["misc_exchange_diamonds"], /, **params: Any) -> Any: ...

        @overload
        async def call(
            self, operation_id: Literal["misc_list_languages"], /, **params: Any
        ) -> builtins.list[Language]: ...

        @overload
        async def call(self, operation_id: Literal["misc_transfer_to_storage"], /, **params: Any) -> StoredFile: ...

        @overload
        async def call(self, operation_id: Literal["tokens_generate"], /, **params: Any) -> ApiToken: ...

        @overload
        async def call(self, operation_id: Literal["avatars_create"], /, **params: Any) -> AvatarTwin: ...

        @overload
        async def call(self, operation_id: Literal["avatars_continue_tranining"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["avatars_remove"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["avatars_list"], /, **params: Any) -> AvatarTwinPage: ...

        @overload
        async def call(self, operation_id: Literal["avatars_get"], /, **params: Any) -> AvatarTwin: ...

        @overload
        async def call(self, operation_id: Literal["avatars_clone_voice"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["avatars_upload"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["avatars_train"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["avatars_upload_status"], /, **params: Any) -> Any: ...

        @overload
        async def call(
            self, operation_id: Literal["avatars_list_all"], /, **params: Any
        ) -> builtins.list[AvatarTwin]: ...

        @overload
        async def call(self, operation_id: Literal["avatars_continue_training"], /, **params: Any) -> Any: ...

        @overload
        async def call(
            self, operation_id: Literal["avatars_list_training"], /, **params: Any
        ) -> builtins.list[AvatarTwin]: ...

        @overload
        async def call(
            self, operation_id: Literal["avatars_batch_detail"], /, **params: Any
        ) -> builtins.list[AvatarTwin]: ...

        @overload
        async def call(self, operation_id: Literal["avatars_retry"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["avatars_eye_contact"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["custom_avatars_add"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["custom_avatars_list"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["custom_avatars_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["custom_avatars_list_tags"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["custom_avatars_update"], /, **params: Any) -> Any: ...

        @overload
        async def call(
            self, operation_id: Literal["backgrounds_list"], /, **params: Any
        ) -> builtins.list[BackgroundImage]: ...

        @overload
        async def call(self, operation_id: Literal["backgrounds_add"], /, **params: Any) -> BackgroundImage: ...

        @overload
        async def call(self, operation_id: Literal["backgrounds_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(
            self, operation_id: Literal["backgrounds_list_custom"], /, **params: Any
        ) -> builtins.list[BackgroundImage]: ...

        @overload
        async def call(self, operation_id: Literal["backgrounds_random"], /, **params: Any) -> Any: ...

        @overload
        async def call(
            self, operation_id: Literal["face_swap_add_image"], /, **params: Any
        ) -> builtins.list[FaceImage]: ...

        @overload
        async def call(self, operation_id: Literal["face_swap_list_images"], /, **params: Any) -> FaceImagePage: ...

        @overload
        async def call(self, operation_id: Literal["face_swap_delete_image"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["face_swap_preview"], /, **params: Any) -> FaceSwapRecord: ...

        @overload
        async def call(
            self, operation_id: Literal["face_swap_preview_status"], /, **params: Any
        ) -> builtins.list[FaceSwapRecord]: ...

        @overload
        async def call(self, operation_id: Literal["face_swap_start"], /, **params: Any) -> FaceSwapRecord: ...

        @overload
        async def call(
            self, operation_id: Literal["face_swap_status"], /, **params: Any
        ) -> builtins.list[FaceSwapRecord]: ...

        @overload
        async def call(self, operation_id: Literal["face_swap_list"], /, **params: Any) -> FaceSwapRecordPage: ...

        @overload
        async def call(self, operation_id: Literal["face_swap_get"], /, **params: Any) -> FaceSwapRecord: ...

        @overload
        async def call(self, operation_id: Literal["face_swap_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(
            self, operation_id: Literal["face_swap_batch_detail"], /, **params: Any
        ) -> builtins.list[FaceSwapRecord]: ...

        @overload
        async def call(self, operation_id: Literal["head_swap_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["head_swap_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["head_swap_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["head_swap_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["head_swap_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["actor_swap_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["actor_swap_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["actor_swap_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["actor_swap_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["actor_swap_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["dubbing_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["dubbing_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(self, operation_id: Literal["dubbing_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["dubbing_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(
            self, operation_id: Literal["dubbing_list_processing"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["think_sound_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["think_sound_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["think_sound_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["think_sound_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["think_sound_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["image_to_video_start"], /, **params: Any) -> Image2VideoRecord: ...

        @overload
        async def call(self, operation_id: Literal["image_to_video_get"], /, **params: Any) -> Image2VideoRecord: ...

        @overload
        async def call(self, operation_id: Literal["image_to_video_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(
            self, operation_id: Literal["image_to_video_list"], /, **params: Any
        ) -> Image2VideoRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["image_to_video_batch_detail"], /, **params: Any
        ) -> builtins.list[Image2VideoRecord]: ...

        @overload
        async def call(
            self, operation_id: Literal["image_to_video_average_time"], /, **params: Any
        ) -> ProcessingTime: ...

        @overload
        async def call(self, operation_id: Literal["image_to_video_mark_shared"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["image_to_video_mark_downloaded"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["image_to_video_mark_copied"], /, **params: Any) -> Empty: ...

        @overload
        async def call(
            self, operation_id: Literal["image_to_video_extend_prompt"], /, **params: Any
        ) -> PromptExtension: ...

        @overload
        async def call(
            self, operation_id: Literal["image_to_video_extend_flf2v_prompt"], /, **params: Any
        ) -> PromptExtension: ...

        @overload
        async def call(
            self, operation_id: Literal["image_to_video_unlimited_queue_level"], /, **params: Any
        ) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["caption_removal_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["caption_removal_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(self, operation_id: Literal["caption_removal_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["caption_removal_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(
            self, operation_id: Literal["caption_removal_list_processing"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(
            self, operation_id: Literal["caption_removal_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["caption_removal_retry"], /, **params: Any) -> Any: ...

        @overload
        async def call(
            self, operation_id: Literal["streaming_list_avatars"], /, **params: Any
        ) -> builtins.list[StreamingAvatar]: ...

        @overload
        async def call(self, operation_id: Literal["streaming_start"], /, **params: Any) -> StreamingToken: ...

        @overload
        async def call(self, operation_id: Literal["streaming_set_qa_context"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["streaming_get_qa_context"], /, **params: Any) -> QaContext: ...

        @overload
        async def call(self, operation_id: Literal["streaming_ask"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["streaming_speak"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["streaming_leave"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["talking_photo_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["talking_photo_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["talking_photo_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["talking_photo_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["talking_photo_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["talking_video_start"], /, **params: Any) -> TalkingVideoRecord: ...

        @overload
        async def call(
            self, operation_id: Literal["talking_video_list"], /, **params: Any
        ) -> TalkingVideoRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["talking_video_batch_detail"], /, **params: Any
        ) -> builtins.list[TalkingVideoRecord]: ...

        @overload
        async def call(self, operation_id: Literal["talking_video_get"], /, **params: Any) -> TalkingVideoRecord: ...

        @overload
        async def call(self, operation_id: Literal["talking_video_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["text_to_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["text_to_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["text_to_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["text_to_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["text_to_image_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["text_to_image_make_avatar"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["nano_banana_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["nano_banana_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["nano_banana_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["nano_banana_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["nano_banana_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["qwen_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["qwen_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(self, operation_id: Literal["qwen_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(
            self, operation_id: Literal["qwen_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["qwen_image_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["kling_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["kling_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["kling_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["kling_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["kling_image_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["image_edit_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["image_edit_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["image_edit_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["image_edit_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["image_edit_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["virtual_try_on_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["virtual_try_on_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["virtual_try_on_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["virtual_try_on_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["virtual_try_on_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["motion_transfer_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["motion_transfer_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["motion_transfer_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["motion_transfer_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["motion_transfer_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["product_avatar_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["product_avatar_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["product_avatar_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["product_avatar_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["product_avatar_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["photobook_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["photobook_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["photobook_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["photobook_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["photobook_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["wan_video_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["wan_video_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(self, operation_id: Literal["wan_video_start_spicy"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(
            self, operation_id: Literal["wan_video_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["wan_video_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["wan_video_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["wan_video_list_spicy"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["wan_video_batch_detail_spicy"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["wan_video_get_spicy"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["wan_video_delete_spicy"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["wan_video_start_wan30"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(
            self, operation_id: Literal["storage_presign_upload_legacy"], /, **params: Any
        ) -> PresignedUpload: ...

        @overload
        async def call(self, operation_id: Literal["storage_presign_upload"], /, **params: Any) -> PresignedUpload: ...

        @overload
        async def call(self, operation_id: Literal["billing_quote"], /, **params: Any) -> Quote: ...

        @overload
        async def call(
            self, operation_id: Literal["billing_credits_history"], /, **params: Any
        ) -> CreditTransactionPage: ...

        @overload
        async def call(self, operation_id: Literal["sora_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["sora_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["sora_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["sora_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["sora_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["veo_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["veo_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["veo_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["veo_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["veo_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["veo_get_1080p"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["kling_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["kling_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["kling_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["kling_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["kling_rename"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["kling_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["kling_omni_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["kling_omni_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["kling_omni_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["kling_omni_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["kling_omni_rename"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["kling_omni_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["grok_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["grok_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["grok_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["grok_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["grok_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["hailuo_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["hailuo_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["hailuo_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["hailuo_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["minimax_h3_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["minimax_h3_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["minimax_h3_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["minimax_h3_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["seedance_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["seedance_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["seedance_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["seedance_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["seedance2_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["seedance2_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["seedance2_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["seedance2_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["seedance2_rename"], /, **params: Any) -> Any: ...

        @overload
        async def call(self, operation_id: Literal["seedance2_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["happyhorse_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["happyhorse_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["happyhorse_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["happyhorse_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["happyhorse_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["upscale_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["upscale_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["upscale_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["upscale_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["upscale_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["flux2_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(
            self, operation_id: Literal["flux2_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["flux2_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(self, operation_id: Literal["flux2_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["flux2_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["gpt_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(
            self, operation_id: Literal["gpt_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["gpt_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(self, operation_id: Literal["gpt_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["gpt_image_delete"], /, **params: Any) -> Empty: ...

        @overload
        async def call(self, operation_id: Literal["wan26_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["wan26_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["wan26_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["wan26_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["wan27_image_start"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: Literal["wan27_image_list"], /, **params: Any) -> TaskRecordPage: ...

        @overload
        async def call(
            self, operation_id: Literal["wan27_image_batch_detail"], /, **params: Any
        ) -> builtins.list[TaskRecord]: ...

        @overload
        async def call(self, operation_id: Literal["wan27_image_get"], /, **params: Any) -> TaskRecord: ...

        @overload
        async def call(self, operation_id: str, /, **params: Any) -> Any: ...

        async def call(self, operation_id: str, /, **params: Any) -> Any:
            """Run any operation by its operationId, with parameters named as on the wire (`_id`, `audioSrc`);
            it answers what the operation's typed method answers."""
            raise NotImplementedError

        async def _call(self, operation_id: str, params: Mapping[str, Any], **options: Any) -> Any:
            raise NotImplementedError
    else:

        async def call(self, operation_id: str, /, **params: Any) -> Any:
            """Run any operation by its operationId, with parameters named as on the wire (`_id`, `audioSrc`);
            it answers what the operation's typed method answers."""
            return await self._call(operation_id, params)
