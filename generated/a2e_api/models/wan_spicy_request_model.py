from typing import Literal

WanSpicyRequestModel = Literal["wan2.2-i2v-spicy", "wan2.7-i2v-spicy"]

WAN_SPICY_REQUEST_MODEL_VALUES: set[WanSpicyRequestModel] = {
    "wan2.2-i2v-spicy",
    "wan2.7-i2v-spicy",
}


def check_wan_spicy_request_model(value: str) -> WanSpicyRequestModel:
    if value in WAN_SPICY_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_SPICY_REQUEST_MODEL_VALUES!r}")
