"""a2e.spec_diff: how our spec is compared with A2E's published OpenAPI document, and the fixture it runs on."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from a2e import spec_diff
from a2e.spec_diff import FieldDifference, SpecError

ROOT = Path(__file__).resolve().parent.parent
OFFICIAL_DIR = ROOT / "tests" / "data" / "official"
OFFICIAL = OFFICIAL_DIR / "openapi.json"

# Our conventions in a small spec: $ref parameters and bodies, a path-level parameter named `{id}` where A2E
# says `{_id}`, null in type lists, anyOf-required branches, x-python-name, an open body, a seed-only operation.
OURS_YAML = """
openapi: 3.1.0
info: {title: ours, version: '1'}
paths:
  /api/v1/widget/start:
    post:
      operationId: widget_start
      x-a2e-official-id: postWidgetStart
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/WidgetRequest'}
      responses: {'200': {description: OK}}
  /api/v1/widget/{id}:
    parameters:
    - $ref: '#/components/parameters/WidgetId'
    get:
      operationId: widget_get
      responses: {'200': {description: OK}}
  /api/v1/widget/list:
    get:
      operationId: widget_list
      x-a2e-official-id: getWidgetList
      parameters:
      - $ref: '#/components/parameters/Page'
      responses: {'200': {description: OK}}
  /api/v1/widget/seed:
    get:
      operationId: widget_seed
      responses: {'200': {description: OK}}
components:
  parameters:
    WidgetId:
      name: id
      in: path
      required: true
      schema: {$ref: '#/components/schemas/ObjectId'}
    Page:
      name: page
      in: query
      description: Page number, 1-based.
      schema: {type: [integer, 'null'], minimum: 1}
  schemas:
    ObjectId: {type: string, pattern: '^[0-9a-f]{24}$'}
    ModelType: {type: [string, 'null'], enum: [FLF2V, GENERAL, null], default: FLF2V}
    WidgetRequest:
      type: object
      additionalProperties: true
      required: [image_url]
      anyOf:
      - required: [prompt]
      - required: [model_type]
      properties:
        image_url: {type: string, maxLength: 2048, description: The picture.}
        prompt: {type: [string, 'null'], x-python-name: text}
        model_type: {$ref: '#/components/schemas/ModelType', default: GENERAL}
        number_of_images: {type: integer, minimum: 1, maximum: 8, x-python-name: count}
        tags: {type: array, items: {type: string}}
