from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaptionStyle")


@_attrs_define
class CaptionStyle:
    """Caption style for `isCaptionEnabled` (field names as A2E spells them).

    Attributes:
        language (str | Unset):
        primary_colour (str | Unset):
        outline_colour (str | Unset):
        back_colour (str | Unset):
        border_style (int | Unset):
        font_name (str | Unset):
        fontsize (int | Unset):
        subtitle_position (float | Unset):
    """

    language: str | Unset = UNSET
    primary_colour: str | Unset = UNSET
    outline_colour: str | Unset = UNSET
    back_colour: str | Unset = UNSET
    border_style: int | Unset = UNSET
    font_name: str | Unset = UNSET
    fontsize: int | Unset = UNSET
    subtitle_position: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        primary_colour = self.primary_colour

        outline_colour = self.outline_colour

        back_colour = self.back_colour

        border_style = self.border_style

        font_name = self.font_name

        fontsize = self.fontsize

        subtitle_position = self.subtitle_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if primary_colour is not UNSET:
            field_dict["PrimaryColour"] = primary_colour
        if outline_colour is not UNSET:
            field_dict["OutlineColour"] = outline_colour
        if back_colour is not UNSET:
            field_dict["BackColour"] = back_colour
        if border_style is not UNSET:
            field_dict["BorderStyle"] = border_style
        if font_name is not UNSET:
            field_dict["FontName"] = font_name
        if fontsize is not UNSET:
            field_dict["Fontsize"] = fontsize
        if subtitle_position is not UNSET:
            field_dict["subtitle_position"] = subtitle_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        primary_colour = d.pop("PrimaryColour", UNSET)

        outline_colour = d.pop("OutlineColour", UNSET)

        back_colour = d.pop("BackColour", UNSET)

        border_style = d.pop("BorderStyle", UNSET)

        font_name = d.pop("FontName", UNSET)

        fontsize = d.pop("Fontsize", UNSET)

        subtitle_position = d.pop("subtitle_position", UNSET)

        caption_style = cls(
            language=language,
            primary_colour=primary_colour,
            outline_colour=outline_colour,
            back_colour=back_colour,
            border_style=border_style,
            font_name=font_name,
            fontsize=fontsize,
            subtitle_position=subtitle_position,
        )

        caption_style.additional_properties = d
        return caption_style

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
