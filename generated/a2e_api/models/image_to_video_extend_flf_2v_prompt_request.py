from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageToVideoExtendFlf2VPromptRequest")


@_attrs_define
class ImageToVideoExtendFlf2VPromptRequest:
    """
    Attributes:
        reference_id (str):
        image_url (str): Image the prompt is for.
        end_image_url (str):
        prompt (str): The short prompt to expand.
        negative_prompt (str):
        lang (str | Unset):  Default: 'en'.
        max_length (int | Unset):
        stream (bool | Unset):
    """

    reference_id: str
    image_url: str
    end_image_url: str
    prompt: str
    negative_prompt: str
    lang: str | Unset = "en"
    max_length: int | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        image_url = self.image_url

        end_image_url = self.end_image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        lang = self.lang

        max_length = self.max_length

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reference_id = d.pop("reference_id")

        image_url = d.pop("image_url")

        end_image_url = d.pop("end_image_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt")

        lang = d.pop("lang", UNSET)

        max_length = d.pop("max_length", UNSET)

        stream = d.pop("stream", UNSET)

        image_to_video_extend_flf_2v_prompt_request = cls(
            reference_id=reference_id,
            image_url=image_url,
            end_image_url=end_image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
        )

        image_to_video_extend_flf_2v_prompt_request.additional_properties = d
        return image_to_video_extend_flf_2v_prompt_request

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
