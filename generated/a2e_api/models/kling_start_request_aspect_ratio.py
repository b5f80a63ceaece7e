from typing import Literal

KlingStartRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_START_REQUEST_ASPECT_RATIO_VALUES: set[KlingStartRequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_start_request_aspect_ratio(value: str) -> KlingStartRequestAspectRatio:
    if value in KLING_START_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_START_REQUEST_ASPECT_RATIO_VALUES!r}")
