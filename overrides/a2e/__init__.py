"""Python client for the A2E AI-avatar API (https://video.a2e.ai).

    import a2e
    client = a2e.A2E()                                   # key from A2E_API_KEY
    audio = client.tts.generate(msg="Hello!", tts_id=voice_id)
    task = client.videos.generate(anchor_id=anchor_id, anchor_type=0, audio_src=audio)
    record = client.videos.wait(task.id, on_progress=print)
    client.download(record.result, "hello.mp4")

`a2e.operations()` lists every operation; `client.call(operation_id, **wire_params)` runs any of them.
"""

from typing import TYPE_CHECKING, Any

from ._config import REGIONS
from ._exceptions import (
    A2EError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ContentRejectedError,
    DownloadError,
    HostsOccupiedError,
    InsufficientCreditsError,
    InvalidRequestError,
    MinorSuspectedError,
    MissingFieldError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    TaskFailedError,
    UnexpectedResponseError,
    UploadError,
    WaitTimeoutError,
)
from ._sync_client import A2E
from ._version import __version__

if TYPE_CHECKING:
    from ._async_client import AsyncA2E
    from ._listing import OperationInfo, operations
    from ._many import TaskOutcome
    from ._raw_response import RawResponse
    from ._waiting import TaskProgress

# Imported when first used, not by `import a2e` (the async client too: a sync program never loads it).
LAZY = {
    "AsyncA2E": "._async_client",
    "OperationInfo": "._listing",
    "RawResponse": "._raw_response",
    "TaskOutcome": "._many",
    "TaskProgress": "._waiting",
    "operations": "._listing",
}


def __getattr__(name: str) -> Any:
    if name in LAZY:
        from importlib import import_module

        value = getattr(import_module(LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "A2E",
    "REGIONS",
    "A2EError",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncA2E",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ContentRejectedError",
    "DownloadError",
    "HostsOccupiedError",
    "InsufficientCreditsError",
    "InvalidRequestError",
    "MinorSuspectedError",
    "MissingFieldError",
    "NotFoundError",
    "OperationInfo",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ServerError",
    "ServiceUnavailableError",
    "TaskFailedError",
    "TaskOutcome",
    "TaskProgress",
    "UnexpectedResponseError",
    "UploadError",
    "WaitTimeoutError",
    "__version__",
    "operations",
]
