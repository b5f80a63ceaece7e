"""The generator: the spec alone decides what the client can call; hand edits in generated/ are caught."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import GENERATE, generate_from, load_spec

ROOT = Path(__file__).resolve().parent.parent

NEW_OPERATION = {
    "get": {
        "tags": ["Miscellaneous"],
        "operationId": "misc_list_languages_test",
        "summary": "List Available Languages (test)",
        "x-a2e-confidence": "weak",
        "parameters": [{"name": "lang", "in": "query", "schema": {"type": "string"}}],
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {
                        "schema": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/CreditsEnvelope"},
                                {"$ref": "#/components/schemas/ErrorEnvelope"},
                            ]
                        }
                    }
                },
            }
        },
    }
}


def test_an_operation_added_to_the_spec_is_callable_after_generate(tmp_path):
    spec = load_spec()
    spec["paths"]["/api/v1/anchor/language_list_test"] = NEW_OPERATION
    built = generate_from(spec, tmp_path)
    assert built.returncode == 0, built.stderr
    script = textwrap.dedent(
        """
        import httpx2 as httpx, a2e
        seen = []
        def answer(request):
            seen.append(str(request.url))
            return httpx.Response(200, json={"code": 0, "data": {"coins": 3, "diamonds": 0}})
        client = a2e.A2E("k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        typed = client.misc.list_languages_test(lang="en")
        generic = client.call("misc_list_languages_test", lang="en")
        assert typed.coins == generic.coins == 3, (typed, generic)
        assert seen == ["https://video.a2e.ai/api/v1/anchor/language_list_test?lang=en"] * 2, seen
        assert "Confidence: weak" in client.misc.list_languages_test.__doc__
        print(next(str(op) for op in a2e.operations() if op.id == "misc_list_languages_test"))
        """
    )
    env = {"PYTHONPATH": f"{tmp_path / 'out'}:{ROOT / 'overrides'}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "client.misc.list_languages_test" in result.stdout


def test_check_reports_exactly_the_file_edited_by_hand(tmp_path):
    """One build: the rest of the copy matching is what `make check-generated` relies on; the edit must show."""
    copy = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "_a2e_api" / "resources" / "videos.py"
    target.write_text(target.read_text().replace("def generate(", "def generate_edited(", 1))
    result = subprocess.run([*GENERATE, "--check", str(copy)], capture_output=True, text=True)
    assert result.returncode == 1
    differences = [line.strip() for line in result.stdout.splitlines()[1:]]
    assert differences == ["changed: _a2e_api/resources/videos.py"], result.stdout


def test_the_generator_refuses_an_operation_id_outside_its_group(tmp_path):
    spec = load_spec()
    spec["paths"]["/api/v1/user/remainingCoins"]["get"]["operationId"] = "remaining_coins"
    result = generate_from(spec, tmp_path)
    assert result.returncode == 1 and "must be snake_case and start with 'misc_'" in result.stderr
    assert not (tmp_path / "out").exists()


def misspelt_error_class(spec: dict) -> None:
    spec["x-a2e-errors"]["codes"][0]["error"] = "InsufficentCreditsError"


def rule_on_unknown_field(spec: dict) -> None:
    spec["components"]["schemas"]["Image2VideoRequest"]["x-a2e-rules"][0]["require"] = ["end_image"]


def replacement_that_does_not_exist(spec: dict) -> None:
    spec["paths"]["/api/v1/video/awsResult"]["post"]["x-a2e-replaced-by"] = "videos_detail"


def result_of_an_unknown_family(spec: dict) -> None:
    spec["x-a2e-results"]["text_to_imag"] = {"fields": ["image_urls"], "media": "image"}


def result_in_an_unknown_field(spec: dict) -> None:
    spec["x-a2e-results"]["voice"]["fields"] = ["speakerid"]


def unknown_answer_shape(spec: dict) -> None:
    spec["paths"]["/api/v1/userText2Image/start"]["post"]["x-a2e-answer-shape"] = "list"


def answer_shapes_without_object(spec: dict) -> None:
    spec["x-a2e-answer-shapes"]["record"] = ["array"]


def refusal_with_a_bad_pattern(spec: dict) -> None:
    spec["x-a2e-errors"]["refusals"][0]["pattern"] = "(nsfw"


def wait_via_list_on_a_read_of_one_task(spec: dict) -> None:
    spec["paths"]["/api/v1/userImage2Video/{_id}"]["get"]["x-a2e-wait"]["via"] = "list"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (misspelt_error_class, "names no error class of a2e"),
        (rule_on_unknown_field, "names unknown fields"),
        (unknown_answer_shape, "x-a2e-answer-shape must be one of"),
        (answer_shapes_without_object, "x-a2e-answer-shapes.record must include object"),
        (refusal_with_a_bad_pattern, "x-a2e-errors.refusals: bad pattern"),
        (wait_via_list_on_a_read_of_one_task, "`via: list` is for a list operation"),
        (replacement_that_does_not_exist, "which is not an operation"),
        (result_of_an_unknown_family, "no operation has family 'text_to_imag'"),
        (result_in_an_unknown_field, "unknown: ['speakerid']"),
    ],
)
def test_a_wrong_reference_in_the_spec_fails_the_build(tmp_path, change, message):
    spec = load_spec()
    change(spec)
    result = generate_from(spec, tmp_path)
    assert result.returncode == 1 and message in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_wait_naming_an_unknown_dialect_fails_the_build(tmp_path):
    spec = load_spec()
    spec["paths"]["/api/v1/userImage2Video/{_id}"]["get"]["x-a2e-wait"]["dialect"] = "tasks"
    result = generate_from(spec, tmp_path)
    assert result.returncode == 1 and "x-a2e-wait names dialect 'tasks'" in result.stderr
