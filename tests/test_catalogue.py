"""The spec against its sources: every published A2E operation, every seed row, and the removals are accounted for.

- `tests/data/official/catalogue.json`: the facts of A2E's own published OpenAPI document (216 operations);
- `tests/data/endpoints.tsv`: A2E's docs table of contents (the 69 seed rows) and the operations known beyond it;
- `tests/data/removed.tsv`: operations of earlier versions of the spec that no evidence supports any more (with the
  docs title they had, so that a docs row without a path is accounted for too).

The catalogue is a curated rendering of A2E's published document, not all of it (answers-audit N1): an operation
may be `published` without an `x-a2e-official-id` only if `x-a2e-outside-catalogue` names where A2E publishes it.
"""

from __future__ import annotations

import asyncio
import csv
import json
from pathlib import Path
from typing import Any

import a2e
import httpx2 as httpx
import pytest
from _a2e_api.operations import OPERATIONS as TABLE
from conftest import load_spec

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SPEC = load_spec()
OFFICIAL = json.loads((DATA / "official" / "catalogue.json").read_text())["operations"]
ROWS = list(csv.DictReader((DATA / "endpoints.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"))
SEED = [row for row in ROWS if not row["section"].startswith("Beyond the seed")]
REMOVED = list(csv.DictReader((DATA / "removed.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"))
OPERATIONS = [
    {"method": method.upper(), "path": path, **op}
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in ("get", "post", "put", "patch", "delete")
]


def test_the_sources_have_216_published_operations_and_69_seed_rows():
    assert len(OFFICIAL) == 216 and len(SEED) == 69


@pytest.mark.parametrize("official", OFFICIAL, ids=[f"{o['method']} {o['path']}" for o in OFFICIAL])
def test_each_published_operation_is_exactly_one_spec_operation_at_its_method_and_path(official):
    claiming = [op for op in OPERATIONS if op.get("x-a2e-official-id") == official["operation_id"]]
    assert len(claiming) == 1, [op["operationId"] for op in claiming]
    op = claiming[0]
    assert (op["method"], op["path"]) == (official["method"], official["path"])
    assert op["x-a2e-confidence"] == "published"


def test_only_published_operations_claim_an_official_id():
    ids = {o["operation_id"] for o in OFFICIAL}
    claimed = [op["x-a2e-official-id"] for op in OPERATIONS if "x-a2e-official-id" in op]
    assert sorted(claimed) == sorted(ids)
    assert all(op["x-a2e-confidence"] == "published" for op in OPERATIONS if "x-a2e-official-id" in op)


def test_a_published_operation_outside_the_catalogue_names_where_a2e_publishes_it():
    """The catalogue renders A2E's document only in part: `POST /api/v1/user/add` opens A2E's OpenAPI JSON and is
    not among its 216 operations (answers-audit N1). Such an operation is `published` without an official id, and
    says so, with its source, in `x-a2e-outside-catalogue`; every other operation without an id is not published."""
    outside = [op for op in OPERATIONS if "x-a2e-official-id" not in op and op["x-a2e-confidence"] == "published"]
    assert [op["operationId"] for op in outside] == ["misc_add_user"]
    for op in outside:
        assert "https://video.a2e.ai/dev/openapi-spec" in op["x-a2e-outside-catalogue"]
        assert not [o for o in OFFICIAL if (o["method"], o["path"]) == (op["method"], op["path"])]
    assert all("x-a2e-outside-catalogue" not in op for op in OPERATIONS if op not in outside)


def seed_matches(row: dict[str, str], op: dict[str, Any]) -> bool:
    if row["path"] != "?":
        return (op["method"], op["path"]) == (row["method"], row["path"])
    titles = {op["summary"], op.get("x-a2e-docs-title")}
    return row["title"] in titles and row["method"] in ("?", op["method"])


def removed_matches(row: dict[str, str], removed: dict[str, str]) -> bool:
    if row["path"] != "?":
        return (removed["method"], removed["path"]) == (row["method"], row["path"])
    return removed["title"] == row["title"] and row["method"] in ("?", removed["method"])


@pytest.mark.parametrize("row", SEED, ids=[f"{r['method']} {r['path']} {r['title'][:40]}" for r in SEED])
def test_each_seed_row_is_exactly_one_operation_with_its_confidence_or_is_listed_as_removed(row):
    found = [op for op in OPERATIONS if seed_matches(row, op)]
    removed = [r for r in REMOVED if removed_matches(row, r)]
    assert len(found) + len(removed) == 1, ([op["operationId"] for op in found], removed)
    confidence = found[0]["x-a2e-confidence"] if found else removed[0]["confidence"]
    if confidence != "published":
        assert confidence == (row["confidence"] if row["confidence"] != "unknown" else "inferred")


@pytest.mark.parametrize("row", [r for r in ROWS if r not in SEED], ids=lambda r: f"{r['method']} {r['path']}")
def test_each_row_beyond_the_seed_is_an_operation_or_listed_as_removed(row):
    mapped = [op for op in OPERATIONS if (op["method"], op["path"]) == (row["method"], row["path"])]
    removed = [r for r in REMOVED if (r["method"], r["path"]) == (row["method"], row["path"])]
    assert len(mapped) + len(removed) == 1, (mapped, removed)


def test_removed_operations_are_gone_and_say_why():
    for row in REMOVED:  # a former id may live on at the route A2E publishes (nano_banana_get)
        assert not [op for op in OPERATIONS if (op["method"], op["path"]) == (row["method"], row["path"])]
        assert row["former_operation_id"] and row["title"]
        assert row["confidence"] in ("weak", "inferred")  # nothing published or documented is ever dropped
        assert len(row["why"]) > 20


def test_an_unknown_id_in_the_path_is_a_declared_404_and_nowhere_else():
    """A GET, DELETE or POST of an id in the path that A2E does not know answers 404 (so does the mock); an
    unknown id in a body or query comes back as an error envelope in HTTP 200, so those declare no 404."""
    for op in OPERATIONS:
        in_path = "{" in op["path"]
        declared = op["responses"].get("404")
        assert (declared is not None) == in_path, op["operationId"]
        if declared is not None:
            assert declared == {"$ref": "#/components/responses/NotFound"}, op["operationId"]


def test_deprecated_seed_operations_point_to_their_published_replacement():
    deprecated = [op for op in OPERATIONS if op.get("x-a2e-replaced-by")]
    assert {op["operationId"] for op in deprecated} >= {"videos_status", "avatars_continue_tranining"}
    for op in deprecated:
        assert op.get("deprecated") is True
        target = next(o for o in OPERATIONS if o["operationId"] == op["x-a2e-replaced-by"])
        assert target["x-a2e-confidence"] == "published"


def test_every_operation_is_callable_on_both_clients():
    sync, asynchronous = a2e.A2E("k"), a2e.AsyncA2E("k")
    for info in a2e.operations():
        group, name = info.method_name.split(".")
        assert callable(getattr(getattr(sync, group), name)), info
        assert callable(getattr(getattr(asynchronous, group), name)), info
    assert len(a2e.operations()) == len(OPERATIONS)


def test_docstrings_show_confidence_below_documented():
    client = a2e.A2E("k")
    for info in a2e.operations():
        group, name = info.method_name.split(".")
        doc = getattr(getattr(client, group), name).__doc__
        assert info.summary.split(" (")[0] in doc
        assert (f"Confidence: {info.confidence}" in doc) == (info.confidence not in ("published", "documented"))


# -- a call with the officially required fields goes out as A2E publishes it ----------------------------------------


def value_for(param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    if "enum" in param:
        return param["default"] if "default" in param else param["enum"][0]
    kind = param["type"]
    if kind.endswith("[]"):
        item = {"type": kind[:-2]}
        return [value_for(item)] * max(param.get("min_items", 1), 1)
    return {
        "string": "https://cdn.example.com/x.png",
        "integer": param.get("minimum", 1),
        "number": param.get("minimum", 1),
        "boolean": False,
        "object": {},
    }[kind]


def explained(op_id: str, field: str | None) -> bool:
    """A published one-of group or rule names `field`, or the spec explains why we require it."""
    op = TABLE[op_id]
    named = {name for group in op["one_of"] for name in group}
    named |= {name for rule in op["rules"] for name in rule.get("require", [])}
    differs = next(o for o in OPERATIONS if o["operationId"] == op_id).get("x-a2e-differs-from-official", {})
    return field in named or field in differs or "*" in differs


def required_call(official: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    op_id = next(op["operationId"] for op in OPERATIONS if op.get("x-a2e-official-id") == official["operation_id"])
    return op_id, {p["name"]: value_for(p) for p in official["params"] if p["required"]}


def invoke(client: a2e.A2E | a2e.AsyncA2E, op_id: str, params: dict[str, Any]) -> None:
    if isinstance(client, a2e.AsyncA2E):
        asyncio.run(client.call(op_id, **params))
    else:
        client.call(op_id, **params)


def send(client: a2e.A2E | a2e.AsyncA2E, op_id: str, params: dict[str, Any], official: dict[str, Any]) -> httpx.Request:
    """Call `op_id`; a refusal must come from a requirement A2E publishes in its notes or that the spec explains."""
    try:
        invoke(client, op_id, params)
    except a2e.InvalidRequestError as refused:
        assert explained(op_id, refused.wire), refused
        wire = next((p for p in OFFICIAL_PARAMS[official["operation_id"]] if p["name"] == refused.wire), None)
        extra = {"_id": "6600aa11bb22cc33dd44ee55", "source_url": "https://cdn.example.com/in.mp4", "target_lang": "de"}
        value = value_for(wire) if wire else extra[refused.wire]
        return send(client, op_id, {**params, refused.wire: value}, official)
    return SEEN.pop()


OFFICIAL_PARAMS = {o["operation_id"]: o["params"] for o in OFFICIAL}
SEEN: list[httpx.Request] = []


def record(request: httpx.Request) -> httpx.Response:
    SEEN.append(request)
    return httpx.Response(200, json={"code": 0, "data": None})


@pytest.fixture(scope="module", params=["sync", "async"])
def recording_client(request):
    if request.param == "sync":
        return a2e.A2E("k", http_client=httpx.Client(transport=httpx.MockTransport(record)), max_retries=0)
    return a2e.AsyncA2E("k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(record)), max_retries=0)


@pytest.mark.parametrize("official", OFFICIAL, ids=[f"{o['method']} {o['path']}" for o in OFFICIAL])
def test_a_call_with_the_officially_required_fields_passes_the_checks_and_goes_to_the_published_route(
    recording_client, official
):
    op_id, params = required_call(official)
    try:
        request = send(recording_client, op_id, params, official)
    except (a2e.UnexpectedResponseError, a2e.OutcomeUnknownError):
        # `data: null` need not parse (for a charged call that is an unknown outcome); the request is what is checked
        request = SEEN.pop()
    assert request.method == official["method"]
    route = official["path"]
    for p in official["params"]:
        if p["in"] == "path":
            route = route.replace("{" + p["name"] + "}", str(params[p["name"]]))
    assert request.url.path == route
    sent_query = dict(request.url.params)
    for p in official["params"]:
        if p["in"] == "query" and p["required"]:
            assert p["name"] in sent_query
    if any(p["in"] == "body" and p["required"] for p in official["params"]):
        body = json.loads(request.content)
        assert {p["name"] for p in official["params"] if p["in"] == "body" and p["required"]} <= set(body)


def test_the_spec_diff_against_the_published_document_is_clean():
    from a2e import spec_diff

    result = spec_diff.diff(SPEC, spec_diff.load(DATA / "official" / "openapi.json"))
    assert (result.only_theirs, result.moved, result.fields) == ([], [], [])
    assert len(result.matched) == 216
    explained = {(item.operation.split()[2], item.field) for item in result.explained}
    for operation, field in explained:
        differs = next(op for op in OPERATIONS if op["operationId"] == operation)["x-a2e-differs-from-official"]
        assert field in differs or "*" in differs
    assert not result.unused_explanations
