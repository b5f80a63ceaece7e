"""From an operation id and wire-named arguments to an HTTP request, and from `data` to typed models.

The operation table (`_a2e_api.operations`) is generated from the spec; this module only interprets it.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Mapping
from importlib import import_module
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from _a2e_api.operations import ANSWER_SHAPES, OPERATIONS

from ._exceptions import InvalidRequestError, UnexpectedResponseError, did_you_mean, shown

if TYPE_CHECKING:
    from _a2e_api.operations.types import ListData, ModelData, Operation, Param, Rule, Schema, Wait

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
    "null": (type(None),),
}


class PreparedRequest:
    """A call's HTTP request before it is sent (a plain slotted class: a NamedTuple costs time at import)."""

    __slots__ = ("method", "path", "query", "body")

    def __init__(self, method: str, path: str, query: dict[str, str], body: dict[str, Any] | None) -> None:
        self.method, self.path, self.query, self.body = method, path, query, body


def get_operation(operation_id: str) -> Operation:
    if not isinstance(operation_id, str):
        raise InvalidRequestError(
            repr(operation_id),
            None,
            "the operation id must be a string such as 'videos_generate' (see a2e.operations())",
        )
    try:
        return OPERATIONS[operation_id]
    except KeyError:
        hint = did_you_mean(operation_id, OPERATIONS, "see a2e.operations()")
        raise InvalidRequestError(operation_id, None, f"no such operation; {hint}") from None


@functools.cache
def wire_names(operation_id: str) -> frozenset[str]:
    return frozenset(f["wire"] for f in OPERATIONS[operation_id]["params"])


def prepare(operation_id: str, params: Mapping[str, Any]) -> PreparedRequest:
    """Check wire-named `params` against the spec and place each in the path, query or body."""
    op = get_operation(operation_id)
    unknown = sorted(set(params) - wire_names(operation_id)) if params else []
    if unknown and not op["open_body"]:
        raise InvalidRequestError(operation_id, unknown[0], unknown_parameter(op, unknown[0]))
    given = {k: v for k, v in params.items() if v is not None}
    for field in op["params"]:
        if field["wire"] in given:
            given[field["wire"]] = value = wire_value(operation_id, field, given[field["wire"]])
            check_value(operation_id, field, value)
        elif field["required"] and "default" in field:
            given[field["wire"]] = field["default"]
        elif field["required"]:
            raise refusal(operation_id, op, field["wire"], f"{label(field)} is required")
    if op["one_of"] and not any(all(name in given for name in group) for group in op["one_of"]):
        choices = " or ".join(" with ".join(python_label(op, name) for name in group) for group in op["one_of"])
        raise refusal(operation_id, op, op["one_of"][0][0], f"pass {choices}")
    for rule in op["rules"]:
        check_rule(operation_id, op, rule, given)
    path, query = op["path"], {}
    body = {name: to_wire(given[name]) for name in unknown if name in given}  # open bodies take extra fields
    for field in op["params"]:
        if field["wire"] not in given:
            continue
        value = given[field["wire"]]
        if field["in"] == "path":
            path = path.replace("{" + field["wire"] + "}", path_segment(operation_id, field, value))
        elif field["in"] == "query":
            query[field["wire"]] = query_text(value)
        else:
            body[field["wire"]] = value
    return PreparedRequest(op["method"], path, query, body if op["body"] else None)


def path_segment(operation_id: str, field: Param, value: Any) -> str:
    """`value` as one segment of the URL's path: percent-encoded, so no `/`, `?` or `#` in it can leave the
    segment, and never empty, `.` or `..`, which would name the collection or the route above it instead."""
    text = str(value)
    if text in ("", ".", ".."):
        message = f"{label(field)} is {text!r}: it must name one record (an id, as A2E gave it)"
        raise InvalidRequestError(operation_id, field["python"], message, wire=field["wire"])
    return quote(text, safe="")


