from typing import Literal

HappyhorseStartRequestMode = Literal["i2v", "r2v", "t2v", "video-edit"]

HAPPYHORSE_START_REQUEST_MODE_VALUES: set[HappyhorseStartRequestMode] = {
    "i2v",
    "r2v",
    "t2v",
    "video-edit",
}


def check_happyhorse_start_request_mode(value: str) -> HappyhorseStartRequestMode:
    if value in HAPPYHORSE_START_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_REQUEST_MODE_VALUES!r}")
