from typing import Literal

KlingStartRequestModelVersion = Literal["fast", "standard"]

KLING_START_REQUEST_MODEL_VERSION_VALUES: set[KlingStartRequestModelVersion] = {
    "fast",
    "standard",
}


def check_kling_start_request_model_version(value: str) -> KlingStartRequestModelVersion:
    if value in KLING_START_REQUEST_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_START_REQUEST_MODEL_VERSION_VALUES!r}")
