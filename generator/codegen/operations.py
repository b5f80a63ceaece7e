"""The rows of the operation table, read from the spec's paths and checked against the rules the client needs."""

from __future__ import annotations

import textwrap
from typing import Any

from .pagination import build_pagination
from .spec import CONFIDENCES, SpecError, python_name, ref_name, resolve, simple_schema, tag_groups

ANSWER_SHAPES = ("object", "array", "index-map")
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
LOCATIONS = ("path", "query", "body")  # where an argument goes
SCALAR_TYPES = ("string", "integer", "number", "boolean")  # of a `data` that is one value
PER_CALL_NAMES = {"extra_headers", "extra_query", "extra_body", "timeout"}
WAIT_KEYS = {"method", "dialect", "cancel", "cancel-effect", "via"}  # of `x-a2e-wait`, as `table.TYPES` declares them
RESOURCE_KEYS = {"role", "family"}  # of `x-a2e-resource`


def build_operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation of the spec in spec order; `replaced_by` becomes the replacement's `group.method`."""
    groups = tag_groups(spec)
    operations = []
    seen: set[str] = set()
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method.lower() in item:
                op = build_operation(spec, groups, path, method, item[method.lower()], item.get("parameters", []))
                if op["id"] in seen:
                    raise SpecError(f"operationId {op['id']} is used twice")
                seen.add(op["id"])
                operations.append(op)
    by_id = {op["id"]: op for op in operations}
    for op in operations:
        target = op["replaced_by"]
        if target is not None:
            if target not in by_id:
                raise SpecError(f"{op['id']}: x-a2e-replaced-by names {target!r}, which is not an operation")
            op["replaced_by"] = f"{by_id[target]['group']}.{by_id[target]['name']}"
    return operations


def build_operation(
    spec: dict[str, Any], groups: dict[str, Any], path: str, method: str, raw: dict[str, Any], shared: list[Any]
) -> dict[str, Any]:
    """One operation's row (with the entries only the docs and the typed methods use; see `table.DOCS_ONLY`)."""
    op_id, tag, group = identify(groups, f"{method} {path}", raw)
    params = [build_parameter(spec, p) for p in shared + raw.get("parameters", [])]
    body_fields, body = request_body(spec, op_id, raw)
    params += body_fields
    record_id = find_record_id(op_id, params)
    check_wait(op_id, raw, record_id)
    check_python_names(op_id, params)
    data = data_shape(spec, op_id, raw)
    pagination, page_item = build_pagination(spec, op_id, raw.get("x-a2e-pagination"), params, data)
    return {
        "id": op_id,
        "group": group,
        "name": op_id[len(group) + 1 :],
        "method": method,
        "path": path,
        "tag": tag,
        **described(raw),
        "params": params,
        **body,
        "record_id": record_id,
        "alternatives": raw.get("x-a2e-alternatives", []),
        "resource": check_resource(op_id, raw.get("x-a2e-resource")),
        "data": data,
        "wait": raw.get("x-a2e-wait"),
        "pagination": pagination,
        "page_item": page_item,
    }


def identify(groups: dict[str, Any], where: str, raw: dict[str, Any]) -> tuple[str, str, str]:
    """The operation's id, tag and group: one declared tag, a snake_case id that starts with the group's name,
    and a confidence the spec knows."""
    op_id = raw.get("operationId") or ""
    tags = raw.get("tags") or []
    if len(tags) != 1 or tags[0] not in groups:
        raise SpecError(f"{where}: needs exactly one tag declared under `tags`")
    group = groups[tags[0]]["group"]
    if not op_id.startswith(group + "_") or not op_id.isidentifier() or op_id != op_id.lower():
        raise SpecError(f"{where}: operationId {op_id!r} must be snake_case and start with '{group}_'")
    if raw.get("x-a2e-confidence") not in CONFIDENCES:
        raise SpecError(f"{op_id}: x-a2e-confidence must be one of {CONFIDENCES}")
    return op_id, tags[0], group


def described(raw: dict[str, Any]) -> dict[str, Any]:
    """What the spec says about the operation, for the row: summary, description, confidence and the like."""
    return {
        "summary": raw.get("summary", ""),
        "description": textwrap.dedent(raw.get("description", "")).strip(),
        "confidence": raw.get("x-a2e-confidence"),
        "official_id": raw.get("x-a2e-official-id"),
        "charged": bool(raw.get("x-a2e-charged", False)),
        "deprecated": bool(raw.get("deprecated", False)),
        "replaced_by": raw.get("x-a2e-replaced-by"),
        "docs": raw.get("x-a2e-docs"),
    }


