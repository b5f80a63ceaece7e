from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NanoBananaRequest")


@_attrs_define
class NanoBananaRequest:
    """
    Attributes:
        prompt (str):
        name (str | Unset):
        input_images (list[str] | Unset):
        model (str | Unset):
        image_size (str | Unset):
        user_video_twin_ids (list[str] | Unset):
        force_generate (bool | Unset):
    """

    prompt: str
    name: str | Unset = UNSET
    input_images: list[str] | Unset = UNSET
    model: str | Unset = UNSET
    image_size: str | Unset = UNSET
    user_video_twin_ids: list[str] | Unset = UNSET
    force_generate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        name = self.name

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        model = self.model

        image_size = self.image_size

        user_video_twin_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_video_twin_ids, Unset):
            user_video_twin_ids = self.user_video_twin_ids

        force_generate = self.force_generate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if model is not UNSET:
            field_dict["model"] = model
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if user_video_twin_ids is not UNSET:
            field_dict["user_video_twin_ids"] = user_video_twin_ids
        if force_generate is not UNSET:
            field_dict["force_generate"] = force_generate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        name = d.pop("name", UNSET)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        model = d.pop("model", UNSET)

        image_size = d.pop("image_size", UNSET)

        user_video_twin_ids = cast(list[str], d.pop("user_video_twin_ids", UNSET))

        force_generate = d.pop("force_generate", UNSET)

        nano_banana_request = cls(
            prompt=prompt,
            name=name,
            input_images=input_images,
            model=model,
            image_size=image_size,
            user_video_twin_ids=user_video_twin_ids,
            force_generate=force_generate,
        )

        nano_banana_request.additional_properties = d
        return nano_banana_request

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
