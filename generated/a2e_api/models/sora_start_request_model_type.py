from typing import Literal

SoraStartRequestModelType = Literal["image-to-video", "text-to-video"]

SORA_START_REQUEST_MODEL_TYPE_VALUES: set[SoraStartRequestModelType] = {
    "image-to-video",
    "text-to-video",
}


def check_sora_start_request_model_type(value: str) -> SoraStartRequestModelType:
    if value in SORA_START_REQUEST_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORA_START_REQUEST_MODEL_TYPE_VALUES!r}")