def request_body(spec: dict[str, Any], op_id: str, raw: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The fields of the JSON body, and the row's entries for the body: its schema's name, whether it takes fields
    the spec does not name, its `anyOf` of required sets and its `x-a2e-rules`."""
    if "requestBody" not in raw:
        return [], {"body": None, "open_body": False, "one_of": [], "rules": []}
    content = resolve(spec, raw["requestBody"])["content"]["application/json"]
    body_model = ref_name(content["schema"])
    if body_model is None:
        raise SpecError(f"{op_id}: the request body must be a named $ref schema")
    body = resolve(spec, content["schema"])
    open_body = body.get("additionalProperties") is True
    required = set(body.get("required", []))
    one_of = [alt["required"] for alt in body.get("anyOf", []) if set(alt) == {"required"}]
    fields = [
        build_field(spec, wire, prop, "body", wire in required) for wire, prop in body.get("properties", {}).items()
    ]
    rules = build_rules(op_id, body)
    return fields, {"body": body_model, "open_body": open_body, "one_of": one_of, "rules": rules}


def check_resource(op_id: str, resource: Any) -> dict[str, str] | None:
    """`x-a2e-resource`: a `role`, and the `family` of records it acts on (optional), both text."""
    if resource is None:
        return None
    if not isinstance(resource, dict) or set(resource) - RESOURCE_KEYS or "role" not in resource:
        raise SpecError(
            f"{op_id}: x-a2e-resource must be a mapping with role (and optionally family); got {resource!r}"
        )
    if not all(isinstance(value, str) and value for value in resource.values()):
        raise SpecError(f"{op_id}: x-a2e-resource role and family must be names, got {resource!r}")
    return resource


def check_wait(op_id: str, raw: dict[str, Any], record_id: dict[str, str] | None) -> None:
    """A wait has a method name, a dialect and only the keys the table declares (`via`, if given, is `list`); it
    polls with the record id, or (`via: list`) pages the operation's own list."""
    wait = raw.get("x-a2e-wait")
    if wait is not None and (
        not isinstance(wait, dict)
        or set(wait) - WAIT_KEYS
        or not {"method", "dialect"} <= set(wait)
        or not all(isinstance(value, str) for value in wait.values())
        or wait.get("via", "list") != "list"
    ):
        optional = ", ".join(sorted(WAIT_KEYS - {"method", "dialect"}))
        raise SpecError(
            f"{op_id}: x-a2e-wait must map method and dialect (and optionally {optional}) to text, "
            f"with via: list if via is given; got {wait!r}"
        )
    via_list = (wait or {}).get("via") == "list"
    if wait and record_id is None and not via_list:
        raise SpecError(f"{op_id}: x-a2e-wait needs a record id parameter to poll with (or `via: list`)")
    if via_list and not raw.get("x-a2e-pagination"):
        raise SpecError(f"{op_id}: x-a2e-wait `via: list` is for a list operation with x-a2e-pagination")


def check_python_names(op_id: str, params: list[dict[str, Any]]) -> None:
    """The arguments' Python names are distinct and none is a per-call option."""
    names = [p["python"] for p in params]
    reserved = sorted(set(names) & PER_CALL_NAMES)
    if reserved:
        raise SpecError(f"{op_id}: Python names {reserved} are per-call options; give the field an x-python-name")
    clash = {n for n in names if names.count(n) > 1}
    if clash:
        raise SpecError(f"{op_id}: Python names {sorted(clash)} clash; add x-python-name")


def find_record_id(op_id: str, params: list[dict[str, Any]]) -> dict[str, str] | None:
    """The parameter naming the task or record the call acts on: one marked `x-a2e-record-id`, else a required
    `_id` or `id` (path first). Waiting polls with it; the mock looks records up by it. The fields' transient
    marker is removed here, so it does not reach the operation table."""
    marked = [p for p in params if p.pop("record_id", False)]
    if len(marked) > 1:
        raise SpecError(f"{op_id}: more than one parameter is marked x-a2e-record-id")
    candidates = marked or sorted(
        (p for p in params if p["required"] and p["wire"] in ("_id", "id")),
        key=lambda p: (p["in"] != "path", p["wire"]),
    )
    return {"wire": candidates[0]["wire"], "in": candidates[0]["in"]} if candidates else None


def build_rules(op_id: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    """`x-a2e-rules` of a request body: `{when: {field: value or [values]}, require: [...]}` or `{exclusive: [...]}`.

    A field missing from the request counts as its default in `when`, as A2E applies defaults.
    """
    fields = body.get("properties", {})
    rules = []
    for rule in body.get("x-a2e-rules", []):
        names = [*rule.get("when", {}), *rule.get("require", []), *rule.get("exclusive", [])]
        unknown = [name for name in names if name not in fields]
        if unknown or not (set(rule) <= {"when", "require", "exclusive"}) or not names:
            raise SpecError(f"{op_id}: x-a2e-rules entry {rule} names unknown fields {unknown} or keys")
        if "when" in rule:
            when = {name: value if isinstance(value, list) else [value] for name, value in rule["when"].items()}
            defaults = {name: fields[name]["default"] for name in when if "default" in fields[name]}
            rules.append({"when": when, "defaults": defaults, "require": list(rule["require"])})
        else:
            rules.append({"exclusive": list(rule["exclusive"])})
    return rules


def build_parameter(spec: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    """A path or query parameter as a field of the row."""
    param = resolve(spec, raw)
    if param["in"] not in ("path", "query"):
        raise SpecError(f"parameter {param['name']}: only path and query parameters are supported")
    field = build_field(spec, param["name"], param["schema"], param["in"], bool(param.get("required")))
    field["description"] = param.get("description") or field["description"]
    if "x-python-name" in param:
        field["python"] = python_name(param["name"], param["x-python-name"])
    if param.get("x-a2e-record-id"):
        field["record_id"] = True
    return field


def build_field(spec: dict[str, Any], wire: str, raw: Any, location: str, required: bool) -> dict[str, Any]:
    """One argument: its wire and Python names, where it goes, its checks, its docs and its model, if any."""
    schema = resolve(spec, raw)
    field = {
        "wire": wire,
        "python": python_name(wire, schema.get("x-python-name")),
        "in": location,
        "required": required,
        "schema": simple_schema(spec, schema),
        "description": " ".join((schema.get("description") or "").split()),
        "model": ref_name(raw) if "properties" in schema else None,
        "known": schema.get("x-a2e-known-values", []),  # offered in the type; any value of the type still goes
    }
    if "default" in schema:
        field["default"] = schema["default"]
    return field


def data_shape(spec: dict[str, Any], op_id: str, raw: dict[str, Any]) -> dict[str, Any]:
    """What the envelope's `data` holds on success: a model, a list of models, a scalar or anything."""
    content = resolve(spec, raw["responses"]["200"])["content"]["application/json"]["schema"]
    choices = content.get("anyOf", [content])
    envelopes = [c for c in choices if ref_name(c) != "ErrorEnvelope"]
    if len(envelopes) != 1 or ref_name(envelopes[0]) is None:
        raise SpecError(f"{op_id}: the 200 response must be anyOf [<named envelope>, ErrorEnvelope]")
    data = resolve(spec, envelopes[0])["properties"].get("data", {})
    sent_as = raw.get("x-a2e-answer-shape", "object")
    if sent_as not in ANSWER_SHAPES:
        raise SpecError(f"{op_id}: x-a2e-answer-shape must be one of {ANSWER_SHAPES}")
    record = record_model(data)
    if record:
        return {"kind": "model", "model": record, "sent_as": sent_as}
    if sent_as != "object":
        raise SpecError(f"{op_id}: x-a2e-answer-shape is for answers of one record (a model)")
    data = resolve(spec, data)
    if data.get("type") == "array" and ref_name(data.get("items")):
        return {"kind": "list", "model": ref_name(data["items"])}
    if data.get("type") in SCALAR_TYPES:
        return {"kind": "scalar", "type": data["type"]}
    return {"kind": "any"}


def record_model(data: dict[str, Any]) -> str | None:
    """The model of an answer of one record: `$ref: Model`, or `anyOf: [$ref: Model, array of Model]` where A2E
    is seen to send either (`x-a2e-answer-shapes`)."""
    if ref_name(data):
        return ref_name(data)
    choices = data.get("anyOf") or []
    if len(choices) == 2 and ref_name(choices[0]) and choices[1].get("type") == "array":
        if ref_name(choices[1].get("items")) == ref_name(choices[0]):
            return ref_name(choices[0])
    return None
