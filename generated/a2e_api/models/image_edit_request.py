from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_edit_request_edit_type import ImageEditRequestEditType, check_image_edit_request_edit_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageEditRequest")


@_attrs_define
class ImageEditRequest:
    """
    Attributes:
        edit_type (ImageEditRequestEditType):
        image_urls (list[str]): Person plus garment or product.
        name (str | Unset):  Default: ''.
        timeout (float | Unset):  Default: 120.0.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    edit_type: ImageEditRequestEditType
    image_urls: list[str]
    name: str | Unset = ""
    timeout: float | Unset = 120.0
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edit_type: str = self.edit_type

        image_urls = self.image_urls

        name = self.name

        timeout = self.timeout

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edit_type": edit_type,
                "image_urls": image_urls,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        edit_type = check_image_edit_request_edit_type(d.pop("edit_type"))

        image_urls = cast(list[str], d.pop("image_urls"))

        name = d.pop("name", UNSET)

        timeout = d.pop("timeout", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        image_edit_request = cls(
            edit_type=edit_type,
            image_urls=image_urls,
            name=name,
            timeout=timeout,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        image_edit_request.additional_properties = d
        return image_edit_request

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
