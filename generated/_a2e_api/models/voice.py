"""Voice: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING, _unsent


@_attrs_define
class Voice:
    """Fields A2E may leave out are None when it did. Those it always sends are typed without None; reading one that
    an answer lacked anyway (or sent as null) raises `a2e.MissingFieldError`. Fields the spec does not know are in
    `additional_properties`.
    """

    _label: str | None = _attrs_field(default=None, alias="label")
    _value: str | None = _attrs_field(default=None, alias="value")
    tts_rate: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")
    # The operation and trace_id of the answer it was read from: for MissingFieldError, and for `wait_many`,
    # which waits for a record the way the operation that made it says.
    _origin: tuple[str, str | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False, alias="_origin"
    )

    @property
    def label(self) -> str:
        """Voice name.

        Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._label is None:
            raise _unsent(self, "label", "label")
        return self._label

    @label.setter
    def label(self, value: str) -> None:
        self._label = value

    @property
    def value(self) -> str:
        """The `tts_id` to pass to Generate TTS Audio.

        Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._value is None:
            raise _unsent(self, "value", "value")
        return self._value

    @value.setter
    def value(self, value: str) -> None:
        self._value = value

    def __repr__(self) -> str:
        """As attrs writes it, each field under its public name (one A2E did not send shows None)."""
        return (
            f"{type(self).__name__}("
            f"label={self._label!r}, "
            f"value={self._value!r}, "
            f"tts_rate={self.tts_rate!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        if self._label is not None or "label" in self._sent:
            out["label"] = self._label
        if self._value is not None or "value" in self._sent:
            out["value"] = self._value
        if self.tts_rate is not None or "ttsRate" in self._sent:
            out["ttsRate"] = self.tts_rate
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        d = dict(src_dict)
        obj = cls(
            label=d.pop("label", None),
            value=d.pop("value", None),
            tts_rate=d.pop("ttsRate", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
