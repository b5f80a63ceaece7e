from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingRequest")


@_attrs_define
class DubbingRequest:
    """Fields from A2E's docs page and client code; A2E's published document lists only the webhook fields, so other fields
    are sent as given.

        Attributes:
            source_url (str): Video or audio to dub.
            target_lang (str): Target language, e.g. `de`, `ja`, `es`.
            webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
                `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
            webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
                (ignored for callers using a web session instead of an API token).
            name (str | Unset): Task name.
            source_lang (str | Unset): Source language, e.g. `en`, `zh`, or `auto`.
            num_speakers (int | Unset): Number of speakers.
            drop_background_audio (bool | Unset): Remove background audio.
    """

    source_url: str
    target_lang: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    source_lang: str | Unset = UNSET
    num_speakers: int | Unset = UNSET
    drop_background_audio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_url = self.source_url

        target_lang = self.target_lang

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        source_lang = self.source_lang

        num_speakers = self.num_speakers

        drop_background_audio = self.drop_background_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_url": source_url,
                "target_lang": target_lang,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if source_lang is not UNSET:
            field_dict["source_lang"] = source_lang
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers
        if drop_background_audio is not UNSET:
            field_dict["drop_background_audio"] = drop_background_audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_url = d.pop("source_url")

        target_lang = d.pop("target_lang")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        source_lang = d.pop("source_lang", UNSET)

        num_speakers = d.pop("num_speakers", UNSET)

        drop_background_audio = d.pop("drop_background_audio", UNSET)

        dubbing_request = cls(
            source_url=source_url,
            target_lang=target_lang,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            source_lang=source_lang,
            num_speakers=num_speakers,
            drop_background_audio=drop_background_audio,
        )

        dubbing_request.additional_properties = d
        return dubbing_request

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
