from typing import Literal

HappyhorseStartRequestModelVersion = Literal["1.0", "1.1"]

HAPPYHORSE_START_REQUEST_MODEL_VERSION_VALUES: set[HappyhorseStartRequestModelVersion] = {
    "1.0",
    "1.1",
}


def check_happyhorse_start_request_model_version(value: str) -> HappyhorseStartRequestModelVersion:
    if value in HAPPYHORSE_START_REQUEST_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_REQUEST_MODEL_VERSION_VALUES!r}")
