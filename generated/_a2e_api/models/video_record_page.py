"""VideoRecordPage: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING, _models, _unsent

if TYPE_CHECKING:
    from ..models.video_record import VideoRecord


@_attrs_define
class VideoRecordPage:
    """Fields A2E may leave out are None when it did. Those it always sends are typed without None; reading one that
    an answer lacked anyway (or sent as null) raises `a2e.MissingFieldError`. Fields the spec does not know are in
    `additional_properties`.
    """

    _data: list[VideoRecord] | None = _attrs_field(default=None, alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")
    # The operation and trace_id of the answer it was read from: for MissingFieldError, and for `wait_many`,
    # which waits for a record the way the operation that made it says.
    _origin: tuple[str, str | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False, alias="_origin"
    )

    @property
    def data(self) -> list[VideoRecord]:
        """Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._data is None:
            raise _unsent(self, "data", "data")
        return self._data

    @data.setter
    def data(self, value: list[VideoRecord]) -> None:
        self._data = value

    def __repr__(self) -> str:
        """As attrs writes it, each field under its public name (one A2E did not send shows None)."""
        return f"{type(self).__name__}(data={self._data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self._data is not None or "data" in self._sent:
            out["data"] = [item.to_dict() for item in self._data] if self._data is not None else None
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        from ..models.video_record import VideoRecord

        d = dict(src_dict)
        obj = cls(
            data=_models(VideoRecord.from_dict, d.pop("data", None)),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
