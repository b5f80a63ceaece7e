from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActorSwapStartRequest")


@_attrs_define
class ActorSwapStartRequest:
    """
    Attributes:
        image_url (str):
        video_url (str):
        name (str | Unset):
        prompt (str | Unset):
        negative_prompt (str | Unset):
        timeout (int | Unset):  Default: 300.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    image_url: str
    video_url: str
    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    timeout: int | Unset = 300
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        video_url = self.video_url

        name = self.name

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        timeout = self.timeout

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "video_url": video_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        timeout = d.pop("timeout", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        actor_swap_start_request = cls(
            image_url=image_url,
            video_url=video_url,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            timeout=timeout,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        actor_swap_start_request.additional_properties = d
        return actor_swap_start_request

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
