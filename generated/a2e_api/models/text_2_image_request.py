from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Text2ImageRequest")


@_attrs_define
class Text2ImageRequest:
    """
    Attributes:
        prompt (str):
        name (str | Unset):
        width (int | Unset):
        height (int | Unset):
        model_type (str | Unset):
        input_images (list[str] | Unset):
        aspect_ratio (str | Unset):
        max_images (int | Unset):
        req_key (str | Unset): Older style selector.
    """

    prompt: str
    name: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    model_type: str | Unset = UNSET
    input_images: list[str] | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    max_images: int | Unset = UNSET
    req_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        name = self.name

        width = self.width

        height = self.height

        model_type = self.model_type

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        aspect_ratio = self.aspect_ratio

        max_images = self.max_images

        req_key = self.req_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if max_images is not UNSET:
            field_dict["max_images"] = max_images
        if req_key is not UNSET:
            field_dict["req_key"] = req_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        name = d.pop("name", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        model_type = d.pop("model_type", UNSET)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        max_images = d.pop("max_images", UNSET)

        req_key = d.pop("req_key", UNSET)

        text_2_image_request = cls(
            prompt=prompt,
            name=name,
            width=width,
            height=height,
            model_type=model_type,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            max_images=max_images,
            req_key=req_key,
        )

        text_2_image_request.additional_properties = d
        return text_2_image_request

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
