from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_start_request_aspect_ratio import (
    KlingStartRequestAspectRatio,
    check_kling_start_request_aspect_ratio,
)
from ..models.kling_start_request_character_orientation import (
    KlingStartRequestCharacterOrientation,
    check_kling_start_request_character_orientation,
)
from ..models.kling_start_request_duration import KlingStartRequestDuration, check_kling_start_request_duration
from ..models.kling_start_request_mode import KlingStartRequestMode, check_kling_start_request_mode
from ..models.kling_start_request_model_version import (
    KlingStartRequestModelVersion,
    check_kling_start_request_model_version,
)
from ..models.kling_start_request_quality_mode import (
    KlingStartRequestQualityMode,
    check_kling_start_request_quality_mode,
)
from ..models.kling_start_request_resolution import KlingStartRequestResolution, check_kling_start_request_resolution
from ..models.kling_start_request_version import KlingStartRequestVersion, check_kling_start_request_version
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingStartRequest")


@_attrs_define
class KlingStartRequest:
    """
    Attributes:
        mode (KlingStartRequestMode):
        prompt (str): What to generate.
        name (str | Unset): Task name.
        version (KlingStartRequestVersion | Unset):  Default: '2.6'.
        model_version (KlingStartRequestModelVersion | Unset):  Default: 'standard'.
        resolution (KlingStartRequestResolution | Unset):  Default: '720p'.
        quality_mode (KlingStartRequestQualityMode | Unset):  Default: 'std'.
        duration (KlingStartRequestDuration | Unset):  Default: '5'.
        image_url (str | Unset): Source image URL.
        video_url (str | Unset):
        aspect_ratio (KlingStartRequestAspectRatio | Unset):  Default: '16:9'.
        sound (bool | Unset):  Default: False.
        end_image_url (str | Unset):
        character_orientation (KlingStartRequestCharacterOrientation | Unset):  Default: 'video'.
        negative_prompt (str | Unset):
        seed (float | Unset):
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    mode: KlingStartRequestMode
    prompt: str
    name: str | Unset = UNSET
    version: KlingStartRequestVersion | Unset = "2.6"
    model_version: KlingStartRequestModelVersion | Unset = "standard"
    resolution: KlingStartRequestResolution | Unset = "720p"
    quality_mode: KlingStartRequestQualityMode | Unset = "std"
    duration: KlingStartRequestDuration | Unset = "5"
    image_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    aspect_ratio: KlingStartRequestAspectRatio | Unset = "16:9"
    sound: bool | Unset = False
    end_image_url: str | Unset = UNSET
    character_orientation: KlingStartRequestCharacterOrientation | Unset = "video"
    negative_prompt: str | Unset = UNSET
    seed: float | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        prompt = self.prompt

        name = self.name

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        quality_mode: str | Unset = UNSET
        if not isinstance(self.quality_mode, Unset):
            quality_mode = self.quality_mode

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        image_url = self.image_url

        video_url = self.video_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sound = self.sound

        end_image_url = self.end_image_url

        character_orientation: str | Unset = UNSET
        if not isinstance(self.character_orientation, Unset):
            character_orientation = self.character_orientation

        negative_prompt = self.negative_prompt

        seed = self.seed

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "prompt": prompt,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if quality_mode is not UNSET:
            field_dict["quality_mode"] = quality_mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sound is not UNSET:
            field_dict["sound"] = sound
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if character_orientation is not UNSET:
            field_dict["character_orientation"] = character_orientation
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode = check_kling_start_request_mode(d.pop("mode"))

        prompt = d.pop("prompt")

        name = d.pop("name", UNSET)

        _version = d.pop("version", UNSET)
        version: KlingStartRequestVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_kling_start_request_version(_version)

        _model_version = d.pop("model_version", UNSET)
        model_version: KlingStartRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_kling_start_request_model_version(_model_version)

        _resolution = d.pop("resolution", UNSET)
        resolution: KlingStartRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_kling_start_request_resolution(_resolution)

        _quality_mode = d.pop("quality_mode", UNSET)
        quality_mode: KlingStartRequestQualityMode | Unset
        if isinstance(_quality_mode, Unset):
            quality_mode = UNSET
        else:
            quality_mode = check_kling_start_request_quality_mode(_quality_mode)

        _duration = d.pop("duration", UNSET)
        duration: KlingStartRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_start_request_duration(_duration)

        image_url = d.pop("image_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingStartRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_start_request_aspect_ratio(_aspect_ratio)

        sound = d.pop("sound", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        _character_orientation = d.pop("character_orientation", UNSET)
        character_orientation: KlingStartRequestCharacterOrientation | Unset
        if isinstance(_character_orientation, Unset):
            character_orientation = UNSET
        else:
            character_orientation = check_kling_start_request_character_orientation(_character_orientation)

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        kling_start_request = cls(
            mode=mode,
            prompt=prompt,
            name=name,
            version=version,
            model_version=model_version,
            resolution=resolution,
            quality_mode=quality_mode,
            duration=duration,
            image_url=image_url,
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            sound=sound,
            end_image_url=end_image_url,
            character_orientation=character_orientation,
            negative_prompt=negative_prompt,
            seed=seed,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        kling_start_request.additional_properties = d
        return kling_start_request

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
