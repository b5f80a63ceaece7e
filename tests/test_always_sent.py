"""Fields the spec marks as always sent (`x-a2e-always-sent`, with its evidence) are typed `T`, not `T | None`.

When an answer lacks one anyway (missing or null), the call still succeeds and every other field reads as usual;
only reading that field raises `a2e.MissingFieldError`, naming the field, the operation and A2E's `trace_id`.
"""

from __future__ import annotations

import asyncio
import json
import pickle
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import a2e
import attrs
import httpx2 as httpx
import pytest
from _a2e_api import models
from _a2e_api.models import MODULES
from _a2e_api.operations import OPERATIONS
from a2e import _operations
from conftest import generate_from, load_spec

ROOT = Path(__file__).resolve().parent.parent
RESPONSES = ROOT / "tests" / "data" / "responses"
TYPECHECK = ROOT / "tests" / "typecheck" / "always_sent.py"
BIN = Path(sys.executable).parent
TRACE = "4f1c2a8e-6b1d-4c63-trace"
TASK = "6600aa11bb22cc33dd44ee55"


def always_sent(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Schema name -> {wire name of each field marked always sent: its evidence}."""
    marked: dict[str, dict[str, Any]] = {}
    for name, schema in spec["components"]["schemas"].items():
        for wire, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and "x-a2e-always-sent" in prop:
                marked.setdefault(name, {})[wire] = prop["x-a2e-always-sent"]
    return marked


SPEC = load_spec()
MARKED = always_sent(SPEC)


def python_name(wire: str) -> str:
    """The attribute a generated model gives a wire field (`createdAt` -> `created_at`)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire).lower().lstrip("_")


@pytest.fixture(params=["sync", "async"])
def answered(request: pytest.FixtureRequest) -> Callable[[Any, Callable[[Any], Any]], Any]:
    """`answered(data, use)`: `use(client)` on `A2E` or `AsyncA2E` while A2E answers `data` with TRACE."""

    def handler(data: Any) -> Callable[[httpx.Request], httpx.Response]:
        return lambda request: httpx.Response(200, json={"code": 0, "msg": "success", "data": data, "trace_id": TRACE})

    def go(data: Any, use: Callable[[Any], Any]) -> Any:
        transport = httpx.MockTransport(handler(data))
        if request.param == "sync":
            with a2e.A2E("sk_test", http_client=httpx.Client(transport=transport)) as client:
                return use(client)

        async def main() -> Any:
            async with httpx.AsyncClient(transport=transport) as http:
                return await use(a2e.AsyncA2E("sk_test", http_client=http))

        return asyncio.run(main())

    return go


def unsent(read: Callable[[], Any]) -> a2e.MissingFieldError:
    with pytest.raises(a2e.MissingFieldError) as caught:
        read()
    return caught.value


def test_always_sent_fields_read_as_sent_from_the_mock(client):
    credits = client.misc.remaining_coins()
    assert isinstance(credits.coins, int | float) and credits.coins > 0
    groups = client.tts.list_voices()
    assert isinstance(groups[0].children[0].value, str) and groups[0].label


def test_an_answer_without_an_always_sent_field_succeeds_and_only_reading_it_fails(answered):
    credits = answered({"diamonds": 3}, lambda client: client.misc.remaining_coins())
    assert credits.diamonds == 3
    error = unsent(lambda: credits.coins)
    assert (error.field, error.wire, error.model) == ("coins", "coins", "Credits")
    assert (error.operation, error.trace_id) == ("misc_remaining_coins", TRACE)
    assert isinstance(error, a2e.UnexpectedResponseError)
    assert str(error).startswith("Credits.coins: A2E did not send it") and TRACE in str(error)
    assert "misc_remaining_coins" in str(error) and "always sent" in str(error)
    assert credits.to_dict() == {"diamonds": 3}  # as sent: the missing field is left out
    assert repr(credits).startswith("Credits(") and "diamonds=3" in repr(credits)


