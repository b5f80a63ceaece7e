from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flux_2_start_request_aspect_ratio import (
    Flux2StartRequestAspectRatio,
    check_flux_2_start_request_aspect_ratio,
)
from ..models.flux_2_start_request_resolution import Flux2StartRequestResolution, check_flux_2_start_request_resolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Flux2StartRequest")


@_attrs_define
class Flux2StartRequest:
    """
    Attributes:
        name (str): Task name.
        prompt (str): What to generate.
        input_images (list[str] | Unset):
        aspect_ratio (Flux2StartRequestAspectRatio | Unset):  Default: '9:16'.
        resolution (Flux2StartRequestResolution | Unset):  Default: '1K'.
        force_generate (bool | Unset): Skip the NSFW block (image families; true by default for API users). Default:
            True.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    name: str
    prompt: str
    input_images: list[str] | Unset = UNSET
    aspect_ratio: Flux2StartRequestAspectRatio | Unset = "9:16"
    resolution: Flux2StartRequestResolution | Unset = "1K"
    force_generate: bool | Unset = True
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Flux2StartRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_flux_2_start_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Flux2StartRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_flux_2_start_request_resolution(_resolution)

        force_generate = d.pop("force_generate", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        flux_2_start_request = cls(
            name=name,
            prompt=prompt,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            force_generate=force_generate,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        flux_2_start_request.additional_properties = d
        return flux_2_start_request

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
