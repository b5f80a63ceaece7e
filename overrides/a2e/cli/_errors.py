"""Errors as the command line tells them: a message in its own words, a hint saying what to do next (with its
flags, environment variables and commands), and the facts a script needs (the field, the task, the trace id).
Nothing here ever holds the API key: every text passes `redact`."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, NamedTuple

from .._exceptions import (
    A2EError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    HostsOccupiedError,
    InsufficientCreditsError,
    InvalidRequestError,
    MinorSuspectedError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TaskFailedError,
    UnexpectedResponseError,
    WaitTimeoutError,
    carried_loss,
)
from . import _vocabulary

if TYPE_CHECKING:
    from _a2e_api.operations.types import Operation


class UsageError(Exception):
    """A command line the command cannot act on (exit code 2); `hint` says where to look."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


HINTS = "a2e_cli_hints"  # the attribute holding the hints the command line adds to an error on its way out
SECRETS: set[str] = set()  # the API keys in play (from a flag, the environment or a profile), cut from every text


def add_hint(error: BaseException, text: str) -> None:
    setattr(error, HINTS, [*getattr(error, HINTS, []), text])


def keep_secret(key: str | None) -> None:
    if key and len(key.strip()) >= 4:
        SECRETS.add(key.strip())


def redact(text: str) -> str:
    for key in SECRETS | {os.environ.get("A2E_API_KEY", "").strip()}:
        if len(key) >= 4:
            text = text.replace(key, "<redacted>")
    return text


class Explained(NamedTuple):
    """An error as the command line shows it: `type` is the class name."""

    type: str
    message: str
    hint: str | None
    details: dict[str, Any]


def explain(error: BaseException) -> Explained:
    lost = carried_loss(error) or error
    if isinstance(lost, OutcomeUnknownError):
        message, advice = lost_call(lost)
        if isinstance(error, KeyboardInterrupt):
            message = f"interrupted: {message}"
    elif isinstance(error, KeyboardInterrupt):
        message, advice = "interrupted", None
    else:
        message, advice = words_of(error)
    said = f"a2e: {lost}"  # the note an interrupted charged call carries, said by lost_call instead
    notes = [str(note) for note in getattr(error, "__notes__", ()) if str(note) != said]
    if notes:
        message = f"{message} ({'; '.join(notes)})"
    hints = [text for text in (*getattr(error, HINTS, []), advice) if text] or [standing_hint(error)]
    hint = "; ".join(text for text in hints if text) or None
    return Explained(
        type(error).__name__,
        redact(" ".join(message.split())),
        redact(hint) if hint else None,
        {key: redact(value) if isinstance(value, str) else value for key, value in details(error, lost).items()},
    )


def words_of(error: BaseException) -> tuple[str, str | None]:
    """The error's message in the command line's words, and the advice the library gave in it, as a hint."""
    if isinstance(error, UsageError):
        return str(error), error.hint
    if isinstance(error, OSError) and not isinstance(error, A2EError) and error.strerror:
        return (f"{error.strerror}: {error.filename}" if error.filename else error.strerror), None
    message, advice = _vocabulary.cut_advice(str(error))
    message = _vocabulary.client_words(message)
    op = operation_of(error)
    if isinstance(error, InvalidRequestError) and op is not None:
        message = _vocabulary.operation_words(op, message.removeprefix(f"{error.operation}: "))
    return message, advice


def operation_of(error: BaseException) -> Operation | None:
    from _a2e_api.operations import OPERATIONS

    return OPERATIONS.get(str(getattr(error, "operation", None)))


def details(error: BaseException, lost: BaseException) -> dict[str, Any]:
    """What a script may act on: the trace id always (null when there is none), the rest where the error has it."""
    found: dict[str, Any] = {"trace_id": error.trace_id if isinstance(error, APIError) else None}
    if isinstance(error, InvalidRequestError) and error.field is not None:
        found["field"] = _vocabulary.field_flag(operation_of(error), error.field)
    if isinstance(error, (TaskFailedError, WaitTimeoutError)):
        found["task_id"] = error.task_id
    if isinstance(lost, OutcomeUnknownError):
        found["name"] = lost.name
        found["list_operation"] = command(lost.list_operation) if lost.list_operation else None
    return found


def lost_call(lost: OutcomeUnknownError) -> tuple[str, str]:
    """What happened to a charged call whose outcome is unknown, and how to find its task, in commands."""
    what = str(lost.cause) if lost.cause is not None else "the command was stopped while the request was in flight"
    message = (
        f"{what}. `{command(lost.operation)}` may have created the task on A2E and charged for it: "
        "do not run it again blindly"
    )
    if lost.list_operation is None:
        return message, "check your A2E account's records"
    where = f"`{command(lost.list_operation)}` lists the family's newest tasks"
    if lost.name is None:
        flag = name_flag(lost.operation)
        return message, f"{where} (no name was sent to tell it apart: pass a unique {flag} next time)"
    return message, f"{where}: look for the one named {lost.name!r}"


def name_flag(operation_id: str | None) -> str:
    """The flag that names a create's task (`--name`, or `--title` for avatar videos)."""
    from _a2e_api.operations import OPERATIONS

    from .._operations import NAME_FIELDS

    op = OPERATIONS.get(str(operation_id))
    wires = {field["wire"] for field in op["params"]} if op is not None else set()
    return next((f"--{field}" for field in NAME_FIELDS if field in wires), "--name")


def command(operation_id: str | None) -> str:
    """The command of an operation: `a2e GROUP METHOD`."""
    from _a2e_api.operations import OPERATIONS

    op = OPERATIONS.get(str(operation_id))
    return f"a2e {op['group']} {op['name']}" if op else f"a2e {operation_id}"


# What to do about an error of a kind, when nothing more particular is known; the first class that matches.
STANDING_HINTS: list[tuple[type[BaseException], str]] = [
    (ConfigurationError, "`a2e doctor` shows each setting and where it came from"),
    (PermissionDeniedError, "the key is valid but may not do this (a plan restriction or a limit); see your account"),
    (
        AuthenticationError,
        "check the key with `a2e doctor`; give another with --api-key, A2E_API_KEY or `a2e config set api_key -`",
    ),
    (InsufficientCreditsError, "`a2e credits` shows the account's coins"),
    (MinorSuspectedError, "for an adult, send it again with --minor-suspected-skip"),
    (HostsOccupiedError, "no streaming host is free: try again later"),
    (RateLimitError, "too many requests: wait a little and try again"),
    (APITimeoutError, "raise --timeout (seconds per request, default 60), or store it: `a2e config set timeout N`"),
    (APIConnectionError, "check the base URL and the network: `a2e doctor`"),
    (UnexpectedResponseError, "is the base URL A2E's API? `a2e doctor` shows it and where it came from"),
    (NotFoundError, "check the id, and the region it was made in (--region)"),
    (ServerError, "A2E failed: try again later; quote the trace id to A2E's support"),
]


def standing_hint(error: BaseException) -> str | None:
    retry_after = getattr(error, "retry_after", None)
    if isinstance(retry_after, (int, float)):
        return f"A2E asks to try again in {retry_after:g} s"
    if isinstance(error, InvalidRequestError):
        op = operation_of(error)
        return f"`{command(error.operation)} --help` lists its flags" if op is not None else None
    return next((hint for kind, hint in STANDING_HINTS if isinstance(error, kind)), None)
