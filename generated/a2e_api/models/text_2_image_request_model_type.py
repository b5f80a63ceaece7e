from typing import Literal

Text2ImageRequestModelType = Literal["a2e", "seedream"]

TEXT_2_IMAGE_REQUEST_MODEL_TYPE_VALUES: set[Text2ImageRequestModelType] = {
    "a2e",
    "seedream",
}


def check_text_2_image_request_model_type(value: str) -> Text2ImageRequestModelType:
    if value in TEXT_2_IMAGE_REQUEST_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_2_IMAGE_REQUEST_MODEL_TYPE_VALUES!r}")
