from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seedance_start_request_aspect_ratio import (
    SeedanceStartRequestAspectRatio,
    check_seedance_start_request_aspect_ratio,
)
from ..models.seedance_start_request_duration import SeedanceStartRequestDuration, check_seedance_start_request_duration
from ..models.seedance_start_request_mode import SeedanceStartRequestMode, check_seedance_start_request_mode
from ..models.seedance_start_request_resolution import (
    SeedanceStartRequestResolution,
    check_seedance_start_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeedanceStartRequest")


@_attrs_define
class SeedanceStartRequest:
    """
    Attributes:
        prompt (str): What to generate.
        name (str | Unset): Task name.
        mode (SeedanceStartRequestMode | Unset):  Default: 'text-to-video'.
        image_url (str | Unset): Source image URL.
        end_image_url (str | Unset):
        duration (SeedanceStartRequestDuration | Unset):  Default: '5'.
        aspect_ratio (SeedanceStartRequestAspectRatio | Unset):  Default: '16:9'.
        resolution (SeedanceStartRequestResolution | Unset):  Default: '720p'.
        camera_fixed (bool | Unset):  Default: False.
        generate_audio (bool | Unset):  Default: False.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    prompt: str
    name: str | Unset = UNSET
    mode: SeedanceStartRequestMode | Unset = "text-to-video"
    image_url: str | Unset = UNSET
    end_image_url: str | Unset = UNSET
    duration: SeedanceStartRequestDuration | Unset = "5"
    aspect_ratio: SeedanceStartRequestAspectRatio | Unset = "16:9"
    resolution: SeedanceStartRequestResolution | Unset = "720p"
    camera_fixed: bool | Unset = False
    generate_audio: bool | Unset = False
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        image_url = self.image_url

        end_image_url = self.end_image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        camera_fixed = self.camera_fixed

        generate_audio = self.generate_audio

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
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
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
        mode: SeedanceStartRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_seedance_start_request_mode(_mode)

        image_url = d.pop("image_url", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: SeedanceStartRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_seedance_start_request_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: SeedanceStartRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_seedance_start_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: SeedanceStartRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_seedance_start_request_resolution(_resolution)

        camera_fixed = d.pop("camera_fixed", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        seedance_start_request = cls(
            prompt=prompt,
            name=name,
            mode=mode,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            camera_fixed=camera_fixed,
            generate_audio=generate_audio,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        seedance_start_request.additional_properties = d
        return seedance_start_request

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