def test_null_for_an_always_sent_field_is_not_sending_it(answered):
    credits = answered({"coins": None, "diamonds": 3}, lambda client: client.misc.remaining_coins())
    assert unsent(lambda: credits.coins).trace_id == TRACE
    assert credits.to_dict() == {"coins": None, "diamonds": 3}  # the null stays, as sent


def test_nested_models_name_their_own_class_and_the_call(answered):
    data = [{"label": "Female", "value": "female", "children": [{"label": "Emma"}]}, {"label": "Male", "value": "m"}]
    groups = answered(data, lambda client: client.tts.list_voices())
    assert groups[0].children[0].label == "Emma"
    voice = unsent(lambda: groups[0].children[0].value)
    assert (voice.model, voice.field, voice.operation, voice.trace_id) == ("Voice", "value", "tts_list_voices", TRACE)
    group = unsent(lambda: groups[1].children)
    assert (group.model, group.field, group.operation) == ("VoiceGroup", "children", "tts_list_voices")
    assert groups[1].to_dict() == {"label": "Male", "value": "m"} and "VoiceGroup(" in repr(groups[1])


def test_the_error_names_the_python_and_the_wire_name(answered):
    sent = {"_id": TASK, "name": "n", "video_url": "https://x/v.mp4", "prompt": "p", "negative_prompt": "",
            "current_status": "initialized", "coins": 13}  # fmt: skip
    record = answered(sent, lambda client: client.talking_video.get(TASK))
    assert (record.id, record.name, record.current_status, record.coins) == (TASK, "n", "initialized", 13)
    error = unsent(lambda: record.created_at)
    assert (error.field, error.wire, error.model) == ("created_at", "createdAt", "TalkingVideoRecord")
    assert error.operation == "talking_video_get" and "createdAt" in str(error)


def test_a_model_made_in_code_works_as_before():
    from _a2e_api.models import Credits

    assert Credits(coins=2).coins == 2 and Credits(coins=1) == Credits(coins=1) != Credits()
    made = Credits()
    error = unsent(lambda: made.coins)
    assert (error.operation, error.trace_id) == (None, None) and "Credits.coins" in str(error)
    made.coins = 4
    assert made.coins == 4 and made.to_dict() == {"coins": 4}
    assert unsent(lambda: Credits.from_dict({}).coins).operation is None  # not read from a call's answer


def test_getattr_with_a_default_and_hasattr_see_an_unsent_field_as_absent():
    credits = _operations.parse_data("misc_remaining_coins", {"diamonds": 1})
    assert getattr(credits, "coins", None) is None and not hasattr(credits, "coins")
    assert isinstance(unsent(lambda: credits.coins), AttributeError)


def test_a_missing_field_error_pickles_with_what_it_names():
    credits = _operations.parse_data("misc_remaining_coins", {}, trace_id=TRACE)
    error = unsent(lambda: credits.coins)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is a2e.MissingFieldError and str(copy) == str(error)
    assert vars(copy) == vars(error) and copy.trace_id == TRACE


def models_in(value: Any) -> Iterator[Any]:
    """Every generated model in a parsed answer, nested ones included."""
    if isinstance(value, list):
        for item in value:
            yield from models_in(item)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            if field.name not in ("additional_properties", "_sent", "_origin"):
                yield from models_in(getattr(value, field.name))


def real_bodies() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path in sorted(RESPONSES.glob("*.json")):
        fixture = json.loads(path.read_text(encoding="utf-8"))
        ops = [k for k, op in OPERATIONS.items() if (op["method"], op["path"]) == (fixture["method"], fixture["path"])]
        found.append((path.stem, ops[0], fixture))
    return found


