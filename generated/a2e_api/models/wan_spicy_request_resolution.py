from typing import Literal

WanSpicyRequestResolution = Literal["1080p", "480p", "720p"]

WAN_SPICY_REQUEST_RESOLUTION_VALUES: set[WanSpicyRequestResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_spicy_request_resolution(value: str) -> WanSpicyRequestResolution:
    if value in WAN_SPICY_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_SPICY_REQUEST_RESOLUTION_VALUES!r}")
