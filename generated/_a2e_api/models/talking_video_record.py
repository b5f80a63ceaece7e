"""TalkingVideoRecord: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING, _unsent


@_attrs_define
class TalkingVideoRecord:
    """A talking-video task (status dialect B, starting at `initialized`).

    Fields A2E may leave out are None when it did. Those it always sends are typed without None; reading one that
    an answer lacked anyway (or sent as null) raises `a2e.MissingFieldError`. Fields the spec does not know are in
    `additional_properties`.
    """

    id: str
    _name: str | None = _attrs_field(default=None, alias="name")
    _current_status: str | None = _attrs_field(default=None, alias="current_status")
    result_url: str | None = None
    failed_message: str | None = None
    failed_code: int | str | None = None
    _coins: float | None = _attrs_field(default=None, alias="coins")
    _created_at: str | None = _attrs_field(default=None, alias="created_at")
    updated_at: str | None = None
    _video_url: str | None = _attrs_field(default=None, alias="video_url")
    audio_url: str | None = None
    duration: float | None = None
    _prompt: str | None = _attrs_field(default=None, alias="prompt")
    _negative_prompt: str | None = _attrs_field(default=None, alias="negative_prompt")
    cover_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False, alias="_sent")
    # The operation and trace_id of the answer it was read from: for MissingFieldError, and for `wait_many`,
    # which waits for a record the way the operation that made it says.
    _origin: tuple[str, str | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False, alias="_origin"
    )

    @property
    def name(self) -> str:
        """Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._name is None:
            raise _unsent(self, "name", "name")
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

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
    def coins(self) -> float:
        """Coins charged.

        Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._coins is None:
            raise _unsent(self, "coins", "coins")
        return self._coins

    @coins.setter
    def coins(self, value: float) -> None:
        self._coins = value

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
    def video_url(self) -> str:
        """Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._video_url is None:
            raise _unsent(self, "video_url", "video_url")
        return self._video_url

    @video_url.setter
    def video_url(self, value: str) -> None:
        self._video_url = value

    @property
    def prompt(self) -> str:
        """Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._prompt is None:
            raise _unsent(self, "prompt", "prompt")
        return self._prompt

    @prompt.setter
    def prompt(self, value: str) -> None:
        self._prompt = value

    @property
    def negative_prompt(self) -> str:
        """Always sent by A2E; `a2e.MissingFieldError` if this answer lacked it."""
        if self._negative_prompt is None:
            raise _unsent(self, "negative_prompt", "negative_prompt")
        return self._negative_prompt

    @negative_prompt.setter
    def negative_prompt(self, value: str) -> None:
        self._negative_prompt = value

    def __repr__(self) -> str:
        """As attrs writes it, each field under its public name (one A2E did not send shows None)."""
        return (
            f"{type(self).__name__}("
            f"id={self.id!r}, "
            f"name={self._name!r}, "
            f"current_status={self._current_status!r}, "
            f"result_url={self.result_url!r}, "
            f"failed_message={self.failed_message!r}, "
            f"failed_code={self.failed_code!r}, "
            f"coins={self._coins!r}, "
            f"created_at={self._created_at!r}, "
            f"updated_at={self.updated_at!r}, "
            f"video_url={self._video_url!r}, "
            f"audio_url={self.audio_url!r}, "
            f"duration={self.duration!r}, "
            f"prompt={self._prompt!r}, "
            f"negative_prompt={self._negative_prompt!r}, "
            f"cover_url={self.cover_url!r}, "
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
        if self._name is not None or "name" in self._sent:
            out["name"] = self._name
        if self._current_status is not None or "current_status" in self._sent:
            out["current_status"] = self._current_status
        if self.result_url is not None or "result_url" in self._sent:
            out["result_url"] = self.result_url
        if self.failed_message is not None or "failed_message" in self._sent:
            out["failed_message"] = self.failed_message
        if self.failed_code is not None or "failed_code" in self._sent:
            out["failed_code"] = self.failed_code
        if self._coins is not None or "coins" in self._sent:
            out["coins"] = self._coins
        if self._created_at is not None or "createdAt" in self._sent:
            out["createdAt"] = self._created_at
        if self.updated_at is not None or "updatedAt" in self._sent:
            out["updatedAt"] = self.updated_at
        if self._video_url is not None or "video_url" in self._sent:
            out["video_url"] = self._video_url
        if self.audio_url is not None or "audio_url" in self._sent:
            out["audio_url"] = self.audio_url
        if self.duration is not None or "duration" in self._sent:
            out["duration"] = self.duration
        if self._prompt is not None or "prompt" in self._sent:
            out["prompt"] = self._prompt
        if self._negative_prompt is not None or "negative_prompt" in self._sent:
            out["negative_prompt"] = self._negative_prompt
        if self.cover_url is not None or "cover_url" in self._sent:
            out["cover_url"] = self.cover_url
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
            video_url=d.pop("video_url", None),
            audio_url=d.pop("audio_url", None),
            duration=d.pop("duration", None),
            prompt=d.pop("prompt", None),
            negative_prompt=d.pop("negative_prompt", None),
            cover_url=d.pop("cover_url", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
