from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarTwin")


@_attrs_define
class AvatarTwin:
    """A custom avatar ("video twin") in status dialect B; `anchor_id` is what Generate AI Avatar Videos needs.

    Attributes:
        field_id (str): Task id.
        name (None | str | Unset):
        current_status (None | str | Unset): Status dialect B: `initialized`, `sent`, `pending`, `processing`, then
            `completed` or `failed`; other values mean still running (voice training sends `pendding`, sic).
        result_url (None | str | Unset): Result file URL once `completed`.
        failed_message (None | str | Unset): Failure reason once `failed`.
        failed_code (int | None | str | Unset):
        coins (float | None | Unset): Coins charged.
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        gender (None | str | Unset):
        video_url (None | str | Unset):
        image_url (None | str | Unset):
        anchor_id (None | str | Unset): Anchor to use in Generate AI Avatar Videos, once ready.
        preview_result_url (None | str | Unset):
        user_video_twin_id (None | str | Unset):
    """

    field_id: str
    name: None | str | Unset = UNSET
    current_status: None | str | Unset = UNSET
    result_url: None | str | Unset = UNSET
    failed_message: None | str | Unset = UNSET
    failed_code: int | None | str | Unset = UNSET
    coins: float | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    anchor_id: None | str | Unset = UNSET
    preview_result_url: None | str | Unset = UNSET
    user_video_twin_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        current_status: None | str | Unset
        if isinstance(self.current_status, Unset):
            current_status = UNSET
        else:
            current_status = self.current_status

        result_url: None | str | Unset
        if isinstance(self.result_url, Unset):
            result_url = UNSET
        else:
            result_url = self.result_url

        failed_message: None | str | Unset
        if isinstance(self.failed_message, Unset):
            failed_message = UNSET
        else:
            failed_message = self.failed_message

        failed_code: int | None | str | Unset
        if isinstance(self.failed_code, Unset):
            failed_code = UNSET
        else:
            failed_code = self.failed_code

        coins: float | None | Unset
        if isinstance(self.coins, Unset):
            coins = UNSET
        else:
            coins = self.coins

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        anchor_id: None | str | Unset
        if isinstance(self.anchor_id, Unset):
            anchor_id = UNSET
        else:
            anchor_id = self.anchor_id

        preview_result_url: None | str | Unset
        if isinstance(self.preview_result_url, Unset):
            preview_result_url = UNSET
        else:
            preview_result_url = self.preview_result_url

        user_video_twin_id: None | str | Unset
        if isinstance(self.user_video_twin_id, Unset):
            user_video_twin_id = UNSET
        else:
            user_video_twin_id = self.user_video_twin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if failed_message is not UNSET:
            field_dict["failed_message"] = failed_message
        if failed_code is not UNSET:
            field_dict["failed_code"] = failed_code
        if coins is not UNSET:
            field_dict["coins"] = coins
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if gender is not UNSET:
            field_dict["gender"] = gender
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if anchor_id is not UNSET:
            field_dict["anchor_id"] = anchor_id
        if preview_result_url is not UNSET:
            field_dict["preview_result_url"] = preview_result_url
        if user_video_twin_id is not UNSET:
            field_dict["user_video_twin_id"] = user_video_twin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_current_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_status = _parse_current_status(d.pop("current_status", UNSET))

        def _parse_result_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_url = _parse_result_url(d.pop("result_url", UNSET))

        def _parse_failed_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_message = _parse_failed_message(d.pop("failed_message", UNSET))

        def _parse_failed_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        failed_code = _parse_failed_code(d.pop("failed_code", UNSET))

        def _parse_coins(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        coins = _parse_coins(d.pop("coins", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_anchor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anchor_id = _parse_anchor_id(d.pop("anchor_id", UNSET))

        def _parse_preview_result_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_result_url = _parse_preview_result_url(d.pop("preview_result_url", UNSET))

        def _parse_user_video_twin_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_video_twin_id = _parse_user_video_twin_id(d.pop("user_video_twin_id", UNSET))

        avatar_twin = cls(
            field_id=field_id,
            name=name,
            current_status=current_status,
            result_url=result_url,
            failed_message=failed_message,
            failed_code=failed_code,
            coins=coins,
            created_at=created_at,
            updated_at=updated_at,
            gender=gender,
            video_url=video_url,
            image_url=image_url,
            anchor_id=anchor_id,
            preview_result_url=preview_result_url,
            user_video_twin_id=user_video_twin_id,
        )

        avatar_twin.additional_properties = d
        return avatar_twin

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
