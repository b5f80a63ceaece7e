from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresignedUpload")


@_attrs_define
class PresignedUpload:
    """
    Attributes:
        upload_url (str): PUT the bytes here, without an Authorization header.
        key (None | str | Unset):
        bucket (None | str | Unset):
        expires_in (int | None | Unset): Seconds the URL stays valid.
        cdn_url (None | str | Unset):
        public_url (None | str | Unset):
    """

    upload_url: str
    key: None | str | Unset = UNSET
    bucket: None | str | Unset = UNSET
    expires_in: int | None | Unset = UNSET
    cdn_url: None | str | Unset = UNSET
    public_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        cdn_url: None | str | Unset
        if isinstance(self.cdn_url, Unset):
            cdn_url = UNSET
        else:
            cdn_url = self.cdn_url

        public_url: None | str | Unset
        if isinstance(self.public_url, Unset):
            public_url = UNSET
        else:
            public_url = self.public_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploadUrl": upload_url,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if cdn_url is not UNSET:
            field_dict["cdnUrl"] = cdn_url
        if public_url is not UNSET:
            field_dict["publicUrl"] = public_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upload_url = d.pop("uploadUrl")

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket = _parse_bucket(d.pop("bucket", UNSET))

        def _parse_expires_in(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in = _parse_expires_in(d.pop("expiresIn", UNSET))

        def _parse_cdn_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cdn_url = _parse_cdn_url(d.pop("cdnUrl", UNSET))

        def _parse_public_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_url = _parse_public_url(d.pop("publicUrl", UNSET))

        presigned_upload = cls(
            upload_url=upload_url,
            key=key,
            bucket=bucket,
            expires_in=expires_in,
            cdn_url=cdn_url,
            public_url=public_url,
        )

        presigned_upload.additional_properties = d
        return presigned_upload

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
