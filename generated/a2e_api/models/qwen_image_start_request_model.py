from typing import Literal

QwenImageStartRequestModel = Literal["qwen-image-2.0", "qwen-image-2.0-pro", "qwen-image-3.0", "qwen-image-3.0-pro"]

QWEN_IMAGE_START_REQUEST_MODEL_VALUES: set[QwenImageStartRequestModel] = {
    "qwen-image-2.0",
    "qwen-image-2.0-pro",
    "qwen-image-3.0",
    "qwen-image-3.0-pro",
}


def check_qwen_image_start_request_model(value: str) -> QwenImageStartRequestModel:
    if value in QWEN_IMAGE_START_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_START_REQUEST_MODEL_VALUES!r}")
