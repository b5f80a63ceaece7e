"""`--field PATH`: one value out of a result's JSON by a dotted path (`data.0._id`, `result_urls.0`), keys by
name and list items by number."""

from __future__ import annotations

import json
from typing import Any

from ._errors import UsageError

MISSED = "the command itself ran; a path names keys and list items as the JSON printed without --field has them"


def pick(data: Any, path: str) -> Any:
    """The value at `path` in `data`; a UsageError naming the path, and what there is where it failed, otherwise."""
    current = data
    steps = path.split(".")
    for depth, step in enumerate(steps):
        current = step_into(current, step, path, ".".join(steps[:depth]) or "the top")
    return current


def step_into(value: Any, step: str, path: str, where: str) -> Any:
    if isinstance(value, dict):
        if step in value:
            return value[step]
        keys = ", ".join(value) or "none"
        raise UsageError(f"--field {path}: no {step!r} at {where}; the keys there: {keys}", MISSED)
    if isinstance(value, list):
        index = int(step) if step.lstrip("-").isdigit() else None
        if index is not None and -len(value) <= index < len(value):
            return value[index]
        raise UsageError(f"--field {path}: no item {step!r} at {where}, a list of {len(value)} items", MISSED)
    kind = "null" if value is None else type(value).__name__
    raise UsageError(f"--field {path}: {where} is a {kind}, with no {step!r} in it", MISSED)


def text(value: Any) -> str:
    """A string as it is; anything else as one line of JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
