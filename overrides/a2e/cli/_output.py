"""What the command prints: results as JSON on stdout; messages and errors on stderr (errors as JSON for scripts);
exit codes; and the check that an output path (`-o`) can be written."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Any

from .._exceptions import (
    APITimeoutError,
    ConfigurationError,
    InvalidRequestError,
    TaskFailedError,
    WaitTimeoutError,
)
from . import _errors
from ._errors import UsageError

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


def headline(explained: _errors.Explained) -> str:
    """The error's line for people: its kind and message (a usage error or an interrupt without a kind)."""
    if explained.type in ("UsageError", "KeyboardInterrupt"):
        return explained.message
    return f"{explained.type}: {explained.message}"


def describe(error: BaseException) -> str:
    """One line for the error: its kind, its message, its notes and the hint; never the API key."""
    explained = _errors.explain(error)
    line = headline(explained)
    return f"{line}; {explained.hint}" if explained.hint else line


def as_json(explained: _errors.Explained) -> str:
    body = {"type": explained.type, "message": explained.message, "hint": explained.hint, **explained.details}
    return json.dumps({"error": body}, ensure_ascii=False)


def show_error(error: BaseException, json_errors: bool) -> None:
    """The error on stderr: one JSON object for scripts, or its line and a `hint:` line for people."""
    explained = _errors.explain(error)
    if json_errors:
        text = as_json(explained)
    else:
        text = f"a2e: {headline(explained)}" + (f"\nhint: {explained.hint}" if explained.hint else "")
    print(text, file=sys.stderr, flush=True)


def report(error: BaseException, json_errors: bool) -> int:
    """Show the error on stderr; return its exit code."""
    show_error(error, json_errors)
    return exit_code(error)


def json_errors_wanted(asked: bool) -> bool:
    """Errors as JSON: asked for (--json-errors), or stderr is no terminal (a script reads it)."""
    return asked or not sys.stderr.isatty()
