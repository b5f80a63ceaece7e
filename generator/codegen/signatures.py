"""Python types and parameter lists of the typed methods, from the fields of the operation table."""

from __future__ import annotations

from typing import Any

PY_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
PER_CALL_OPTIONS = [
    "extra_headers: Mapping[str, str] | None = None",
    "extra_query: Mapping[str, object] | None = None",
    "extra_body: Mapping[str, object] | None = None",
    "timeout: float | None = None",
]


PY_LITERALS = {"integer": int, "string": str}


def annotation(field: dict[str, Any]) -> str:
    schema = field["schema"]
    if field["model"]:
        return "Mapping[str, Any]"
    return type_of(schema, field.get("known", []))


def type_of(schema: dict[str, Any], known: list[Any] | None = None) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(type_of({**schema, "type": k}) for k in kind if k != "null") or "Any"
    if kind == "array":
        return f"Sequence[{type_of(schema.get('items', {}))}]"
    if kind == "object":
        return "Mapping[str, Any]"
    if "enum" in schema and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in schema["enum"]):
        return f"Literal[{', '.join(map(repr, schema['enum']))}]"  # a closed value set, as A2E publishes it
    if kind in PY_LITERALS and known and all(type(v) is PY_LITERALS[kind] for v in known):
        # Values known to work, offered by editors, while any other value of the type is still accepted.
        return f"Literal[{', '.join(map(repr, known))}] | {PY_TYPES[kind]}"
    if kind == "string" and schema.get("format") == "uri":
        return "str | PurePath"  # a media URL, or a local file the client uploads first
    return PY_TYPES.get(kind, "Any")


def return_annotation(data: dict[str, Any]) -> str:
    if data["kind"] == "model":
        return data["class"]
    if data["kind"] == "list":
        return f"builtins.list[{data['class']}]"
    if data["kind"] == "scalar":
        return PY_TYPES[data["type"]]
    return "Any"


def is_positional(field: dict[str, Any]) -> bool:
    """The record id (`_id` anywhere, or `id` in the path) may be passed positionally."""
    return field["required"] and field["python"] == "id" and (field["wire"] == "_id" or field["in"] == "path")


# Catches A2E's wire names (`audioSrc=`) and misspellings: type checkers refuse them (nothing is assignable to
# Never), and at run time the method raises an InvalidRequestError naming the Python argument, not a TypeError.
MISNAMED = "**wire_names: Never"


def signature(op: dict[str, Any]) -> str:
    """Keyword-only arguments, required ones first; a required `_id` comes first and may be positional."""
    return arguments(op["params"], [*PER_CALL_OPTIONS, MISNAMED])


def arguments(params: list[dict[str, Any]], options: list[str], optional: frozenset[str] = frozenset()) -> str:
    """The parameter list of a method taking `params` (those wire-named in `optional` default to None)."""
    positional = [f"{f['python']}: str" for f in params if is_positional(f)]
    parts = []
    ordered = sorted(params, key=lambda f: not (f["required"] and "default" not in f and f["wire"] not in optional))
    for field in ordered:
        if is_positional(field):
            continue
        kind = annotation(field)
        if field["wire"] in optional or not field["required"]:
            parts.append(f"{field['python']}: {kind} | None = None")
        elif "default" not in field:
            parts.append(f"{field['python']}: {kind}")
        else:
            parts.append(f"{field['python']}: {kind} = {field['default']!r}")
    return ", ".join(["self", *positional, "*", *parts, *options])


def iter_params(op: dict[str, Any]) -> list[dict[str, Any]]:
    """The parameters of a paged list's `iter_` method: the list's, without the page number it sets itself."""
    return [field for field in op["params"] if field["wire"] != op["pagination"]["page"]]


def iter_signature(op: dict[str, Any]) -> str:
    """The list's arguments minus the page number; the page size is optional (default: the largest allowed)."""
    options = ["max_items: int | None = None", *PER_CALL_OPTIONS, MISNAMED]
    return arguments(iter_params(op), options, frozenset({op["pagination"]["size"]}))


def session_signature(op: dict[str, Any]) -> str:
    """A room-opening operation's arguments for `session(...)`: required ones may be positional."""
    required = [f"{f['python']}: {annotation(f)}" for f in op["params"] if f["required"]]
    optional = [f"{f['python']}: {annotation(f)} | None = None" for f in op["params"] if not f["required"]]
    return ", ".join(["self", *required, *(["*", *optional] if optional else [])])
