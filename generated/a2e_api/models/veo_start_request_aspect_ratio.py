from typing import Literal

VeoStartRequestAspectRatio = Literal["16:9", "9:16", "Auto"]

VEO_START_REQUEST_ASPECT_RATIO_VALUES: set[VeoStartRequestAspectRatio] = {
    "16:9",
    "9:16",
    "Auto",
}


def check_veo_start_request_aspect_ratio(value: str) -> VeoStartRequestAspectRatio:
    if value in VEO_START_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_START_REQUEST_ASPECT_RATIO_VALUES!r}")
