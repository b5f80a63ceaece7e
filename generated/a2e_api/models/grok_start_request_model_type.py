from typing import Literal

GrokStartRequestModelType = Literal["image-to-video", "text-to-video"]

GROK_START_REQUEST_MODEL_TYPE_VALUES: set[GrokStartRequestModelType] = {
    "image-to-video",
    "text-to-video",
}


def check_grok_start_request_model_type(value: str) -> GrokStartRequestModelType:
    if value in GROK_START_REQUEST_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROK_START_REQUEST_MODEL_TYPE_VALUES!r}")
