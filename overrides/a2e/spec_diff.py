"""Compare our OpenAPI description (openapi/a2e.yaml) with A2E's published OpenAPI document.

    python -m a2e.spec_diff OFFICIAL_FILE [--spec openapi/a2e.yaml] [--json]

Operations pair up by `x-a2e-official-id` on ours (A2E's operationId); A2E's operations that no id claims
then pair up by method and path, path-parameter names ignored. Each pair is compared field by field over
its path, query and body fields: where a field lives, whether it is required, its type, enum, bounds and
default. `x-a2e-differs-from-official` on one of our operations maps a wire field name (or "*", every
field) to the reason we differ on purpose; such differences are listed as explained and not counted.

Exit status: 0 when nothing is unexplained, 1 when something is, 2 on a usage or file error.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["FieldDifference", "SpecDiff", "SpecError", "diff", "format_report", "load", "main"]

OFFICIAL_ID = "x-a2e-official-id"
DIFFERS = "x-a2e-differs-from-official"
EVERY_FIELD = "*"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LOCATIONS = ("path", "query", "body")
BOUNDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)


class SpecError(ValueError):
    """A document that cannot be read, or is not an OpenAPI document this module can compare."""


@dataclass(frozen=True)
class FieldDifference:
    """One way a field of a matched operation differs.

    `operation` is our "METHOD path operationId"; `field` the wire name (the key to use in
    `x-a2e-differs-from-official`); `aspect` one of name, in, required, type, enum, the bounds, default.
    For `name`, `ours`/`theirs` say "required" or "optional" on the side that has the field, None on the
    other; for `in` they are the two locations. None means "not stated".
    """

    operation: str
    field: str
    aspect: str
    ours: Any
    theirs: Any
    location: str = ""
    reason: str | None = None


@dataclass(frozen=True)
class SpecDiff:
    """The outcome of `diff`. Operations are given as "METHOD path operationId"."""

    operations_theirs: int
    operations_ours: int
    matched: list[tuple[str, str]]
    only_theirs: list[str]
    only_ours: list[str]
    moved: list[str]
    fields: list[FieldDifference]
    explained: list[FieldDifference]
    unused_explanations: list[str]

    @property
    def clean(self) -> bool:
        """True when every official operation is matched in place and every field difference is explained."""
        return not (self.only_theirs or self.moved or self.fields)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output, `clean` included."""
        return {"clean": self.clean, **dataclasses.asdict(self)}


@dataclass(frozen=True)
class _Field:
    location: str
    name: str
    required: bool
    facts: dict[str, Any]  # type, enum, the bounds and default, each None when not stated


@dataclass(eq=False)
class _Operation:
    method: str
    path: str
    operation_id: str
    official_id: str | None
    differs: Mapping[str, str]
    fields: dict[tuple[str, str], _Field]

    @property
    def label(self) -> str:
        return f"{self.method} {self.path} {self.operation_id}"

    @property
    def route(self) -> tuple[str, str]:
        return self.method, _unnamed(self.path)

    @property
    def placeholders(self) -> list[str]:
        return re.findall(r"\{([^}]*)\}", self.path)


def _unnamed(path: str) -> str:
    """The path with its parameter names left out: /x/{_id} and /x/{id} are one route."""
    return re.sub(r"\{[^}]*\}", "{}", path)


# --- reading -------------------------------------------------------------------------------------------


def load(path: str | Path) -> dict[str, Any]:
    """Read an OpenAPI document: JSON for a .json file or text starting with "{", YAML otherwise."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise SpecError(f"{path}: not UTF-8 text") from error
    suffix = path.suffix.lower()
    if suffix == ".json" or (suffix not in (".yaml", ".yml") and text.lstrip().startswith("{")):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            raise SpecError(f"{path}: not valid JSON: {error}") from error
    else:
        document = _load_yaml(path, text)
    if not isinstance(document, dict):
        raise SpecError(f"{path}: not an OpenAPI document (the top level is not a mapping)")
    return document


def _load_yaml(path: Path, text: str) -> Any:
    try:
        import yaml
    except ImportError:
        raise SpecError(f"{path}: reading YAML needs PyYAML (pip install pyyaml); or pass a JSON file") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        raise SpecError(f"{path}: not valid YAML: {error}") from error


# --- resolving $refs and schemas ---------------------------------------------------------------------


def _resolve(doc: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
    """`node` with local $refs followed; keys beside a $ref override the target's."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecError(f"only local $refs can be followed, not {ref!r}")
        if ref in seen:
            raise SpecError(f"circular $ref {ref}")
        seen.add(ref)
        node = {**_pointer(doc, ref), **{key: value for key, value in node.items() if key != "$ref"}}
    return node if isinstance(node, Mapping) else {}


