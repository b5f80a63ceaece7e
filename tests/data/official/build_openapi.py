"""Rebuild openapi.json, A2E's published OpenAPI document, from the facts in catalogue.json.

    python tests/data/official/build_openapi.py [--out FILE]

The output is deterministic: the same catalogue always gives the same bytes, so the committed
openapi.json can be checked against a fresh build. See README.md in this folder.
"""

from __future__ import annotations

import argparse
import http
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CATALOGUE = HERE / "catalogue.json"
OUTPUT = HERE / "openapi.json"

SCALAR_TYPES = {"string", "integer", "number", "boolean", "object"}
# Catalogue key -> JSON Schema keyword, in the order the keywords are written.
SCHEMA_KEYWORDS = {
    "format": "format",
    "enum": "enum",
    "default": "default",
    "minimum": "minimum",
    "maximum": "maximum",
    "min_length": "minLength",
    "max_length": "maxLength",
    "min_items": "minItems",
    "max_items": "maxItems",
}
PARAM_KEYS = {"name", "in", "required", "type", "example", *SCHEMA_KEYWORDS}


def param_schema(param: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of one catalogue parameter."""
    unknown = set(param) - PARAM_KEYS
    if unknown:
        raise ValueError(f"parameter {param['name']!r}: unknown catalogue keys {sorted(unknown)}")
    kind = param["type"]
    if kind in SCALAR_TYPES:
        schema: dict[str, Any] = {"type": kind}
    elif kind.endswith("[]") and kind[:-2] in SCALAR_TYPES:
        schema = {"type": "array", "items": {"type": kind[:-2]}}
    else:
        raise ValueError(f"parameter {param['name']!r}: unknown type {kind!r}")
    for key, keyword in SCHEMA_KEYWORDS.items():
        if key in param:
            schema[keyword] = param[key]
    if "example" in param:
        schema["examples"] = [param["example"]]
    return schema


def operation(entry: dict[str, Any]) -> dict[str, Any]:
    """One operation object: path and query parameters, a JSON body, and the response codes."""
    op: dict[str, Any] = {
        "operationId": entry["operation_id"],
        "summary": entry["title"],
        "tags": [entry["section"]],
    }
    others = {p["in"] for p in entry["params"]} - {"path", "query", "body"}
    if others:
        raise ValueError(f"{entry['operation_id']}: unknown parameter locations {sorted(others)}")
    parameters = [
        {"name": p["name"], "in": p["in"], "required": p["required"], "schema": param_schema(p)}
        for p in entry["params"]
        if p["in"] in ("path", "query")
    ]
    if parameters:
        op["parameters"] = parameters
    body = [p for p in entry["params"] if p["in"] == "body"]
    if body:
        schema: dict[str, Any] = {"type": "object", "properties": {p["name"]: param_schema(p) for p in body}}
        required = [p["name"] for p in body if p["required"]]
        if required:
            schema["required"] = required
        op["requestBody"] = {"content": {"application/json": {"schema": schema}}}
    op["responses"] = {str(code): {"description": http.HTTPStatus(int(code)).phrase} for code in entry["responses"]}
    return op


def build(catalogue: dict[str, Any]) -> dict[str, Any]:
    """The whole OpenAPI 3.1 document, operations in catalogue order."""
    paths: dict[str, dict[str, Any]] = {}
    tags: list[str] = []
    for entry in catalogue["operations"]:
        paths.setdefault(entry["path"], {})[entry["method"].lower()] = operation(entry)
        if entry["section"] not in tags:
            tags.append(entry["section"])
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "A2E Developer API",
            "version": "unspecified",
            "description": "Rebuilt from the facts in catalogue.json by build_openapi.py; A2E publishes the "
            "original at https://video.a2e.ai/dev/openapi-spec.",
        },
        "servers": [{"url": "https://video.a2e.ai"}],
        "security": [{"bearerAuth": []}],
        "tags": [{"name": name} for name in tags],
        "paths": paths,
        "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUTPUT, help=f"where to write (default {OUTPUT.name})")
    args = parser.parse_args(argv)
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    text = json.dumps(build(catalogue), indent=1, ensure_ascii=False) + "\n"
    args.out.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
