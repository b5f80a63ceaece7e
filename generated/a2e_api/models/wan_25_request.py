from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan25Request")


@_attrs_define
class Wan25Request:
    """
    Attributes:
        name (str | Unset):
        prompt (str | Unset):
        image_url (str | Unset):
        model (str | Unset):
        duration (str | Unset): Seconds, sent as a string.
        resolution (str | Unset):
        enable_prompt_expansion (bool | Unset):
        audio (Any | Unset):
        task_type (str | Unset):
        first_clip_url (str | Unset):
        seed (int | Unset):
    """

    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    image_url: str | Unset = UNSET
    model: str | Unset = UNSET
    duration: str | Unset = UNSET
    resolution: str | Unset = UNSET
    enable_prompt_expansion: bool | Unset = UNSET
    audio: Any | Unset = UNSET
    task_type: str | Unset = UNSET
    first_clip_url: str | Unset = UNSET
    seed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        image_url = self.image_url

        model = self.model

        duration = self.duration

        resolution = self.resolution

        enable_prompt_expansion = self.enable_prompt_expansion

        audio = self.audio

        task_type = self.task_type

        first_clip_url = self.first_clip_url

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
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if audio is not UNSET:
            field_dict["audio"] = audio
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if first_clip_url is not UNSET:
            field_dict["first_clip_url"] = first_clip_url
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

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        audio = d.pop("audio", UNSET)

        task_type = d.pop("task_type", UNSET)

        first_clip_url = d.pop("first_clip_url", UNSET)

        seed = d.pop("seed", UNSET)

        wan_25_request = cls(
            name=name,
            prompt=prompt,
            image_url=image_url,
            model=model,
            duration=duration,
            resolution=resolution,
            enable_prompt_expansion=enable_prompt_expansion,
            audio=audio,
            task_type=task_type,
            first_clip_url=first_clip_url,
            seed=seed,
        )

        wan_25_request.additional_properties = d
        return wan_25_request

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
