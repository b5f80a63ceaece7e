from typing import Literal

Wan25RequestDuration = Literal["10", "11", "12", "13", "14", "15", "2", "3", "4", "5", "6", "7", "8", "9"]

WAN_25_REQUEST_DURATION_VALUES: set[Wan25RequestDuration] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_wan_25_request_duration(value: str) -> Wan25RequestDuration:
    if value in WAN_25_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_25_REQUEST_DURATION_VALUES!r}")
