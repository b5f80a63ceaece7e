from typing import Literal

GrokStartRequestAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "auto"]

GROK_START_REQUEST_ASPECT_RATIO_VALUES: set[GrokStartRequestAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_grok_start_request_aspect_ratio(value: str) -> GrokStartRequestAspectRatio:
    if value in GROK_START_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROK_START_REQUEST_ASPECT_RATIO_VALUES!r}")