def check_rule(operation_id: str, op: Operation, rule: Rule, given: Mapping[str, Any]) -> None:
    """A requirement A2E states in prose: fields needed together with a value, or fields that exclude each other."""
    if "exclusive" in rule:
        sent = [name for name in rule["exclusive"] if name in given]
        if len(sent) > 1:
            names = " and ".join(python_label(op, name) for name in sent)
            raise refusal(operation_id, op, sent[1], f"{names} exclude each other: pass only one")
        return
    for name, values in rule["when"].items():
        value = given.get(name, rule["defaults"].get(name))
        if value not in values:
            return
    missing = [name for name in rule["require"] if name not in given]
    if missing:
        condition = " and ".join(
            f"{python_label(op, name)} is {shown(given.get(name, rule['defaults'].get(name)))}"
            + ("" if name in given else " (its default)")
            for name in rule["when"]
        )
        needed = " and ".join(python_label(op, name) for name in missing)
        raise refusal(operation_id, op, missing[0], f"{needed} is required when {condition}")


def id_field(operation_id: str) -> str:
    """The wire name of the parameter that carries the record id (`_id`, `id` or `video_id`; from the spec)."""
    record_id = get_operation(operation_id)["record_id"]
    if record_id is None:
        raise InvalidRequestError(operation_id, None, "this operation takes no record id (none in the spec)")
    return record_id["wire"]


def role_of(op: Operation) -> str | None:
    """What the operation does (its `x-a2e-resource` role), if the spec says."""
    resource = op["resource"]
    return resource["role"] if resource is not None else None


def family_of(op: Operation) -> str | None:
    """The kind of record the operation acts on (its `x-a2e-resource` family), if the spec says."""
    resource = op["resource"]
    return resource["family"] if resource is not None and "family" in resource else None


def wait_of(operation_id: str) -> Wait:
    """How a task is waited for with the operation (its `x-a2e-wait`)."""
    wait = get_operation(operation_id)["wait"]
    if wait is None:
        raise InvalidRequestError(operation_id, None, "this operation has no wait (no x-a2e-wait in the spec)")
    return wait


def label(field: Param) -> str:
    if field["python"] == field["wire"]:
        return field["wire"]
    return f"{field['python']} (wire name {field['wire']!r})"


def python_label(op: Operation, wire: str) -> str:
    return next((f["python"] for f in op["params"] if f["wire"] == wire), wire)


