from typing import Literal

SeedanceStartRequestDuration = Literal["10", "5"]

SEEDANCE_START_REQUEST_DURATION_VALUES: set[SeedanceStartRequestDuration] = {
    "10",
    "5",
}


def check_seedance_start_request_duration(value: str) -> SeedanceStartRequestDuration:
    if value in SEEDANCE_START_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_START_REQUEST_DURATION_VALUES!r}")
