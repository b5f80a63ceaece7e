"""Every error the client raises.

A2EError
 ├── ConfigurationError        the client cannot be built (no API key, plain-http base URL, bad region)
 ├── ClientClosedError         a call on a closed client (the error says where it was closed); nothing sent
 ├── InvalidRequestError       an argument breaks the spec; raised before anything is sent
 ├── APIConnectionError        no usable answer came back (DNS, refused, TLS, reset)
 │    ├── APITimeoutError      the request took longer than the timeout
 │    └── OutcomeUnknownError  a charged call may have reached A2E but its answer was lost: do not resend
 │                             blindly; `client.find_created(error)` looks for the task
 ├── UnexpectedResponseError   the answer is not the A2E envelope (HTML page, bad JSON, wrong shape)
 │    └── MissingFieldError    a field the spec marks as always sent was not in the answer; raised when it is read
 ├── APIError                  A2E answered with an error: HTTP status, `code`, `msg`, `trace_id`
 │    ├── BadRequestError      400/422, or a non-zero `code` that names bad input
 │    ├── AuthenticationError  401, or `code` 401 inside HTTP 200
 │    │    └── PermissionDeniedError   403: the token may not do this (plan, limits such as voice clones)
 │    ├── InsufficientCreditsError     402, `code` 402, or a message saying the coins do not suffice
 │    ├── ContentRejectedError `code` 1003: A2E refuses the input (a detected minor); nothing overrides it
 │    │    └── MinorSuspectedError     `code` 1004: resend with `minor_suspected_skip=True` for an adult
 │    ├── NotFoundError        404 with an envelope, or a task id A2E does not know
 │    ├── RateLimitError       429; `retry_after` in seconds when A2E sent it
 │    ├── HostsOccupiedError   `code` 1001: no free streaming host; retry later
 │    └── ServerError          5xx
 │         └── ServiceUnavailableError  503: a provider behind A2E is unavailable; `retry_after` as above
 ├── TaskFailedError           a task ended in its dialect's failure status
 ├── WaitTimeoutError          a task did not end within the wait's timeout
 ├── DownloadError             a result file could not be fetched completely
 └── UploadError               a local file could not be stored

Which code, status or message maps to which class is written in the spec (`x-a2e-errors`).
No message, repr or attribute ever holds the API key.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _a2e_api.resources import TaskRecords

__all__ = [
    "A2EError",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
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
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "TaskFailedError",
    "UnexpectedResponseError",
    "UploadError",
    "WaitTimeoutError",
]


class A2EError(Exception):
    """Base class of every error raised by the a2e client."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled and copied with every field as it is, without calling `__init__` again (whose parameters
        differ from class to class), so an error crosses a process pool, Celery or joblib whole."""
        return rebuilt, (type(self), self.args, self.__dict__)


def rebuilt(cls: type[A2EError], args: tuple[Any, ...], fields: dict[str, Any]) -> A2EError:
    """An error of class `cls` with `args` and `fields`, as `A2EError.__reduce__` recorded it."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(fields)
    return error


MESSAGE_LIMIT = 1000  # characters of a server's message kept in an error; the rest is cut


def shown(value: object, limit: int = 60) -> str:
    """`repr(value)` for a message, at most `limit` characters, and never an exception: a caller's argument whose
    `__repr__` fails (or would print a gigabyte) must not turn a refusal into a raw error of its own."""
    if isinstance(value, (str, bytes)) and len(value) > limit:
        value = value[:limit]
    try:
        text = repr(value)
    except Exception:
        text = f"<{type(value).__name__} object (its repr failed)>"
    return text if len(text) <= limit else f"{text[: max(limit - 3, 1)]}..."


def did_you_mean(name: str, choices: Iterable[str], otherwise: str) -> str:
    """The closest of `choices` to a misspelt `name` ("did you mean x, y?"), or `otherwise` when none is close."""
    import difflib  # only on error paths

    close = difflib.get_close_matches(name, list(choices), n=3, cutoff=0.6)
    return f"did you mean {', '.join(close)}?" if close else otherwise


