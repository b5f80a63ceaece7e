from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_video_start_wan_30_request_mode import (
    WanVideoStartWan30RequestMode,
    check_wan_video_start_wan_30_request_mode,
)
from ..models.wan_video_start_wan_30_request_model import (
    WanVideoStartWan30RequestModel,
    check_wan_video_start_wan_30_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_video_start_wan_30_request_input import WanVideoStartWan30RequestInput
    from ..models.wan_video_start_wan_30_request_parameters import WanVideoStartWan30RequestParameters


T = TypeVar("T", bound="WanVideoStartWan30Request")


@_attrs_define
class WanVideoStartWan30Request:
    """
    Attributes:
        model (WanVideoStartWan30RequestModel):  Default: 'wan3.0-video'.
        input_ (WanVideoStartWan30RequestInput):
        parameters (WanVideoStartWan30RequestParameters):
        name (str | Unset):
        mode (WanVideoStartWan30RequestMode | Unset):  Default: 'text-to-video'.
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    input_: WanVideoStartWan30RequestInput
    parameters: WanVideoStartWan30RequestParameters
    model: WanVideoStartWan30RequestModel = "wan3.0-video"
    name: str | Unset = UNSET
    mode: WanVideoStartWan30RequestMode | Unset = "text-to-video"
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        input_ = self.input_.to_dict()

        parameters = self.parameters.to_dict()

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
                "parameters": parameters,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wan_video_start_wan_30_request_input import WanVideoStartWan30RequestInput
        from ..models.wan_video_start_wan_30_request_parameters import WanVideoStartWan30RequestParameters

        d = dict(src_dict)
        model = check_wan_video_start_wan_30_request_model(d.pop("model"))

        input_ = WanVideoStartWan30RequestInput.from_dict(d.pop("input"))

        parameters = WanVideoStartWan30RequestParameters.from_dict(d.pop("parameters"))

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: WanVideoStartWan30RequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_wan_video_start_wan_30_request_mode(_mode)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        wan_video_start_wan_30_request = cls(
            model=model,
            input_=input_,
            parameters=parameters,
            name=name,
            mode=mode,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        wan_video_start_wan_30_request.additional_properties = d
        return wan_video_start_wan_30_request

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
