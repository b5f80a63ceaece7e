from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WanneerRequest")


@_attrs_define
class WanneerRequest:
    """
    Attributes:
        image_url (str):
        prompt (str):
        name (str | Unset):
        uncensored (bool | Unset):
    """

    image_url: str
    prompt: str
    name: str | Unset = UNSET
    uncensored: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        name = self.name

        uncensored = self.uncensored

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if uncensored is not UNSET:
            field_dict["uncensored"] = uncensored

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        name = d.pop("name", UNSET)

        uncensored = d.pop("uncensored", UNSET)

        wanneer_request = cls(
            image_url=image_url,
            prompt=prompt,
            name=name,
            uncensored=uncensored,
        )

        wanneer_request.additional_properties = d
        return wanneer_request

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
