from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Anchor")


@_attrs_define
class Anchor:
    """A ready-to-use avatar; its `_id` is the `anchor_id` of Generate AI Avatar Videos.

    Attributes:
        field_id (str):
        type_ (None | str | Unset):
        name (None | str | Unset):
        anchor_type (int | None | str | Unset):
        video_cover (None | str | Unset):
        people_img (None | str | Unset):
        background_img (None | str | Unset):
        background_color (None | str | Unset):
        base_video (None | str | Unset):
        image_url (None | str | Unset):
        gender (None | str | Unset):
        lang (list[str] | None | Unset):
        user_video_twin_id (None | str | Unset):
        created_at (None | str | Unset):
    """

    field_id: str
    type_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    anchor_type: int | None | str | Unset = UNSET
    video_cover: None | str | Unset = UNSET
    people_img: None | str | Unset = UNSET
    background_img: None | str | Unset = UNSET
    background_color: None | str | Unset = UNSET
    base_video: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    lang: list[str] | None | Unset = UNSET
    user_video_twin_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        anchor_type: int | None | str | Unset
        if isinstance(self.anchor_type, Unset):
            anchor_type = UNSET
        else:
            anchor_type = self.anchor_type

        video_cover: None | str | Unset
        if isinstance(self.video_cover, Unset):
            video_cover = UNSET
        else:
            video_cover = self.video_cover

        people_img: None | str | Unset
        if isinstance(self.people_img, Unset):
            people_img = UNSET
        else:
            people_img = self.people_img

        background_img: None | str | Unset
        if isinstance(self.background_img, Unset):
            background_img = UNSET
        else:
            background_img = self.background_img

        background_color: None | str | Unset
        if isinstance(self.background_color, Unset):
            background_color = UNSET
        else:
            background_color = self.background_color

        base_video: None | str | Unset
        if isinstance(self.base_video, Unset):
            base_video = UNSET
        else:
            base_video = self.base_video

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        lang: list[str] | None | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        elif isinstance(self.lang, list):
            lang = self.lang

        else:
            lang = self.lang

        user_video_twin_id: None | str | Unset
        if isinstance(self.user_video_twin_id, Unset):
            user_video_twin_id = UNSET
        else:
            user_video_twin_id = self.user_video_twin_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if anchor_type is not UNSET:
            field_dict["anchor_type"] = anchor_type
        if video_cover is not UNSET:
            field_dict["video_cover"] = video_cover
        if people_img is not UNSET:
            field_dict["people_img"] = people_img
        if background_img is not UNSET:
            field_dict["background_img"] = background_img
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if base_video is not UNSET:
            field_dict["base_video"] = base_video
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if gender is not UNSET:
            field_dict["gender"] = gender
        if lang is not UNSET:
            field_dict["lang"] = lang
        if user_video_twin_id is not UNSET:
            field_dict["user_video_twin_id"] = user_video_twin_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_anchor_type(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        anchor_type = _parse_anchor_type(d.pop("anchor_type", UNSET))

        def _parse_video_cover(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_cover = _parse_video_cover(d.pop("video_cover", UNSET))

        def _parse_people_img(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        people_img = _parse_people_img(d.pop("people_img", UNSET))

        def _parse_background_img(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_img = _parse_background_img(d.pop("background_img", UNSET))

        def _parse_background_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_color = _parse_background_color(d.pop("background_color", UNSET))

        def _parse_base_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_video = _parse_base_video(d.pop("base_video", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_lang(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lang_type_0 = cast(list[str], data)

                return lang_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_user_video_twin_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_video_twin_id = _parse_user_video_twin_id(d.pop("user_video_twin_id", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        anchor = cls(
            field_id=field_id,
            type_=type_,
            name=name,
            anchor_type=anchor_type,
            video_cover=video_cover,
            people_img=people_img,
            background_img=background_img,
            background_color=background_color,
            base_video=base_video,
            image_url=image_url,
            gender=gender,
            lang=lang,
            user_video_twin_id=user_video_twin_id,
            created_at=created_at,
        )

        anchor.additional_properties = d
        return anchor

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def id(self) -> str:
        """The record id (wire name `_id`)."""
        return self.field_id
