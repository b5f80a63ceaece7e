from typing import Literal

KlingStartRequestDuration = Literal["10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"]

KLING_START_REQUEST_DURATION_VALUES: set[KlingStartRequestDuration] = {
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


def check_kling_start_request_duration(value: str) -> KlingStartRequestDuration:
    if value in KLING_START_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_START_REQUEST_DURATION_VALUES!r}")
