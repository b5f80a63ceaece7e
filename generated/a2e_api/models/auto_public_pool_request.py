from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoPublicPoolRequest")


@_attrs_define
class AutoPublicPoolRequest:
    """
    Attributes:
        is_auto_to_public_pool (bool): true lets jobs overflow to the public pool instead of queueing.
    """

    is_auto_to_public_pool: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_auto_to_public_pool = self.is_auto_to_public_pool

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isAutoToPublicPool": is_auto_to_public_pool,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_auto_to_public_pool = d.pop("isAutoToPublicPool")

        auto_public_pool_request = cls(
            is_auto_to_public_pool=is_auto_to_public_pool,
        )

        auto_public_pool_request.additional_properties = d
        return auto_public_pool_request

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
