"""FaceSwapRecordPage: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING, _models, _unsent

if TYPE_CHECKING:
    from ..models.face_swap_record import FaceSwapRecord


@_attrs_define
class FaceSwapRecordPage:
    """One page of records (`pageNum`/`pageSize`). Some families reportedly use `list` instead of `rows`.

    Fields A2E may leave out are None when it did. Those it always sends are typed without None; reading one that
    an answer lacked anyway (or sent as null) raises `a2e.MissingFieldError`. Fields the spec does not know are in
    `additional_properties`.
    """

    _rows: list[FaceSwapRecord] | None = _attrs_field(default=None, alias="rows")
    list_: list[FaceSwapRecord] | None = None
    count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")
    # The operation and trace_id of the answer it was read from: for MissingFieldError, and for `wait_many`,
    # which waits for a record the way the operation that made it says.
    _origin: tuple[str, str | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False, alias="_origin"
    )

    @property
    def rows(self) -> list[FaceSwapRecord]:
        """Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._rows is None:
            raise _unsent(self, "rows", "rows")
        return self._rows

    @rows.setter
    def rows(self, value: list[FaceSwapRecord]) -> None:
        self._rows = value

    def __repr__(self) -> str:
        """As attrs writes it, each field under its public name (one A2E did not send shows None)."""
        return (
            f"{type(self).__name__}("
            f"rows={self._rows!r}, "
            f"list_={self.list_!r}, "
            f"count={self.count!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self._rows is not None or "rows" in self._sent:
            out["rows"] = [item.to_dict() for item in self._rows] if self._rows is not None else None
        if self.list_ is not None or "list" in self._sent:
            out["list"] = [item.to_dict() for item in self.list_] if self.list_ is not None else None
        if self.count is not None or "count" in self._sent:
            out["count"] = self.count
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        from ..models.face_swap_record import FaceSwapRecord

        d = dict(src_dict)
        obj = cls(
            rows=_models(FaceSwapRecord.from_dict, d.pop("rows", None)),
            list_=_models(FaceSwapRecord.from_dict, d.pop("list", None)),
            count=d.pop("count", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
