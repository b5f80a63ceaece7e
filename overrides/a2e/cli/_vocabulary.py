"""The command line's words for the library's Python ones. The library advises callers of Python (`pass
api_key=...`, `raise timeout=`, `audio_src is required`); a person at the shell has flags, environment variables
and `a2e config` instead. Every rewrite is here, so no message of the command line sends anyone to Python."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _a2e_api.operations.types import Operation

KEY_HINT = (
    "pass --api-key KEY, set A2E_API_KEY, or store it with `a2e config set api_key -` (reads it from stdin); "
    "A2E shows it under Account > API Token"
)

# Advice the library ends a message with, cut off and given as the hint in the command line's words instead.
ADVICE = [
    (re.compile(r":? pass api_key=\.\.\. or set A2E_API_KEY \(Account > API Token in A2E\)"), KEY_HINT),
    (re.compile(r"; wait again or raise timeout=$"), "raise --wait-timeout to wait longer"),
    (
        re.compile(r": call\(\) takes A2E's wire names; pass (\w+)= \(or use the typed method\)"),
        r"--json takes A2E's wire names: \1 (or use the operation's flag)",
    ),
]

# Client arguments the library writes as `name=` (`timeout=0`, `pass base_url= or region=`), and their flags.
WORDS = {
    "api_key": "--api-key",
    "base_url": "--base-url",
    "region": "--region",
    "timeout": "--timeout",
    "max_retries": "--max-retries",
    "overwrite": "--overwrite",
    "url": "URL",
}
ASSIGNED = re.compile(r"\b(" + "|".join(WORDS) + r")=('[^']*'|\"[^\"]*\"|[^\s,;:]*)")
FLAGLESS_VALUES = ("", "...", "True")  # `overwrite=True` is the flag alone

# An operation's argument in the library's messages: `page_size (wire name 'pageSize')`, or its bare name where a
# message lists arguments (`pass audio_src or custom_voice`, `anchor_type is required when ...`).
LABEL = re.compile(r"\b(\w+) \(wire name '[^']*'\)")
LISTED = re.compile(
    r"(?:^|(?<=pass )|(?<= or )|(?<= with )|(?<= and )|(?<=when ))(\w+)(?=$|:| is | or | with | and | exclude)"
)


def option(python_name: str) -> str:
    return "--" + python_name.replace("_", "-")


def cut_advice(message: str) -> tuple[str, str | None]:
    """The message without the library's Python advice, and that advice in the command line's words."""
    for pattern, hint in ADVICE:
        found = pattern.search(message)
        if found:
            return pattern.sub("", message), found.expand(hint)
    return message, None


def client_words(message: str) -> str:
    """`timeout=0` as `--timeout 0`, `pass overwrite=True` as `pass --overwrite`."""

    def word(match: re.Match[str]) -> str:
        flag, value = WORDS[match[1]], match[2]
        return flag if value in FLAGLESS_VALUES else f"{flag} {value}"

    return ASSIGNED.sub(word, message)


def operation_words(op: Operation, message: str) -> str:
    """The operation's argument names in `message` as its flags (`--audio-src`)."""
    names = {field["python"] for field in op["params"]}

    def flag(match: re.Match[str]) -> str:
        return option(match[1]) if match[1] in names else match[0]

    return LISTED.sub(flag, LABEL.sub(flag, message))


def field_flag(op: Operation | None, field: str) -> str:
    """The flag for the field an InvalidRequestError names (a wire name, a Python name or a label)."""
    match = LABEL.fullmatch(field)
    name = match[1] if match else field
    for param in op["params"] if op is not None else []:
        if name in (param["python"], param["wire"]):
            return option(param["python"])
    return WORDS.get(name, name)
