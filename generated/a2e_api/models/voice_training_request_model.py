from typing import Literal

VoiceTrainingRequestModel = Literal["a2e", "cartesia", "elevenlabs", "minimax"]

VOICE_TRAINING_REQUEST_MODEL_VALUES: set[VoiceTrainingRequestModel] = {
    "a2e",
    "cartesia",
    "elevenlabs",
    "minimax",
}


def check_voice_training_request_model(value: str) -> VoiceTrainingRequestModel:
    if value in VOICE_TRAINING_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_TRAINING_REQUEST_MODEL_VALUES!r}")
