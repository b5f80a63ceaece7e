from typing import Literal

GrokStartRequestModelVersion = Literal["1.5", "legacy"]

GROK_START_REQUEST_MODEL_VERSION_VALUES: set[GrokStartRequestModelVersion] = {
    "1.5",
    "legacy",
}


def check_grok_start_request_model_version(value: str) -> GrokStartRequestModelVersion:
    if value in GROK_START_REQUEST_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROK_START_REQUEST_MODEL_VERSION_VALUES!r}")
