from typing import Literal

GrokStartRequestMode = Literal["fun", "normal", "spicy"]

GROK_START_REQUEST_MODE_VALUES: set[GrokStartRequestMode] = {
    "fun",
    "normal",
    "spicy",
}


def check_grok_start_request_mode(value: str) -> GrokStartRequestMode:
    if value in GROK_START_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROK_START_REQUEST_MODE_VALUES!r}")
