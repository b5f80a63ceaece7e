from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelTaskRequest")


@_attrs_define
class ModelTaskRequest:
    """Request fields of this model family are not documented; the common ones are listed and any other field is sent as
    given.

        Attributes:
            name (str | Unset): Task name.
            prompt (str | Unset): What to generate.
            image_url (str | Unset): Source image URL.
            force_generate (bool | Unset): Skip the NSFW block (image families; true by default for API users).
    """

    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    image_url: str | Unset = UNSET
    force_generate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        image_url = self.image_url

        force_generate = self.force_generate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if force_generate is not UNSET:
            field_dict["force_generate"] = force_generate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_url = d.pop("image_url", UNSET)

        force_generate = d.pop("force_generate", UNSET)

        model_task_request = cls(
            name=name,
            prompt=prompt,
            image_url=image_url,
            force_generate=force_generate,
        )

        model_task_request.additional_properties = d
        return model_task_request

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
