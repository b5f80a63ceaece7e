"""Credits: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING, _unsent


@_attrs_define
class Credits:
    """Fields A2E may leave out are None when it did. Those it always sends are typed without None; reading one that
    an answer lacked anyway (or sent as null) raises `a2e.MissingFieldError`. Fields the spec does not know are in
    `additional_properties`.
    """

    _coins: float | None = _attrs_field(default=None, alias="coins")
    _diamonds: float | None = _attrs_field(default=None, alias="diamonds")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")
    # The operation and trace_id of the answer it was read from: for MissingFieldError, and for `wait_many`,
    # which waits for a record the way the operation that made it says.
    _origin: tuple[str, str | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False, alias="_origin"
    )

    @property
    def coins(self) -> float:
        """Remaining coins (credits).

        Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._coins is None:
            raise _unsent(self, "coins", "coins")
        return self._coins

    @coins.setter
    def coins(self, value: float) -> None:
        self._coins = value

    @property
    def diamonds(self) -> float:
        """Remaining diamonds (100 coins buy 1 diamond).

        Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._diamonds is None:
            raise _unsent(self, "diamonds", "diamonds")
        return self._diamonds

    @diamonds.setter
    def diamonds(self, value: float) -> None:
        self._diamonds = value

    def __repr__(self) -> str:
        """As attrs writes it, each field under its public name (one A2E did not send shows None)."""
        return (
            f"{type(self).__name__}("
            f"coins={self._coins!r}, "
            f"diamonds={self._diamonds!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self._coins is not None or "coins" in self._sent:
            out["coins"] = self._coins
        if self._diamonds is not None or "diamonds" in self._sent:
            out["diamonds"] = self._diamonds
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        d = dict(src_dict)
        obj = cls(
            coins=d.pop("coins", None),
            diamonds=d.pop("diamonds", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
