from typing import Literal

Image2VideoRequestModelType = Literal["FLF2V", "GENERAL"]

IMAGE_2_VIDEO_REQUEST_MODEL_TYPE_VALUES: set[Image2VideoRequestModelType] = {
    "FLF2V",
    "GENERAL",
}


def check_image_2_video_request_model_type(value: str) -> Image2VideoRequestModelType:
    if value in IMAGE_2_VIDEO_REQUEST_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_2_VIDEO_REQUEST_MODEL_TYPE_VALUES!r}")
