from typing import Literal

WanVideoStartWan30RequestModel = Literal["wan3.0-video", "wan3.0-video-prime"]

WAN_VIDEO_START_WAN_30_REQUEST_MODEL_VALUES: set[WanVideoStartWan30RequestModel] = {
    "wan3.0-video",
    "wan3.0-video-prime",
}


def check_wan_video_start_wan_30_request_model(value: str) -> WanVideoStartWan30RequestModel:
    if value in WAN_VIDEO_START_WAN_30_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_VIDEO_START_WAN_30_REQUEST_MODEL_VALUES!r}")
