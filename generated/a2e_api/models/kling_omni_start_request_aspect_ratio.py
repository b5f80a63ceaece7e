from typing import Literal

KlingOmniStartRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_OMNI_START_REQUEST_ASPECT_RATIO_VALUES: set[KlingOmniStartRequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_omni_start_request_aspect_ratio(value: str) -> KlingOmniStartRequestAspectRatio:
    if value in KLING_OMNI_START_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_OMNI_START_REQUEST_ASPECT_RATIO_VALUES!r}")
