from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.veo_start_request_aspect_ratio import VeoStartRequestAspectRatio, check_veo_start_request_aspect_ratio
from ..models.veo_start_request_generation_type import (
    VeoStartRequestGenerationType,
    check_veo_start_request_generation_type,
)
from ..models.veo_start_request_model import VeoStartRequestModel, check_veo_start_request_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="VeoStartRequest")


@_attrs_define
class VeoStartRequest:
    """
    Attributes:
        prompt (str): What to generate.
        name (str | Unset): Task name.
        generation_type (VeoStartRequestGenerationType | Unset):  Default: 'TEXT_2_VIDEO'.
        image_urls (list[str] | Unset):
        model (VeoStartRequestModel | Unset):  Default: 'veo3_fast'.
        aspect_ratio (VeoStartRequestAspectRatio | Unset):  Default: 'Auto'.
        watermark (str | Unset):
        seeds (float | Unset):
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    prompt: str
    name: str | Unset = UNSET
    generation_type: VeoStartRequestGenerationType | Unset = "TEXT_2_VIDEO"
    image_urls: list[str] | Unset = UNSET
    model: VeoStartRequestModel | Unset = "veo3_fast"
    aspect_ratio: VeoStartRequestAspectRatio | Unset = "Auto"
    watermark: str | Unset = UNSET
    seeds: float | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        name = self.name

        generation_type: str | Unset = UNSET
        if not isinstance(self.generation_type, Unset):
            generation_type = self.generation_type

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        watermark = self.watermark

        seeds = self.seeds

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
        if generation_type is not UNSET:
            field_dict["generationType"] = generation_type
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if seeds is not UNSET:
            field_dict["seeds"] = seeds
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

        _generation_type = d.pop("generationType", UNSET)
        generation_type: VeoStartRequestGenerationType | Unset
        if isinstance(_generation_type, Unset):
            generation_type = UNSET
        else:
            generation_type = check_veo_start_request_generation_type(_generation_type)

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        _model = d.pop("model", UNSET)
        model: VeoStartRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_veo_start_request_model(_model)

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: VeoStartRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_start_request_aspect_ratio(_aspect_ratio)

        watermark = d.pop("watermark", UNSET)

        seeds = d.pop("seeds", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        veo_start_request = cls(
            prompt=prompt,
            name=name,
            generation_type=generation_type,
            image_urls=image_urls,
            model=model,
            aspect_ratio=aspect_ratio,
            watermark=watermark,
            seeds=seeds,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        veo_start_request.additional_properties = d
        return veo_start_request

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
