from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grok_start_request_aspect_ratio import GrokStartRequestAspectRatio, check_grok_start_request_aspect_ratio
from ..models.grok_start_request_duration import GrokStartRequestDuration, check_grok_start_request_duration
from ..models.grok_start_request_mode import GrokStartRequestMode, check_grok_start_request_mode
from ..models.grok_start_request_model_type import GrokStartRequestModelType, check_grok_start_request_model_type
from ..models.grok_start_request_model_version import (
    GrokStartRequestModelVersion,
    check_grok_start_request_model_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrokStartRequest")


@_attrs_define
class GrokStartRequest:
    """
    Attributes:
        name (str | Unset): Task name.
        model_type (GrokStartRequestModelType | Unset):  Default: 'text-to-video'.
        model_version (GrokStartRequestModelVersion | Unset):  Default: 'legacy'.
        prompt (str | Unset): What to generate.
        mode (GrokStartRequestMode | Unset):  Default: 'normal'.
        image_urls (list[str] | Unset):
        image_url (str | Unset): Source image URL.
        aspect_ratio (GrokStartRequestAspectRatio | Unset):  Default: '16:9'.
        duration (GrokStartRequestDuration | Unset):  Default: '6'.
        nsfw_checker (bool | Unset):  Default: False.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    name: str | Unset = UNSET
    model_type: GrokStartRequestModelType | Unset = "text-to-video"
    model_version: GrokStartRequestModelVersion | Unset = "legacy"
    prompt: str | Unset = UNSET
    mode: GrokStartRequestMode | Unset = "normal"
    image_urls: list[str] | Unset = UNSET
    image_url: str | Unset = UNSET
    aspect_ratio: GrokStartRequestAspectRatio | Unset = "16:9"
    duration: GrokStartRequestDuration | Unset = "6"
    nsfw_checker: bool | Unset = False
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        nsfw_checker = self.nsfw_checker

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: GrokStartRequestModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_grok_start_request_model_type(_model_type)

        _model_version = d.pop("model_version", UNSET)
        model_version: GrokStartRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_grok_start_request_model_version(_model_version)

        prompt = d.pop("prompt", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: GrokStartRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_grok_start_request_mode(_mode)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        image_url = d.pop("image_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GrokStartRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_grok_start_request_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: GrokStartRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_grok_start_request_duration(_duration)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        grok_start_request = cls(
            name=name,
            model_type=model_type,
            model_version=model_version,
            prompt=prompt,
            mode=mode,
            image_urls=image_urls,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            duration=duration,
            nsfw_checker=nsfw_checker,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        grok_start_request.additional_properties = d
        return grok_start_request

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
