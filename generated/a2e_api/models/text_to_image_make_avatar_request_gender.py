from typing import Literal

TextToImageMakeAvatarRequestGender = Literal["female", "male"]

TEXT_TO_IMAGE_MAKE_AVATAR_REQUEST_GENDER_VALUES: set[TextToImageMakeAvatarRequestGender] = {
    "female",
    "male",
}


def check_text_to_image_make_avatar_request_gender(value: str) -> TextToImageMakeAvatarRequestGender:
    if value in TEXT_TO_IMAGE_MAKE_AVATAR_REQUEST_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_TO_IMAGE_MAKE_AVATAR_REQUEST_GENDER_VALUES!r}")
