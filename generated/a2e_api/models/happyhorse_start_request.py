from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.happyhorse_start_request_audio_setting import (
    HappyhorseStartRequestAudioSetting,
    check_happyhorse_start_request_audio_setting,
)
from ..models.happyhorse_start_request_duration import (
    HappyhorseStartRequestDuration,
    check_happyhorse_start_request_duration,
)
from ..models.happyhorse_start_request_mode import HappyhorseStartRequestMode, check_happyhorse_start_request_mode
from ..models.happyhorse_start_request_model_version import (
    HappyhorseStartRequestModelVersion,
    check_happyhorse_start_request_model_version,
)
from ..models.happyhorse_start_request_ratio import HappyhorseStartRequestRatio, check_happyhorse_start_request_ratio
from ..models.happyhorse_start_request_resolution import (
    HappyhorseStartRequestResolution,
    check_happyhorse_start_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HappyhorseStartRequest")


@_attrs_define
class HappyhorseStartRequest:
    """
    Attributes:
        mode (HappyhorseStartRequestMode):
        name (str | Unset): Task name.
        model_version (HappyhorseStartRequestModelVersion | Unset):  Default: '1.0'.
        prompt (str | Unset): What to generate.
        image_url (str | Unset): Source image URL.
        reference_image_urls (list[str] | Unset):
        edit_video_url (str | Unset):
        input_video_seconds (float | Unset):
        duration (HappyhorseStartRequestDuration | Unset):  Default: '5'.
        resolution (HappyhorseStartRequestResolution | Unset):  Default: '720P'.
        ratio (HappyhorseStartRequestRatio | Unset):  Default: '16:9'.
        audio_setting (HappyhorseStartRequestAudioSetting | Unset):  Default: 'auto'.
        seed (int | Unset):
        watermark (bool | Unset):  Default: True.
        minor_suspected_skip (bool | Unset):  Default: False.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    mode: HappyhorseStartRequestMode
    name: str | Unset = UNSET
    model_version: HappyhorseStartRequestModelVersion | Unset = "1.0"
    prompt: str | Unset = UNSET
    image_url: str | Unset = UNSET
    reference_image_urls: list[str] | Unset = UNSET
    edit_video_url: str | Unset = UNSET
    input_video_seconds: float | Unset = UNSET
    duration: HappyhorseStartRequestDuration | Unset = "5"
    resolution: HappyhorseStartRequestResolution | Unset = "720P"
    ratio: HappyhorseStartRequestRatio | Unset = "16:9"
    audio_setting: HappyhorseStartRequestAudioSetting | Unset = "auto"
    seed: int | Unset = UNSET
    watermark: bool | Unset = True
    minor_suspected_skip: bool | Unset = False
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        name = self.name

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        prompt = self.prompt

        image_url = self.image_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        edit_video_url = self.edit_video_url

        input_video_seconds = self.input_video_seconds

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        audio_setting: str | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting

        seed = self.seed

        watermark = self.watermark

        minor_suspected_skip = self.minor_suspected_skip

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if edit_video_url is not UNSET:
            field_dict["edit_video_url"] = edit_video_url
        if input_video_seconds is not UNSET:
            field_dict["input_video_seconds"] = input_video_seconds
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if seed is not UNSET:
            field_dict["seed"] = seed
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
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
        mode = check_happyhorse_start_request_mode(d.pop("mode"))

        name = d.pop("name", UNSET)

        _model_version = d.pop("model_version", UNSET)
        model_version: HappyhorseStartRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_happyhorse_start_request_model_version(_model_version)

        prompt = d.pop("prompt", UNSET)

        image_url = d.pop("image_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        edit_video_url = d.pop("edit_video_url", UNSET)

        input_video_seconds = d.pop("input_video_seconds", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: HappyhorseStartRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_happyhorse_start_request_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: HappyhorseStartRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_happyhorse_start_request_resolution(_resolution)

        _ratio = d.pop("ratio", UNSET)
        ratio: HappyhorseStartRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_happyhorse_start_request_ratio(_ratio)

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: HappyhorseStartRequestAudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = check_happyhorse_start_request_audio_setting(_audio_setting)

        seed = d.pop("seed", UNSET)

        watermark = d.pop("watermark", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        happyhorse_start_request = cls(
            mode=mode,
            name=name,
            model_version=model_version,
            prompt=prompt,
            image_url=image_url,
            reference_image_urls=reference_image_urls,
            edit_video_url=edit_video_url,
            input_video_seconds=input_video_seconds,
            duration=duration,
            resolution=resolution,
            ratio=ratio,
            audio_setting=audio_setting,
            seed=seed,
            watermark=watermark,
            minor_suspected_skip=minor_suspected_skip,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        happyhorse_start_request.additional_properties = d
        return happyhorse_start_request

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
