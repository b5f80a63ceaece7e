from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seedance_2_start_request_aspect_ratio import (
    Seedance2StartRequestAspectRatio,
    check_seedance_2_start_request_aspect_ratio,
)
from ..models.seedance_2_start_request_mode import Seedance2StartRequestMode, check_seedance_2_start_request_mode
from ..models.seedance_2_start_request_model_version import (
    Seedance2StartRequestModelVersion,
    check_seedance_2_start_request_model_version,
)
from ..models.seedance_2_start_request_omni_reference_task_type import (
    Seedance2StartRequestOmniReferenceTaskType,
    check_seedance_2_start_request_omni_reference_task_type,
)
from ..models.seedance_2_start_request_resolution import (
    Seedance2StartRequestResolution,
    check_seedance_2_start_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedance2StartRequest")


@_attrs_define
class Seedance2StartRequest:
    """
    Attributes:
        prompt (str): What to generate.
        name (str | Unset): Task name.
        mode (Seedance2StartRequestMode | Unset):  Default: 'text-to-video'.
        model_version (Seedance2StartRequestModelVersion | Unset):  Default: 'standard'.
        omni_reference_task_type (Seedance2StartRequestOmniReferenceTaskType | Unset):
        image_url (str | Unset): Source image URL.
        first_frame_url (str | Unset):
        last_frame_url (str | Unset):
        reference_urls (list[str] | Unset):
        video_urls (list[str] | Unset):
        audio_urls (list[str] | Unset):
        input_video_duration (float | Unset):
        duration (int | Unset):  Default: 5.
        aspect_ratio (Seedance2StartRequestAspectRatio | Unset):  Default: '16:9'.
        resolution (Seedance2StartRequestResolution | Unset):  Default: '720p'.
        generate_audio (bool | Unset):  Default: True.
        minor_suspected_skip (bool | Unset):  Default: False.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    prompt: str
    name: str | Unset = UNSET
    mode: Seedance2StartRequestMode | Unset = "text-to-video"
    model_version: Seedance2StartRequestModelVersion | Unset = "standard"
    omni_reference_task_type: Seedance2StartRequestOmniReferenceTaskType | Unset = UNSET
    image_url: str | Unset = UNSET
    first_frame_url: str | Unset = UNSET
    last_frame_url: str | Unset = UNSET
    reference_urls: list[str] | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    audio_urls: list[str] | Unset = UNSET
    input_video_duration: float | Unset = UNSET
    duration: int | Unset = 5
    aspect_ratio: Seedance2StartRequestAspectRatio | Unset = "16:9"
    resolution: Seedance2StartRequestResolution | Unset = "720p"
    generate_audio: bool | Unset = True
    minor_suspected_skip: bool | Unset = False
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        omni_reference_task_type: str | Unset = UNSET
        if not isinstance(self.omni_reference_task_type, Unset):
            omni_reference_task_type = self.omni_reference_task_type

        image_url = self.image_url

        first_frame_url = self.first_frame_url

        last_frame_url = self.last_frame_url

        reference_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_urls, Unset):
            reference_urls = self.reference_urls

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        input_video_duration = self.input_video_duration

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        generate_audio = self.generate_audio

        minor_suspected_skip = self.minor_suspected_skip

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
        if mode is not UNSET:
            field_dict["mode"] = mode
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if omni_reference_task_type is not UNSET:
            field_dict["omni_reference_task_type"] = omni_reference_task_type
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if first_frame_url is not UNSET:
            field_dict["first_frame_url"] = first_frame_url
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if reference_urls is not UNSET:
            field_dict["reference_urls"] = reference_urls
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls
        if input_video_duration is not UNSET:
            field_dict["input_video_duration"] = input_video_duration
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Seedance2StartRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_seedance_2_start_request_mode(_mode)

        _model_version = d.pop("model_version", UNSET)
        model_version: Seedance2StartRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_seedance_2_start_request_model_version(_model_version)

        _omni_reference_task_type = d.pop("omni_reference_task_type", UNSET)
        omni_reference_task_type: Seedance2StartRequestOmniReferenceTaskType | Unset
        if isinstance(_omni_reference_task_type, Unset):
            omni_reference_task_type = UNSET
        else:
            omni_reference_task_type = check_seedance_2_start_request_omni_reference_task_type(
                _omni_reference_task_type
            )

        image_url = d.pop("image_url", UNSET)

        first_frame_url = d.pop("first_frame_url", UNSET)

        last_frame_url = d.pop("last_frame_url", UNSET)

        reference_urls = cast(list[str], d.pop("reference_urls", UNSET))

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        input_video_duration = d.pop("input_video_duration", UNSET)

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Seedance2StartRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_seedance_2_start_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Seedance2StartRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_seedance_2_start_request_resolution(_resolution)

        generate_audio = d.pop("generate_audio", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        seedance_2_start_request = cls(
            prompt=prompt,
            name=name,
            mode=mode,
            model_version=model_version,
            omni_reference_task_type=omni_reference_task_type,
            image_url=image_url,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_urls=reference_urls,
            video_urls=video_urls,
            audio_urls=audio_urls,
            input_video_duration=input_video_duration,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            generate_audio=generate_audio,
            minor_suspected_skip=minor_suspected_skip,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        seedance_2_start_request.additional_properties = d
        return seedance_2_start_request

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
