from typing import Literal

AvatarsListStatus = Literal["completed", "failed", "pending", "processing"]

AVATARS_LIST_STATUS_VALUES: set[AvatarsListStatus] = {
    "completed",
    "failed",
    "pending",
    "processing",
}


def check_avatars_list_status(value: str) -> AvatarsListStatus:
    if value in AVATARS_LIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AVATARS_LIST_STATUS_VALUES!r}")
