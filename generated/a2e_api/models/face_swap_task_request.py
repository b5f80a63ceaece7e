from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.face_swap_task_request_model_version import (
    FaceSwapTaskRequestModelVersion,
    check_face_swap_task_request_model_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapTaskRequest")


@_attrs_define
class FaceSwapTaskRequest:
    """
    Attributes:
        name (str): Task name.
        video_url (str): Target video URL.
        face_url (str): Face image URL.
        cover_url (str | Unset):
        model_version (FaceSwapTaskRequestModelVersion | Unset):
        webhook_url (str | Unset): HTTPS URL that A2E calls once when the task ends (events `task.completed` and
            `task.failed`; one attempt, no retries, so the detail endpoint stays authoritative).
        webhook_token (str | Unset): Secret that A2E sends back in the `X-A2e-Webhook-Token` header of the callback
            (ignored for callers using a web session instead of an API token).
    """

    name: str
    video_url: str
    face_url: str
    cover_url: str | Unset = UNSET
    model_version: FaceSwapTaskRequestModelVersion | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        video_url = self.video_url

        face_url = self.face_url

        cover_url = self.cover_url

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "video_url": video_url,
                "face_url": face_url,
            }
        )
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        video_url = d.pop("video_url")

        face_url = d.pop("face_url")

        cover_url = d.pop("cover_url", UNSET)

        _model_version = d.pop("model_version", UNSET)
        model_version: FaceSwapTaskRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_face_swap_task_request_model_version(_model_version)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        face_swap_task_request = cls(
            name=name,
            video_url=video_url,
            face_url=face_url,
            cover_url=cover_url,
            model_version=model_version,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
        )

        face_swap_task_request.additional_properties = d
        return face_swap_task_request

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
