from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qwen_image_start_request_model import QwenImageStartRequestModel, check_qwen_image_start_request_model
from ..models.qwen_image_start_request_size import QwenImageStartRequestSize, check_qwen_image_start_request_size
from ..types import UNSET, Unset

T = TypeVar("T", bound="QwenImageStartRequest")


@_attrs_define
class QwenImageStartRequest:
    """
    Attributes:
        name (str):
        prompt (str):
        model (QwenImageStartRequestModel | Unset):  Default: 'qwen-image-2.0'.
        input_images (list[str] | Unset):
        size (QwenImageStartRequestSize | Unset):  Default: '1024*1024'.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    name: str
    prompt: str
    model: QwenImageStartRequestModel | Unset = "qwen-image-2.0"
    input_images: list[str] | Unset = UNSET
    size: QwenImageStartRequestSize | Unset = "1024*1024"
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if size is not UNSET:
            field_dict["size"] = size
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        prompt = d.pop("prompt")

        _model = d.pop("model", UNSET)
        model: QwenImageStartRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_qwen_image_start_request_model(_model)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _size = d.pop("size", UNSET)
        size: QwenImageStartRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_qwen_image_start_request_size(_size)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        qwen_image_start_request = cls(
            name=name,
            prompt=prompt,
            model=model,
            input_images=input_images,
            size=size,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        qwen_image_start_request.additional_properties = d
        return qwen_image_start_request

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
