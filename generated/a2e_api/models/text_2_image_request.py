from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_2_image_request_aspect_ratio import (
    Text2ImageRequestAspectRatio,
    check_text_2_image_request_aspect_ratio,
)
from ..models.text_2_image_request_model_type import Text2ImageRequestModelType, check_text_2_image_request_model_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Text2ImageRequest")


@_attrs_define
class Text2ImageRequest:
    """
    Attributes:
        prompt (str):
        name (str | Unset):
        width (float | Unset):  Default: 1024.0.
        height (float | Unset):  Default: 1024.0.
        model_type (Text2ImageRequestModelType | Unset):  Default: 'a2e'.
        input_images (list[str] | Unset):
        skip_face_enhance (bool | Unset):  Default: False.
        aspect_ratio (Text2ImageRequestAspectRatio | Unset):
        max_images (int | Unset):
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
        req_key (str | Unset): Older style selector.
    """

    prompt: str
    name: str | Unset = UNSET
    width: float | Unset = 1024.0
    height: float | Unset = 1024.0
    model_type: Text2ImageRequestModelType | Unset = "a2e"
    input_images: list[str] | Unset = UNSET
    skip_face_enhance: bool | Unset = False
    aspect_ratio: Text2ImageRequestAspectRatio | Unset = UNSET
    max_images: int | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    req_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        name = self.name

        width = self.width

        height = self.height

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        skip_face_enhance = self.skip_face_enhance

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        max_images = self.max_images

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        req_key = self.req_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if skip_face_enhance is not UNSET:
            field_dict["skip_face_enhance"] = skip_face_enhance
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if max_images is not UNSET:
            field_dict["max_images"] = max_images
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if req_key is not UNSET:
            field_dict["req_key"] = req_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        name = d.pop("name", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: Text2ImageRequestModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_text_2_image_request_model_type(_model_type)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        skip_face_enhance = d.pop("skip_face_enhance", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Text2ImageRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_text_2_image_request_aspect_ratio(_aspect_ratio)

        max_images = d.pop("max_images", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        req_key = d.pop("req_key", UNSET)

        text_2_image_request = cls(
            prompt=prompt,
            name=name,
            width=width,
            height=height,
            model_type=model_type,
            input_images=input_images,
            skip_face_enhance=skip_face_enhance,
            aspect_ratio=aspect_ratio,
            max_images=max_images,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            req_key=req_key,
        )

        text_2_image_request.additional_properties = d
        return text_2_image_request

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
