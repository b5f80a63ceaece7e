"""StreamingAvatar: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING


@_attrs_define
class StreamingAvatar:
    """Fields A2E did not send are None; fields the spec does not know are in `additional_properties`."""

    id: str
    name: str | None = None
    preview_url: str | None = None
    is_available: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")
    # The operation and trace_id of the answer it was read from: for MissingFieldError, and for `wait_many`,
    # which waits for a record the way the operation that made it says.
    _origin: tuple[str, str | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False, alias="_origin"
    )

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["_id"] = self.id
        if self.name is not None or "name" in self._sent:
            out["name"] = self.name
        if self.preview_url is not None or "preview_url" in self._sent:
            out["preview_url"] = self.preview_url
        if self.is_available is not None or "is_available" in self._sent:
            out["is_available"] = self.is_available
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        d = dict(src_dict)
        obj = cls(
            id=d.pop("_id"),
            name=d.pop("name", None),
            preview_url=d.pop("preview_url", None),
            is_available=d.pop("is_available", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
