from typing import Literal

SoraStartRequestAspectRatio = Literal["landscape", "portrait"]

SORA_START_REQUEST_ASPECT_RATIO_VALUES: set[SoraStartRequestAspectRatio] = {
    "landscape",
    "portrait",
}


def check_sora_start_request_aspect_ratio(value: str) -> SoraStartRequestAspectRatio:
    if value in SORA_START_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORA_START_REQUEST_ASPECT_RATIO_VALUES!r}")
