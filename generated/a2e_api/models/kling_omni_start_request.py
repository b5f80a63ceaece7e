from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kling_omni_start_request_aspect_ratio import (
    KlingOmniStartRequestAspectRatio,
    check_kling_omni_start_request_aspect_ratio,
)
from ..models.kling_omni_start_request_mode import KlingOmniStartRequestMode, check_kling_omni_start_request_mode
from ..models.kling_omni_start_request_shot_type import (
    KlingOmniStartRequestShotType,
    check_kling_omni_start_request_shot_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_omni_start_request_multi_prompt_item import KlingOmniStartRequestMultiPromptItem


T = TypeVar("T", bound="KlingOmniStartRequest")


@_attrs_define
class KlingOmniStartRequest:
    """
    Attributes:
        name (str | Unset):
        prompt (str | Unset):
        image_list (list[str] | Unset):
        mode (KlingOmniStartRequestMode | Unset):  Default: 'std'.
        duration (str | Unset):  Default: '5'.
        aspect_ratio (KlingOmniStartRequestAspectRatio | Unset):  Default: '16:9'.
        sound (bool | Unset):  Default: False.
        multi_shot (bool | Unset):  Default: False.
        shot_type (KlingOmniStartRequestShotType | Unset):
        multi_prompt (list[KlingOmniStartRequestMultiPromptItem] | Unset):
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    image_list: list[str] | Unset = UNSET
    mode: KlingOmniStartRequestMode | Unset = "std"
    duration: str | Unset = "5"
    aspect_ratio: KlingOmniStartRequestAspectRatio | Unset = "16:9"
    sound: bool | Unset = False
    multi_shot: bool | Unset = False
    shot_type: KlingOmniStartRequestShotType | Unset = UNSET
    multi_prompt: list[KlingOmniStartRequestMultiPromptItem] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        image_list: list[str] | Unset = UNSET
        if not isinstance(self.image_list, Unset):
            image_list = self.image_list

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sound = self.sound

        multi_shot = self.multi_shot

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_list is not UNSET:
            field_dict["image_list"] = image_list
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sound is not UNSET:
            field_dict["sound"] = sound
        if multi_shot is not UNSET:
            field_dict["multi_shot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_omni_start_request_multi_prompt_item import KlingOmniStartRequestMultiPromptItem

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_list = cast(list[str], d.pop("image_list", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: KlingOmniStartRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_kling_omni_start_request_mode(_mode)

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingOmniStartRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_omni_start_request_aspect_ratio(_aspect_ratio)

        sound = d.pop("sound", UNSET)

        multi_shot = d.pop("multi_shot", UNSET)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: KlingOmniStartRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_omni_start_request_shot_type(_shot_type)

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[KlingOmniStartRequestMultiPromptItem] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = KlingOmniStartRequestMultiPromptItem.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        kling_omni_start_request = cls(
            name=name,
            prompt=prompt,
            image_list=image_list,
            mode=mode,
            duration=duration,
            aspect_ratio=aspect_ratio,
            sound=sound,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        kling_omni_start_request.additional_properties = d
        return kling_omni_start_request

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
