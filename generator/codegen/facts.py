"""A2E's domain facts from the spec's extensions, for the operation table: errors, status dialects, regions,
where each family's output is and the shapes an answer of one record may come in."""

from __future__ import annotations

import ast
import re
from typing import Any

from .operations import ANSWER_SHAPES
from .spec import ROOT, SpecError

DIALECT_KEYS = {
    "description",
    "status-field",
    "running",
    "done",
    "failed",
    "progress-field",
    "message-fields",
    "result-fields",
}
MEDIA = ("image", "video", "audio", "voice")


def build_facts(spec: dict[str, Any], operations: list[dict[str, Any]]) -> dict[str, Any]:
    """The constants of `operations/__init__.py` besides the index, in the order they are written."""
    dialects = build_dialects(spec, operations)
    return {
        "ERRORS": build_errors(spec),
        "DIALECTS": dialects,
        "REGIONS": build_regions(spec),
        "RESULTS": build_results(spec, operations, dialects),
        "ANSWER_SHAPES": build_answer_shapes(spec),
    }


def build_answer_shapes(spec: dict[str, Any]) -> dict[str, Any]:
    """`x-a2e-answer-shapes`: the shapes in which clients read an answer of one record."""
    shapes = (spec.get("x-a2e-answer-shapes") or {}).get("record", ["object"])
    if "object" not in shapes or set(shapes) - set(ANSWER_SHAPES):
        raise SpecError(f"x-a2e-answer-shapes.record must include object and only name {ANSWER_SHAPES}")
    return {"record": list(shapes)}


def build_dialects(spec: dict[str, Any], operations: list[dict[str, Any]]) -> dict[str, Any]:
    """`x-a2e-dialects`: each status vocabulary's fields and values; every `x-a2e-wait` must name one."""
    raw = {k: v for k, v in (spec.get("x-a2e-dialects") or {}).items() if k != "description"}
    dialects = {}
    for name, entry in raw.items():
        unknown = set(entry) - DIALECT_KEYS
        if unknown or not entry.get("status-field") or not entry.get("done") or not entry.get("failed"):
            raise SpecError(f"x-a2e-dialects.{name}: needs status-field, done and failed; unknown keys {unknown}")
        dialects[name] = {
            "status_field": entry["status-field"],
            "done": list(entry["done"]),
            "failed": list(entry["failed"]),
            "progress_field": entry.get("progress-field"),
            "message_fields": list(entry.get("message-fields", [])),
            "result_fields": list(entry.get("result-fields", [])),
        }
    check_waits(operations, dialects)
    return dialects


def check_waits(operations: list[dict[str, Any]], dialects: dict[str, Any]) -> None:
    """Every `x-a2e-wait` names a dialect, and its `cancel` (if any) an operation taking a record id."""
    by_id = {op["id"]: op for op in operations}
    for op in operations:
        if op["wait"] and op["wait"].get("dialect") not in dialects:
            raise SpecError(
                f"{op['id']}: x-a2e-wait names dialect {op['wait'].get('dialect')!r}; "
                f"x-a2e-dialects has {', '.join(dialects) or 'none'}"
            )
        cancel = (op["wait"] or {}).get("cancel")
        if cancel is not None and (cancel not in by_id or by_id[cancel]["record_id"] is None):
            raise SpecError(f"{op['id']}: x-a2e-wait cancel {cancel!r} is not an operation taking a record id")


def build_results(spec: dict[str, Any], operations: list[dict[str, Any]], dialects: dict[str, Any]) -> dict[str, Any]:
    """`x-a2e-results`: per family, the record fields that hold its output and the kind of output."""
    families = {op["resource"]["family"] for op in operations if op["resource"] and op["resource"].get("family")}
    known_fields = {field for dialect in dialects.values() for field in dialect["result_fields"]}
    results = {}
    for family, entry in (spec.get("x-a2e-results") or {}).items():
        if family == "description":
            continue
        if family not in families:
            raise SpecError(f"x-a2e-results: no operation has family {family!r}")
        unknown = [field for field in entry.get("fields", []) if field not in known_fields]
        if not entry.get("fields") or unknown or entry.get("media") not in MEDIA:
            raise SpecError(
                f"x-a2e-results.{family}: fields must come from x-a2e-dialects' result-fields "
                f"(unknown: {unknown}) and media be one of {MEDIA}"
            )
        results[family] = {"fields": list(entry["fields"]), "media": entry["media"]}
    return results


def build_regions(spec: dict[str, Any]) -> dict[str, str]:
    """Region name -> base URL, from the `x-a2e-region` of each server; the first is the default."""
    regions = {server["x-a2e-region"]: server["url"] for server in spec["servers"] if "x-a2e-region" in server}
    if not regions:
        raise SpecError("servers: give at least one server an x-a2e-region")
    return regions


def build_errors(spec: dict[str, Any]) -> dict[str, Any]:
    """`x-a2e-errors`: A2E's codes, HTTP statuses and message patterns, each naming a class of `a2e`."""
    raw = spec.get("x-a2e-errors") or {}
    known = exception_classes()
    table: dict[str, Any] = {"codes": {}, "statuses": {}, "messages": [], "refusals": []}
    for key, field in (("codes", "code"), ("statuses", "status")):
        for entry in raw.get(key, []):
            check_error_class(entry, known)
            table[key][int(entry[field])] = entry["error"]
    # messages: patterns of an error's message; refusals: patterns of a create's success answer without a task
    for key in ("messages", "refusals"):
        for entry in raw.get(key, []):
            check_error_class(entry, known)
            try:
                re.compile(entry["pattern"])
            except re.error as exc:
                raise SpecError(f"x-a2e-errors.{key}: bad pattern {entry['pattern']!r}: {exc}") from None
            table[key].append((entry["pattern"], entry["error"]))
    return table


def exception_classes() -> set[str]:
    """The error classes `a2e` exports (its `_exceptions.__all__`), so a misspelt name fails the build."""
    source = ROOT / "overrides" / "a2e" / "_exceptions.py"
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "__all__":
            return set(ast.literal_eval(node.value))
    raise SpecError(f"{source} has no __all__")


def check_error_class(entry: dict[str, Any], known: set[str]) -> None:
    if entry.get("error") not in known:
        raise SpecError(f"x-a2e-errors: {entry} names no error class of a2e (known: {', '.join(sorted(known))})")
