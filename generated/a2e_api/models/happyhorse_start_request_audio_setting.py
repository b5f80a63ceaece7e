from typing import Literal

HappyhorseStartRequestAudioSetting = Literal["auto", "origin"]

HAPPYHORSE_START_REQUEST_AUDIO_SETTING_VALUES: set[HappyhorseStartRequestAudioSetting] = {
    "auto",
    "origin",
}


def check_happyhorse_start_request_audio_setting(value: str) -> HappyhorseStartRequestAudioSetting:
    if value in HAPPYHORSE_START_REQUEST_AUDIO_SETTING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_START_REQUEST_AUDIO_SETTING_VALUES!r}")
