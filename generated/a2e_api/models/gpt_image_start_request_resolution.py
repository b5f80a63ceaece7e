from typing import Literal

GptImageStartRequestResolution = Literal["1K", "2K", "4K"]

GPT_IMAGE_START_REQUEST_RESOLUTION_VALUES: set[GptImageStartRequestResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_gpt_image_start_request_resolution(value: str) -> GptImageStartRequestResolution:
    if value in GPT_IMAGE_START_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_START_REQUEST_RESOLUTION_VALUES!r}")
