from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpt_image_start_request_aspect_ratio import (
    GptImageStartRequestAspectRatio,
    check_gpt_image_start_request_aspect_ratio,
)
from ..models.gpt_image_start_request_model import GptImageStartRequestModel, check_gpt_image_start_request_model
from ..models.gpt_image_start_request_quality import GptImageStartRequestQuality, check_gpt_image_start_request_quality
from ..models.gpt_image_start_request_resolution import (
    GptImageStartRequestResolution,
    check_gpt_image_start_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GptImageStartRequest")


@_attrs_define
class GptImageStartRequest:
    """
    Attributes:
        name (str): Task name.
        prompt (str): What to generate.
        input_images (list[str] | Unset):
        model (GptImageStartRequestModel | Unset):  Default: 'gpt-image-1.5'.
        aspect_ratio (GptImageStartRequestAspectRatio | Unset):  Default: '1:1'.
        quality (GptImageStartRequestQuality | Unset):  Default: 'medium'.
        resolution (GptImageStartRequestResolution | Unset):  Default: '1K'.
        force_generate (bool | Unset): Skip the NSFW block (image families; true by default for API users).
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    name: str
    prompt: str
    input_images: list[str] | Unset = UNSET
    model: GptImageStartRequestModel | Unset = "gpt-image-1.5"
    aspect_ratio: GptImageStartRequestAspectRatio | Unset = "1:1"
    quality: GptImageStartRequestQuality | Unset = "medium"
    resolution: GptImageStartRequestResolution | Unset = "1K"
    force_generate: bool | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        force_generate = self.force_generate

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
            }
        )
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if quality is not UNSET:
            field_dict["quality"] = quality
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if force_generate is not UNSET:
            field_dict["force_generate"] = force_generate
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        prompt = d.pop("prompt")

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _model = d.pop("model", UNSET)
        model: GptImageStartRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_gpt_image_start_request_model(_model)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GptImageStartRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_gpt_image_start_request_aspect_ratio(_aspect_ratio)

        _quality = d.pop("quality", UNSET)
        quality: GptImageStartRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_gpt_image_start_request_quality(_quality)

        _resolution = d.pop("resolution", UNSET)
        resolution: GptImageStartRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_gpt_image_start_request_resolution(_resolution)

        force_generate = d.pop("force_generate", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        gpt_image_start_request = cls(
            name=name,
            prompt=prompt,
            input_images=input_images,
            model=model,
            aspect_ratio=aspect_ratio,
            quality=quality,
            resolution=resolution,
            force_generate=force_generate,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        gpt_image_start_request.additional_properties = d
        return gpt_image_start_request

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
