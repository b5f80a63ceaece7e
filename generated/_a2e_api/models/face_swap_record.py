"""FaceSwapRecord: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING, _unsent


@_attrs_define
class FaceSwapRecord:
    """A face-swap task or preview (status dialect B; failure text in `faild_message`).

    Fields A2E may leave out are None when it did. Those it always sends are typed without None; reading one that
    an answer lacked anyway (or sent as null) raises `a2e.MissingFieldError`. Fields the spec does not know are in
    `additional_properties`.
    """

    id: str
    name: str | None = None
    _current_status: str | None = _attrs_field(default=None, alias="current_status")
    _result_url: str | None = _attrs_field(default=None, alias="result_url")
    failed_message: str | None = None
    failed_code: int | str | None = None
    coins: float | None = None
    created_at: str | None = None
    updated_at: str | None = None
    face_url: str | None = None
    video_url: str | None = None
    user_id: str | None = None
    duration: float | int | None = None
    error_code: int | str | None = None
    faild_message: str | None = None
    initialized_time: str | None = None
    processing_time: str | None = None
    completed_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")
    # The operation and trace_id of the answer it was read from: for MissingFieldError, and for `wait_many`,
    # which waits for a record the way the operation that made it says.
    _origin: tuple[str, str | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False, alias="_origin"
    )

    @property
    def current_status(self) -> str:
        """Status dialect B: `initialized`, `sent`, `pending`, `processing`, then `completed` or `failed`; other values
        mean still running (voice training sends `pendding`, sic).

        Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._current_status is None:
            raise _unsent(self, "current_status", "current_status")
        return self._current_status

    @current_status.setter
    def current_status(self, value: str) -> None:
        self._current_status = value

    @property
    def result_url(self) -> str:
        """Result file URL once `completed`.

        Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._result_url is None:
            raise _unsent(self, "result_url", "result_url")
        return self._result_url

    @result_url.setter
    def result_url(self, value: str) -> None:
        self._result_url = value

    def __repr__(self) -> str:
        """As attrs writes it, each field under its public name (one A2E did not send shows None)."""
        return (
            f"{type(self).__name__}("
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"current_status={self._current_status!r}, "
            f"result_url={self._result_url!r}, "
            f"failed_message={self.failed_message!r}, "
            f"failed_code={self.failed_code!r}, "
            f"coins={self.coins!r}, "
            f"created_at={self.created_at!r}, "
            f"updated_at={self.updated_at!r}, "
            f"face_url={self.face_url!r}, "
            f"video_url={self.video_url!r}, "
            f"user_id={self.user_id!r}, "
            f"duration={self.duration!r}, "
            f"error_code={self.error_code!r}, "
            f"faild_message={self.faild_message!r}, "
            f"initialized_time={self.initialized_time!r}, "
            f"processing_time={self.processing_time!r}, "
            f"completed_time={self.completed_time!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    @property
    def result_urls(self) -> list[str]:
        """Output file URLs (from `result_url`); empty while the task runs."""
        from ..types import _result_urls

        return _result_urls(self.to_dict(), ("result_url",))

    def to_dict(self) -> dict[str, Any]:
        """The fields as A2E names them (those it sent, and any set since), with the unknown ones."""
        out: dict[str, Any] = dict(self.additional_properties)
        out["_id"] = self.id
        if self.name is not None or "name" in self._sent:
            out["name"] = self.name
        if self._current_status is not None or "current_status" in self._sent:
            out["current_status"] = self._current_status
        if self._result_url is not None or "result_url" in self._sent:
            out["result_url"] = self._result_url
        if self.failed_message is not None or "failed_message" in self._sent:
            out["failed_message"] = self.failed_message
        if self.failed_code is not None or "failed_code" in self._sent:
            out["failed_code"] = self.failed_code
        if self.coins is not None or "coins" in self._sent:
            out["coins"] = self.coins
        if self.created_at is not None or "createdAt" in self._sent:
            out["createdAt"] = self.created_at
        if self.updated_at is not None or "updatedAt" in self._sent:
            out["updatedAt"] = self.updated_at
        if self.face_url is not None or "face_url" in self._sent:
            out["face_url"] = self.face_url
        if self.video_url is not None or "video_url" in self._sent:
            out["video_url"] = self.video_url
        if self.user_id is not None or "user_id" in self._sent:
            out["user_id"] = self.user_id
        if self.duration is not None or "duration" in self._sent:
            out["duration"] = self.duration
        if self.error_code is not None or "error_code" in self._sent:
            out["error_code"] = self.error_code
        if self.faild_message is not None or "faild_message" in self._sent:
            out["faild_message"] = self.faild_message
        if self.initialized_time is not None or "initialized_time" in self._sent:
            out["initialized_time"] = self.initialized_time
        if self.processing_time is not None or "processing_time" in self._sent:
            out["processing_time"] = self.processing_time
        if self.completed_time is not None or "completed_time" in self._sent:
            out["completed_time"] = self.completed_time
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        d = dict(src_dict)
        obj = cls(
            id=d.pop("_id"),
            name=d.pop("name", None),
            current_status=d.pop("current_status", None),
            result_url=d.pop("result_url", None),
            failed_message=d.pop("failed_message", None),
            failed_code=d.pop("failed_code", None),
            coins=d.pop("coins", None),
            created_at=d.pop("createdAt", None),
            updated_at=d.pop("updatedAt", None),
            face_url=d.pop("face_url", None),
            video_url=d.pop("video_url", None),
            user_id=d.pop("user_id", None),
            duration=d.pop("duration", None),
            error_code=d.pop("error_code", None),
            faild_message=d.pop("faild_message", None),
            initialized_time=d.pop("initialized_time", None),
            processing_time=d.pop("processing_time", None),
            completed_time=d.pop("completed_time", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
