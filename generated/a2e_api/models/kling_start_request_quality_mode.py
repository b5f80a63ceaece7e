from typing import Literal

KlingStartRequestQualityMode = Literal["4k", "pro", "std"]

KLING_START_REQUEST_QUALITY_MODE_VALUES: set[KlingStartRequestQualityMode] = {
    "4k",
    "pro",
    "std",
}


def check_kling_start_request_quality_mode(value: str) -> KlingStartRequestQualityMode:
    if value in KLING_START_REQUEST_QUALITY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_START_REQUEST_QUALITY_MODE_VALUES!r}")