"""

THEIRS: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "A2E Developer API", "version": "unspecified"},
    "paths": {
        "/api/v1/widget/start": {
            "post": {
                "operationId": "postWidgetStart",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "image_url": {"type": "string", "maxLength": 2048},
                                    "prompt": {"type": "string"},
                                    "model_type": {
                                        "type": "string",
                                        "enum": ["GENERAL", "FLF2V"],
                                        "default": "GENERAL",
                                    },
                                    "number_of_images": {"type": "integer", "minimum": 1, "maximum": 8},
                                    "tags": {"type": "array", "items": {"type": "string"}},
                                },
                                "required": ["image_url"],
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "OK"}},
            }
        },
        "/api/v1/widget/{_id}": {
            "get": {
                "operationId": "getWidget",
                "parameters": [{"name": "_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "OK"}},
            }
        },
        "/api/v1/widget/list": {
            "get": {
                "operationId": "getWidgetList",
                "parameters": [
                    {"name": "page", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1}}
                ],
                "responses": {"200": {"description": "OK"}},
            }
        },
    },
}


class Case:
    """Two documents to change, and the start operation every change below is made on."""

    def __init__(self, ours: dict[str, Any], theirs: dict[str, Any], path: str, our_id: str, official_id: str):
        self.ours, self.theirs, self.path, self.official_id = ours, theirs, path, official_id
        self.label = f"POST {path} {our_id}"

    @property
    def our_op(self) -> dict[str, Any]:
        return self.ours["paths"][self.path]["post"]

    @property
    def their_body(self) -> dict[str, Any]:
        return self.theirs["paths"][self.path]["post"]["requestBody"]["content"]["application/json"]["schema"]

    def claim(self) -> None:
        """Match our start operation by official id, as our spec does."""
        self.our_op["x-a2e-official-id"] = self.official_id

    def diff(self) -> spec_diff.SpecDiff:
        return spec_diff.diff(self.ours, self.theirs)


def hand_written() -> Case:
    return Case(
        yaml.safe_load(OURS_YAML), copy.deepcopy(THEIRS), "/api/v1/widget/start", "widget_start", "postWidgetStart"
    )


def official_against_itself() -> Case:
    document = json.loads(OFFICIAL.read_text(encoding="utf-8"))
    start, official_id = "/api/v1/userImage2Video/start", "postApiV1UserImage2VideoStart"
    return Case(copy.deepcopy(document), copy.deepcopy(document), start, official_id, official_id)


@pytest.fixture(params=[hand_written, official_against_itself], ids=["hand-written", "official-fixture"])
def case(request) -> Case:
    return request.param()


# --- synthetic changes, on both pairs of documents -------------------------------------------------------


def test_identical_documents_are_clean(case):
    result = case.diff()
    assert result.clean
    assert (result.only_theirs, result.moved, result.fields, result.explained) == ([], [], [], [])
    assert result.operations_theirs == len(result.matched)


def test_an_operation_added_to_theirs_is_only_theirs(case):
    case.theirs["paths"]["/api/v1/brandNew/start"] = {
        "post": {"operationId": "postBrandNew", "responses": {"200": {"description": "OK"}}}
    }
    result = case.diff()
    assert result.only_theirs == ["POST /api/v1/brandNew/start postBrandNew"]
    assert not result.clean


def test_an_operation_removed_from_theirs_is_flagged_on_ours(case):
    case.claim()
    del case.theirs["paths"][case.path]["post"]
    result = case.diff()
    assert f"{case.label} (claims official id {case.official_id}, absent from theirs)" in result.only_ours
    assert case.official_id not in {theirs for _, theirs in result.matched}
    assert "claims official id" in spec_diff.format_report(result)


def test_a_renamed_body_field_is_a_name_difference_on_both_sides(case):
    body = case.their_body
    body["properties"]["prompt_text"] = body["properties"].pop("prompt")
    fields = {(d.field, d.aspect): d for d in case.diff().fields}
    assert set(fields) == {("prompt", "name"), ("prompt_text", "name")}
    assert fields["prompt", "name"].theirs is None and fields["prompt", "name"].ours == "optional"
    assert fields["prompt_text", "name"].ours is None and fields["prompt_text", "name"].theirs == "optional"
    assert fields["prompt", "name"].location == "body"


def test_a_new_optional_field_is_still_a_name_difference(case):
    case.their_body["properties"]["seed"] = {"type": "integer"}
    assert case.diff().fields == [FieldDifference(case.label, "seed", "name", None, "optional", "body")]


def test_a_field_that_became_required(case):
    case.their_body["required"].append("number_of_images")
    assert case.diff().fields == [FieldDifference(case.label, "number_of_images", "required", False, True, "body")]


def test_a_changed_type(case):
    case.their_body["properties"]["number_of_images"]["type"] = "string"
    assert case.diff().fields == [FieldDifference(case.label, "number_of_images", "type", "integer", "string", "body")]


def test_a_changed_enum(case):
    case.their_body["properties"]["model_type"]["enum"].append("TURBO")
    result = case.diff()
    assert [(d.field, d.aspect, d.ours, d.theirs) for d in result.fields] == [
        ("model_type", "enum", ["FLF2V", "GENERAL"], ["FLF2V", "GENERAL", "TURBO"])
    ]
    assert 'theirs adds ["TURBO"]' in spec_diff.format_report(result)


def test_enum_order_does_not_matter(case):
    case.their_body["properties"]["model_type"]["enum"].reverse()
    assert case.diff().clean


def test_a_changed_maximum(case):
    case.their_body["properties"]["number_of_images"]["maximum"] = 16
    assert case.diff().fields == [FieldDifference(case.label, "number_of_images", "maximum", 8, 16, "body")]


def test_a_changed_default(case):
    case.their_body["properties"]["model_type"]["default"] = "FLF2V"
    assert case.diff().fields == [FieldDifference(case.label, "model_type", "default", "GENERAL", "FLF2V", "body")]


def test_a_moved_path_of_an_operation_matched_by_official_id(case):
    case.claim()
    case.theirs["paths"]["/api/v2/moved/start"] = case.theirs["paths"].pop(case.path)
    result = case.diff()
    assert result.moved == [f"{case.label} -> POST /api/v2/moved/start {case.official_id}"]
    assert result.only_theirs == [] and result.fields == []
    assert not result.clean


def test_an_explained_field_difference_is_not_counted(case):
    case.their_body["properties"]["number_of_images"]["maximum"] = 16
    case.our_op["x-a2e-differs-from-official"] = {"number_of_images": "A2E clamps larger values to 8."}
    result = case.diff()
    assert result.clean
    assert result.fields == []
    assert result.explained == [
        FieldDifference(case.label, "number_of_images", "maximum", 8, 16, "body", "A2E clamps larger values to 8.")
    ]
    assert "A2E clamps larger values to 8." in spec_diff.format_report(result)


def test_an_explanation_covers_only_its_own_field(case):
    case.their_body["properties"]["number_of_images"]["maximum"] = 16
    case.their_body["required"].append("prompt")
    case.our_op["x-a2e-differs-from-official"] = {"number_of_images": "A2E clamps larger values to 8."}
    result = case.diff()
    assert [(d.field, d.aspect) for d in result.fields] == [("prompt", "required")]
    assert not result.clean


def test_star_explains_every_field_difference_of_the_operation(case):
    case.their_body["properties"]["number_of_images"]["maximum"] = 16
    case.their_body["properties"]["prompt"]["type"] = "integer"
    case.their_body["properties"]["seed"] = {"type": "integer"}
    case.our_op["x-a2e-differs-from-official"] = {"*": "We follow the web app here."}
    result = case.diff()
    assert result.clean
    assert {(d.field, d.aspect, d.reason) for d in result.explained} == {
        ("number_of_images", "maximum", "We follow the web app here."),
        ("prompt", "type", "We follow the web app here."),
        ("seed", "name", "We follow the web app here."),
    }


def test_an_explanation_with_no_difference_left_is_reported(case):
    case.our_op["x-a2e-differs-from-official"] = {"prompt": "A2E used to reject it."}
    result = case.diff()
    assert result.clean
    assert result.unused_explanations == [f"{case.label}: prompt"]


# --- matching and our spec's conventions -----------------------------------------------------------------


def test_seed_only_operations_are_informational():
    result = hand_written().diff()
    assert result.only_ours == ["GET /api/v1/widget/seed widget_seed"]
    assert result.clean


def test_path_parameter_names_do_not_matter_when_matching_by_path():
    result = hand_written().diff()
    assert ("GET /api/v1/widget/{id} widget_get", "GET /api/v1/widget/{_id} getWidget") in result.matched
    assert result.fields == []


def test_path_parameter_names_do_not_matter_when_matching_by_official_id():
    case = official_against_itself()
    path = "/api/v1/userImage2Video/{_id}"
    case.ours["paths"][path]["get"]["x-a2e-official-id"] = case.ours["paths"][path]["get"]["operationId"]
    item = case.theirs["paths"].pop(path)
    item["get"]["parameters"][0]["name"] = "task_id"
    case.theirs["paths"]["/api/v1/userImage2Video/{task_id}"] = item
    result = case.diff()
    assert result.clean and result.moved == [] and result.fields == []


def test_a_path_parameter_missing_on_one_side_is_a_difference():
    case = hand_written()
    del case.theirs["paths"]["/api/v1/widget/{_id}"]["get"]["parameters"]
    assert case.diff().fields == [
        FieldDifference("GET /api/v1/widget/{id} widget_get", "id", "name", "required", None, "path")
    ]


def test_a_field_in_another_location_is_an_in_difference():
    case = hand_written()
    op = case.theirs["paths"]["/api/v1/widget/list"]["get"]
    del op["parameters"]
    op["requestBody"] = {
        "content": {"application/json": {"schema": {"type": "object", "properties": {"page": {"type": "integer"}}}}}
    }
    assert case.diff().fields == [
        FieldDifference("GET /api/v1/widget/list widget_list", "page", "in", "query", "body", "query"),
        FieldDifference("GET /api/v1/widget/list widget_list", "page", "minimum", 1, None, "query"),
    ]


def test_ref_bodies_are_resolved():
    case = hand_written()
    case.ours["components"]["schemas"]["WidgetRequest"]["properties"]["number_of_images"]["maximum"] = 9
    assert case.diff().fields == [FieldDifference(case.label, "number_of_images", "maximum", 9, 8, "body")]


def test_ref_parameters_are_resolved():
    case = hand_written()
    case.ours["components"]["parameters"]["Page"]["schema"]["minimum"] = 0
    assert case.diff().fields == [
        FieldDifference("GET /api/v1/widget/list widget_list", "page", "minimum", 0, 1, "query")
    ]


def test_keys_beside_a_ref_override_its_target():
    case = hand_written()
    assert case.diff().clean  # the target says FLF2V, the key beside the $ref GENERAL, as A2E does
    case.ours["components"]["schemas"]["WidgetRequest"]["properties"]["model_type"]["default"] = "GPT"
    assert case.diff().fields == [FieldDifference(case.label, "model_type", "default", "GPT", "GENERAL", "body")]


def test_array_item_types_are_compared():
    case = hand_written()
    case.their_body["properties"]["tags"]["items"]["type"] = "integer"
    assert case.diff().fields == [FieldDifference(case.label, "tags", "type", "string[]", "integer[]", "body")]


def test_null_in_a_type_list_is_not_a_type_difference():
    case = hand_written()
    case.theirs["paths"]["/api/v1/widget/list"]["get"]["parameters"][0]["schema"]["type"] = ["null", "integer"]
    assert case.diff().clean


def test_anyof_required_fields_count_as_optional():
    case = hand_written()
    case.their_body["required"].append("prompt")
    assert case.diff().fields == [FieldDifference(case.label, "prompt", "required", False, True, "body")]


def test_an_openapi_30_exclusive_bound_equals_a_31_one():
    case = hand_written()
    case.ours["components"]["parameters"]["Page"]["schema"] = {"type": "integer", "exclusiveMinimum": 0}
    param = case.theirs["paths"]["/api/v1/widget/list"]["get"]["parameters"][0]
    param["schema"] = {"type": "integer", "minimum": 0, "exclusiveMinimum": True}
    assert case.diff().clean
    param["schema"]["exclusiveMinimum"] = False
    assert [(d.aspect, d.ours, d.theirs) for d in case.diff().fields] == [
        ("minimum", None, 0),
        ("exclusiveMinimum", 0, None),
    ]


def test_allof_body_parts_are_merged():
    case = hand_written()
    schemas = case.ours["components"]["schemas"]
    request = schemas.pop("WidgetRequest")
    schemas["Base"] = {
        "type": "object",
        "required": ["image_url"],
        "properties": {"image_url": request["properties"].pop("image_url")},
    }
    request["required"] = []
    schemas["WidgetRequest"] = {"allOf": [{"$ref": "#/components/schemas/Base"}, request]}
    assert case.diff().clean


def test_an_unresolvable_ref_is_a_spec_error():
    case = hand_written()
    case.ours["components"]["schemas"].pop("WidgetRequest")
    with pytest.raises(SpecError, match="WidgetRequest"):
        case.diff()


def test_the_report_starts_with_the_counts():
    case = hand_written()
    case.their_body["properties"]["number_of_images"]["maximum"] = 16
    first, *rest = spec_diff.format_report(case.diff()).splitlines()
    assert first == (
        "operations: 3 in theirs, 4 in ours, 3 matched; only theirs 0, only ours 1, moved 0; "
        "field differences: 1 unexplained, 0 explained"
    )
    assert "    body.number_of_images  maximum  ours 8, theirs 16" in rest


# --- loading ---------------------------------------------------------------------------------------------


def test_yaml_and_json_documents_load_alike(tmp_path):
    ours = hand_written().ours
    (tmp_path / "ours.yaml").write_text(OURS_YAML, encoding="utf-8")
    (tmp_path / "ours.json").write_text(json.dumps(ours), encoding="utf-8")
    (tmp_path / "ours-json.txt").write_text(json.dumps(ours), encoding="utf-8")
    assert spec_diff.load(tmp_path / "ours.yaml") == ours
    assert spec_diff.load(tmp_path / "ours.json") == ours
    assert spec_diff.load(tmp_path / "ours-json.txt") == ours


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.json", "openapi: 3.1.0\n", "not valid JSON"),
        ("bad.yaml", "paths: [unclosed\n", "not valid YAML"),
        ("list.yaml", "- a\n- b\n", "not an OpenAPI document"),
    ],
)
def test_unreadable_documents_are_spec_errors(tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(SpecError, match=message):
        spec_diff.load(tmp_path / name)


def test_yaml_without_pyyaml_says_what_is_missing(tmp_path, monkeypatch):
    (tmp_path / "ours.yaml").write_text(OURS_YAML, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "yaml", None)
    with pytest.raises(SpecError, match="PyYAML"):
        spec_diff.load(tmp_path / "ours.yaml")


def test_the_module_imports_only_the_standard_library():
    code = "import sys, a2e.spec_diff; print('yaml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# --- command line ----------------------------------------------------------------------------------------


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "a2e.spec_diff", *map(str, args)], capture_output=True, text=True)


def test_cli_exits_0_when_clean():
    done = run_cli(OFFICIAL, "--spec", OFFICIAL)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("operations: 216 in theirs, 216 in ours, 216 matched;")


def test_cli_exits_1_on_unexplained_differences(tmp_path):
    case = hand_written()
    case.their_body["properties"]["number_of_images"]["maximum"] = 16
    (tmp_path / "ours.yaml").write_text(yaml.safe_dump(case.ours), encoding="utf-8")
    (tmp_path / "theirs.json").write_text(json.dumps(case.theirs), encoding="utf-8")
    done = run_cli(tmp_path / "theirs.json", "--spec", tmp_path / "ours.yaml")
    assert done.returncode == 1, done.stderr
    assert "body.number_of_images  maximum  ours 8, theirs 16" in done.stdout
    as_json = run_cli(tmp_path / "theirs.json", "--spec", tmp_path / "ours.yaml", "--json")
    assert as_json.returncode == 1
    result = json.loads(as_json.stdout)
    assert result["clean"] is False
    assert result["fields"][0]["aspect"] == "maximum"


@pytest.mark.parametrize(
    "args",
    [[], ["{tmp}/missing.json"], ["{tmp}/theirs.json", "--spec", "{tmp}/missing.yaml"], ["{tmp}/theirs.json", "-x"]],
    ids=["no-arguments", "missing-official", "missing-spec", "unknown-option"],
)
def test_cli_exits_2_on_usage_and_file_errors(tmp_path, args):
    (tmp_path / "theirs.json").write_text(json.dumps(THEIRS), encoding="utf-8")
    done = run_cli(*(arg.format(tmp=tmp_path) for arg in args))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr


def test_main_returns_the_exit_status(tmp_path, capsys):
    (tmp_path / "theirs.json").write_text(json.dumps(THEIRS), encoding="utf-8")
    assert spec_diff.main([str(tmp_path / "theirs.json"), "--spec", str(tmp_path / "theirs.json")]) == 0
    assert spec_diff.main([str(tmp_path / "nothing.json")]) == 2
    assert "nothing.json" in capsys.readouterr().err


# --- the official fixture --------------------------------------------------------------------------------


def test_build_openapi_reproduces_the_committed_document(tmp_path):
    out = tmp_path / "openapi.json"
    subprocess.run([sys.executable, OFFICIAL_DIR / "build_openapi.py", "--out", out], check=True)
    assert out.read_bytes() == OFFICIAL.read_bytes()


def test_the_official_document_carries_every_catalogue_operation():
    catalogue = json.loads((OFFICIAL_DIR / "catalogue.json").read_text(encoding="utf-8"))["operations"]
    document = spec_diff.load(OFFICIAL)
    assert document["info"]["title"] == "A2E Developer API"
    assert document["servers"] == [{"url": "https://video.a2e.ai"}]
    found = {
        (method.upper(), path, op["operationId"])
        for path, item in document["paths"].items()
        for method, op in item.items()
    }
    assert found == {(e["method"], e["path"], e["operation_id"]) for e in catalogue}
    assert len(found) == 216


def test_the_official_document_maps_parameter_facts_to_schemas():
    document = spec_diff.load(OFFICIAL)
    start = document["paths"]["/api/v1/userImage2Video/start"]["post"]
    body = start["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["image_url"]
    assert body["properties"]["video_time"] == {
        "type": "integer",
        "default": 5,
        "minimum": 5,
        "maximum": 20,
        "examples": [5],
    }
    assert set(start["responses"]) == {"200", "400", "401"}
    assert "requestBody" not in document["paths"]["/api/v1/userImage2Video/allRecords"]["get"]
    arrays = [
        schema
        for item in document["paths"].values()
        for op in item.values()
        for schema in op.get("requestBody", {})
        .get("content", {})
        .get("application/json", {})
        .get("schema", {})
        .get("properties", {})
        .values()
        if schema["type"] == "array"
    ]
    assert {a["items"]["type"] for a in arrays} == {"string", "object"}
