from typing import Literal

GrokStartRequestDuration = Literal["10", "15", "6"]

GROK_START_REQUEST_DURATION_VALUES: set[GrokStartRequestDuration] = {
    "10",
    "15",
    "6",
}


def check_grok_start_request_duration(value: str) -> GrokStartRequestDuration:
    if value in GROK_START_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROK_START_REQUEST_DURATION_VALUES!r}")
