from typing import Literal

VideosListAnchorsRequestWebType = Literal["a2e", "tyzn"]

VIDEOS_LIST_ANCHORS_REQUEST_WEB_TYPE_VALUES: set[VideosListAnchorsRequestWebType] = {
    "a2e",
    "tyzn",
}


def check_videos_list_anchors_request_web_type(value: str) -> VideosListAnchorsRequestWebType:
    if value in VIDEOS_LIST_ANCHORS_REQUEST_WEB_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEOS_LIST_ANCHORS_REQUEST_WEB_TYPE_VALUES!r}")
