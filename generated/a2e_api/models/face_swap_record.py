from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapRecord")


@_attrs_define
class FaceSwapRecord:
    """A face-swap task or preview (status dialect B; failure text in `faild_message`).

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
        face_url (None | str | Unset):
        video_url (None | str | Unset):
        user_id (None | str | Unset):
        duration (float | int | None | Unset): Seconds.
        error_code (int | None | str | Unset): `"0"` on success in records; an integer or null in the status list.
        faild_message (None | str | Unset): Failure reason (wire name misspelled by A2E).
        initialized_time (None | str | Unset):
        processing_time (None | str | Unset):
        completed_time (None | str | Unset):
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
    face_url: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    duration: float | int | None | Unset = UNSET
    error_code: int | None | str | Unset = UNSET
    faild_message: None | str | Unset = UNSET
    initialized_time: None | str | Unset = UNSET
    processing_time: None | str | Unset = UNSET
    completed_time: None | str | Unset = UNSET
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

        face_url: None | str | Unset
        if isinstance(self.face_url, Unset):
            face_url = UNSET
        else:
            face_url = self.face_url

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        duration: float | int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        error_code: int | None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        faild_message: None | str | Unset
        if isinstance(self.faild_message, Unset):
            faild_message = UNSET
        else:
            faild_message = self.faild_message

        initialized_time: None | str | Unset
        if isinstance(self.initialized_time, Unset):
            initialized_time = UNSET
        else:
            initialized_time = self.initialized_time

        processing_time: None | str | Unset
        if isinstance(self.processing_time, Unset):
            processing_time = UNSET
        else:
            processing_time = self.processing_time

        completed_time: None | str | Unset
        if isinstance(self.completed_time, Unset):
            completed_time = UNSET
        else:
            completed_time = self.completed_time

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
        if face_url is not UNSET:
            field_dict["face_url"] = face_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if faild_message is not UNSET:
            field_dict["faild_message"] = faild_message
        if initialized_time is not UNSET:
            field_dict["initialized_time"] = initialized_time
        if processing_time is not UNSET:
            field_dict["processing_time"] = processing_time
        if completed_time is not UNSET:
            field_dict["completed_time"] = completed_time

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

        def _parse_face_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        face_url = _parse_face_url(d.pop("face_url", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_duration(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_error_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_faild_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        faild_message = _parse_faild_message(d.pop("faild_message", UNSET))

        def _parse_initialized_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initialized_time = _parse_initialized_time(d.pop("initialized_time", UNSET))

        def _parse_processing_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processing_time = _parse_processing_time(d.pop("processing_time", UNSET))

        def _parse_completed_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_time = _parse_completed_time(d.pop("completed_time", UNSET))

        face_swap_record = cls(
            field_id=field_id,
            name=name,
            current_status=current_status,
            result_url=result_url,
            failed_message=failed_message,
            failed_code=failed_code,
            coins=coins,
            created_at=created_at,
            updated_at=updated_at,
            face_url=face_url,
            video_url=video_url,
            user_id=user_id,
            duration=duration,
            error_code=error_code,
            faild_message=faild_message,
            initialized_time=initialized_time,
            processing_time=processing_time,
            completed_time=completed_time,
        )

        face_swap_record.additional_properties = d
        return face_swap_record

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
