from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generate_request_anchor_type import (
    VideoGenerateRequestAnchorType,
    check_video_generate_request_anchor_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caption_style import CaptionStyle


T = TypeVar("T", bound="VideoGenerateRequest")


@_attrs_define
class VideoGenerateRequest:
    """
    Attributes:
        anchor_id (str): A2E record id (MongoDB ObjectId).
        anchor_type (VideoGenerateRequestAnchorType): 0 for a system anchor, 1 for the caller's own.
        audio_src (str): Speech audio URL (Generate TTS Audio output or any public audio).
        resolution (int): Output resolution; 720 and 1080 are known to work.
        web_bg_width (int): Canvas width; 0 without background replacement. Default: 0.
        web_bg_height (int): Canvas height; 0 without background replacement. Default: 0.
        web_people_width (int): Avatar width inside the canvas. Default: 0.
        web_people_height (int): Avatar height inside the canvas. Default: 0.
        web_people_x (int): Avatar x offset. Default: 0.
        web_people_y (int): Avatar y offset. Default: 0.
        title (str | Unset): Video title.
        back_id (str | Unset): System background image id (only when replacing the background).
        custom_back_id (str | Unset): Custom background image id (only when replacing the background).
        color (str | Unset): Background colour, `rgb(r,g,b)`.
        anchor_background_img (str | Unset): Background image; use this or `anchor_background_color`.
        anchor_background_color (str | Unset): Background colour; use this or `anchor_background_img`.
        is_skip_rs (bool | Unset): true skips Smart Motion Adjustment (faster, cheaper); false moves more naturally.
        is_allow_reverse (str | Unset): Undocumented; typed as a string in the docs.
        is_to_public_pool (bool | Unset): true runs the job on the shared public pool instead of the account's dedicated
            lines.
        is_caption_enabled (bool | Unset): Burn in captions (from client code).
        caption_align (CaptionStyle | Unset): Caption style for `isCaptionEnabled` (field names as A2E spells them).
    """

    anchor_id: str
    anchor_type: VideoGenerateRequestAnchorType
    audio_src: str
    resolution: int
    web_bg_width: int = 0
    web_bg_height: int = 0
    web_people_width: int = 0
    web_people_height: int = 0
    web_people_x: int = 0
    web_people_y: int = 0
    title: str | Unset = UNSET
    back_id: str | Unset = UNSET
    custom_back_id: str | Unset = UNSET
    color: str | Unset = UNSET
    anchor_background_img: str | Unset = UNSET
    anchor_background_color: str | Unset = UNSET
    is_skip_rs: bool | Unset = UNSET
    is_allow_reverse: str | Unset = UNSET
    is_to_public_pool: bool | Unset = UNSET
    is_caption_enabled: bool | Unset = UNSET
    caption_align: CaptionStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor_id = self.anchor_id

        anchor_type: int = self.anchor_type

        audio_src = self.audio_src

        resolution = self.resolution

        web_bg_width = self.web_bg_width

        web_bg_height = self.web_bg_height

        web_people_width = self.web_people_width

        web_people_height = self.web_people_height

        web_people_x = self.web_people_x

        web_people_y = self.web_people_y

        title = self.title

        back_id = self.back_id

        custom_back_id = self.custom_back_id

        color = self.color

        anchor_background_img = self.anchor_background_img

        anchor_background_color = self.anchor_background_color

        is_skip_rs = self.is_skip_rs

        is_allow_reverse = self.is_allow_reverse

        is_to_public_pool = self.is_to_public_pool

        is_caption_enabled = self.is_caption_enabled

        caption_align: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caption_align, Unset):
            caption_align = self.caption_align.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anchor_id": anchor_id,
                "anchor_type": anchor_type,
                "audioSrc": audio_src,
                "resolution": resolution,
                "web_bg_width": web_bg_width,
                "web_bg_height": web_bg_height,
                "web_people_width": web_people_width,
                "web_people_height": web_people_height,
                "web_people_x": web_people_x,
                "web_people_y": web_people_y,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if back_id is not UNSET:
            field_dict["back_id"] = back_id
        if custom_back_id is not UNSET:
            field_dict["custom_back_id"] = custom_back_id
        if color is not UNSET:
            field_dict["color"] = color
        if anchor_background_img is not UNSET:
            field_dict["anchor_background_img"] = anchor_background_img
        if anchor_background_color is not UNSET:
            field_dict["anchor_background_color"] = anchor_background_color
        if is_skip_rs is not UNSET:
            field_dict["isSkipRs"] = is_skip_rs
        if is_allow_reverse is not UNSET:
            field_dict["isAllowReverse"] = is_allow_reverse
        if is_to_public_pool is not UNSET:
            field_dict["isToPublicPool"] = is_to_public_pool
        if is_caption_enabled is not UNSET:
            field_dict["isCaptionEnabled"] = is_caption_enabled
        if caption_align is not UNSET:
            field_dict["captionAlign"] = caption_align

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.caption_style import CaptionStyle

        d = dict(src_dict)
        anchor_id = d.pop("anchor_id")

        anchor_type = check_video_generate_request_anchor_type(d.pop("anchor_type"))

        audio_src = d.pop("audioSrc")

        resolution = d.pop("resolution")

        web_bg_width = d.pop("web_bg_width")

        web_bg_height = d.pop("web_bg_height")

        web_people_width = d.pop("web_people_width")

        web_people_height = d.pop("web_people_height")

        web_people_x = d.pop("web_people_x")

        web_people_y = d.pop("web_people_y")

        title = d.pop("title", UNSET)

        back_id = d.pop("back_id", UNSET)

        custom_back_id = d.pop("custom_back_id", UNSET)

        color = d.pop("color", UNSET)

        anchor_background_img = d.pop("anchor_background_img", UNSET)

        anchor_background_color = d.pop("anchor_background_color", UNSET)

        is_skip_rs = d.pop("isSkipRs", UNSET)

        is_allow_reverse = d.pop("isAllowReverse", UNSET)

        is_to_public_pool = d.pop("isToPublicPool", UNSET)

        is_caption_enabled = d.pop("isCaptionEnabled", UNSET)

        _caption_align = d.pop("captionAlign", UNSET)
        caption_align: CaptionStyle | Unset
        if isinstance(_caption_align, Unset):
            caption_align = UNSET
        else:
            caption_align = CaptionStyle.from_dict(_caption_align)

        video_generate_request = cls(
            anchor_id=anchor_id,
            anchor_type=anchor_type,
            audio_src=audio_src,
            resolution=resolution,
            web_bg_width=web_bg_width,
            web_bg_height=web_bg_height,
            web_people_width=web_people_width,
            web_people_height=web_people_height,
            web_people_x=web_people_x,
            web_people_y=web_people_y,
            title=title,
            back_id=back_id,
            custom_back_id=custom_back_id,
            color=color,
            anchor_background_img=anchor_background_img,
            anchor_background_color=anchor_background_color,
            is_skip_rs=is_skip_rs,
            is_allow_reverse=is_allow_reverse,
            is_to_public_pool=is_to_public_pool,
            is_caption_enabled=is_caption_enabled,
            caption_align=caption_align,
        )

        video_generate_request.additional_properties = d
        return video_generate_request

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
