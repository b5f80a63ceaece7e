from typing import Literal

Seedance2StartRequestModelVersion = Literal["2.5", "fast", "mini", "standard"]

SEEDANCE_2_START_REQUEST_MODEL_VERSION_VALUES: set[Seedance2StartRequestModelVersion] = {
    "2.5",
    "fast",
    "mini",
    "standard",
}


def check_seedance_2_start_request_model_version(value: str) -> Seedance2StartRequestModelVersion:
    if value in SEEDANCE_2_START_REQUEST_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDANCE_2_START_REQUEST_MODEL_VERSION_VALUES!r}")
