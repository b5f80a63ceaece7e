from typing import Literal

KlingStartRequestMode = Literal["image-to-video", "motion-control", "text-to-video"]

KLING_START_REQUEST_MODE_VALUES: set[KlingStartRequestMode] = {
    "image-to-video",
    "motion-control",
    "text-to-video",
}


def check_kling_start_request_mode(value: str) -> KlingStartRequestMode:
    if value in KLING_START_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_START_REQUEST_MODE_VALUES!r}")
