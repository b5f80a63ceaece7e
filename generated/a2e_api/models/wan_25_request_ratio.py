from typing import Literal

Wan25RequestRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_25_REQUEST_RATIO_VALUES: set[Wan25RequestRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_25_request_ratio(value: str) -> Wan25RequestRatio:
    if value in WAN_25_REQUEST_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_25_REQUEST_RATIO_VALUES!r}")
