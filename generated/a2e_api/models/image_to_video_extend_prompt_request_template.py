from typing import Literal

ImageToVideoExtendPromptRequestTemplate = Literal["cinematic", "default"]

IMAGE_TO_VIDEO_EXTEND_PROMPT_REQUEST_TEMPLATE_VALUES: set[ImageToVideoExtendPromptRequestTemplate] = {
    "cinematic",
    "default",
}


def check_image_to_video_extend_prompt_request_template(value: str) -> ImageToVideoExtendPromptRequestTemplate:
    if value in IMAGE_TO_VIDEO_EXTEND_PROMPT_REQUEST_TEMPLATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_TO_VIDEO_EXTEND_PROMPT_REQUEST_TEMPLATE_VALUES!r}"
    )
