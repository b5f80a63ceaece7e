from typing import Literal

KlingOmniStartRequestMode = Literal["pro", "std"]

KLING_OMNI_START_REQUEST_MODE_VALUES: set[KlingOmniStartRequestMode] = {
    "pro",
    "std",
}


def check_kling_omni_start_request_mode(value: str) -> KlingOmniStartRequestMode:
    if value in KLING_OMNI_START_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_OMNI_START_REQUEST_MODE_VALUES!r}")