def _pointer(doc: Mapping[str, Any], ref: str) -> Mapping[str, Any]:
    target: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        try:
            target = target[int(part)] if isinstance(target, list) else target[part]
        except (KeyError, IndexError, ValueError, TypeError):
            raise SpecError(f"unresolvable $ref {ref}") from None
    if not isinstance(target, Mapping):
        raise SpecError(f"$ref {ref} does not point to an object")
    return target


def _flatten(doc: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """The resolved schema with its allOf parts merged in (properties and required lists combined)."""
    flat = dict(_resolve(doc, schema))
    for part in flat.pop("allOf", None) or ():
        part = _flatten(doc, part)
        if "properties" in part:
            flat["properties"] = {**part["properties"], **flat.get("properties", {})}
        if "required" in part:
            flat["required"] = [*flat.get("required", []), *part["required"]]
        for key, value in part.items():
            flat.setdefault(key, value)
    return flat


def _facts(doc: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """What is compared of a field's schema: type, enum, bounds and default."""
    flat = _flatten(doc, schema)
    return {"type": _type_name(doc, flat), "enum": _enum(doc, flat), **_bounds(flat), "default": flat.get("default")}


def _type_name(doc: Mapping[str, Any], schema: Any) -> str:
    """The type as compared: "string", "integer[]", "string|integer"; "any" when none is stated; null left out."""
    return "|".join(sorted(_types(doc, schema))) or "any"


def _types(doc: Mapping[str, Any], schema: Any) -> set[str]:
    schema = _flatten(doc, schema)
    declared = schema.get("type")
    kinds: set[str] = {declared} if isinstance(declared, str) else {str(kind) for kind in declared or ()}
    kinds.discard("null")
    if "array" in kinds:
        kinds = (kinds - {"array"}) | {_type_name(doc, schema.get("items") or {}) + "[]"}
    if not kinds and declared is None:
        for key in ("anyOf", "oneOf"):
            for branch in schema.get(key) or ():
                kinds |= _types(doc, branch)
        if not kinds and "properties" in schema:
            kinds = {"object"}
    return kinds


def _enum(doc: Mapping[str, Any], schema: Mapping[str, Any]) -> list[Any] | None:
    """The allowed values (null left out), or None when any value of the type is allowed."""
    if "enum" in schema:
        values = list(schema["enum"] or ())
    elif "const" in schema:
        values = [schema["const"]]
    else:
        branches = [_flatten(doc, b) for key in ("anyOf", "oneOf") for b in schema.get(key) or ()]
        values = [v for b in branches for v in _enum(doc, b) or ()]
        if not values and "items" in schema:
            return _enum(doc, _flatten(doc, schema["items"]))
        if not values:
            return None
    unique = {_canonical(v): v for v in values if v is not None}
    return [unique[key] for key in sorted(unique)]


def _bounds(schema: Mapping[str, Any]) -> dict[str, Any]:
    bounds = {key: schema.get(key) for key in BOUNDS}
    # OpenAPI 3.0 writes an exclusive bound as a boolean beside minimum/maximum.
    for exclusive, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = bounds[exclusive]
        if isinstance(flag, bool):
            bounds[exclusive] = bounds[inclusive] if flag else None
            if flag:
                bounds[inclusive] = None
    return bounds


def _canonical(value: Any) -> str:
    """A comparable spelling of a JSON value: 5 and 5.0 are equal, true and 1 are not."""

    def plain(v: Any) -> Any:
        if isinstance(v, float) and v.is_integer():
            return int(v)
        if isinstance(v, Mapping):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        return v

    return json.dumps(plain(value), sort_keys=True, default=str)


# --- operations and their fields ---------------------------------------------------------------------


def _operations(doc: Mapping[str, Any], side: str) -> list[_Operation]:
    """Every operation of the document, in document order; errors name the `side` they come from."""
    try:
        return list(_read_operations(doc))
    except SpecError as error:
        raise SpecError(f"{side}: {error}") from None


def _read_operations(doc: Mapping[str, Any]) -> Iterator[_Operation]:
    paths = doc.get("paths")
    if not isinstance(paths, Mapping):
        raise SpecError("not an OpenAPI document: no `paths` mapping")
    for path, item in paths.items():
        item = _resolve(doc, item)
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            differs = op.get(DIFFERS) or {}
            if not isinstance(differs, Mapping):
                raise SpecError(f"{method.upper()} {path}: {DIFFERS} must map field names to reasons")
            official_id = op.get(OFFICIAL_ID)
            yield _Operation(
                method=method.upper(),
                path=path,
                operation_id=str(op.get("operationId") or "-"),
                official_id=None if official_id is None else str(official_id),
                differs={str(name): str(reason) for name, reason in differs.items()},
                fields=_fields(doc, item, op),
            )


def _fields(doc: Mapping[str, Any], item: Mapping[str, Any], op: Mapping[str, Any]) -> dict[tuple[str, str], _Field]:
    """Path, query and body fields, keyed by (location, name). Operation parameters override path-level ones."""
    params = {}
    for param in [*(item.get("parameters") or ()), *(op.get("parameters") or ())]:
        param = _resolve(doc, param)
        params[(param.get("in"), param.get("name"))] = param
    fields = {}
    for (location, name), param in params.items():
        if location in ("path", "query") and isinstance(name, str):
            schema = param.get("schema")
            if schema is None:
                media: Any = next(iter((param.get("content") or {}).values()), {})
                schema = _resolve(doc, media).get("schema")
            required = location == "path" or bool(param.get("required"))
            fields[(location, name)] = _Field(location, name, required, _facts(doc, schema or {}))
    body = _body_schema(doc, op)
    required = set(body.get("required") or ())
    properties = dict(body.get("properties") or {})
    for key in ("anyOf", "oneOf"):
        for branch in body.get(key) or ():
            for name, schema in (_flatten(doc, branch).get("properties") or {}).items():
                properties.setdefault(name, schema)
    for name, schema in properties.items():
        fields[("body", name)] = _Field("body", name, name in required, _facts(doc, schema))
    return fields


def _body_schema(doc: Mapping[str, Any], op: Mapping[str, Any]) -> dict[str, Any]:
    content = _resolve(doc, op.get("requestBody")).get("content") or {}
    media = content.get("application/json") or next((m for m in content.values() if isinstance(m, Mapping)), {})
    return _flatten(doc, _resolve(doc, media).get("schema") or {})


# --- comparing ---------------------------------------------------------------------------------------


def diff(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> SpecDiff:
    """Compare our OpenAPI document with A2E's. Raises SpecError when either is not one."""
    our_ops, their_ops = _operations(ours, "our spec"), _operations(theirs, "their document")
    pairs = _pair(our_ops, their_ops)
    paired_ours = {o for o, _ in pairs}
    paired_theirs = {t for _, t in pairs}
    fields: list[FieldDifference] = []
    explained: list[FieldDifference] = []
    unused: list[str] = []
    for our_op, their_op in pairs:
        differences = _compare_operation(our_op, their_op)
        for difference in differences:
            reason = our_op.differs.get(difference.field, our_op.differs.get(EVERY_FIELD))
            if reason is None:
                fields.append(difference)
            else:
                explained.append(dataclasses.replace(difference, reason=reason))
        differing = {d.field for d in differences} | {EVERY_FIELD}
        unused += [f"{our_op.label}: {name}" for name in our_op.differs if name not in differing]
    return SpecDiff(
        operations_theirs=len(their_ops),
        operations_ours=len(our_ops),
        matched=[(o.label, t.label) for o, t in pairs],
        only_theirs=[op.label for op in sorted(their_ops, key=_by_path) if op not in paired_theirs],
        only_ours=[_unmatched(op) for op in sorted(our_ops, key=_claims_first) if op not in paired_ours],
        moved=[f"{o.label} -> {t.label}" for o, t in pairs if o.route != t.route],
        fields=fields,
        explained=explained,
        unused_explanations=unused,
    )


def _pair(our_ops: list[_Operation], their_ops: list[_Operation]) -> list[tuple[_Operation, _Operation]]:
    """(ours, theirs) pairs: by x-a2e-official-id first, then unclaimed ones by method and path."""
    by_id: dict[str, _Operation] = {}
    for op in their_ops:
        by_id.setdefault(op.operation_id, op)
    pairs = [(op, by_id[op.official_id]) for op in our_ops if op.official_id in by_id]
    claimed = {theirs for _, theirs in pairs}
    by_route: dict[tuple[str, str], _Operation] = {}
    for op in their_ops:
        if op not in claimed:
            by_route.setdefault(op.route, op)
    for op in our_ops:
        if op.official_id is None and op.route in by_route:
            pairs.append((op, by_route.pop(op.route)))
    return sorted(pairs, key=lambda pair: _by_path(pair[0]))


def _claims_first(op: _Operation) -> tuple[bool, str, str]:
    """Operations that claim an official id A2E does not publish sort before our seed-only ones."""
    return op.official_id is None, op.path, op.method


def _unmatched(op: _Operation) -> str:
    if op.official_id is None:
        return op.label
    return f"{op.label} (claims official id {op.official_id}, absent from theirs)"


def _by_path(op: _Operation) -> tuple[str, str]:
    return op.path, op.method


def _compare_operation(ours: _Operation, theirs: _Operation) -> list[FieldDifference]:
    """Every field difference of a matched pair; a field found in another location is one `in` difference."""
    mine = ours.fields
    other = _rename_path_fields(theirs, ours)
    found: list[FieldDifference] = []

    def add(field: _Field, aspect: str, our_value: Any, their_value: Any) -> None:
        found.append(FieldDifference(ours.label, field.name, aspect, our_value, their_value, field.location))

    for key in sorted(mine.keys() | other.keys(), key=lambda k: (LOCATIONS.index(k[0]), k[1])):
        our_field, their_field = mine.get(key), other.get(key)
        if our_field is None:
            assert their_field is not None  # the key came from one side or the other
            if _elsewhere(their_field, mine, other) is None:
                add(their_field, "name", None, _presence(their_field))
            continue
        if their_field is None:
            their_field = _elsewhere(our_field, other, mine)
            if their_field is None:
                add(our_field, "name", _presence(our_field), None)
                continue
            add(our_field, "in", our_field.location, their_field.location)
        for aspect, our_value, their_value in _compare_field(our_field, their_field):
            add(our_field, aspect, our_value, their_value)
    return found


def _rename_path_fields(theirs: _Operation, ours: _Operation) -> dict[tuple[str, str], _Field]:
    """Their fields, with path parameters renamed to ours by position (`{id}` and `{_id}` are one field)."""
    if len(theirs.placeholders) != len(ours.placeholders):
        return theirs.fields
    names = dict(zip(theirs.placeholders, ours.placeholders, strict=True))
    renamed = {}
    for (location, name), field in theirs.fields.items():
        if location == "path" and name in names:
            field = dataclasses.replace(field, name=names[name])
        renamed[(field.location, field.name)] = field
    return renamed


def _elsewhere(
    field: _Field, side: Mapping[tuple[str, str], _Field], own: Mapping[tuple[str, str], _Field]
) -> _Field | None:
    """The field of the same name in another location on `side`, when `own` has nothing there."""
    for location in LOCATIONS:
        if location != field.location and (location, field.name) in side and (location, field.name) not in own:
            return side[(location, field.name)]
    return None


def _presence(field: _Field) -> str:
    return "required" if field.required else "optional"


def _compare_field(ours: _Field, theirs: _Field) -> list[tuple[str, Any, Any]]:
    """(aspect, ours, theirs) for each aspect in which the two fields differ."""
    found = []
    if ours.required != theirs.required:
        found.append(("required", ours.required, theirs.required))
    for aspect, value in ours.facts.items():
        if _canonical(value) != _canonical(theirs.facts[aspect]):
            found.append((aspect, value, theirs.facts[aspect]))
    return found


# --- reporting ---------------------------------------------------------------------------------------


def format_report(result: SpecDiff) -> str:
    """The comparison as text: a line of counts, then one section per kind of difference, one line each."""
    lines = [
        f"operations: {result.operations_theirs} in theirs, {result.operations_ours} in ours, "
        f"{len(result.matched)} matched; only theirs {len(result.only_theirs)}, only ours {len(result.only_ours)}, "
        f"moved {len(result.moved)}; field differences: {len(result.fields)} unexplained, "
        f"{len(result.explained)} explained"
    ]
    sections: list[tuple[str, Sequence[object], Sequence[str] | None]] = [
        ("Only in theirs: A2E publishes these, our spec lacks them", result.only_theirs, result.only_theirs),
        ("Moved: matched by x-a2e-official-id, method or path differ (ours -> theirs)", result.moved, result.moved),
        ("Field differences, ours vs theirs", result.fields, _field_lines(result, result.fields)),
        ("Only in ours (informational)", result.only_ours, result.only_ours),
        ("Explained by x-a2e-differs-from-official", result.explained, _field_lines(result, result.explained)),
        ("x-a2e-differs-from-official entries with nothing left to explain", result.unused_explanations, None),
    ]
    for title, items, item_lines in sections:
        if items:
            lines += ["", f"{title} ({len(items)}):"]
            lines += [f"  {line}" for line in item_lines or items]
    lines += ["", _verdict(result)]
    return "\n".join(lines) + "\n"


def _field_lines(result: SpecDiff, differences: list[FieldDifference]) -> list[str]:
    """Each operation on a line of its own, then its differences indented below it."""
    theirs_of = dict(result.matched)
    width = max((len(_where(d)) for d in differences), default=0)
    aspect_width = max((len(d.aspect) for d in differences), default=0)
    lines = []
    for operation, group in itertools.groupby(differences, key=lambda d: d.operation):
        lines.append(f"{operation}  (theirs: {_their_name(operation, theirs_of[operation])})")
        for d in group:
            line = f"  {_where(d):<{width}}  {d.aspect:<{aspect_width}}  {_change(d)}"
            lines.append(line + (f"  -- {d.reason}" if d.reason else ""))
    return lines


def _their_name(ours: str, theirs: str) -> str:
    """Their operationId alone when the method and path are the same as ours, else their whole label."""
    our_method, our_path, *_ = ours.split(" ")
    their_method, their_path, their_id = theirs.split(" ", 2)
    same_place = (our_method, _unnamed(our_path)) == (their_method, _unnamed(their_path))
    return their_id if same_place else theirs


def _where(difference: FieldDifference) -> str:
    if difference.aspect == "in":
        return difference.field
    return f"{difference.location}.{difference.field}"


def _change(difference: FieldDifference) -> str:
    ours, theirs = difference.ours, difference.theirs
    if difference.aspect == "name":
        return f"only in ours ({ours})" if theirs is None else f"only in theirs ({theirs})"
    if difference.aspect == "enum" and ours is not None and theirs is not None:
        added = [v for v in theirs if _canonical(v) not in {_canonical(o) for o in ours}]
        dropped = [v for v in ours if _canonical(v) not in {_canonical(t) for t in theirs}]
        parts = [f"theirs adds {_show(added)}" if added else "", f"theirs lacks {_show(dropped)}" if dropped else ""]
        return "; ".join(part for part in parts if part)
    return f"ours {_show(ours)}, theirs {_show(theirs)}"


def _show(value: Any) -> str:
    return "-" if value is None else json.dumps(value, ensure_ascii=False, default=str)


def _verdict(result: SpecDiff) -> str:
    if result.clean:
        return "Clean: every official operation is matched in place and every field difference is explained."
    return (
        "Not clean: add the missing operations, fix openapi/a2e.yaml, or give the reason in "
        "x-a2e-differs-from-official."
    )


# --- command line ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """`python -m a2e.spec_diff`: 0 when clean, 1 with unexplained differences, 2 on a usage or file error."""
    parser = argparse.ArgumentParser(
        prog="python -m a2e.spec_diff",
        description="Compare openapi/a2e.yaml with A2E's published OpenAPI document.",
    )
    parser.add_argument("official", metavar="OFFICIAL_FILE", type=Path, help="A2E's OpenAPI document (JSON or YAML)")
    parser.add_argument("--spec", type=Path, default=Path("openapi/a2e.yaml"), help="our spec (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead of the report")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        result = diff(load(args.spec), load(args.official))
    except (OSError, SpecError) as error:
        print(f"spec_diff: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        print(format_report(result), end="")
    return 0 if result.clean else 1


if __name__ == "__main__":
    raise SystemExit(main())
