from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_25_request_duration import Wan25RequestDuration, check_wan_25_request_duration
from ..models.wan_25_request_model import Wan25RequestModel, check_wan_25_request_model
from ..models.wan_25_request_ratio import Wan25RequestRatio, check_wan_25_request_ratio
from ..models.wan_25_request_resolution import Wan25RequestResolution, check_wan_25_request_resolution
from ..models.wan_25_request_task_type import Wan25RequestTaskType, check_wan_25_request_task_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_25_request_reference_media_item import Wan25RequestReferenceMediaItem


T = TypeVar("T", bound="Wan25Request")


@_attrs_define
class Wan25Request:
    """
    Attributes:
        prompt (str):
        name (str | Unset):
        image_url (str | Unset):
        negative_prompt (str | Unset):
        duration (Wan25RequestDuration | Unset): Seconds, sent as a string. Default: '5'.
        resolution (Wan25RequestResolution | Unset):  Default: '720p'.
        ratio (Wan25RequestRatio | Unset):  Default: '16:9'.
        enable_prompt_expansion (bool | Unset):  Default: False.
        multi_shots (bool | Unset):  Default: False.
        model (Wan25RequestModel | Unset):  Default: 'wan2.5-i2v-preview'.
        task_type (Wan25RequestTaskType | Unset):  Default: 'first_frame'.
        last_frame_url (str | Unset):
        first_clip_url (str | Unset):
        edit_video_url (str | Unset):
        reference_image_urls (list[str] | Unset):
        reference_media (list[Wan25RequestReferenceMediaItem] | Unset):
        seed (float | Unset):
        audio (bool | Unset):  Default: True.
        audio_url (str | Unset):
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    prompt: str
    name: str | Unset = UNSET
    image_url: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    duration: Wan25RequestDuration | Unset = "5"
    resolution: Wan25RequestResolution | Unset = "720p"
    ratio: Wan25RequestRatio | Unset = "16:9"
    enable_prompt_expansion: bool | Unset = False
    multi_shots: bool | Unset = False
    model: Wan25RequestModel | Unset = "wan2.5-i2v-preview"
    task_type: Wan25RequestTaskType | Unset = "first_frame"
    last_frame_url: str | Unset = UNSET
    first_clip_url: str | Unset = UNSET
    edit_video_url: str | Unset = UNSET
    reference_image_urls: list[str] | Unset = UNSET
    reference_media: list[Wan25RequestReferenceMediaItem] | Unset = UNSET
    seed: float | Unset = UNSET
    audio: bool | Unset = True
    audio_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        name = self.name

        image_url = self.image_url

        negative_prompt = self.negative_prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        enable_prompt_expansion = self.enable_prompt_expansion

        multi_shots = self.multi_shots

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type

        last_frame_url = self.last_frame_url

        first_clip_url = self.first_clip_url

        edit_video_url = self.edit_video_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        reference_media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_media, Unset):
            reference_media = []
            for reference_media_item_data in self.reference_media:
                reference_media_item = reference_media_item_data.to_dict()
                reference_media.append(reference_media_item)

        seed = self.seed

        audio = self.audio

        audio_url = self.audio_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if multi_shots is not UNSET:
            field_dict["multi_shots"] = multi_shots
        if model is not UNSET:
            field_dict["model"] = model
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if first_clip_url is not UNSET:
            field_dict["first_clip_url"] = first_clip_url
        if edit_video_url is not UNSET:
            field_dict["edit_video_url"] = edit_video_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if reference_media is not UNSET:
            field_dict["reference_media"] = reference_media
        if seed is not UNSET:
            field_dict["seed"] = seed
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wan_25_request_reference_media_item import Wan25RequestReferenceMediaItem

        d = dict(src_dict)
        prompt = d.pop("prompt")

        name = d.pop("name", UNSET)

        image_url = d.pop("image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: Wan25RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_25_request_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan25RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_25_request_resolution(_resolution)

        _ratio = d.pop("ratio", UNSET)
        ratio: Wan25RequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_wan_25_request_ratio(_ratio)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        multi_shots = d.pop("multi_shots", UNSET)

        _model = d.pop("model", UNSET)
        model: Wan25RequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_wan_25_request_model(_model)

        _task_type = d.pop("task_type", UNSET)
        task_type: Wan25RequestTaskType | Unset
        if isinstance(_task_type, Unset):
            task_type = UNSET
        else:
            task_type = check_wan_25_request_task_type(_task_type)

        last_frame_url = d.pop("last_frame_url", UNSET)

        first_clip_url = d.pop("first_clip_url", UNSET)

        edit_video_url = d.pop("edit_video_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        _reference_media = d.pop("reference_media", UNSET)
        reference_media: list[Wan25RequestReferenceMediaItem] | Unset = UNSET
        if _reference_media is not UNSET:
            reference_media = []
            for reference_media_item_data in _reference_media:
                reference_media_item = Wan25RequestReferenceMediaItem.from_dict(reference_media_item_data)

                reference_media.append(reference_media_item)

        seed = d.pop("seed", UNSET)

        audio = d.pop("audio", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        wan_25_request = cls(
            prompt=prompt,
            name=name,
            image_url=image_url,
            negative_prompt=negative_prompt,
            duration=duration,
            resolution=resolution,
            ratio=ratio,
            enable_prompt_expansion=enable_prompt_expansion,
            multi_shots=multi_shots,
            model=model,
            task_type=task_type,
            last_frame_url=last_frame_url,
            first_clip_url=first_clip_url,
            edit_video_url=edit_video_url,
            reference_image_urls=reference_image_urls,
            reference_media=reference_media,
            seed=seed,
            audio=audio,
            audio_url=audio_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        wan_25_request.additional_properties = d
        return wan_25_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
