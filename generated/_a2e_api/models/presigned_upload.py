"""PresignedUpload: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING


@_attrs_define
class PresignedUpload:
    """Fields A2E did not send are None; fields the spec does not know are in `additional_properties`."""

    upload_url: str
    key: str | None = None
    bucket: str | None = None
    expires_in: int | None = None
    cdn_url: str | None = None
    public_url: str | None = None
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
        out["uploadUrl"] = self.upload_url
        if self.key is not None or "key" in self._sent:
            out["key"] = self.key
        if self.bucket is not None or "bucket" in self._sent:
            out["bucket"] = self.bucket
        if self.expires_in is not None or "expiresIn" in self._sent:
            out["expiresIn"] = self.expires_in
        if self.cdn_url is not None or "cdnUrl" in self._sent:
            out["cdnUrl"] = self.cdn_url
        if self.public_url is not None or "publicUrl" in self._sent:
            out["publicUrl"] = self.public_url
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        d = dict(src_dict)
        obj = cls(
            upload_url=d.pop("uploadUrl"),
            key=d.pop("key", None),
            bucket=d.pop("bucket", None),
            expires_in=d.pop("expiresIn", None),
            cdn_url=d.pop("cdnUrl", None),
            public_url=d.pop("publicUrl", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
