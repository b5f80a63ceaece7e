"""Every row of A2E's endpoint catalogue (tests/data/endpoints.tsv, 160 rows) is exactly one operation."""

from __future__ import annotations

import csv
from pathlib import Path

import a2e
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi" / "a2e.yaml").read_text())
ROWS = list(csv.DictReader((ROOT / "tests" / "data" / "endpoints.tsv").open(encoding="utf-8"), delimiter="\t"))
OPERATIONS = [
    {"method": method.upper(), "path": path, **op}
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in ("get", "post", "put", "patch", "delete")
]


def matches(row: dict[str, str], op: dict) -> bool:
    if op["summary"] != row["title"]:
        return False
    if row["path"] == "?":
        return op["x-a2e-confidence"] == "inferred" and row["method"] in ("?", op["method"])
    return (op["method"], op["path"]) == (row["method"], row["path"])


def test_the_catalogue_has_160_rows():
    assert len(ROWS) == 160


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['method']} {r['path']} {r['title'][:40]}" for r in ROWS])
def test_each_row_maps_to_exactly_one_operation(row):
    found = [op["operationId"] for op in OPERATIONS if matches(row, op)]
    assert len(found) == 1, found
    op = next(o for o in OPERATIONS if o["operationId"] == found[0])
    if row["confidence"] in ("documented", "observed", "weak"):
        assert op["x-a2e-confidence"] == row["confidence"]


def test_no_operation_is_claimed_by_two_rows_or_by_none():
    claimed = [op["operationId"] for row in ROWS for op in OPERATIONS if matches(row, op)]
    assert sorted(claimed) == sorted(op["operationId"] for op in OPERATIONS)


def test_every_operation_is_callable_on_both_clients():
    sync, asynchronous = a2e.A2E("k"), a2e.AsyncA2E("k")
    for info in a2e.operations():
        group, name = info.method_name.split(".")
        assert callable(getattr(getattr(sync, group), name)), info
        assert callable(getattr(getattr(asynchronous, group), name)), info
    assert len(a2e.operations()) == 160


def test_docstrings_show_confidence_when_not_documented():
    client = a2e.A2E("k")
    for info in a2e.operations():
        group, name = info.method_name.split(".")
        doc = getattr(getattr(client, group), name).__doc__
        assert info.summary.split(" (")[0] in doc
        assert (f"Confidence: {info.confidence}" in doc) == (info.confidence != "documented")
