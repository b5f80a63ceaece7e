from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.photobook_start_request_total_count import (
    PhotobookStartRequestTotalCount,
    check_photobook_start_request_total_count,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhotobookStartRequest")


@_attrs_define
class PhotobookStartRequest:
    """
    Attributes:
        face_image_url (str):
        name (str | Unset):
        location (str | Unset):
        clothing (str | Unset):
        total_count (PhotobookStartRequestTotalCount | Unset):  Default: 4.
    """

    face_image_url: str
    name: str | Unset = UNSET
    location: str | Unset = UNSET
    clothing: str | Unset = UNSET
    total_count: PhotobookStartRequestTotalCount | Unset = 4
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_image_url = self.face_image_url

        name = self.name

        location = self.location

        clothing = self.clothing

        total_count: int | Unset = UNSET
        if not isinstance(self.total_count, Unset):
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "face_image_url": face_image_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if location is not UNSET:
            field_dict["location"] = location
        if clothing is not UNSET:
            field_dict["clothing"] = clothing
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        face_image_url = d.pop("face_image_url")

        name = d.pop("name", UNSET)

        location = d.pop("location", UNSET)

        clothing = d.pop("clothing", UNSET)

        _total_count = d.pop("total_count", UNSET)
        total_count: PhotobookStartRequestTotalCount | Unset
        if isinstance(_total_count, Unset):
            total_count = UNSET
        else:
            total_count = check_photobook_start_request_total_count(_total_count)

        photobook_start_request = cls(
            face_image_url=face_image_url,
            name=name,
            location=location,
            clothing=clothing,
            total_count=total_count,
        )

        photobook_start_request.additional_properties = d
        return photobook_start_request

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
