from typing import Literal

QwenImageStartRequestSize = Literal[
    "1024*1024",
    "1152*2048",
    "1152*864",
    "1280*720",
    "1328*880",
    "1365*2048",
    "1512*648",
    "1536*2048",
    "2048*1152",
    "2048*1365",
    "2048*1536",
    "2048*2048",
    "720*1280",
    "864*1152",
    "880*1328",
]

QWEN_IMAGE_START_REQUEST_SIZE_VALUES: set[QwenImageStartRequestSize] = {
    "1024*1024",
    "1152*2048",
    "1152*864",
    "1280*720",
    "1328*880",
    "1365*2048",
    "1512*648",
    "1536*2048",
    "2048*1152",
    "2048*1365",
    "2048*1536",
    "2048*2048",
    "720*1280",
    "864*1152",
    "880*1328",
}


def check_qwen_image_start_request_size(value: str) -> QwenImageStartRequestSize:
    if value in QWEN_IMAGE_START_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_START_REQUEST_SIZE_VALUES!r}")
