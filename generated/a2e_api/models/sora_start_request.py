from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_start_request_aspect_ratio import SoraStartRequestAspectRatio, check_sora_start_request_aspect_ratio
from ..models.sora_start_request_duration_seconds import (
    SoraStartRequestDurationSeconds,
    check_sora_start_request_duration_seconds,
)
from ..models.sora_start_request_model_type import SoraStartRequestModelType, check_sora_start_request_model_type
from ..models.sora_start_request_quality import SoraStartRequestQuality, check_sora_start_request_quality
from ..types import UNSET, Unset

T = TypeVar("T", bound="SoraStartRequest")


@_attrs_define
class SoraStartRequest:
    """
    Attributes:
        prompt (str): What to generate.
        name (str | Unset): Task name.
        model_type (SoraStartRequestModelType | Unset):  Default: 'image-to-video'.
        image_urls (list[str] | Unset):
        aspect_ratio (SoraStartRequestAspectRatio | Unset):  Default: 'landscape'.
        duration_seconds (SoraStartRequestDurationSeconds | Unset):  Default: '5'.
        quality (SoraStartRequestQuality | Unset):  Default: 'standard'.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    prompt: str
    name: str | Unset = UNSET
    model_type: SoraStartRequestModelType | Unset = "image-to-video"
    image_urls: list[str] | Unset = UNSET
    aspect_ratio: SoraStartRequestAspectRatio | Unset = "landscape"
    duration_seconds: SoraStartRequestDurationSeconds | Unset = "5"
    quality: SoraStartRequestQuality | Unset = "standard"
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        name = self.name

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration_seconds: str | Unset = UNSET
        if not isinstance(self.duration_seconds, Unset):
            duration_seconds = self.duration_seconds

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

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
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if quality is not UNSET:
            field_dict["quality"] = quality
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

        _model_type = d.pop("model_type", UNSET)
        model_type: SoraStartRequestModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_sora_start_request_model_type(_model_type)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: SoraStartRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_sora_start_request_aspect_ratio(_aspect_ratio)

        _duration_seconds = d.pop("duration_seconds", UNSET)
        duration_seconds: SoraStartRequestDurationSeconds | Unset
        if isinstance(_duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = check_sora_start_request_duration_seconds(_duration_seconds)

        _quality = d.pop("quality", UNSET)
        quality: SoraStartRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_sora_start_request_quality(_quality)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        sora_start_request = cls(
            prompt=prompt,
            name=name,
            model_type=model_type,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            duration_seconds=duration_seconds,
            quality=quality,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        sora_start_request.additional_properties = d
        return sora_start_request

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
