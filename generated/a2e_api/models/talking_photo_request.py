from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TalkingPhotoRequest")


@_attrs_define
class TalkingPhotoRequest:
    """
    Attributes:
        image_url (str): Portrait image.
        audio_url (str): Speech audio.
        name (str | Unset):
        duration (float | Unset): Clip length in seconds (1-10).
        prompt (str | Unset):
        negative_prompt (str | Unset):
    """

    image_url: str
    audio_url: str
    name: str | Unset = UNSET
    duration: float | Unset = UNSET
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        name = self.name

        duration = self.duration

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        name = d.pop("name", UNSET)

        duration = d.pop("duration", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        talking_photo_request = cls(
            image_url=image_url,
            audio_url=audio_url,
            name=name,
            duration=duration,
            prompt=prompt,
            negative_prompt=negative_prompt,
        )

        talking_photo_request.additional_properties = d
        return talking_photo_request

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
