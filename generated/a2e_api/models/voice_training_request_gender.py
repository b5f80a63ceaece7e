from typing import Literal

VoiceTrainingRequestGender = Literal["female", "male"]

VOICE_TRAINING_REQUEST_GENDER_VALUES: set[VoiceTrainingRequestGender] = {
    "female",
    "male",
}


def check_voice_training_request_gender(value: str) -> VoiceTrainingRequestGender:
    if value in VOICE_TRAINING_REQUEST_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_TRAINING_REQUEST_GENDER_VALUES!r}")
