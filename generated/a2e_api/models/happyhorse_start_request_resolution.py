from typing import Literal

HappyhorseStartRequestResolution = Literal["1080P", "480P", "720P"]

HAPPYHORSE_START_REQUEST_RESOLUTION_VALUES: set[HappyhorseStartRequestResolution] = {
    "1080P",
    "480P",
    "720P",
}


def check_happyhorse_start_request_resolution(value: str) -> HappyhorseStartRequestResolution:
    if value in HAPPYHORSE_START_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_REQUEST_RESOLUTION_VALUES!r}")
