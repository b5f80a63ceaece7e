from typing import Literal

NanoBananaRequestImageSize = Literal["1K", "2K", "4K"]

NANO_BANANA_REQUEST_IMAGE_SIZE_VALUES: set[NanoBananaRequestImageSize] = {
    "1K",
    "2K",
    "4K",
}


def check_nano_banana_request_image_size(value: str) -> NanoBananaRequestImageSize:
    if value in NANO_BANANA_REQUEST_IMAGE_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NANO_BANANA_REQUEST_IMAGE_SIZE_VALUES!r}")
