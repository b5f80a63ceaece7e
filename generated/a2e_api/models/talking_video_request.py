from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TalkingVideoRequest")


@_attrs_define
class TalkingVideoRequest:
    """
    Attributes:
        name (str | Unset):
        video_url (str | Unset):
        audio_url (str | Unset):
        duration (int | Unset):
        prompt (str | Unset):
        negative_prompt (str | Unset):
    """

    name: str | Unset = UNSET
    video_url: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    duration: int | Unset = UNSET
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        video_url = self.video_url

        audio_url = self.audio_url

        duration = self.duration

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
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
        name = d.pop("name", UNSET)

        video_url = d.pop("video_url", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        duration = d.pop("duration", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        talking_video_request = cls(
            name=name,
            video_url=video_url,
            audio_url=audio_url,
            duration=duration,
            prompt=prompt,
            negative_prompt=negative_prompt,
        )

        talking_video_request.additional_properties = d
        return talking_video_request

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