def to_wire(value: Any) -> Any:
    """Generated attrs models become plain dicts; tuples become lists."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, tuple):
        return list(value)
    return value


def json_problem(value: Any, depth: int = 0) -> str | None:
    """Why `value` cannot be sent as JSON (a set, bytes, a date, NaN, a non-text key...), or None."""
    if value is None or isinstance(value, (str, bool, int)):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{value} is not a finite number; JSON has no NaN or infinity"
    if depth > 32:
        return "nested more than 32 levels deep"
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"key {shown(key, 40)} is not a string"
            problem = json_problem(item, depth + 1)
            if problem:
                return f"{key}: {problem}"
        return None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            problem = json_problem(item, depth + 1)
            if problem:
                return f"item {index}: {problem}"
        return None
    return f"a {type(value).__name__} cannot be sent as JSON; pass str, int, float, bool, None, list or dict"


def query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def check_value(operation_id: str, field: Param, value: Any) -> None:
    """Raise InvalidRequestError naming the field if `value` breaks its schema (the spec's own constraints)."""
    problem = schema_problem(field["schema"], value)
    if problem:
        raise InvalidRequestError(operation_id, field["python"], f"{label(field)}: {problem}", wire=field["wire"])


def refusal(operation_id: str, op: Operation, wire: str, message: str) -> InvalidRequestError:
    """The InvalidRequestError for the argument A2E calls `wire`: `.field` its Python name, `.wire` A2E's."""
    return InvalidRequestError(operation_id, python_label(op, wire), message, wire=wire)


def unknown_parameter(op: Operation, name: str) -> str:
    """The refusal of an argument the operation does not take, with the likely fix: its wire name when a Python
    name was given to `call()`, or the closest names it does take."""
    by_python = {f["python"]: f["wire"] for f in op["params"] if f["python"] != f["wire"]}
    known = [f["wire"] for f in op["params"]]
    if name in by_python:
        wire = by_python[name]
        return f"unknown parameter {name!r}: call() takes A2E's wire names; pass {wire}= (or use the typed method)"
    hint = did_you_mean(name, known, f"accepted: {', '.join(known) or 'none'}")
    return f"unknown parameter {shown(name)}; {hint}"


def data_class(op: Operation) -> str | None:
    """The class of the model the operation answers (one record, or the items of a list), if any."""
    data = op["data"]
    return data["class"] if data["kind"] == "model" or data["kind"] == "list" else None


ORIGIN = "_origin"  # the slot where a generated model keeps (operation id, trace id) of the answer it came from


def origin_of(record: object) -> str | None:
    """The operation whose answer `record` was read from, when this client read it."""
    origin = getattr(record, ORIGIN, None)
    return origin[0] if isinstance(origin, tuple) and origin and isinstance(origin[0], str) else None


def misnamed(operation_id: str, names: Mapping[str, object], *also: str) -> InvalidRequestError:
    """The refusal of keyword arguments a typed method does not take: A2E's wire name for one of its arguments
    (`audioSrc` for `audio_src`), or a misspelling (with the closest names; `also`: the method's own options)."""
    op = get_operation(operation_id)
    name = sorted(names)[0]
    by_wire = {f["wire"]: f["python"] for f in op["params"]}
    if name in by_wire:
        python = by_wire[name]
        message = f"{name} is A2E's wire name for {python}: pass {python}= (wire names go to client.call())"
        return InvalidRequestError(operation_id, python, message, wire=name)
    known = [f["python"] for f in op["params"]] + [*also, "extra_headers", "extra_query", "extra_body", "timeout"]
    hint = did_you_mean(name, known, f"it takes {', '.join(known)}")
    return InvalidRequestError(operation_id, name, f"unexpected argument {shown(name)}; {hint}")


def wire_value(operation_id: str, field: Param, value: Any) -> Any:
    """`value` as sent: a generated record passed where text is due stands for its id (`voice` for `voice.id`)
    when the field names a record; a list of them likewise; anything else as `to_wire` makes it."""
    if not takes_text(field["schema"]):
        if isinstance(value, (list, tuple)) and takes_text(field["schema"].get("items", {})):
            return [record_text(operation_id, field, item) for item in value]
        return to_wire(value)
    return record_text(operation_id, field, value)


def takes_text(schema: Schema) -> bool:
    kind = schema.get("type")
    return kind == "string" or (isinstance(kind, list) and "string" in kind)


def record_text(operation_id: str, field: Param, value: Any) -> Any:
    if not hasattr(value, "to_dict"):
        return to_wire(value)
    record_id = getattr(value, "id", None)
    if isinstance(record_id, str) and names_record(field):
        return record_id
    hint = f"its id is {shown(record_id)}: pass .id" if isinstance(record_id, str) else "pass the field that is due"
    message = f"{label(field)}: takes text, got a {type(value).__name__} record ({hint})"
    raise InvalidRequestError(operation_id, field["python"], message, wire=field["wire"])


def names_record(field: Param) -> bool:
    """Whether the field takes a record's id (a path id, `_id`, or a name ending in id/Id/_id/ids)."""
    return field["in"] == "path" or RECORD_ID.search(field["wire"]) is not None


RECORD_ID = re.compile(r"(^_?id|_id|Id|_ID)s?$")  # `_id`, `tts_id`, `anchorId`, `ids`; not `paid` or `valid`


def schema_problem(schema: Schema, value: Any) -> str | None:
    if "type" in schema and schema["type"]:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(is_type(value, kind) for kind in kinds):
            return f"expected {' or '.join(kinds)}, got {type(value).__name__} {shown(value)}"
    if "const" in schema and value != schema["const"]:
        return f"must be {schema['const']!r}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{shown(value)} is not one of {', '.join(map(repr, schema['enum']))}"
    if isinstance(value, str):
        return string_problem(schema, value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_problem(schema, value)
    if isinstance(value, (list, tuple)):
        return array_problem(schema, value)
    if isinstance(value, Mapping):
        return object_problem(schema, value)
    return None


def object_problem(schema: Schema, value: Mapping[str, Any]) -> str | None:
    if "properties" not in schema:
        return None
    for name, sub in schema["properties"].items():
        if name in value:
            problem = schema_problem(sub, value[name])
            if problem:
                return f"{name}: {problem}"
    return None


def is_type(value: Any, kind: str) -> bool:
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, JSON_TYPES.get(kind, (object,)))


def string_problem(schema: Schema, value: str) -> str | None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        return f"must have at least {schema['minLength']} characters"
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return f"has {len(value)} characters; at most {schema['maxLength']} are accepted (split the text)"
    if "format" in schema and schema["format"] == "uri" and url_problem(value):
        return url_problem(value)  # before any pattern: "not a URL" says more than the regex would
    if "pattern" in schema and not exact_pattern(schema["pattern"]).search(value):
        if "x-a2e-pattern-means" in schema:  # what the pattern asks for, in words (from the spec)
            return f"{shown(value)} is not {schema['x-a2e-pattern-means']}"
        return f"{shown(value)} does not match {schema['pattern']}"
    return None


@functools.cache
def exact_pattern(pattern: str) -> re.Pattern[str]:
    """The spec's pattern with a final `$` meaning the very end: in Python `$` also matches before a trailing
    newline, so "abc\n" would pass `^abc$`."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def url_problem(value: str) -> str | None:
    """A URL A2E can fetch: absolute http(s), with a host, no spaces or control characters."""
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        if looks_local(value):
            return (
                f"{shown(value)} is a local file, not a URL: pass pathlib.Path({shown(value)}) and it is uploaded "
                "first (or client.upload(path) for its URL)"
            )
        return f"{shown(value)} is not an http(s) URL; A2E fetches media from a URL (a pathlib.Path is uploaded)"
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        return f"{shown(value)} contains spaces or control characters; percent-encode them"
    return None


def looks_local(value: str) -> bool:
    """Whether a text given for a URL names a file here: it exists, or has no scheme and a file name's suffix."""
    if "://" in value or len(value) > 4096:
        return False
    try:
        return os.path.exists(value) or bool(PurePath(value).suffix)
    except (OSError, ValueError):  # a NUL character, a name too long for the system
        return False


def number_problem(schema: Schema, value: float) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value} is not a finite number; JSON has no NaN or infinity"
    if "minimum" in schema and value < schema["minimum"]:
        return f"{value} is below the minimum {schema['minimum']}"
    if "maximum" in schema and value > schema["maximum"]:
        return f"{value} is above the maximum {schema['maximum']}"
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        return f"must be greater than {schema['exclusiveMinimum']}"
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        return f"must be less than {schema['exclusiveMaximum']}"
    return None


