from typing import Literal

SeedanceStartRequestResolution = Literal["480p", "720p"]

SEEDANCE_START_REQUEST_RESOLUTION_VALUES: set[SeedanceStartRequestResolution] = {
    "480p",
    "720p",
}


def check_seedance_start_request_resolution(value: str) -> SeedanceStartRequestResolution:
    if value in SEEDANCE_START_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_START_REQUEST_RESOLUTION_VALUES!r}")
