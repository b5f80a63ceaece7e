from typing import Literal

GptImageStartRequestModel = Literal["gpt-image-1.5", "gpt-image-2"]

GPT_IMAGE_START_REQUEST_MODEL_VALUES: set[GptImageStartRequestModel] = {
    "gpt-image-1.5",
    "gpt-image-2",
}


def check_gpt_image_start_request_model(value: str) -> GptImageStartRequestModel:
    if value in GPT_IMAGE_START_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_START_REQUEST_MODEL_VALUES!r}")
