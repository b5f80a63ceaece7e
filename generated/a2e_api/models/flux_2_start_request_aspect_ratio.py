from typing import Literal

Flux2StartRequestAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "custom", "match_input_image"]

FLUX_2_START_REQUEST_ASPECT_RATIO_VALUES: set[Flux2StartRequestAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "custom",
    "match_input_image",
}


def check_flux_2_start_request_aspect_ratio(value: str) -> Flux2StartRequestAspectRatio:
    if value in FLUX_2_START_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_2_START_REQUEST_ASPECT_RATIO_VALUES!r}")
