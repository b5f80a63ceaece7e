from typing import Literal

KlingImageStartRequestResolution = Literal["1k", "2k"]

KLING_IMAGE_START_REQUEST_RESOLUTION_VALUES: set[KlingImageStartRequestResolution] = {
    "1k",
    "2k",
}


def check_kling_image_start_request_resolution(value: str) -> KlingImageStartRequestResolution:
    if value in KLING_IMAGE_START_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_START_REQUEST_RESOLUTION_VALUES!r}")
