from typing import Literal

Seedance2StartRequestResolution = Literal["1080p", "480p", "4k", "720p"]

SEEDANCE_2_START_REQUEST_RESOLUTION_VALUES: set[Seedance2StartRequestResolution] = {
    "1080p",
    "480p",
    "4k",
    "720p",
}


def check_seedance_2_start_request_resolution(value: str) -> Seedance2StartRequestResolution:
    if value in SEEDANCE_2_START_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_2_START_REQUEST_RESOLUTION_VALUES!r}")
