from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_training_request_gender import VoiceTrainingRequestGender, check_voice_training_request_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceTrainingRequest")


@_attrs_define
class VoiceTrainingRequest:
    """
    Attributes:
        name (str): Label for the voice.
        voice_urls (list[str]): Audio samples (mp3, wav or m4a; 15-60 s in total; one clear speaker).
        model (str | Unset): Cloning engine: `a2e` (default), `cartesia`, `minimax`, `elevenlabs`.
        language (str | Unset): Language of the samples, e.g. `en` or `en-US`.
        gender (VoiceTrainingRequestGender | Unset):
        denoise (bool | Unset): Clean background noise.
        train_mode (str | Unset): Only `best` is supported (docs).
    """

    name: str
    voice_urls: list[str]
    model: str | Unset = UNSET
    language: str | Unset = UNSET
    gender: VoiceTrainingRequestGender | Unset = UNSET
    denoise: bool | Unset = UNSET
    train_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        voice_urls = self.voice_urls

        model = self.model

        language = self.language

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        denoise = self.denoise

        train_mode = self.train_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "voice_urls": voice_urls,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if gender is not UNSET:
            field_dict["gender"] = gender
        if denoise is not UNSET:
            field_dict["denoise"] = denoise
        if train_mode is not UNSET:
            field_dict["train_mode"] = train_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        voice_urls = cast(list[str], d.pop("voice_urls"))

        model = d.pop("model", UNSET)

        language = d.pop("language", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: VoiceTrainingRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_voice_training_request_gender(_gender)

        denoise = d.pop("denoise", UNSET)

        train_mode = d.pop("train_mode", UNSET)

        voice_training_request = cls(
            name=name,
            voice_urls=voice_urls,
            model=model,
            language=language,
            gender=gender,
            denoise=denoise,
            train_mode=train_mode,
        )

        voice_training_request.additional_properties = d
        return voice_training_request

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
