from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nano_banana_request_aspect_ratio import (
    NanoBananaRequestAspectRatio,
    check_nano_banana_request_aspect_ratio,
)
from ..models.nano_banana_request_image_size import NanoBananaRequestImageSize, check_nano_banana_request_image_size
from ..models.nano_banana_request_model import NanoBananaRequestModel, check_nano_banana_request_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="NanoBananaRequest")


@_attrs_define
class NanoBananaRequest:
    """
    Attributes:
        name (str):
        prompt (str):
        model (NanoBananaRequestModel | Unset):  Default: 'nano-banana-pro'.
        input_images (list[str] | Unset):
        aspect_ratio (NanoBananaRequestAspectRatio | Unset):  Default: 'auto'.
        image_size (NanoBananaRequestImageSize | Unset):  Default: '1K'.
        google_search (bool | Unset):  Default: False.
        force_generate (bool | Unset):  Default: True.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
        user_video_twin_ids (list[str] | Unset):
    """

    name: str
    prompt: str
    model: NanoBananaRequestModel | Unset = "nano-banana-pro"
    input_images: list[str] | Unset = UNSET
    aspect_ratio: NanoBananaRequestAspectRatio | Unset = "auto"
    image_size: NanoBananaRequestImageSize | Unset = "1K"
    google_search: bool | Unset = False
    force_generate: bool | Unset = True
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    user_video_twin_ids: list[str] | Unset = UNSET
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

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size

        google_search = self.google_search

        force_generate = self.force_generate

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        user_video_twin_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_video_twin_ids, Unset):
            user_video_twin_ids = self.user_video_twin_ids

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if google_search is not UNSET:
            field_dict["google_search"] = google_search
        if force_generate is not UNSET:
            field_dict["force_generate"] = force_generate
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if user_video_twin_ids is not UNSET:
            field_dict["user_video_twin_ids"] = user_video_twin_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        prompt = d.pop("prompt")

        _model = d.pop("model", UNSET)
        model: NanoBananaRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_nano_banana_request_model(_model)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: NanoBananaRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_nano_banana_request_aspect_ratio(_aspect_ratio)

        _image_size = d.pop("image_size", UNSET)
        image_size: NanoBananaRequestImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = check_nano_banana_request_image_size(_image_size)

        google_search = d.pop("google_search", UNSET)

        force_generate = d.pop("force_generate", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        user_video_twin_ids = cast(list[str], d.pop("user_video_twin_ids", UNSET))

        nano_banana_request = cls(
            name=name,
            prompt=prompt,
            model=model,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            google_search=google_search,
            force_generate=force_generate,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            user_video_twin_ids=user_video_twin_ids,
        )

        nano_banana_request.additional_properties = d
        return nano_banana_request

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
