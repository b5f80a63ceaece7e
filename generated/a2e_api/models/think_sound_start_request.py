from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThinkSoundStartRequest")


@_attrs_define
class ThinkSoundStartRequest:
    """
    Attributes:
        video_url (str):
        name (str | Unset):
        caption (str | Unset):  Default: ''.
        cot_description (str | Unset):  Default: ''.
        seed (float | Unset):
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    video_url: str
    name: str | Unset = UNSET
    caption: str | Unset = ""
    cot_description: str | Unset = ""
    seed: float | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        name = self.name

        caption = self.caption

        cot_description = self.cot_description

        seed = self.seed

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if caption is not UNSET:
            field_dict["caption"] = caption
        if cot_description is not UNSET:
            field_dict["cot_description"] = cot_description
        if seed is not UNSET:
            field_dict["seed"] = seed
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        name = d.pop("name", UNSET)

        caption = d.pop("caption", UNSET)

        cot_description = d.pop("cot_description", UNSET)

        seed = d.pop("seed", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        think_sound_start_request = cls(
            video_url=video_url,
            name=name,
            caption=caption,
            cot_description=cot_description,
            seed=seed,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        think_sound_start_request.additional_properties = d
        return think_sound_start_request

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
