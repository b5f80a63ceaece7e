"""VoiceGroup: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _models

if TYPE_CHECKING:
    from ..models.voice import Voice


@_attrs_define
class VoiceGroup:
    """A group of public voices (the group `value` appears to be the gender).

    Fields A2E did not send are None; fields the spec does not know are in `additional_properties`.
    """

    label: str | None = None
    value: str | None = None
    children: list[Voice] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self.label is not None or "label" in self._sent:
            out["label"] = self.label
        if self.value is not None or "value" in self._sent:
            out["value"] = self.value
        if self.children is not None or "children" in self._sent:
            out["children"] = [item.to_dict() for item in self.children] if self.children is not None else None
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        from ..models.voice import Voice

        d = dict(src_dict)
        obj = cls(
            label=d.pop("label", None),
            value=d.pop("value", None),
            children=_models(Voice.from_dict, d.pop("children", None)),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
