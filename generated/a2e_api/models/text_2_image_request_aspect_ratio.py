from typing import Literal

Text2ImageRequestAspectRatio = Literal["16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"]

TEXT_2_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[Text2ImageRequestAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_text_2_image_request_aspect_ratio(value: str) -> Text2ImageRequestAspectRatio:
    if value in TEXT_2_IMAGE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_2_IMAGE_REQUEST_ASPECT_RATIO_VALUES!r}")
