from typing import Literal

Flux2StartRequestResolution = Literal["1K", "2K"]

FLUX_2_START_REQUEST_RESOLUTION_VALUES: set[Flux2StartRequestResolution] = {
    "1K",
    "2K",
}


def check_flux_2_start_request_resolution(value: str) -> Flux2StartRequestResolution:
    if value in FLUX_2_START_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_2_START_REQUEST_RESOLUTION_VALUES!r}")
