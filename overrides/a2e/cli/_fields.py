"""An operation's parameters as command-line options: names, value conversion by JSON schema type, help text,
and back from the parsed options to A2E's wire names."""

from __future__ import annotations

import argparse
import inspect
import json
import math
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _a2e_api.operations.types import Operation, Param, Schema

Converter = Callable[[str], Any]
DEST = "field_"  # prefix of the parsed fields' attributes, apart from the command's own options
SHOWN_VALUES = 24  # allowed values listed in help, at most


def option(python_name: str) -> str:
    return "--" + python_name.replace("_", "-")


def dest(python_name: str) -> str:
    return DEST + python_name


def kind(schema: Schema) -> str:
    """The JSON type of a schema (the first that is not null), `string` when it names none."""
    kinds = schema["type"] if "type" in schema and schema["type"] else "string"
    if isinstance(kinds, list):
        kinds = next((k for k in kinds if k != "null"), "string")
    return str(kinds)


# Conversions from the command line's text; errors become argparse's one-line usage error.


def to_integer(text: str) -> int:
    try:
        return int(text.strip(), 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None


def to_number(text: str) -> int | float:
    try:
        return int(text.strip(), 10)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return value


TRUE = ("true", "1", "yes", "on")
FALSE = ("false", "0", "no", "off")


def to_boolean(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in TRUE:
        return True
    if lowered in FALSE:
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def read_text(text: str) -> str:
    """`text` itself, the content of a file for `@FILE`, or standard input for `-`."""
    if text == "-":
        return sys.stdin.read()
    if text.startswith("@"):
        try:
            return Path(text[1:]).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise argparse.ArgumentTypeError(f"cannot read {text[1:]}: {exc.strerror}") from None
    return text


def to_json(text: str) -> Any:
    try:
        return json.loads(read_text(text))
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise argparse.ArgumentTypeError(f"not valid JSON ({exc.msg} at {where})") from None


def to_object(text: str) -> dict[str, Any]:
    value = to_json(text)
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError(f"expected a JSON object ({{...}}), got {type(value).__name__}")
    return value


def to_url_or_file(text: str) -> str | Path:
    """A URL as given; an existing local file as a Path, which the client uploads first."""
    if "://" not in text:
        path = Path(text).expanduser()
        if path.is_file():
            return path
    return text


def scalar_converter(schema: Schema) -> Converter | None:
    """How one value of this schema is read; None keeps the text."""
    found = kind(schema)
    if found == "integer":
        return to_integer
    if found == "number":
        return to_number
    if found == "boolean":
        return to_boolean
    if found == "object":
        return to_object
    if found == "array":
        return to_array(schema)
    if is_url(schema):
        return to_url_or_file
    return None


def is_url(schema: Schema) -> bool:
    return "format" in schema and schema["format"] == "uri"


def items_of(schema: Schema) -> Schema:
    """The schema of an array's items (none: no checks)."""
    return schema["items"] if "items" in schema else {}


def to_array(schema: Schema) -> Converter:
    """A JSON array given at once, or one item per use of the option (the option `extend`s the list)."""
    item = scalar_converter(items_of(schema))

    def convert(text: str) -> list[Any]:
        if text.lstrip().startswith("["):
            value = to_json(text)
            if not isinstance(value, list):
                raise argparse.ArgumentTypeError("expected a JSON array")
            return value
        return [item(text) if item is not None else text]

    return convert


# Help text.

CONFIDENCE = {
    "published": "as A2E's published OpenAPI document states it",
    "documented": "on an official A2E docs page, not in the published document",
    "observed": "several independent public clients agree",
    "weak": "one source, or sources disagree",
    "inferred": "seen nowhere; follows the pattern of sibling operations",
}

METAVARS = {"integer": "N", "number": "NUMBER", "boolean": "true|false", "object": "JSON", "array": "ITEM|JSON"}


def metavar(schema: Schema) -> str:
    found = kind(schema)
    if "enum" in schema and found != "array":
        values = [str(v) for v in schema["enum"]]
        shown = "{" + ",".join(values) + "}"
        return shown if len(shown) <= 30 else "VALUE"
    if found == "string":
        return "URL|FILE" if is_url(schema) else "TEXT"
    return METAVARS.get(found, "VALUE")


def type_label(schema: Schema) -> str:
    found = kind(schema)
    if found == "array":
        return f"list of {type_label(items_of(schema))}s (repeat the option or give a JSON array)"
    if found == "string" and is_url(schema):
        return "URL (or a local file, uploaded first)"
    if found == "object":
        return "JSON object (or @FILE)"
    return found


def limits(schema: Schema) -> list[str]:
    parts = []
    low = schema["minimum"] if "minimum" in schema else None
    high = schema["maximum"] if "maximum" in schema else None
    if low is not None and high is not None:
        parts.append(f"{low} to {high}")
    elif low is not None:
        parts.append(f"at least {low}")
    elif high is not None:
        parts.append(f"at most {high}")
    if "exclusiveMinimum" in schema:
        parts.append(f"more than {schema['exclusiveMinimum']}")
    if "exclusiveMaximum" in schema:
        parts.append(f"less than {schema['exclusiveMaximum']}")
    if "minLength" in schema:
        parts.append(f"at least {schema['minLength']} characters")
    if "maxLength" in schema:
        parts.append(f"at most {schema['maxLength']} characters")
    if "minItems" in schema:
        parts.append(f"at least {schema['minItems']} items")
    if "maxItems" in schema:
        parts.append(f"at most {schema['maxItems']} items")
    return parts


def allowed(values: Sequence[Any]) -> str:
    shown = ", ".join(json.dumps(v) if not isinstance(v, str) else v for v in values[:SHOWN_VALUES])
    more = f" and {len(values) - SHOWN_VALUES} more" if len(values) > SHOWN_VALUES else ""
    return f"one of: {shown}{more}"


def field_help(field: Param, text: str | None) -> str:
    schema, items = field["schema"], items_of(field["schema"])
    parts = [type_label(schema)]
    if field["required"]:
        parts.append("required")
    enum = schema["enum"] if "enum" in schema and schema["enum"] else items["enum"] if "enum" in items else None
    if enum:
        parts.append(allowed(enum))
    parts.extend(limits(schema))
    if "default" in field:
        parts.append(f"default {json.dumps(field['default'])}")
    if field["wire"] != field["python"]:
        parts.append(f"wire name {field['wire']}")
    if kind(schema) == "boolean":
        parts.append(f"{option('no_' + field['python'])} sends false")
    line = "; ".join(parts)
    if text:
        line = f"{line}. {text}"
    return line.replace("%", "%%")


def add_field(group: argparse._ArgumentGroup, field: Param, text: str | None) -> None:
    """The option of one parameter: `--python-name VALUE`, converted by the parameter's JSON schema."""
    schema = field["schema"]
    found = kind(schema)
    help_text = field_help(field, text)
    name, target = option(field["python"]), dest(field["python"])
    if found == "boolean":
        group.add_argument(
            name,
            dest=target,
            nargs="?",
            const=True,
            default=None,
            type=to_boolean,
            metavar="true|false",
            help=help_text,
        )
        group.add_argument(
            option("no_" + field["python"]), dest=target, action="store_const", const=False, help=argparse.SUPPRESS
        )
        return
    converter = scalar_converter(schema) or str
    if found == "array":
        group.add_argument(
            name, dest=target, action="extend", type=converter, default=None, metavar=metavar(schema), help=help_text
        )
        return
    choices = schema["enum"] if "enum" in schema and found in ("string", "integer", "number") else None
    group.add_argument(
        name, dest=target, type=converter, choices=choices, default=None, metavar=metavar(schema), help=help_text
    )


def wire_params(op: Operation, args: argparse.Namespace, body: Mapping[str, Any] | None) -> dict[str, Any]:
    """The call's parameters by wire name: the `--json` body first, then every option given."""
    params = dict(body or {})
    values = vars(args)
    for field in op["params"]:
        value = values.get(dest(field["python"]))
        if value is not None:
            params[field["wire"]] = value
    return params


# Descriptions from the typed client's docstrings (the spec's descriptions and A2E's notes).


class MethodDoc:
    __slots__ = ("description", "args")

    def __init__(self, description: str, args: dict[str, str]) -> None:
        self.description, self.args = description, args


SECTION_ENDS = ("Args:", "Wire:", "Per call:", "Returns:")
DROPPED = ("Charged on creation:",)
ARG_LINE = re.compile(r"^    (\w+)(?: \(`[^`]*`\))?: (.*)$")


def method_doc(group: str, name: str) -> MethodDoc:
    """The description and per-argument texts of `client.<group>.<name>`, or empty ones."""
    try:
        from _a2e_api.resources import SYNC_GROUP_CLASSES

        module, class_name = SYNC_GROUP_CLASSES[group]
        cls = getattr(import_module(f"_a2e_api.resources.{module}"), class_name)
        doc = inspect.getdoc(getattr(cls, name)) or ""
    except (ImportError, KeyError, AttributeError):
        return MethodDoc("", {})
    return parse_doc(doc)


def parse_doc(doc: str) -> MethodDoc:
    lines = doc.splitlines()[1:]  # the first line repeats the summary
    description: list[str] = []
    args: dict[str, str] = {}
    section = "description"
    current: str | None = None
    for line in lines:
        if line.startswith(SECTION_ENDS):
            section = "args" if line.startswith("Args:") else "other"
            continue
        if section == "description" and not line.startswith(DROPPED):
            description.append(line)
        elif section == "args":
            match = ARG_LINE.match(line)
            if match:
                current = str(match.group(1))
                args[current] = str(match.group(2))
            elif line.startswith("        ") and current is not None:
                args[current] += " " + line.strip()
            elif not line.strip():
                section = "other"
    text = "\n".join(description).strip()
    silent = ("(undocumented)", "(A2E documents nothing for this field)")  # no help beats one saying so
    cleaned = {name: value for name, value in args.items() if value.strip() not in silent}
    return MethodDoc(text, cleaned)
