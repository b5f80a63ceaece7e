from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_2_video_request_model_type import (
    Image2VideoRequestModelType,
    check_image_2_video_request_model_type,
)
from ..models.image_2_video_request_model_version import (
    Image2VideoRequestModelVersion,
    check_image_2_video_request_model_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Image2VideoRequest")


@_attrs_define
class Image2VideoRequest:
    """
    Attributes:
        image_url (str): Source image (re-host unstable URLs with Save URL to A2E's storage).
        name (str | Unset): Task name.
        prompt (str | Unset): What should happen.
        negative_prompt (str | Unset): What to avoid (the name the docs' example and every response use).
        lora (str | Unset):
        model_type (Image2VideoRequestModelType | Unset): `GENERAL` or `FLF2V` (first and last frame). Default:
            'GENERAL'.
        model_version (Image2VideoRequestModelVersion | Unset): `a2e-v2` costs more per second; `a2e-v2-flash` is priced
            like `a2e`.
        end_image_url (str | Unset): Last frame (with `FLF2V`).
        extend_prompt (bool | Unset):  Default: True.
        number_of_images (int | Unset):  Default: 1.
        video_time (int | Unset): Length in seconds (default 5). Default: 5.
        video_length (int | Unset):
        skip_face_enhance (bool | Unset):  Default: False.
        mask_face (bool | Unset):
        minor_suspected_skip (bool | Unset):  Default: False.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    image_url: str
    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    lora: str | Unset = UNSET
    model_type: Image2VideoRequestModelType | Unset = "GENERAL"
    model_version: Image2VideoRequestModelVersion | Unset = UNSET
    end_image_url: str | Unset = UNSET
    extend_prompt: bool | Unset = True
    number_of_images: int | Unset = 1
    video_time: int | Unset = 5
    video_length: int | Unset = UNSET
    skip_face_enhance: bool | Unset = False
    mask_face: bool | Unset = UNSET
    minor_suspected_skip: bool | Unset = False
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        name = self.name

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        lora = self.lora

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        end_image_url = self.end_image_url

        extend_prompt = self.extend_prompt

        number_of_images = self.number_of_images

        video_time = self.video_time

        video_length = self.video_length

        skip_face_enhance = self.skip_face_enhance

        mask_face = self.mask_face

        minor_suspected_skip = self.minor_suspected_skip

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if lora is not UNSET:
            field_dict["lora"] = lora
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if extend_prompt is not UNSET:
            field_dict["extend_prompt"] = extend_prompt
        if number_of_images is not UNSET:
            field_dict["number_of_images"] = number_of_images
        if video_time is not UNSET:
            field_dict["video_time"] = video_time
        if video_length is not UNSET:
            field_dict["video_length"] = video_length
        if skip_face_enhance is not UNSET:
            field_dict["skip_face_enhance"] = skip_face_enhance
        if mask_face is not UNSET:
            field_dict["mask_face"] = mask_face
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
        image_url = d.pop("image_url")

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        lora = d.pop("lora", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: Image2VideoRequestModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_image_2_video_request_model_type(_model_type)

        _model_version = d.pop("model_version", UNSET)
        model_version: Image2VideoRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_image_2_video_request_model_version(_model_version)

        end_image_url = d.pop("end_image_url", UNSET)

        extend_prompt = d.pop("extend_prompt", UNSET)

        number_of_images = d.pop("number_of_images", UNSET)

        video_time = d.pop("video_time", UNSET)

        video_length = d.pop("video_length", UNSET)

        skip_face_enhance = d.pop("skip_face_enhance", UNSET)

        mask_face = d.pop("mask_face", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        image_2_video_request = cls(
            image_url=image_url,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lora=lora,
            model_type=model_type,
            model_version=model_version,
            end_image_url=end_image_url,
            extend_prompt=extend_prompt,
            number_of_images=number_of_images,
            video_time=video_time,
            video_length=video_length,
            skip_face_enhance=skip_face_enhance,
            mask_face=mask_face,
            minor_suspected_skip=minor_suspected_skip,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        image_2_video_request.additional_properties = d
        return image_2_video_request

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
