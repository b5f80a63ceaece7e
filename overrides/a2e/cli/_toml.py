"""TOML for the config file: a table per profile of strings and numbers. The standard library only reads TOML
(tomllib); this writes the little the config file holds, and refuses anything else."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

Value = str | int | float

BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")
ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def dumps(tables: Mapping[str, Mapping[str, Value]]) -> str:
    """`tables` as TOML: `[name]` and `key = value` lines, a blank line between tables."""
    blocks = []
    for name, values in tables.items():
        lines = [f"[{key(name)}]", *(f"{key(k)} = {value(v)}" for k, v in values.items())]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def key(name: str) -> str:
    return name if BARE_KEY.match(name) else string(name)


def string(text: str) -> str:
    """A basic string: quotes, backslashes and control characters escaped, as TOML requires."""
    return '"' + "".join(escape(char) for char in text) + '"'


def escape(char: str) -> str:
    if char in ESCAPES:
        return ESCAPES[char]
    if char < " " or char == "\x7f":
        return f"\\u{ord(char):04x}"
    return char


def value(item: Value) -> str:
    if isinstance(item, bool):  # a bool is an int to Python, and no setting of the file is one
        raise TypeError("the config file holds no booleans")
    if isinstance(item, int):
        return str(item)
    if isinstance(item, float):
        if not math.isfinite(item):
            raise ValueError(f"{item} is not a finite number")
        return repr(item)  # always a valid TOML float: 7.5, 1e-05, 1e+16
    if isinstance(item, str):
        return string(item)
    raise TypeError(f"the config file holds strings and numbers, not {type(item).__name__}")
