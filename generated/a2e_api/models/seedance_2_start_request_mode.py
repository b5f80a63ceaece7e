from typing import Literal

Seedance2StartRequestMode = Literal["first-last-frames", "image-to-video", "reference", "text-to-video"]

SEEDANCE_2_START_REQUEST_MODE_VALUES: set[Seedance2StartRequestMode] = {
    "first-last-frames",
    "image-to-video",
    "reference",
    "text-to-video",
}


def check_seedance_2_start_request_mode(value: str) -> Seedance2StartRequestMode:
    if value in SEEDANCE_2_START_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_2_START_REQUEST_MODE_VALUES!r}")
