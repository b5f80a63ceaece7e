from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WanSpicyRequest")


@_attrs_define
class WanSpicyRequest:
    """
    Attributes:
        name (str | Unset):
        prompt (str | Unset):
        image_url (str | Unset):
        model (str | Unset):
        duration (float | Unset): Seconds (a number here).
        resolution (str | Unset):
        seed (int | Unset):
    """

    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    image_url: str | Unset = UNSET
    model: str | Unset = UNSET
    duration: float | Unset = UNSET
    resolution: str | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        image_url = self.image_url

        model = self.model

        duration = self.duration

        resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if model is not UNSET:
            field_dict["model"] = model
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_url = d.pop("image_url", UNSET)

        model = d.pop("model", UNSET)

        duration = d.pop("duration", UNSET)

        resolution = d.pop("resolution", UNSET)

        seed = d.pop("seed", UNSET)

        wan_spicy_request = cls(
            name=name,
            prompt=prompt,
            image_url=image_url,
            model=model,
            duration=duration,
            resolution=resolution,
            seed=seed,
        )

        wan_spicy_request.additional_properties = d
        return wan_spicy_request

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
