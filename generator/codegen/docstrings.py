"""The docstrings of the typed methods: what the spec says of the operation, its confidence and its arguments."""

from __future__ import annotations

import textwrap
from typing import Any

from .signatures import return_annotation

# The text of an argument that neither A2E's catalogue and docs nor the spec describe.
BARE_FIELD = "(A2E documents nothing for this field)"


def docstring(op: dict[str, Any]) -> str:
    """An operation method's docstring: summary, description, notes, arguments, per-call options, returns."""
    lines = [op["summary"] + ("." if not op["summary"].endswith(".") else "")]
    if op["description"]:
        lines += ["", op["description"]]
    lines += ["", *notes(op)]
    if op["params"]:
        lines += ["", "Args:", *(line for field in op["params"] for line in argument(field))]
    lines += [
        "",
        "Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the",
        "way to send a field A2E takes that the spec lacks) and `timeout` (seconds).",
    ]
    if op["open_body"]:
        lines.append("A2E has not published all of this body's fields: pass them in `extra_body`.")
    lines += ["", "Returns:", f"    The envelope's `data` as {return_annotation(op['data'])}."]
    if op.get("followed_by"):
        then = f"`{op['followed_by']}` waits for it to end (or `client.wait_many([task, ...])`)"
        lines.append(f"    The new task: {then}.")
    return escaped(lines)


def argument(field: dict[str, Any]) -> list[str]:
    """One entry of `Args:`, wrapped; a field no source describes says so rather than staying blank."""
    label = field["python"] if field["python"] == field["wire"] else f"{field['python']} (`{field['wire']}`)"
    text = field["description"] or BARE_FIELD
    return textwrap.wrap(
        f"{label}: {text}",
        112,
        initial_indent="    ",
        subsequent_indent="        ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def notes(op: dict[str, Any]) -> list[str]:
    """Confidence, deprecation, other forms seen, charging and the wire form of the operation."""
    found = []
    if op["confidence"] not in ("published", "documented"):
        found.append(f"Confidence: {op['confidence']} (method, path or fields not confirmed by A2E's docs).")
    if op["deprecated"]:
        found.append(f"Deprecated: kept because A2E's docs list it; prefer {replacement(op)}.")
    if op["alternatives"]:
        found.append("Other forms seen: " + "; ".join(op["alternatives"]) + ".")
    if op["charged"]:
        found.append("Charged on creation: never retried automatically once it may have reached A2E.")
    found.append(f"Wire: {op['method']} {op['path']} (operation `{op['id']}`).")
    return found


def replacement(op: dict[str, Any]) -> str:
    return f"`client.{op['replaced_by']}`" if op["replaced_by"] else "the current operation"


def iter_docstring(op: dict[str, Any], is_async: bool) -> str:
    """The docstring of a paged list's `iter_` method."""
    pagination = op["pagination"]
    size = next(f for f in op["params"] if f["wire"] == pagination["size"])
    where = "the answer itself" if pagination["items"] == "$" else f"the answer's `{pagination['items']}`"
    total = f", or once the answer's `{pagination['total']}` is reached" if pagination["total"] else ""
    loop = "an `async for`" if is_async else "a `for`"
    text = (
        f"Every record of `{op['name']}`, for {loop} loop: page after page, each page fetched when the iteration "
        "reaches it. No request is sent until the first record is asked for. Each page is one call of "
        f"`{op['name']}` with `{pagination['page']}` from {pagination['first']} upwards (records in {where}); "
        f"the iteration ends after a page shorter than the page size or an empty page{total}."
    )
    if op["deprecated"]:
        text += f" Deprecated, as `{op['name']}` is; prefer {replacement(op)}."
    lines = [*textwrap.wrap(text, 104), "", "Args:"]
    lines.append(f"    {size['python']}: records per request (default {pagination['default_size']}: the most allowed).")
    lines += ["    max_items: stop after this many records.", f"    Other arguments: as for `{op['name']}`."]
    kind = "An async iterator" if is_async else "An iterator"
    lines += ["", "Returns:", f"    {kind} of {op['page_item']['class']}."]
    return escaped(lines)


def escaped(lines: list[str]) -> str:
    """The lines as the body of a triple-quoted docstring."""
    return "\n".join(lines).replace("\\", "\\\\").replace('"""', "'''")
