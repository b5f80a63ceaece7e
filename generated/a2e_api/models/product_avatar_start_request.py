from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_avatar_start_request_product_rect import ProductAvatarStartRequestProductRect


T = TypeVar("T", bound="ProductAvatarStartRequest")


@_attrs_define
class ProductAvatarStartRequest:
    """
    Attributes:
        image_urls (list[str]):
        product_rect (ProductAvatarStartRequestProductRect):
        name (str | Unset):
        prompt (str | Unset):
        timeout (float | Unset):  Default: 120.0.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    image_urls: list[str]
    product_rect: ProductAvatarStartRequestProductRect
    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    timeout: float | Unset = 120.0
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        product_rect = self.product_rect.to_dict()

        name = self.name

        prompt = self.prompt

        timeout = self.timeout

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_urls": image_urls,
                "product_rect": product_rect,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_avatar_start_request_product_rect import ProductAvatarStartRequestProductRect

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        product_rect = ProductAvatarStartRequestProductRect.from_dict(d.pop("product_rect"))

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        timeout = d.pop("timeout", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        product_avatar_start_request = cls(
            image_urls=image_urls,
            product_rect=product_rect,
            name=name,
            prompt=prompt,
            timeout=timeout,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        product_avatar_start_request.additional_properties = d
        return product_avatar_start_request

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
