from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingToken")


@_attrs_define
class StreamingToken:
    """
    Attributes:
        token (str): Agora room token.
        channel (str): Agora channel; the room id for every other streaming call.
        app_id (None | str | Unset):
        uid (int | None | str | Unset):
        expire_epoch_timestamp (float | None | Unset):
        expire_date_utc (None | str | Unset):
    """

    token: str
    channel: str
    app_id: None | str | Unset = UNSET
    uid: int | None | str | Unset = UNSET
    expire_epoch_timestamp: float | None | Unset = UNSET
    expire_date_utc: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        channel = self.channel

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        uid: int | None | str | Unset
        if isinstance(self.uid, Unset):
            uid = UNSET
        else:
            uid = self.uid

        expire_epoch_timestamp: float | None | Unset
        if isinstance(self.expire_epoch_timestamp, Unset):
            expire_epoch_timestamp = UNSET
        else:
            expire_epoch_timestamp = self.expire_epoch_timestamp

        expire_date_utc: None | str | Unset
        if isinstance(self.expire_date_utc, Unset):
            expire_date_utc = UNSET
        else:
            expire_date_utc = self.expire_date_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "channel": channel,
            }
        )
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if uid is not UNSET:
            field_dict["uid"] = uid
        if expire_epoch_timestamp is not UNSET:
            field_dict["expire_epoch_timestamp"] = expire_epoch_timestamp
        if expire_date_utc is not UNSET:
            field_dict["expire_date_UTC"] = expire_date_utc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")

        channel = d.pop("channel")

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("appId", UNSET))

        def _parse_uid(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        uid = _parse_uid(d.pop("uid", UNSET))

        def _parse_expire_epoch_timestamp(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        expire_epoch_timestamp = _parse_expire_epoch_timestamp(d.pop("expire_epoch_timestamp", UNSET))

        def _parse_expire_date_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expire_date_utc = _parse_expire_date_utc(d.pop("expire_date_UTC", UNSET))

        streaming_token = cls(
            token=token,
            channel=channel,
            app_id=app_id,
            uid=uid,
            expire_epoch_timestamp=expire_epoch_timestamp,
            expire_date_utc=expire_date_utc,
        )

        streaming_token.additional_properties = d
        return streaming_token

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
