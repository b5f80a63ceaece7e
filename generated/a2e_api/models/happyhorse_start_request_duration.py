from typing import Literal

HappyhorseStartRequestDuration = Literal["10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"]

HAPPYHORSE_START_REQUEST_DURATION_VALUES: set[HappyhorseStartRequestDuration] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_happyhorse_start_request_duration(value: str) -> HappyhorseStartRequestDuration:
    if value in HAPPYHORSE_START_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_REQUEST_DURATION_VALUES!r}")
