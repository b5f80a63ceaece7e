from typing import Literal

Wan25RequestModel = Literal["wan2.5-i2v-preview", "wan2.6-i2v", "wan2.6-i2v-flash", "wan2.7-i2v"]

WAN_25_REQUEST_MODEL_VALUES: set[Wan25RequestModel] = {
    "wan2.5-i2v-preview",
    "wan2.6-i2v",
    "wan2.6-i2v-flash",
    "wan2.7-i2v",
}


def check_wan_25_request_model(value: str) -> Wan25RequestModel:
    if value in WAN_25_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_25_REQUEST_MODEL_VALUES!r}")
