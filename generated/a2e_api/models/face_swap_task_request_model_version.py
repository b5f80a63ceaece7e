from typing import Literal

FaceSwapTaskRequestModelVersion = Literal["v1", "v2"]

FACE_SWAP_TASK_REQUEST_MODEL_VERSION_VALUES: set[FaceSwapTaskRequestModelVersion] = {
    "v1",
    "v2",
}


def check_face_swap_task_request_model_version(value: str) -> FaceSwapTaskRequestModelVersion:
    if value in FACE_SWAP_TASK_REQUEST_MODEL_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FACE_SWAP_TASK_REQUEST_MODEL_VERSION_VALUES!r}")
