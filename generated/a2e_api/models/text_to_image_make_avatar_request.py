from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_to_image_make_avatar_request_gender import (
    TextToImageMakeAvatarRequestGender,
    check_text_to_image_make_avatar_request_gender,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToImageMakeAvatarRequest")


@_attrs_define
class TextToImageMakeAvatarRequest:
    """
    Attributes:
        field_id (str): Task id.
        gender (TextToImageMakeAvatarRequestGender | Unset):
    """

    field_id: str
    gender: TextToImageMakeAvatarRequestGender | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        _gender = d.pop("gender", UNSET)
        gender: TextToImageMakeAvatarRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_text_to_image_make_avatar_request_gender(_gender)

        text_to_image_make_avatar_request = cls(
            field_id=field_id,
            gender=gender,
        )

        text_to_image_make_avatar_request.additional_properties = d
        return text_to_image_make_avatar_request

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

    @property
    def id(self) -> str:
        """The record id (wire name `_id`)."""
        return self.field_id
