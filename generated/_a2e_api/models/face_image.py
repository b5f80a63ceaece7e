"""FaceImage: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class FaceImage:
    """Fields A2E did not send are None; fields the spec does not know are in `additional_properties`."""

    id: str
    face_url: str | None = None
    user_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["_id"] = self.id
        if self.face_url is not None or "face_url" in self._sent:
            out["face_url"] = self.face_url
        if self.user_id is not None or "user_id" in self._sent:
            out["user_id"] = self.user_id
        if self.created_at is not None or "createdAt" in self._sent:
            out["createdAt"] = self.created_at
        if self.updated_at is not None or "updatedAt" in self._sent:
            out["updatedAt"] = self.updated_at
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        d = dict(src_dict)
        obj = cls(
            id=d.pop("_id"),
            face_url=d.pop("face_url", None),
            user_id=d.pop("user_id", None),
            created_at=d.pop("createdAt", None),
            updated_at=d.pop("updatedAt", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
