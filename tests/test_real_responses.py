"""Response bodies that A2E's public material shows (tests/data/responses/) parse through the real client.

Each fixture names the method and path it answers; the test finds the spec operation with that method and
path, calls it through `a2e.A2E` and `a2e.AsyncA2E` with an `httpx.MockTransport` that returns the fixture's
body, and checks that the parsed result still carries what the body said (unknown fields included).
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import a2e
import httpx2 as httpx
import pytest
from _a2e_api.operations import OPERATIONS
from a2e import _operations

RESPONSES = Path(__file__).resolve().parent / "data" / "responses"
FIXTURES = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(RESPONSES.glob("*.json"))}
HEX_ID = "6600aa11bb22cc33dd44ee55"
KINDS = {"example", "from-field-table", "from-client-code"}

# Fixtures the current spec cannot parse, with what the spec requires that A2E's body lacks. Keep each entry
# until the spec owner fixes the operation; strict xfail turns a fix into a failure that asks for its removal.
SPEC_GAPS: dict[str, str] = {}


def operation_for(fixture: dict[str, Any]) -> str | None:
    found = [
        op_id for op_id, op in OPERATIONS.items() if op["method"] == fixture["method"] and op["path"] == fixture["path"]
    ]
    return found[0] if found else None


def value_for(name: str, schema: dict[str, Any]) -> Any:
    """A value that satisfies `schema`, for a parameter the operation requires."""
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    kinds = schema.get("type", "string")
    kind = next((k for k in kinds if k != "null"), "string") if isinstance(kinds, list) else kinds
    if kind == "string":
        pattern = schema.get("pattern")
        if name in ("_id", "id", "video_id") or (pattern and re.search(pattern, HEX_ID)):
            return HEX_ID
        if schema.get("format") == "uri" or "url" in name.lower():
            return "https://cdn.example.com/input.png"
        return "x" * max(schema.get("minLength", 1), 1)
    if kind in ("integer", "number"):
        if "minimum" in schema:
            return schema["minimum"]
        if "exclusiveMinimum" in schema:
            return schema["exclusiveMinimum"] + 1
        return 1
    if kind == "boolean":
        return False
    if kind == "array":
        return [value_for(name, schema.get("items", {}))] * max(schema.get("minItems", 1), 1)
    return {}


def required_params(op_id: str) -> dict[str, Any]:
    op = OPERATIONS[op_id]
    params = {f["wire"]: value_for(f["wire"], f["schema"]) for f in op["params"] if f["required"]}
    if op["one_of"] and not any(all(name in params for name in group) for group in op["one_of"]):
        params.update(param_values(op_id, op["one_of"][0]))
    return params


def param_values(op_id: str, names: list[str]) -> dict[str, Any]:
    fields = {f["wire"]: f for f in OPERATIONS[op_id]["params"]}
    return {name: value_for(name, fields[name]["schema"]) for name in names}


def answer_with(fixture: dict[str, Any], seen: list[httpx.Request]):
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        content_type = fixture.get("content_type", "application/json")
        return httpx.Response(200, content=json.dumps(fixture["body"]).encode(), headers={"content-type": content_type})

    return answer


def settled_params(op_id: str) -> dict[str, Any]:
    """The required parameters, plus any field the client asks for because of a rule A2E states in prose."""
    params = required_params(op_id)
    for _ in range(len(OPERATIONS[op_id]["params"]) + 1):
        try:
            _operations.prepare(op_id, params)  # the check every call runs before it sends anything
            return params
        except a2e.InvalidRequestError as refused:
            if refused.wire is None or refused.wire in params:
                raise
            params = {**params, **param_values(op_id, [refused.wire])}
    raise AssertionError(f"{op_id}: could not build a valid call")


def call_sync(op_id: str, fixture: dict[str, Any]) -> tuple[Any, httpx.Request]:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(answer_with(fixture, seen))
    with a2e.A2E("k", http_client=httpx.Client(transport=transport), max_retries=0) as client:
        result = client.call(op_id, **settled_params(op_id))
    return result, seen[-1]


def call_async(op_id: str, fixture: dict[str, Any]) -> tuple[Any, httpx.Request]:
    seen: list[httpx.Request] = []

    async def run() -> Any:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer_with(fixture, seen))) as http:
            client = a2e.AsyncA2E("k", http_client=http, max_retries=0)
            return await client.call(op_id, **settled_params(op_id))

    return asyncio.run(run()), seen[-1]


def assert_sent_to(fixture: dict[str, Any], request: httpx.Request) -> None:
    """The call went out with the fixture's method, on its path (any value in place of a `{param}`)."""
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(fixture["path"]))
    assert request.method == fixture["method"]
    assert re.fullmatch(pattern, request.url.path), (request.url.path, fixture["path"])


def wire(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def assert_keeps(parsed: Any, data: Any) -> None:
    """The parsed result still says what `data` said: same records, same fields, unknown ones included."""
    if isinstance(data, list) and hasattr(parsed, "to_dict"):  # one record sent as an array of one (a create)
        assert len(data) == 1, data
        data = data[0]
    if isinstance(data, dict):
        as_dict = wire(parsed)
        assert isinstance(as_dict, dict), type(parsed)
        missing = {k: v for k, v in data.items() if as_dict.get(k, object()) != v}
        assert not missing, f"fields lost or changed by parsing: {missing} (parsed: {as_dict})"
        if "_id" in data:
            assert as_dict["_id"] == data["_id"]
    elif isinstance(data, list):
        assert isinstance(parsed, list) and len(parsed) == len(data), (type(parsed), data)
        for item, record in zip(parsed, data, strict=True):
            assert_keeps(item, record)
    else:
        assert parsed == data


def cases() -> list[Any]:
    params = []
    for name in FIXTURES:
        marks = []
        if name in SPEC_GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=SPEC_GAPS[name]))
        params.append(pytest.param(name, marks=marks, id=name))
    return params


def test_every_fixture_is_described():
    assert FIXTURES, "no fixtures in tests/data/responses"
    for name, fixture in FIXTURES.items():
        assert {"method", "path", "source", "kind", "note", "body"} <= set(fixture), name
        assert fixture["kind"] in KINDS, name
        assert fixture["source"].strip() and fixture["note"].strip(), name
        assert fixture["body"].get("code") == 0, name
        assert "data" in fixture["body"], name


@pytest.mark.parametrize("call", [call_sync, call_async], ids=["sync", "async"])
@pytest.mark.parametrize("name", cases())
def test_a_real_body_parses_on_both_clients(name, call):
    fixture = FIXTURES[name]
    op_id = operation_for(fixture)
    if op_id is None:
        pytest.skip(f"no spec operation answers {fixture['method']} {fixture['path']}")
    result, request = call(op_id, fixture)
    assert_sent_to(fixture, request)
    assert_keeps(result, fixture["body"]["data"])
