from typing import Literal

HappyhorseStartRequestRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "4:5", "5:4", "9:16", "9:21"]

HAPPYHORSE_START_REQUEST_RATIO_VALUES: set[HappyhorseStartRequestRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
}


def check_happyhorse_start_request_ratio(value: str) -> HappyhorseStartRequestRatio:
    if value in HAPPYHORSE_START_REQUEST_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_REQUEST_RATIO_VALUES!r}")
