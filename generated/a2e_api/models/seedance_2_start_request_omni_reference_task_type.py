from typing import Literal

Seedance2StartRequestOmniReferenceTaskType = Literal["edit", "extend", "reference"]

SEEDANCE_2_START_REQUEST_OMNI_REFERENCE_TASK_TYPE_VALUES: set[Seedance2StartRequestOmniReferenceTaskType] = {
    "edit",
    "extend",
    "reference",
}


def check_seedance_2_start_request_omni_reference_task_type(value: str) -> Seedance2StartRequestOmniReferenceTaskType:
    if value in SEEDANCE_2_START_REQUEST_OMNI_REFERENCE_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_2_START_REQUEST_OMNI_REFERENCE_TASK_TYPE_VALUES!r}"
    )