def array_problem(schema: Schema, value: list[Any] | tuple[Any, ...]) -> str | None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        return f"needs at least {schema['minItems']} items"
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        return f"takes at most {schema['maxItems']} items"
    items: Schema = schema["items"] if "items" in schema else {}
    for index, item in enumerate(value):
        problem = schema_problem(items, item)
        if problem:
            return f"item {index}: {problem}"
    return None


def parse_data(
    operation_id: str, data: Any, params: Mapping[str, Any] | None = None, trace_id: str | None = None
) -> Any:
    """Turn the envelope's `data` into the generated model the spec names for it.

    A record comes as an object, an array of records or a `{"0": ...}` map alike (the shapes the spec's
    `x-a2e-answer-shapes` lists); when several arrive, the first is the answer and keeps the others as
    `more_records`. A record that leaves out its id is given the id the call asked for (`params`).
    Each model keeps `operation_id` and the answer's `trace_id`: reading a field the spec marks as always sent
    that the answer lacked raises a MissingFieldError naming them, long after parsing."""
    from _a2e_api.types import PARSING  # loaded with the first answer, as the models are, not by `import a2e`

    op = OPERATIONS[operation_id]
    shape = op["data"]
    parsing = PARSING.set((operation_id, trace_id))
    try:
        if shape["kind"] == "model":
            records = as_records(data)
            if not records:
                raise TypeError("no record in the answer")
            asked = asked_id(op, params)
            if len(records) > 1:  # the one asked for first, when the call named one
                records = sorted(records, key=lambda record: asked is None or record.get("_id") != asked)
            first = records[0] if len(records) == 1 else {**records[0], "more_records": records[1:]}
            return from_wire(model_class(shape), first, asked)
        if shape["kind"] == "list":
            cls, asked = model_class(shape), asked_id(op, params)
            return [from_wire(cls, item, asked) for item in as_records(data, empty_object=True)]
        if shape["kind"] == "scalar":
            return require(data, JSON_TYPES[shape["type"]])
        return data
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UnexpectedResponseError(
            f"{operation_id}: `data` does not match the spec ({type(exc).__name__}: {exc})",
            body=repr(data),
            operation=operation_id,
        ) from exc
    finally:
        PARSING.reset(parsing)


