from typing import Literal

Wan25RequestResolution = Literal["1080p", "480p", "720p"]

WAN_25_REQUEST_RESOLUTION_VALUES: set[Wan25RequestResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_25_request_resolution(value: str) -> Wan25RequestResolution:
    if value in WAN_25_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_25_REQUEST_RESOLUTION_VALUES!r}")
