from typing import Literal

VideoGenerateRequestAnchorType = Literal[0, 1]

VIDEO_GENERATE_REQUEST_ANCHOR_TYPE_VALUES: set[VideoGenerateRequestAnchorType] = {
    0,
    1,
}


def check_video_generate_request_anchor_type(value: int) -> VideoGenerateRequestAnchorType:
    if value in VIDEO_GENERATE_REQUEST_ANCHOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_GENERATE_REQUEST_ANCHOR_TYPE_VALUES!r}")
