from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_spicy_request_model import WanSpicyRequestModel, check_wan_spicy_request_model
from ..models.wan_spicy_request_resolution import WanSpicyRequestResolution, check_wan_spicy_request_resolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="WanSpicyRequest")


@_attrs_define
class WanSpicyRequest:
    """
    Attributes:
        prompt (str):
        image_url (str):
        resolution (WanSpicyRequestResolution):
        duration (float): Seconds (a number here).
        model (WanSpicyRequestModel | Unset):  Default: 'wan2.7-i2v-spicy'.
        name (str | Unset):
        negative_prompt (str | Unset):
        audio_url (str | Unset):
        prompt_extend (bool | Unset):  Default: True.
        seed (int | Unset):
        minor_suspected_skip (bool | Unset):  Default: False.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    prompt: str
    image_url: str
    resolution: WanSpicyRequestResolution
    duration: float
    model: WanSpicyRequestModel | Unset = "wan2.7-i2v-spicy"
    name: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    prompt_extend: bool | Unset = True
    seed: int | Unset = UNSET
    minor_suspected_skip: bool | Unset = False
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        resolution: str = self.resolution

        duration = self.duration

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        name = self.name

        negative_prompt = self.negative_prompt

        audio_url = self.audio_url

        prompt_extend = self.prompt_extend

        seed = self.seed

        minor_suspected_skip = self.minor_suspected_skip

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if seed is not UNSET:
            field_dict["seed"] = seed
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        resolution = check_wan_spicy_request_resolution(d.pop("resolution"))

        duration = d.pop("duration")

        _model = d.pop("model", UNSET)
        model: WanSpicyRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_wan_spicy_request_model(_model)

        name = d.pop("name", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        seed = d.pop("seed", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        wan_spicy_request = cls(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            model=model,
            name=name,
            negative_prompt=negative_prompt,
            audio_url=audio_url,
            prompt_extend=prompt_extend,
            seed=seed,
            minor_suspected_skip=minor_suspected_skip,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        wan_spicy_request.additional_properties = d
        return wan_spicy_request

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
