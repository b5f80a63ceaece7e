from typing import Literal

ImageEditRequestEditType = Literal["clothing", "product"]

IMAGE_EDIT_REQUEST_EDIT_TYPE_VALUES: set[ImageEditRequestEditType] = {
    "clothing",
    "product",
}


def check_image_edit_request_edit_type(value: str) -> ImageEditRequestEditType:
    if value in IMAGE_EDIT_REQUEST_EDIT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_REQUEST_EDIT_TYPE_VALUES!r}")
