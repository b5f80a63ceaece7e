from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessingTime")


@_attrs_define
class ProcessingTime:
    """Average processing time (shape not documented).

    Attributes:
        avg_seconds (float | None | Unset):
    """

    avg_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_seconds: float | None | Unset
        if isinstance(self.avg_seconds, Unset):
            avg_seconds = UNSET
        else:
            avg_seconds = self.avg_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_seconds is not UNSET:
            field_dict["avg_seconds"] = avg_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_avg_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avg_seconds = _parse_avg_seconds(d.pop("avg_seconds", UNSET))

        processing_time = cls(
            avg_seconds=avg_seconds,
        )

        processing_time.additional_properties = d
        return processing_time

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