def excerpt(text: str) -> str:
    """At most MESSAGE_LIMIT characters of a server-provided text, marked when cut."""
    return text if len(text) <= MESSAGE_LIMIT else f"{text[:MESSAGE_LIMIT]}... ({len(text)} characters in all)"


class ConfigurationError(A2EError):
    """The client was given settings it cannot work with."""


class ClientClosedError(A2EError):
    """A call on a client after `close()` (or the end of its outermost `with` block), on a `with_options` copy of
    one, or on a client whose `http_client=` its owner closed. Nothing was sent; make a new client."""


class InvalidRequestError(A2EError):
    """An argument does not satisfy the API's schema. Nothing was sent.

    `field` names the argument as Python code passes it (`audio_src`), `wire` as A2E names it (`audioSrc`);
    both are None when no single argument is at fault."""

    def __init__(self, operation: str, field: str | None, message: str, *, wire: str | None = None) -> None:
        self.operation: str = operation
        self.field: str | None = field
        self.wire: str | None = wire if wire is not None else field
        super().__init__(f"{operation}: {message}")


class APIConnectionError(A2EError):
    """The request did not get an HTTP answer; `request_sent` is False when it never left the machine."""

    def __init__(self, message: str, *, operation: str | None = None, request_sent: bool = True) -> None:
        self.operation = operation
        self.request_sent = request_sent
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class OutcomeUnknownError(APIConnectionError):
    """A charged call (a create) may have reached A2E, but its answer was lost or unreadable, so whether A2E
    created the task, and charged for it, is unknown. Sending it again could pay twice.

    `name` is the name the call gave its task (if any), `list_operation` the operation that lists the family's
    tasks, `sent_at` when the call was sent (Unix time); `client.find_created(error)` uses them to look the task
    up. `cause` is what went wrong (a timeout, a dropped connection, an unreadable body; None for an interrupt)
    and `body` the start of the answer's body when one arrived but could not be read.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        name: str | None,
        list_operation: str | None,
        sent_at: float,
        cause: A2EError | None,
        body: str = "",
    ) -> None:
        self.name = name
        self.list_operation = list_operation
        self.sent_at = sent_at
        self.cause = cause
        self.body: str = body[:500]
        super().__init__(excerpt(message), operation=operation, request_sent=True)


def carried_loss(error: BaseException) -> OutcomeUnknownError | None:
    """The OutcomeUnknownError an interrupted charged call carries (`a2e_outcome_unknown`): on the
    KeyboardInterrupt or CancelledError itself, or on the one an outer timeout raised its TimeoutError from
    (`asyncio.wait_for`, `asyncio.timeout`)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lost = getattr(current, "a2e_outcome_unknown", None)
        if isinstance(lost, OutcomeUnknownError):
            return lost
        current = current.__cause__ or current.__context__
    return None


class UnexpectedResponseError(A2EError):
    """A2E (or whatever answered) sent something that is not the documented envelope."""

    def __init__(self, message: str, *, status_code: int | None = None, body: str = "", operation: str | None = None):
        self.status_code = status_code
        self.body: str = body[:500]
        self.operation = operation
        super().__init__(excerpt(message))


