"""FaceImage: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING, _unsent


@_attrs_define
class FaceImage:
    """Fields A2E may leave out are None when it did. Those it always sends are typed without None; reading one that
    an answer lacked anyway (or sent as null) raises `a2e.MissingFieldError`. Fields the spec does not know are in
    `additional_properties`.
    """

    id: str
    _face_url: str | None = _attrs_field(default=None, alias="face_url")
    user_id: str | None = None
    _created_at: str | None = _attrs_field(default=None, alias="created_at")
    _updated_at: str | None = _attrs_field(default=None, alias="updated_at")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")
    # The operation and trace_id of the answer it was read from: for MissingFieldError, and for `wait_many`,
    # which waits for a record the way the operation that made it says.
    _origin: tuple[str, str | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False, alias="_origin"
    )

    @property
    def face_url(self) -> str:
        """Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._face_url is None:
            raise _unsent(self, "face_url", "face_url")
        return self._face_url

    @face_url.setter
    def face_url(self, value: str) -> None:
        self._face_url = value

    @property
    def created_at(self) -> str:
        """Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._created_at is None:
            raise _unsent(self, "created_at", "createdAt")
        return self._created_at

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def updated_at(self) -> str:
        """Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._updated_at is None:
            raise _unsent(self, "updated_at", "updatedAt")
        return self._updated_at

    @updated_at.setter
    def updated_at(self, value: str) -> None:
        self._updated_at = value

    def __repr__(self) -> str:
        """As attrs writes it, each field under its public name (one A2E did not send shows None)."""
        return (
            f"{type(self).__name__}("
            f"id={self.id!r}, "
            f"face_url={self._face_url!r}, "
            f"user_id={self.user_id!r}, "
            f"created_at={self._created_at!r}, "
            f"updated_at={self._updated_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["_id"] = self.id
        if self._face_url is not None or "face_url" in self._sent:
            out["face_url"] = self._face_url
        if self.user_id is not None or "user_id" in self._sent:
            out["user_id"] = self.user_id
        if self._created_at is not None or "createdAt" in self._sent:
            out["createdAt"] = self._created_at
        if self._updated_at is not None or "updatedAt" in self._sent:
            out["updatedAt"] = self._updated_at
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
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
