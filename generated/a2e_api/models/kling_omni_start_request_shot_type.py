from typing import Literal

KlingOmniStartRequestShotType = Literal["customize", "intelligence"]

KLING_OMNI_START_REQUEST_SHOT_TYPE_VALUES: set[KlingOmniStartRequestShotType] = {
    "customize",
    "intelligence",
}


def check_kling_omni_start_request_shot_type(value: str) -> KlingOmniStartRequestShotType:
    if value in KLING_OMNI_START_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_OMNI_START_REQUEST_SHOT_TYPE_VALUES!r}")
