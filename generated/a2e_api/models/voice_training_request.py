from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_training_request_gender import VoiceTrainingRequestGender, check_voice_training_request_gender
from ..models.voice_training_request_model import VoiceTrainingRequestModel, check_voice_training_request_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceTrainingRequest")


@_attrs_define
class VoiceTrainingRequest:
    """
    Attributes:
        name (str): Label for the voice.
        voice_urls (list[str]): Audio samples (mp3, wav or m4a; 15-60 s in total; one clear speaker).
        gender (VoiceTrainingRequestGender | Unset):  Default: 'female'.
        denoise (bool | Unset): Clean background noise.
        enhance_voice_similarity (bool | Unset):
        model (VoiceTrainingRequestModel | Unset): Cloning engine: `a2e` (default), `cartesia`, `minimax`, `elevenlabs`.
            Default: 'a2e'.
        language (str | Unset): Language of the samples, e.g. `en` or `en-US`.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
        train_mode (str | Unset): Only `best` is supported (docs).
    """

    name: str
    voice_urls: list[str]
    gender: VoiceTrainingRequestGender | Unset = "female"
    denoise: bool | Unset = UNSET
    enhance_voice_similarity: bool | Unset = UNSET
    model: VoiceTrainingRequestModel | Unset = "a2e"
    language: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    train_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        voice_urls = self.voice_urls

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        denoise = self.denoise

        enhance_voice_similarity = self.enhance_voice_similarity

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        language = self.language

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        train_mode = self.train_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "voice_urls": voice_urls,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender
        if denoise is not UNSET:
            field_dict["denoise"] = denoise
        if enhance_voice_similarity is not UNSET:
            field_dict["enhance_voice_similarity"] = enhance_voice_similarity
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if train_mode is not UNSET:
            field_dict["train_mode"] = train_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        voice_urls = cast(list[str], d.pop("voice_urls"))

        _gender = d.pop("gender", UNSET)
        gender: VoiceTrainingRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_voice_training_request_gender(_gender)

        denoise = d.pop("denoise", UNSET)

        enhance_voice_similarity = d.pop("enhance_voice_similarity", UNSET)

        _model = d.pop("model", UNSET)
        model: VoiceTrainingRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_voice_training_request_model(_model)

        language = d.pop("language", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        train_mode = d.pop("train_mode", UNSET)

        voice_training_request = cls(
            name=name,
            voice_urls=voice_urls,
            gender=gender,
            denoise=denoise,
            enhance_voice_similarity=enhance_voice_similarity,
            model=model,
            language=language,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
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