def as_records(data: Any, empty_object: bool = False) -> list[Mapping[str, Any]]:
    """The records of `data` in any shape the spec allows: an object, an array, or a map keyed "0", "1"..."""
    shapes = ANSWER_SHAPES["record"]
    if isinstance(data, list) and "array" in shapes:
        return [require(item, Mapping) for item in data]
    if isinstance(data, Mapping):
        if empty_object and not data:
            return []
        if data and "index-map" in shapes and all(isinstance(k, str) and k.isdigit() for k in data):
            return [require(data[key], Mapping) for key in sorted(data, key=int)]
        return [data]
    raise TypeError(f"expected a record, got {type(data).__name__}")


def asked_id(op: Operation, params: Mapping[str, Any] | None) -> str | None:
    """The one record id a read named (its record id parameter), if it named one."""
    record_id = op["record_id"]
    if not params or record_id is None:
        return None
    value = params.get(record_id["wire"])
    return value if isinstance(value, str) else None


def from_wire(cls: Any, record: Mapping[str, Any], asked: str | None) -> Any:
    """The model of `record`; a record id it leaves out is the one the call asked for, when the record says how
    the task stands (a status field of the spec's dialects; anything else, such as `{"message": "not found"}`,
    is no record of the task)."""
    try:
        return cls.from_dict(require(record, Mapping))
    except KeyError as exc:
        missing = exc.args[0] if exc.args else None
        if asked is None or missing not in ID_KEYS or missing in record or not status_fields() & set(record):
            raise
        return cls.from_dict({**record, missing: asked})


ID_KEYS = ("_id", "id")  # how a record names its own id


@functools.cache
def status_fields() -> frozenset[str]:
    """The fields that hold a task's status in A2E's dialects (`status`, `current_status`; from the spec)."""
    from _a2e_api.operations import DIALECTS

    return frozenset(dialect["status_field"] for dialect in DIALECTS.values())


