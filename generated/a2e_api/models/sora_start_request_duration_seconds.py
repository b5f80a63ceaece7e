from typing import Literal

SoraStartRequestDurationSeconds = Literal["10", "15", "5"]

SORA_START_REQUEST_DURATION_SECONDS_VALUES: set[SoraStartRequestDurationSeconds] = {
    "10",
    "15",
    "5",
}


def check_sora_start_request_duration_seconds(value: str) -> SoraStartRequestDurationSeconds:
    if value in SORA_START_REQUEST_DURATION_SECONDS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORA_START_REQUEST_DURATION_SECONDS_VALUES!r}")
