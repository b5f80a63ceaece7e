from typing import Literal

NanoBananaRequestModel = Literal["nano-banana", "nano-banana-2", "nano-banana-2-lite", "nano-banana-pro"]

NANO_BANANA_REQUEST_MODEL_VALUES: set[NanoBananaRequestModel] = {
    "nano-banana",
    "nano-banana-2",
    "nano-banana-2-lite",
    "nano-banana-pro",
}


def check_nano_banana_request_model(value: str) -> NanoBananaRequestModel:
    if value in NANO_BANANA_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NANO_BANANA_REQUEST_MODEL_VALUES!r}")
