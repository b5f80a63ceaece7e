from typing import Literal

GptImageStartRequestQuality = Literal["high", "medium"]

GPT_IMAGE_START_REQUEST_QUALITY_VALUES: set[GptImageStartRequestQuality] = {
    "high",
    "medium",
}


def check_gpt_image_start_request_quality(value: str) -> GptImageStartRequestQuality:
    if value in GPT_IMAGE_START_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_START_REQUEST_QUALITY_VALUES!r}")
