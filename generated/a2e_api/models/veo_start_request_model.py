from typing import Literal

VeoStartRequestModel = Literal["veo3", "veo3_fast"]

VEO_START_REQUEST_MODEL_VALUES: set[VeoStartRequestModel] = {
    "veo3",
    "veo3_fast",
}


def check_veo_start_request_model(value: str) -> VeoStartRequestModel:
    if value in VEO_START_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_START_REQUEST_MODEL_VALUES!r}")
