from typing import Literal

PhotobookStartRequestTotalCount = Literal[4, 8, 12, 16]

PHOTOBOOK_START_REQUEST_TOTAL_COUNT_VALUES: set[PhotobookStartRequestTotalCount] = {
    4,
    8,
    12,
    16,
}


def check_photobook_start_request_total_count(value: int) -> PhotobookStartRequestTotalCount:
    if value in PHOTOBOOK_START_REQUEST_TOTAL_COUNT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHOTOBOOK_START_REQUEST_TOTAL_COUNT_VALUES!r}")
