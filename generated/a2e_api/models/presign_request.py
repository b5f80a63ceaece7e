from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresignRequest")


@_attrs_define
class PresignRequest:
    """Body variants seen: `{key, bucket?}` or `{key, type, file_extension}`; none confirmed.

    Attributes:
        key (str | Unset):
        bucket (str | Unset):
        type_ (str | Unset):
        file_extension (str | Unset):
    """

    key: str | Unset = UNSET
    bucket: str | Unset = UNSET
    type_: str | Unset = UNSET
    file_extension: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        bucket = self.bucket

        type_ = self.type_

        file_extension = self.file_extension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_extension is not UNSET:
            field_dict["file_extension"] = file_extension

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        bucket = d.pop("bucket", UNSET)

        type_ = d.pop("type", UNSET)

        file_extension = d.pop("file_extension", UNSET)

        presign_request = cls(
            key=key,
            bucket=bucket,
            type_=type_,
            file_extension=file_extension,
        )

        presign_request.additional_properties = d
        return presign_request

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
