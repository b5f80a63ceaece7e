from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoRecord")


@_attrs_define
class VideoRecord:
    """An avatar-video task in status dialect A.

    Attributes:
        field_id (str):
        status (str): `init`, `start`, `pending`, `process`, `copy`, then `success` or `fail`; other values mean still
            running.
        process (int | None | Unset): Progress in percent.
        result (None | str | Unset): MP4 URL once `success`.
        msg (None | str | Unset): Failure reason once `fail`.
        error (None | str | Unset): Failure reason in some deployments.
        title (None | str | Unset):
        anchor_id (None | str | Unset):
        anchor_type (int | None | str | Unset):
        web_bg_width (int | None | Unset):
        web_bg_height (int | None | Unset):
        color (None | str | Unset):
        result_people_url (None | str | Unset):
        result_bg_url (None | str | Unset):
        replace_bg_id (None | str | Unset):
        custom_backs_id (None | str | Unset):
        created_at (None | str | Unset):
        current_date (None | str | Unset):
        diff_s (int | None | Unset): Seconds; meaning undocumented.
    """

    field_id: str
    status: str
    process: int | None | Unset = UNSET
    result: None | str | Unset = UNSET
    msg: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    anchor_id: None | str | Unset = UNSET
    anchor_type: int | None | str | Unset = UNSET
    web_bg_width: int | None | Unset = UNSET
    web_bg_height: int | None | Unset = UNSET
    color: None | str | Unset = UNSET
    result_people_url: None | str | Unset = UNSET
    result_bg_url: None | str | Unset = UNSET
    replace_bg_id: None | str | Unset = UNSET
    custom_backs_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    current_date: None | str | Unset = UNSET
    diff_s: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        status = self.status

        process: int | None | Unset
        if isinstance(self.process, Unset):
            process = UNSET
        else:
            process = self.process

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        anchor_id: None | str | Unset
        if isinstance(self.anchor_id, Unset):
            anchor_id = UNSET
        else:
            anchor_id = self.anchor_id

        anchor_type: int | None | str | Unset
        if isinstance(self.anchor_type, Unset):
            anchor_type = UNSET
        else:
            anchor_type = self.anchor_type

        web_bg_width: int | None | Unset
        if isinstance(self.web_bg_width, Unset):
            web_bg_width = UNSET
        else:
            web_bg_width = self.web_bg_width

        web_bg_height: int | None | Unset
        if isinstance(self.web_bg_height, Unset):
            web_bg_height = UNSET
        else:
            web_bg_height = self.web_bg_height

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        result_people_url: None | str | Unset
        if isinstance(self.result_people_url, Unset):
            result_people_url = UNSET
        else:
            result_people_url = self.result_people_url

        result_bg_url: None | str | Unset
        if isinstance(self.result_bg_url, Unset):
            result_bg_url = UNSET
        else:
            result_bg_url = self.result_bg_url

        replace_bg_id: None | str | Unset
        if isinstance(self.replace_bg_id, Unset):
            replace_bg_id = UNSET
        else:
            replace_bg_id = self.replace_bg_id

        custom_backs_id: None | str | Unset
        if isinstance(self.custom_backs_id, Unset):
            custom_backs_id = UNSET
        else:
            custom_backs_id = self.custom_backs_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        current_date: None | str | Unset
        if isinstance(self.current_date, Unset):
            current_date = UNSET
        else:
            current_date = self.current_date

        diff_s: int | None | Unset
        if isinstance(self.diff_s, Unset):
            diff_s = UNSET
        else:
            diff_s = self.diff_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "status": status,
            }
        )
        if process is not UNSET:
            field_dict["process"] = process
        if result is not UNSET:
            field_dict["result"] = result
        if msg is not UNSET:
            field_dict["msg"] = msg
        if error is not UNSET:
            field_dict["error"] = error
        if title is not UNSET:
            field_dict["title"] = title
        if anchor_id is not UNSET:
            field_dict["anchor_id"] = anchor_id
        if anchor_type is not UNSET:
            field_dict["anchor_type"] = anchor_type
        if web_bg_width is not UNSET:
            field_dict["web_bg_width"] = web_bg_width
        if web_bg_height is not UNSET:
            field_dict["web_bg_height"] = web_bg_height
        if color is not UNSET:
            field_dict["color"] = color
        if result_people_url is not UNSET:
            field_dict["result_people_url"] = result_people_url
        if result_bg_url is not UNSET:
            field_dict["result_bg_url"] = result_bg_url
        if replace_bg_id is not UNSET:
            field_dict["replace_bg_id"] = replace_bg_id
        if custom_backs_id is not UNSET:
            field_dict["custom_backs_id"] = custom_backs_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if current_date is not UNSET:
            field_dict["current_date"] = current_date
        if diff_s is not UNSET:
            field_dict["diff_s"] = diff_s

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        status = d.pop("status")

        def _parse_process(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        process = _parse_process(d.pop("process", UNSET))

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg = _parse_msg(d.pop("msg", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_anchor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anchor_id = _parse_anchor_id(d.pop("anchor_id", UNSET))

        def _parse_anchor_type(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        anchor_type = _parse_anchor_type(d.pop("anchor_type", UNSET))

        def _parse_web_bg_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        web_bg_width = _parse_web_bg_width(d.pop("web_bg_width", UNSET))

        def _parse_web_bg_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        web_bg_height = _parse_web_bg_height(d.pop("web_bg_height", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_result_people_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_people_url = _parse_result_people_url(d.pop("result_people_url", UNSET))

        def _parse_result_bg_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_bg_url = _parse_result_bg_url(d.pop("result_bg_url", UNSET))

        def _parse_replace_bg_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replace_bg_id = _parse_replace_bg_id(d.pop("replace_bg_id", UNSET))

        def _parse_custom_backs_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_backs_id = _parse_custom_backs_id(d.pop("custom_backs_id", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_current_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_date = _parse_current_date(d.pop("current_date", UNSET))

        def _parse_diff_s(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        diff_s = _parse_diff_s(d.pop("diff_s", UNSET))

        video_record = cls(
            field_id=field_id,
            status=status,
            process=process,
            result=result,
            msg=msg,
            error=error,
            title=title,
            anchor_id=anchor_id,
            anchor_type=anchor_type,
            web_bg_width=web_bg_width,
            web_bg_height=web_bg_height,
            color=color,
            result_people_url=result_people_url,
            result_bg_url=result_bg_url,
            replace_bg_id=replace_bg_id,
            custom_backs_id=custom_backs_id,
            created_at=created_at,
            current_date=current_date,
            diff_s=diff_s,
        )

        video_record.additional_properties = d
        return video_record

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
