from typing import Literal

Wan25RequestTaskType = Literal[
    "first_frame", "first_last_frame", "reference_image", "text_to_video", "video_edit", "video_extend"
]

WAN_25_REQUEST_TASK_TYPE_VALUES: set[Wan25RequestTaskType] = {
    "first_frame",
    "first_last_frame",
    "reference_image",
    "text_to_video",
    "video_edit",
    "video_extend",
}


def check_wan_25_request_task_type(value: str) -> Wan25RequestTaskType:
    if value in WAN_25_REQUEST_TASK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_25_REQUEST_TASK_TYPE_VALUES!r}")
