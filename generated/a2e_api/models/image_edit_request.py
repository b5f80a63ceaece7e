from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_edit_request_edit_type import ImageEditRequestEditType, check_image_edit_request_edit_type

T = TypeVar("T", bound="ImageEditRequest")


@_attrs_define
class ImageEditRequest:
    """
    Attributes:
        name (str):
        edit_type (ImageEditRequestEditType):
        image_urls (list[str]): Person plus garment or product.
    """

    name: str
    edit_type: ImageEditRequestEditType
    image_urls: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        edit_type: str = self.edit_type

        image_urls = self.image_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "edit_type": edit_type,
                "image_urls": image_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        edit_type = check_image_edit_request_edit_type(d.pop("edit_type"))

        image_urls = cast(list[str], d.pop("image_urls"))

        image_edit_request = cls(
            name=name,
            edit_type=edit_type,
            image_urls=image_urls,
        )

        image_edit_request.additional_properties = d
        return image_edit_request

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
