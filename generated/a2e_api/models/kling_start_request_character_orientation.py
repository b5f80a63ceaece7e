from typing import Literal

KlingStartRequestCharacterOrientation = Literal["image", "video"]

KLING_START_REQUEST_CHARACTER_ORIENTATION_VALUES: set[KlingStartRequestCharacterOrientation] = {
    "image",
    "video",
}


def check_kling_start_request_character_orientation(value: str) -> KlingStartRequestCharacterOrientation:
    if value in KLING_START_REQUEST_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KLING_START_REQUEST_CHARACTER_ORIENTATION_VALUES!r}")
