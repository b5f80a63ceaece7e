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
        name (str):
        image_url (str): Portrait image.
        prompt (str):
        negative_prompt (str):
        audio_url (str | Unset): Speech audio.
        duration (int | Unset): Clip length in seconds (1-10). Default: 3.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    name: str
    image_url: str
    prompt: str
    negative_prompt: str
    audio_url: str | Unset = UNSET
    duration: int | Unset = 3
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        audio_url = self.audio_url

        duration = self.duration

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt")

        audio_url = d.pop("audio_url", UNSET)

        duration = d.pop("duration", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        talking_photo_request = cls(
            name=name,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            audio_url=audio_url,
            duration=duration,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
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
