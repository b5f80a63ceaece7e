"""Every example in the spec is valid against the schema it illustrates.

The spec is OpenAPI 3.1, so its schemas are JSON Schema 2020-12 and are checked with `jsonschema` as they stand,
`$ref`s resolved inside the spec. Covered: the `example`/`examples` of every request body and response (of the
operations and of `components`), of every parameter, and the `examples` (or `example`) written on any schema
or sub-schema (component schemas, their properties and items, and schemas inline in operations). Redocly's lint
looks at media-type examples only, and the generator and the docs show these examples to users as valid calls
and answers.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
import referencing
from conftest import load_spec
from referencing.jsonschema import DRAFT202012

SPEC = load_spec()
BASE = "urn:a2e:openapi"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
# Keywords whose value is one sub-schema, a list of them, or a map of names to them.
ONE = ("items", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties")
MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
NAMED = ("properties", "patternProperties", "$defs", "dependentSchemas")

Case = tuple[str, str, Any]  # (where the example is, JSON pointer of its schema, the example)


def pointer(parts: tuple[str | int, ...]) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def schema_cases(node: Any, at: tuple[str | int, ...]) -> Iterator[Case]:
    """The examples written on the schema at `at` and on every sub-schema below it."""
    if not isinstance(node, dict):
        return
    if isinstance(node.get("examples"), list):
        for index, value in enumerate(node["examples"]):
            yield f"{pointer(at)}/examples/{index}", pointer(at), value
    if "example" in node:
        yield f"{pointer(at)}/example", pointer(at), node["example"]
    for key in ONE:
        yield from schema_cases(node.get(key), (*at, key))
    if isinstance(node.get("additionalProperties"), dict):
        yield from schema_cases(node["additionalProperties"], (*at, "additionalProperties"))
    for key in MANY:
        for index, sub in enumerate(node.get(key) or ()):
            yield from schema_cases(sub, (*at, key, index))
    for key in NAMED:
        for name, sub in (node.get(key) or {}).items():
            yield from schema_cases(sub, (*at, key, name))


def example_values(holder: dict[str, Any], at: tuple[str | int, ...]) -> Iterator[tuple[str, Any]]:
    """The `example` and the values of the `examples` map of a media type or a parameter."""
    if "example" in holder:
        yield f"{pointer(at)}/example", holder["example"]
    for name, entry in (holder.get("examples") or {}).items():
        entry = resolve(entry)
        if "value" in entry:
            yield f"{pointer(at)}/examples/{name}/value", entry["value"]


def media_cases(content: dict[str, Any], at: tuple[str | int, ...]) -> Iterator[Case]:
    for media_type, media in content.items():
        where = (*at, media_type)
        if "schema" not in media:
            continue
        for place, value in example_values(media, where):
            yield place, pointer((*where, "schema")), value
        yield from schema_cases(media["schema"], (*where, "schema"))


def parameter_cases(param: dict[str, Any], at: tuple[str | int, ...]) -> Iterator[Case]:
    if "$ref" in param or "schema" not in param:
        return  # a $ref is checked where it points (components/parameters)
    for place, value in example_values(param, at):
        yield place, pointer((*at, "schema")), value
    yield from schema_cases(param["schema"], (*at, "schema"))


def response_cases(response: dict[str, Any], at: tuple[str | int, ...]) -> Iterator[Case]:
    if "$ref" not in response:
        yield from media_cases(response.get("content") or {}, (*at, "content"))


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def collect(spec: dict[str, Any]) -> list[Case]:
    cases: list[Case] = []
    for path, item in spec["paths"].items():
        for index, param in enumerate(item.get("parameters") or ()):
            cases += parameter_cases(param, ("paths", path, "parameters", index))
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            at = ("paths", path, method)
            for index, param in enumerate(op.get("parameters") or ()):
                cases += parameter_cases(param, (*at, "parameters", index))
            body = op.get("requestBody") or {}
            if "$ref" not in body:
                cases += media_cases(body.get("content") or {}, (*at, "requestBody", "content"))
            for status, response in op["responses"].items():
                cases += response_cases(response, (*at, "responses", status))
    components = spec.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        cases += schema_cases(schema, ("components", "schemas", name))
    for name, param in (components.get("parameters") or {}).items():
        cases += parameter_cases(param, ("components", "parameters", name))
    for name, response in (components.get("responses") or {}).items():
        cases += response_cases(response, ("components", "responses", name))
    for name, body in (components.get("requestBodies") or {}).items():
        cases += media_cases(body.get("content") or {}, ("components", "requestBodies", name, "content"))
    return cases


def registry(spec: dict[str, Any]) -> referencing.Registry[Any]:
    return referencing.Registry().with_resource(BASE, DRAFT202012.create_resource(spec))


def problems(schemas: referencing.Registry[Any], schema_at: str, value: Any) -> list[str]:
    """Why `value` does not validate against the schema at JSON pointer `schema_at` (empty: it does)."""
    validator = jsonschema.Draft202012Validator({"$ref": f"{BASE}#{schema_at}"}, registry=schemas)
    found = []
    for error in validator.iter_errors(value):
        found.append(f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message[:300]}")
        found += [f"  (branch {list(sub.schema_path)}) {sub.message[:300]}" for sub in error.context or ()]
    return found


CASES = collect(SPEC)
SCHEMAS = registry(SPEC)


def test_the_spec_is_openapi_3_1_so_its_schemas_are_json_schema_2020_12():
    assert SPEC["openapi"].startswith("3.1.")
    assert SPEC.get("jsonSchemaDialect", "https://spec.openapis.org/oas/3.1/dialect/base").endswith("dialect/base")


def test_examples_of_every_kind_are_collected():
    kinds = {
        "operation answers": "/responses/",
        "request bodies": "/requestBody/",
        "component schemas": "/components/schemas/",
        "parameters": "/parameters/",
    }
    for kind, marker in kinds.items():
        assert any(marker in where for where, _, _ in CASES), f"no example of {kind} was found"
    assert len(CASES) > 500


@pytest.mark.parametrize(("where", "schema_at", "value"), CASES, ids=[case[0] for case in CASES])
def test_every_example_validates_against_its_own_schema(where, schema_at, value):
    found = problems(SCHEMAS, schema_at, value)
    assert not found, f"{where} does not match {schema_at}:\n" + "\n".join(found)


def test_a_bad_example_is_caught():
    """The check itself: an answer example with a wrong type and a property example breaking its pattern fail."""
    spec = copy.deepcopy(SPEC)
    answer = spec["paths"]["/api/v1/video/send_tts"]["post"]["responses"]["200"]["content"]["application/json"]
    answer["example"] = {"code": 0, "msg": "success", "data": {"not": "a URL string"}}
    spec["components"]["schemas"]["ObjectId"]["examples"] = ["not-an-object-id"]
    schemas = registry(spec)
    bad = {where for where, schema_at, value in collect(spec) if problems(schemas, schema_at, value)}
    assert bad >= {
        "/paths/~1api~1v1~1video~1send_tts/post/responses/200/content/application~1json/example",
        "/components/schemas/ObjectId/examples/0",
    }
