from typing import Literal

KlingStartRequestResolution = Literal["1080p", "720p"]

KLING_START_REQUEST_RESOLUTION_VALUES: set[KlingStartRequestResolution] = {
    "1080p",
    "720p",
}


def check_kling_start_request_resolution(value: str) -> KlingStartRequestResolution:
    if value in KLING_START_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_START_REQUEST_RESOLUTION_VALUES!r}")
