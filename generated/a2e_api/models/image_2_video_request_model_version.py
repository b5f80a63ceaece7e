from typing import Literal

Image2VideoRequestModelVersion = Literal["a2e", "a2e-v2", "a2e-v2-flash"]

IMAGE_2_VIDEO_REQUEST_MODEL_VERSION_VALUES: set[Image2VideoRequestModelVersion] = {
    "a2e",
    "a2e-v2",
    "a2e-v2-flash",
}


def check_image_2_video_request_model_version(value: str) -> Image2VideoRequestModelVersion:
    if value in IMAGE_2_VIDEO_REQUEST_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_2_VIDEO_REQUEST_MODEL_VERSION_VALUES!r}")
