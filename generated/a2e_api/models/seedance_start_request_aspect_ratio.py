from typing import Literal

SeedanceStartRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

SEEDANCE_START_REQUEST_ASPECT_RATIO_VALUES: set[SeedanceStartRequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_seedance_start_request_aspect_ratio(value: str) -> SeedanceStartRequestAspectRatio:
    if value in SEEDANCE_START_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_START_REQUEST_ASPECT_RATIO_VALUES!r}")
