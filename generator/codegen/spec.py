"""Reading the spec: the file itself, local `$ref`s, Python names, the constraints the client checks, the tags."""

from __future__ import annotations

import keyword
import re
from pathlib import Path
from typing import Any

import yaml

GENERATOR = Path(__file__).resolve().parent.parent  # generator/: templates and tool configuration
ROOT = GENERATOR.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PACKAGE = "_a2e_api"
CONFIDENCES = ("published", "documented", "observed", "weak", "inferred")
# The constraints of a schema the client checks before sending, with their types in the table's declared `Schema`
# (`table.TYPES`; `items` and `properties` are added there, as `simple_schema` adds them).
SIMPLE_KEYS = {
    "type": "str | list[str]",
    "enum": "list[Any]",
    "const": "Any",
    "pattern": "str",
    "format": "str",
    "minimum": "float",
    "maximum": "float",
    "exclusiveMinimum": "float",
    "exclusiveMaximum": "float",
    "minLength": "int",
    "maxLength": "int",
    "minItems": "int",
    "maxItems": "int",
    "x-a2e-pattern-means": "str",  # what `pattern` asks for, in words
}
# Modules of `_a2e_api/operations/` beside the groups' own, so no group may take their names.
TABLE_MODULES = ("indexes", "types")


class SpecError(Exception):
    """The spec breaks a rule the generator relies on."""


def read_spec(spec_path: Path) -> dict[str, Any]:
    """The spec, parsed (with libyaml where PyYAML has it: 7x faster on a spec this size)."""
    spec: dict[str, Any] = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=LOADER)
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s; sibling keys of a `$ref` (description, x-python-name) win."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and "$ref" in node:
        return node["$ref"].rsplit("/", 1)[1]
    return None


def python_name(wire: str, override: str | None = None) -> str:
    name = override or re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire).lower().lstrip("_")
    name = re.sub(r"[^0-9a-z_]", "_", name)
    if not name.isidentifier():
        raise SpecError(f"cannot turn {wire!r} into a Python name; add x-python-name")
    return name + "_" if keyword.iskeyword(name) else name


def simple_schema(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """The constraints the client checks before sending (type, enum, ranges, lengths, pattern)."""
    node = resolve(spec, node)
    out = {k: node[k] for k in SIMPLE_KEYS if k in node}
    if "items" in node:
        out["items"] = simple_schema(spec, node["items"])
    if "properties" in node:
        out.setdefault("type", "object")
        out["properties"] = {name: simple_schema(spec, sub) for name, sub in node["properties"].items()}
    return out


def tag_groups(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Tag name -> its group (`x-a2e-group`, the attribute of the client) and description."""
    groups = {}
    for tag in spec.get("tags", []):
        group = tag.get("x-a2e-group")
        if not group or not group.isidentifier():
            raise SpecError(f"tag {tag['name']!r} needs an x-a2e-group that is a Python identifier")
        if group in TABLE_MODULES:
            raise SpecError(f"tag {tag['name']!r}: x-a2e-group {group!r} is taken by _a2e_api.operations.{group}")
        groups[tag["name"]] = {"group": group, "description": tag.get("description", "")}
    return groups
