from typing import Literal

SoraStartRequestQuality = Literal["high", "standard"]

SORA_START_REQUEST_QUALITY_VALUES: set[SoraStartRequestQuality] = {
    "high",
    "standard",
}


def check_sora_start_request_quality(value: str) -> SoraStartRequestQuality:
    if value in SORA_START_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORA_START_REQUEST_QUALITY_VALUES!r}")