def require(value: Any, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {getattr(kind, '__name__', kind)}, got {type(value).__name__}")
    return value


def model_class(shape: ModelData | ListData) -> Any:
    return load_model(shape["module"], shape["class"])


@functools.cache
def load_model(module: str, name: str) -> Any:
    return getattr(import_module(f"_a2e_api.models{module}"), name)


NAME_FIELDS = ("name", "title")  # what a create calls its task, by family


def list_operation(op: Operation) -> str | None:
    """The operation listing the tasks of `op`'s family (role `list` or `page`), where a lost create is looked up."""
    from _a2e_api.operations.indexes import FAMILIES  # only on this error path

    family = family_of(op)
    roles = FAMILIES.get(family, {}) if family is not None else {}
    return roles.get("list") or roles.get("page")


def task_name(body: Mapping[str, Any] | None) -> str | None:
    """The name a create gave its task, by which it can be found in its family's list."""
    for field in NAME_FIELDS:
        value = (body or {}).get(field)
        if isinstance(value, str) and value:
            return value
    return None


PAGE_NUMBER = ("current", "pageNum", "page")
PAGE_SIZE = ("pageSize", "page_size", "limit")


def lookup_call(operation: str | None, name: str | None, list_operation: str | None) -> dict[str, Any]:
    """The parameters of a look-up of a created task by its name: the newest page of its family's list."""
    if list_operation is None:
        raise InvalidRequestError(str(operation), None, "this family has no list operation to look the task up in")
    if name is None:
        raise InvalidRequestError(
            str(operation),
            "name",
            "the call sent no name, so its task cannot be told apart; look through "
            f"{list_operation} yourself (and give each create a unique name)",
        )
    params: dict[str, Any] = {}
    for field in OPERATIONS[list_operation]["params"]:
        if field["wire"] in PAGE_SIZE:
            params[field["wire"]] = min(100, field["schema"]["maximum"]) if "maximum" in field["schema"] else 100
        elif field["wire"] in PAGE_NUMBER:
            params[field["wire"]] = 1
    return params


def page_records(page: Any) -> list[Any]:
    """The records of a list answer: a bare array, or a page's `data`/`rows`/`list`/`records`."""
    if isinstance(page, list):
        return page
    for attr in ("data", "rows", "list", "records"):
        if isinstance(getattr(page, attr, None), list):
            return list(getattr(page, attr))
    return []


def record_names(record: Any) -> tuple[Mapping[str, Any], list[str]]:
    """A list record as A2E sent it, and the names it carries (`name`, `title`)."""
    wire = record.to_dict() if hasattr(record, "to_dict") else record
    if not isinstance(wire, Mapping):
        return {}, []
    return wire, [value for field in NAME_FIELDS if isinstance(value := wire.get(field), str)]


def find_named(page: Any, name: str) -> Any:
    """The record called `name` in a list answer (a bare array or a page with `data`/`rows`/`list`), or None."""
    return next((record for record in page_records(page) if name in record_names(record)[1]), None)


def waits_via_list(op: Operation) -> bool:
    """Whether a wait reads the family's list (`via: list` in its `x-a2e-wait`) rather than one task."""
    wait = op.get("wait")  # `get`: a row built by hand (as in the mock's tests) may leave it out
    return wait is not None and "via" in wait and wait["via"] == "list"


def wait_params(op_id: str, task_id: str) -> dict[str, Any]:
    """The parameters of one poll of a wait: the task's id (none for a wait through a list, which pages itself)."""
    return {} if waits_via_list(OPERATIONS[op_id]) else {id_field(op_id): task_id}


class ListSearch:
    """The tasks of a wait through a list, looked for page after page: `found` records, ids still `wanted`."""

    __slots__ = ("wanted", "found")

    def __init__(self, task_ids: list[str]) -> None:
        self.wanted: set[str] = set(task_ids)
        self.found: list[Any] = []

    def take(self, records: list[Any]) -> None:
        for record in records:
            task_id = getattr(record, "id", None)
            if task_id in self.wanted:
                self.wanted.discard(task_id)
                self.found.append(record)


def wait_answer(op: Operation, data: Any, task_id: str) -> Any:
    """What a poll says about the task: the answer itself, or for a wait through a list the task's record among
    those the poll found (None while it is not there)."""
    if not waits_via_list(op):
        return data
    return next((record for record in data if getattr(record, "id", None) == task_id), None)


def cancel_call(op_id: str, task_id: str) -> tuple[str, dict[str, Any]]:
    """The operation that cancels a task waited for with `op_id` (`cancel` in its `x-a2e-wait`) and its parameters."""
    wait = wait_of(op_id)
    if "cancel" not in wait:
        raise InvalidRequestError(
            op_id, "cancel_on_timeout", "this wait cannot cancel its task (no cancel in the spec)"
        )
    return wait["cancel"], {id_field(wait["cancel"]): task_id}