def parse_real(op_id: str, fixture: dict[str, Any]) -> Any:
    """A stored real body's `data` parsed as the client parses it (a read is given the id it asked for)."""
    record_id = OPERATIONS[op_id]["record_id"]
    params = {record_id["wire"]: TASK} if record_id else {}
    return _operations.parse_data(op_id, fixture["body"]["data"], params, trace_id=fixture["body"].get("trace_id"))


@pytest.mark.parametrize(("name", "op_id", "fixture"), real_bodies(), ids=[stem for stem, _, _ in real_bodies()])
def test_every_always_sent_field_of_a_real_answer_reads(name, op_id, fixture):
    for model in models_in(parse_real(op_id, fixture)):
        for wire in MARKED.get(type(model).__name__, {}):
            assert getattr(model, python_name(wire)) is not None, f"{name}: {type(model).__name__}.{wire}"


def test_the_real_answers_reach_the_marked_schemas_they_are_evidence_for():
    seen = {type(model).__name__ for _, op, fixture in real_bodies() for model in models_in(parse_real(op, fixture))}
    evidenced = {
        "TalkingVideoRecord",
        "Image2VideoRecord",
        "TaskRecord",
        "FaceSwapRecord",
        "FaceSwapRecordPage",
        "FaceImage",
    }
    assert evidenced <= seen & set(MARKED)


def test_every_marker_gives_its_evidence_and_marks_a_field_that_is_not_required():
    assert MARKED, "no field is marked x-a2e-always-sent"
    for schema, fields in MARKED.items():
        required = SPEC["components"]["schemas"][schema].get("required", [])
        assert schema in MODULES, f"{schema} is no model an answer is parsed into"
        for wire, evidence in fields.items():
            assert isinstance(evidence, str) and len(evidence.split()) >= 3, f"{schema}.{wire}: no evidence"
            assert wire not in required, f"{schema}.{wire}: required and always sent"


@pytest.mark.parametrize("schema", sorted(MARKED))
def test_an_always_sent_field_is_a_property_of_its_type_without_none(schema):
    cls = getattr(models, schema)
    for wire in MARKED[schema]:
        accessor = getattr(cls, python_name(wire))
        assert isinstance(accessor, property) and accessor.fset is not None, f"{schema}.{wire}"
        assert "None" not in str(accessor.fget.__annotations__["return"]), f"{schema}.{wire}"


def marker_without_evidence(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Credits"]["properties"]["coins"]["x-a2e-always-sent"] = " "


def marker_on_a_required_field(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["TaskRecord"]["properties"]["_id"]["x-a2e-always-sent"] = "every record has it"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (marker_without_evidence, "x-a2e-always-sent on Credits.coins: give the evidence as text"),
        (marker_on_a_required_field, "x-a2e-always-sent on TaskRecord._id: the field is required"),
    ],
)
def test_the_build_refuses_a_marker_without_evidence_or_on_a_required_field(tmp_path, change, message):
    spec = load_spec()
    change(spec)
    result = generate_from(spec, tmp_path)
    assert result.returncode == 1 and message in result.stderr, result.stderr[-2000:]
    assert not (tmp_path / "out").exists()


def reported_lines(checker: str) -> set[int]:
    if checker == "mypy":
        command = [str(BIN / "mypy"), "--strict", "--no-incremental", str(TYPECHECK)]
        pattern = rf"{re.escape(TYPECHECK.name)}:(\d+): error"
    else:
        command = [str(BIN / "pyright"), str(TYPECHECK)]
        pattern = rf"{re.escape(TYPECHECK.name)}:(\d+):\d+ - error"
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    return {int(n) for n in re.findall(pattern, result.stdout)}


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_user_code_reads_always_sent_fields_without_narrowing_and_misspellings_fail(checker):
    expected = {n for n, line in enumerate(TYPECHECK.read_text().splitlines(), 1) if "  # error:" in line}
    assert reported_lines(checker) == expected


def test_the_readme_states_the_rule():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "x-a2e-always-sent" in readme and "MissingFieldError" in readme
