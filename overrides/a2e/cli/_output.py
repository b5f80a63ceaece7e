"""What the command prints: results as JSON on stdout; messages, progress and errors on stderr; exit codes; and
the check that an output path (`-o`) can be written."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Any

from .._exceptions import (
    A2EError,
    APITimeoutError,
    ConfigurationError,
    InvalidRequestError,
    OutcomeUnknownError,
    TaskFailedError,
    WaitTimeoutError,
    carried_loss,
)

OK = 0
API_ERROR = 1
USAGE = 2
TASK_FAILED = 3
TIMEOUT = 4
INTERRUPTED = 130
BROKEN_PIPE = 141  # stdout closed early (`| head`), as for a program stopped by SIGPIPE

EXIT_CODES = f"""exit codes:
  {OK}    success
  {API_ERROR}    A2E answered with an error or could not be reached (also a failed upload or download)
  {USAGE}    usage error: bad arguments, a value the spec refuses, no API key or another bad setting
  {TASK_FAILED}    the task failed (A2E ended it in its failure status)
  {TIMEOUT}    timeout: a wait ran out (--wait-timeout) or a request timed out (--timeout)
  {INTERRUPTED}  interrupted (Ctrl-C); a task already created goes on"""


class UsageError(Exception):
    """A command line the command cannot act on (exit code 2)."""


def plain(value: Any) -> Any:
    """`value` as JSON-ready data: models through their `to_dict()`, lists and mappings item by item."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, PurePath):
        return str(value)
    return value


def emit(value: Any) -> None:
    """Print a result on stdout as JSON."""
    print(json.dumps(plain(value), indent=2, ensure_ascii=False, default=str), flush=True)


class Messages:
    """Lines for the person at the terminal, on stderr; `quiet` keeps all but errors back."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet

    def info(self, text: str) -> None:
        if not self.quiet:
            print(text, file=sys.stderr, flush=True)


def check_output(output: Path | None, overwrite: bool) -> None:
    """Refuse an output path that cannot be written before anything is created (and charged)."""
    if output is None or output.is_dir():
        return
    if output.exists() and not overwrite:
        raise UsageError(f"{output} exists; pass --overwrite to replace it")
    if not output.parent.is_dir():
        raise UsageError(f"folder {output.parent} does not exist")


def exit_code(error: BaseException) -> int:
    if isinstance(error, KeyboardInterrupt):
        return INTERRUPTED
    if isinstance(error, (UsageError, InvalidRequestError, ConfigurationError)):
        return USAGE
    if isinstance(error, TaskFailedError):
        return TASK_FAILED
    if isinstance(error, (WaitTimeoutError, APITimeoutError)):
        return TIMEOUT
    return API_ERROR


def describe(error: BaseException) -> str:
    """One line for the error: its kind, its message and its notes; never the API key."""
    lost = carried_loss(error) or error
    said = f"a2e: {lost}"  # the note an interrupted charged call carries, said below in commands instead
    notes = [str(note) for note in getattr(error, "__notes__", ()) if str(note) != said]
    if isinstance(lost, OutcomeUnknownError):  # a charged call that may have created its task
        kind = "interrupted" if isinstance(error, KeyboardInterrupt) else type(error).__name__
        text = f"{kind}: {lost_line(lost)}"
    elif isinstance(error, KeyboardInterrupt):
        text = "interrupted"
    elif isinstance(error, UsageError):
        text = str(error)
    elif isinstance(error, A2EError):
        text = f"{type(error).__name__}: {error}"
    elif isinstance(error, OSError) and error.strerror:
        text = f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    else:
        text = f"{type(error).__name__}: {error}"
    if notes:
        text = f"{text} ({'; '.join(notes)})"
    return redact(" ".join(text.split()))


def lost_line(lost: OutcomeUnknownError) -> str:
    """What happened to a charged call whose outcome is unknown, and how to find its task, in commands."""
    what = str(lost.cause) if lost.cause is not None else "the command was stopped while the request was in flight"
    line = (
        f"{what}. `{command(lost.operation)}` may have created the task on A2E and charged for it: "
        "do not run it again blindly"
    )
    if lost.list_operation is None:
        return f"{line}; check your A2E account's records"
    where = f"`{command(lost.list_operation)}` lists the family's newest tasks"
    if lost.name is None:
        flag = name_flag(lost.operation)
        return f"{line}; {where} (no name was sent to tell it apart: pass a unique {flag} next time)"
    return f"{line}; {where}: look for the one named {lost.name!r}"


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


def redact(text: str) -> str:
    key = os.environ.get("A2E_API_KEY", "").strip()
    return text.replace(key, "<redacted>") if len(key) >= 4 and key in text else text


def report(error: BaseException) -> int:
    """Print the error's line on stderr; return its exit code."""
    print(f"a2e: {describe(error)}", file=sys.stderr, flush=True)
    return exit_code(error)