class MissingFieldError(UnexpectedResponseError, AttributeError):
    """An answer lacked (or sent as null) a field the spec marks as always sent (`x-a2e-always-sent`), and the
    field was read. The call itself succeeded: its other fields read as usual.

    `field` is the attribute read (`created_at`), `wire` A2E's name for it (`createdAt`), `model` the class it
    belongs to, `operation` and `trace_id` the call and answer it came from (None for a model not read from a
    call's answer). An AttributeError too, so `getattr(model, name, None)` and `hasattr` treat the field as absent.
    """

    def __init__(
        self,
        message: str | None = None,
        *,
        field: str | None = None,
        wire: str | None = None,
        model: str | None = None,
        operation: str | None = None,
        trace_id: str | None = None,
    ) -> None:
        self.field: str | None = field
        self.wire: str | None = wire if wire is not None else field
        self.model: str | None = model
        self.trace_id: str | None = trace_id
        super().__init__(message or self._described(operation), operation=operation)

    def _described(self, operation: str | None) -> str:
        wire = f" (wire name {self.wire!r})" if self.wire != self.field else ""
        if operation is None:
            where = "not read from a call's answer"
        else:
            where = f"{operation}, trace_id {self.trace_id}" if self.trace_id else f"{operation}, no trace_id"
        return (
            f"{self.model}.{self.field}{wire}: A2E did not send it in this answer ({where}); "
            "the spec marks it as always sent — please report it"
        )


class APIError(A2EError):
    """A2E reported an error: `code` is A2E's own, `status_code` the HTTP status."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | None = None,
        trace_id: str | None = None,
        operation: str | None = None,
        body: Any = None,
    ) -> None:
        self.msg: str = excerpt(message)
        self.status_code = status_code
        self.code = code
        self.trace_id = trace_id
        self.operation = operation
        self.body = body
        super().__init__(message)

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        parts = [f"HTTP {self.status_code}"]
        if self.code is not None:
            parts.append(f"code {self.code}")
        if self.trace_id:
            parts.append(f"trace_id {self.trace_id}")
        return f"{where}{self.msg} ({', '.join(parts)})"


class BadRequestError(APIError):
    """A2E rejected the request's content."""


class AuthenticationError(APIError):
    """The API key is missing, wrong, or may not use this operation."""


class PermissionDeniedError(AuthenticationError):
    """The key is valid but may not do this (HTTP 403): a plan restriction or a limit such as voice clones."""


class InsufficientCreditsError(APIError):
    """The account has too few credits (coins) for this call; nothing was started."""


class ContentRejectedError(APIError):
    """A2E refused the input itself (`code` 1003: a detected minor). Sending it again does not help."""


class MinorSuspectedError(ContentRejectedError):
    """A suspected minor aged 10 to 14 (`code` 1004): for an adult, resend with `minor_suspected_skip=True`."""


class NotFoundError(APIError):
    """No record with this id."""


class RateLimitError(APIError):
    """Too many requests."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class HostsOccupiedError(APIError):
    """Every streaming host is busy (`code` 1001); try again later or on the other region."""


class ServerError(APIError):
    """A2E failed while handling the request."""


class ServiceUnavailableError(ServerError):
    """A provider behind A2E is unavailable or not configured (HTTP 503); try again later, after `retry_after`
    seconds when A2E sent a Retry-After."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


# The errors whose answer may say when to try again (a Retry-After header), kept on them as `retry_after`.
RETRY_AFTER_ERRORS = (RateLimitError, ServiceUnavailableError)


class TaskFailedError(A2EError):
    """A task ended in failure; `message` is A2E's reason and `record` the final record."""

    def __init__(self, task_id: str, status: str, message: str | None, record: TaskRecords | None = None) -> None:
        self.task_id: str = task_id
        self.status: str = status
        self.message: str | None = message
        self.record: TaskRecords | None = record  # the final record, typed as the family's wait returns it
        super().__init__(f"task {task_id} ended with status {status!r}: {message or 'no reason given'}")


class WaitTimeoutError(A2EError):
    """A task was still running when the wait gave up; the task itself goes on."""

    def __init__(self, task_id: str, timeout: float, last_status: str | None) -> None:
        self.task_id = task_id
        self.timeout = timeout
        self.last_status = last_status
        super().__init__(
            f"task {task_id} still {last_status or 'unknown'} after {timeout:g} s; wait again or raise timeout="
        )


class DownloadError(A2EError):
    """A result file could not be fetched in full; nothing was left at the destination."""


class UploadError(A2EError):
    """A local file could not be stored with A2E; the file itself is untouched."""
