from typing import Literal

SeedanceStartRequestMode = Literal["image-to-video", "text-to-video"]

SEEDANCE_START_REQUEST_MODE_VALUES: set[SeedanceStartRequestMode] = {
    "image-to-video",
    "text-to-video",
}


def check_seedance_start_request_mode(value: str) -> SeedanceStartRequestMode:
    if value in SEEDANCE_START_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_START_REQUEST_MODE_VALUES!r}")
