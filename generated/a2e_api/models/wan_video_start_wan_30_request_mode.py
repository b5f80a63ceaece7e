from typing import Literal

WanVideoStartWan30RequestMode = Literal["first-frame", "first-last-frames", "reference", "text-to-video"]

WAN_VIDEO_START_WAN_30_REQUEST_MODE_VALUES: set[WanVideoStartWan30RequestMode] = {
    "first-frame",
    "first-last-frames",
    "reference",
    "text-to-video",
}


def check_wan_video_start_wan_30_request_mode(value: str) -> WanVideoStartWan30RequestMode:
    if value in WAN_VIDEO_START_WAN_30_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_VIDEO_START_WAN_30_REQUEST_MODE_VALUES!r}")
