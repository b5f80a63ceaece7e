"""VideoRecord: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING


@_attrs_define
class VideoRecord:
    """An avatar-video task in status dialect A.

    Fields A2E did not send are None; fields the spec does not know are in `additional_properties`.
    """

    id: str
    status: str | None = None
    process: int | None = None
    result: str | None = None
    msg: str | None = None
    error: str | None = None
    title: str | None = None
    anchor_id: str | None = None
    anchor_type: float | str | None = None
    web_bg_width: float | None = None
    web_bg_height: float | None = None
    color: str | None = None
    result_people_url: str | None = None
    result_bg_url: str | None = None
    replace_bg_id: str | None = None
    custom_backs_id: str | None = None
    created_at: str | None = None
    current_date: str | None = None
    diff_s: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")
    # The operation and trace_id of the answer it was read from: for MissingFieldError, and for `wait_many`,
    # which waits for a record the way the operation that made it says.
    _origin: tuple[str, str | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False, alias="_origin"
    )

    @property
    def result_urls(self) -> list[str]:
        """Output file URLs (from `result`); empty while the task runs."""
        from ..types import _result_urls

        return _result_urls(self.to_dict(), ("result",))

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["_id"] = self.id
        if self.status is not None or "status" in self._sent:
            out["status"] = self.status
        if self.process is not None or "process" in self._sent:
            out["process"] = self.process
        if self.result is not None or "result" in self._sent:
            out["result"] = self.result
        if self.msg is not None or "msg" in self._sent:
            out["msg"] = self.msg
        if self.error is not None or "error" in self._sent:
            out["error"] = self.error
        if self.title is not None or "title" in self._sent:
            out["title"] = self.title
        if self.anchor_id is not None or "anchor_id" in self._sent:
            out["anchor_id"] = self.anchor_id
        if self.anchor_type is not None or "anchor_type" in self._sent:
            out["anchor_type"] = self.anchor_type
        if self.web_bg_width is not None or "web_bg_width" in self._sent:
            out["web_bg_width"] = self.web_bg_width
        if self.web_bg_height is not None or "web_bg_height" in self._sent:
            out["web_bg_height"] = self.web_bg_height
        if self.color is not None or "color" in self._sent:
            out["color"] = self.color
        if self.result_people_url is not None or "result_people_url" in self._sent:
            out["result_people_url"] = self.result_people_url
        if self.result_bg_url is not None or "result_bg_url" in self._sent:
            out["result_bg_url"] = self.result_bg_url
        if self.replace_bg_id is not None or "replace_bg_id" in self._sent:
            out["replace_bg_id"] = self.replace_bg_id
        if self.custom_backs_id is not None or "custom_backs_id" in self._sent:
            out["custom_backs_id"] = self.custom_backs_id
        if self.created_at is not None or "createdAt" in self._sent:
            out["createdAt"] = self.created_at
        if self.current_date is not None or "current_date" in self._sent:
            out["current_date"] = self.current_date
        if self.diff_s is not None or "diff_s" in self._sent:
            out["diff_s"] = self.diff_s
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        d = dict(src_dict)
        obj = cls(
            id=d.pop("_id"),
            status=d.pop("status", None),
            process=d.pop("process", None),
            result=d.pop("result", None),
            msg=d.pop("msg", None),
            error=d.pop("error", None),
            title=d.pop("title", None),
            anchor_id=d.pop("anchor_id", None),
            anchor_type=d.pop("anchor_type", None),
            web_bg_width=d.pop("web_bg_width", None),
            web_bg_height=d.pop("web_bg_height", None),
            color=d.pop("color", None),
            result_people_url=d.pop("result_people_url", None),
            result_bg_url=d.pop("result_bg_url", None),
            replace_bg_id=d.pop("replace_bg_id", None),
            custom_backs_id=d.pop("custom_backs_id", None),
            created_at=d.pop("createdAt", None),
            current_date=d.pop("current_date", None),
            diff_s=d.pop("diff_s", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
