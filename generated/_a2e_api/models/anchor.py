"""Anchor: a model of an A2E answer, generated from openapi/a2e.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSING


@_attrs_define
class Anchor:
    """A ready-to-use avatar; its `_id` is the `anchor_id` of Generate AI Avatar Videos.

    Fields A2E did not send are None; fields the spec does not know are in `additional_properties`.
    """

    id: str
    type_: str | None = None
    name: str | None = None
    anchor_type: int | str | None = None
    video_cover: str | None = None
    people_img: str | None = None
    background_img: str | None = None
    background_color: str | None = None
    base_video: str | None = None
    image_url: str | None = None
    gender: str | None = None
    lang: list[str] | None = None
    user_video_twin_id: str | None = None
    created_at: str | None = None
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
        if self.type_ is not None or "type" in self._sent:
            out["type"] = self.type_
        if self.name is not None or "name" in self._sent:
            out["name"] = self.name
        if self.anchor_type is not None or "anchor_type" in self._sent:
            out["anchor_type"] = self.anchor_type
        if self.video_cover is not None or "video_cover" in self._sent:
            out["video_cover"] = self.video_cover
        if self.people_img is not None or "people_img" in self._sent:
            out["people_img"] = self.people_img
        if self.background_img is not None or "background_img" in self._sent:
            out["background_img"] = self.background_img
        if self.background_color is not None or "background_color" in self._sent:
            out["background_color"] = self.background_color
        if self.base_video is not None or "base_video" in self._sent:
            out["base_video"] = self.base_video
        if self.image_url is not None or "image_url" in self._sent:
            out["image_url"] = self.image_url
        if self.gender is not None or "gender" in self._sent:
            out["gender"] = self.gender
        if self.lang is not None or "lang" in self._sent:
            out["lang"] = self.lang
        if self.user_video_twin_id is not None or "user_video_twin_id" in self._sent:
            out["user_video_twin_id"] = self.user_video_twin_id
        if self.created_at is not None or "createdAt" in self._sent:
            out["createdAt"] = self.created_at
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an answer's object; a missing required field raises KeyError (the client reports it)."""
        d = dict(src_dict)
        obj = cls(
            id=d.pop("_id"),
            type_=d.pop("type", None),
            name=d.pop("name", None),
            anchor_type=d.pop("anchor_type", None),
            video_cover=d.pop("video_cover", None),
            people_img=d.pop("people_img", None),
            background_img=d.pop("background_img", None),
            background_color=d.pop("background_color", None),
            base_video=d.pop("base_video", None),
            image_url=d.pop("image_url", None),
            gender=d.pop("gender", None),
            lang=d.pop("lang", None),
            user_video_twin_id=d.pop("user_video_twin_id", None),
            created_at=d.pop("createdAt", None),
        )
        obj._sent = frozenset(src_dict)
        obj.additional_properties = d
        obj._origin = PARSING.get()
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
