from typing import Literal

KlingStartRequestVersion = Literal["2.6", "3.0"]

KLING_START_REQUEST_VERSION_VALUES: set[KlingStartRequestVersion] = {
    "2.6",
    "3.0",
}


def check_kling_start_request_version(value: str) -> KlingStartRequestVersion:
    if value in KLING_START_REQUEST_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_START_REQUEST_VERSION_VALUES!r}")
