"""Rebuild `generated/` from `openapi/a2e.yaml`.

One entry point for every generator the project uses:

1. openapi-python-client emits the `_a2e_api` package (attrs models, sync/async function per operation),
   with the templates in `generator/templates/` (lazy `models/__init__`, an `id` alias for `_id`);
2. datamodel-code-generator emits `_a2e_api/wire.py`, pydantic v2 models the mock server validates with;
3. this script emits `_a2e_api/operations.py` (the operation table the `a2e` client and mock read) and
   `_a2e_api/resources/` (one typed class per tag, one method per operation);
4. ruff formats the whole tree, so the output depends on the spec alone.

Usage: python generator/generate.py [--spec FILE] [--out DIR]   rebuild (default: openapi/a2e.yaml -> generated/)
       python generator/generate.py --check DIR                   exit 1 if DIR differs from a fresh build
"""

from __future__ import annotations

import argparse
import ast
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HERE = Path(__file__).resolve().parent
PACKAGE = "_a2e_api"
CONFIDENCES = ("published", "documented", "observed", "weak", "inferred")
SIMPLE_KEYS = (
    "type", "enum", "const", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "x-a2e-pattern-means",
)  # fmt: skip


class SpecError(Exception):
    """The spec breaks a rule the generator relies on."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC, help="OpenAPI file (default openapi/a2e.yaml)")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output folder")
    parser.add_argument("--check", type=Path, metavar="DIR", help="compare DIR with a fresh build instead")
    args = parser.parse_args()
    try:
        if args.check:
            return check(args.spec, args.check)
        generate(args.spec, args.out)
    except SpecError as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return 1
    return 0


def check(spec_path: Path, existing: Path) -> int:
    """Exit status 0 when `existing` is exactly what the spec produces; list the differences otherwise."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        generate(spec_path, fresh)
        differences = compare(existing, fresh)
    if differences:
        print(f"{existing} differs from what {spec_path.name} produces (never edit it by hand; run make generate):")
        print("\n".join(f"  {line}" for line in differences[:20]))
        return 1
    print(f"{existing} matches {spec_path.name}")
    return 0


def compare(existing: Path, fresh: Path) -> list[str]:
    def listing(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    old, new = listing(existing), listing(fresh)
    changed = [f"changed: {name}" for name in sorted(old.keys() & new.keys()) if old[name] != new[name]]
    added = [f"not generated (remove it): {name}" for name in sorted(old.keys() - new.keys())]
    missing = [f"missing: {name}" for name in sorted(new.keys() - old.keys())]
    return changed + added + missing


def read_spec(spec_path: Path) -> dict[str, Any]:
    """The spec, parsed (with libyaml where PyYAML has it: 7x faster on a spec this size)."""
    spec: dict[str, Any] = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=LOADER)
    return spec


def generate(spec_path: Path, out: Path) -> None:
    spec = read_spec(spec_path)
    operations = build_operations(spec)
    dialects = build_dialects(spec, operations)
    facts = {"ERRORS": build_errors(spec), "DIALECTS": dialects, "REGIONS": build_regions(spec),
             "RESULTS": build_results(spec, operations, dialects), "ANSWER_SHAPES": build_answer_shapes(spec)}  # fmt: skip
    indexes = build_indexes(operations)
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "generated"
        package = staging / PACKAGE
        staging.mkdir()
        run_openapi_python_client(spec_path, package)
        run_datamodel_codegen(spec_path, package / "wire.py")
        modernise_wire(package / "wire.py")
        model_modules = read_model_modules(package / "models" / "__init__.py")
        attach_model_modules(operations, model_modules)
        prune(package, operations, model_modules)
        add_result_accessors(package, operations, facts["RESULTS"])
        write_operations(operations, facts, package / "operations")
        write_indexes(indexes, package / "operations" / "indexes.py")
        write_resources(spec, operations, package / "resources")
        (staging / "README.md").write_text(GENERATED_README, encoding="utf-8")
        (package / "py.typed").write_text("", encoding="utf-8")
        run_ruff(staging)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staging, out)


GENERATED_README = """\
# generated/

Built by `make generate` from `openapi/a2e.yaml`; never edit by hand (`make check-generated` fails when
this folder differs from what the spec produces). Fix the spec, `generator/` or a template instead.

- `_a2e_api/`: the models of A2E's answers from openapi-python-client (attrs; only those an answer is parsed
  into: its per-operation functions, `Client` and request models are not kept, since `a2e` sends every call
  itself), plus `wire.py` (pydantic models from datamodel-code-generator, used by the mock server),
  `operations.py` (the operation table) and `resources/` (typed methods for `a2e.A2E`).
"""


# -- running the third-party generators ------------------------------------------------------------


def tool(name: str) -> str:
    """A console script from the same environment as this interpreter."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def run(cmd: list[str], cwd: Path | None = None) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SpecError(f"{' '.join(cmd[:3])} failed:\n{result.stdout}{result.stderr}")


def run_openapi_python_client(spec_path: Path, package: Path) -> None:
    run([
        tool("openapi-python-client"), "generate", "--path", str(spec_path), "--meta", "none",
        "--output-path", str(package), "--overwrite", "--config", str(HERE / "opc-config.yaml"),
        "--custom-template-path", str(HERE / "templates"),
    ])  # fmt: skip


def run_datamodel_codegen(spec_path: Path, target: Path) -> None:
    run([
        tool("datamodel-codegen"), "--input", spec_path.name, "--input-file-type", "openapi",
        "--output", str(target), "--output-model-type", "pydantic_v2.BaseModel",
        "--strict-nullable", "--use-missing-sentinel", "--use-annotated", "--field-constraints",
        "--openapi-scopes", "schemas", "--formatters", "builtin", "--disable-timestamp",
        "--use-schema-description",
    ], cwd=spec_path.parent)  # fmt: skip


def modernise_wire(target: Path) -> None:
    """datamodel-code-generator 0.89 imports `MISSING` from pydantic's experimental module, which warns since
    pydantic 2.14; under `-W error` (common in users' test suites) every mock request body would then fail."""
    old, new = "from pydantic.experimental.missing_sentinel import MISSING", "from pydantic import MISSING"
    text = target.read_text(encoding="utf-8")
    if old in text:
        target.write_text(text.replace(old, new), encoding="utf-8")


def add_result_accessors(package: Path, operations: list[dict[str, Any]], results: dict[str, Any]) -> None:
    """`result_urls` on every task record a wait returns: the URLs of the task's output, read from the fields
    `x-a2e-results` names for the families sharing that record (`result_url` for a family it does not list)."""
    fields: dict[tuple[str, str], list[str]] = {}
    for op in operations:
        waited = wait_record(op)
        if waited is None or waited.get("class") is None:
            continue
        family = (op["resource"] or {}).get("family")
        record = fields.setdefault((waited["module"], waited["class"]), [])
        for field in results.get(family, {}).get("fields", ["result_url"]):
            if field not in record:
                record.append(field)
    anchor = "    def to_dict(self) -> dict[str, Any]:\n"
    for (module, cls), names in sorted(fields.items()):
        path = package / "models" / f"{module.lstrip('.')}.py"
        text = path.read_text(encoding="utf-8")
        if anchor not in text or f"class {cls}" not in text:
            raise SpecError(f"{cls}: cannot add result_urls to {path.name}")
        listed = ", ".join(f"`{name}`" for name in names)
        accessor = (
            "    @property\n    def result_urls(self) -> list[str]:\n"
            f'        """Output file URLs (from {listed}); empty while the task runs."""\n'
            "        from ..types import _result_urls\n\n"
            f"        return _result_urls(self.to_dict(), {tuple(names)!r})\n\n"
        )
        path.write_text(text.replace(anchor, accessor + anchor, 1), encoding="utf-8")


def wait_record(op: dict[str, Any]) -> dict[str, Any] | None:
    """The model a wait returns: the operation's answer, or for a wait `via: list` one item of its pages."""
    if not op["wait"]:
        return None
    return op["page_item"] if op["wait"].get("via") == "list" else op["data"]


def run_ruff(tree: Path) -> None:
    ruff = tool("ruff")
    common = ["--isolated", "--no-cache", "--line-length", "120"]
    run([ruff, "check", ".", "--fix-only", "--extend-select=I,F401", "--quiet", *common], cwd=tree)
    run([ruff, "format", ".", "--quiet", *common], cwd=tree)


def prune(package: Path, operations: list[dict[str, Any]], model_modules: dict[str, str]) -> None:
    """Keep only what runs. The typed methods send through `a2e`'s own `_call` (validation, retries, envelope),
    so openapi-python-client's per-operation functions, its `Client` and `errors` are never imported; of its
    models, only those that parse an answer (and what they contain) are."""
    shutil.rmtree(package / "api")
    for name in ("client.py", "errors.py"):
        (package / name).unlink()
    models = package / "models"
    imports = re.compile(r"from (?:\.\.models)?\.(\w+) import")
    todo = [op["data"]["module"].lstrip(".") for op in operations if "module" in op["data"]]
    kept: set[str] = set()
    while todo:
        module = todo.pop()
        if module not in kept:
            kept.add(module)
            todo += imports.findall((models / f"{module}.py").read_text(encoding="utf-8"))
    for path in models.glob("*.py"):
        if path.stem != "__init__" and path.stem not in kept:
            path.unlink()
    classes = {cls: module for cls, module in model_modules.items() if module.lstrip(".") in kept}
    (models / "__init__.py").write_text(models_init(classes), encoding="utf-8")


def models_init(classes: dict[str, str]) -> str:
    """The models package: each model imported on first use, so importing one costs one module."""
    names = sorted(classes)
    return (
        '"""Models of A2E\'s answers, imported on first use so that importing one costs one module."""\n\n'
        "from importlib import import_module\nfrom typing import TYPE_CHECKING, Any\n\n"
        "if TYPE_CHECKING:\n"
        + "".join(f"    from {classes[name]} import {name}\n" for name in names)
        + "\nMODULES: dict[str, str] = {\n"
        + "".join(f'    "{name}": "{classes[name]}",\n' for name in names)
        + "}\n\n__all__ = (\n"
        + "".join(f'    "{name}",\n' for name in names)
        + ")\n\n\n"
        "def __getattr__(name: str) -> Any:\n"
        "    module = MODULES.get(name)\n"
        "    if module is None:\n"
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        "    value = getattr(import_module(module, __name__), name)\n"
        "    globals()[name] = value\n"
        "    return value\n\n\n"
        "def __dir__() -> list[str]:\n"
        "    return sorted(__all__)\n"
    )


def read_model_modules(models_init: Path) -> dict[str, str]:
    """Class name -> module (".credits_") as written by the lazy models/__init__ template."""
    tree = ast.parse(models_init.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "MODULES":
            return ast.literal_eval(node.value)
    raise SpecError("models/__init__.py has no MODULES table (template changed?)")


# -- the operation table ---------------------------------------------------------------------------


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s; sibling keys of a `$ref` (description, x-python-name) win."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and "$ref" in node:
        return node["$ref"].rsplit("/", 1)[1]
    return None


def python_name(wire: str, override: str | None = None) -> str:
    name = override or re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire).lower().lstrip("_")
    name = re.sub(r"[^0-9a-z_]", "_", name)
    if not name.isidentifier():
        raise SpecError(f"cannot turn {wire!r} into a Python name; add x-python-name")
    return name + "_" if keyword.iskeyword(name) else name


def simple_schema(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """The constraints the client checks before sending (type, enum, ranges, lengths, pattern)."""
    node = resolve(spec, node)
    out = {k: node[k] for k in SIMPLE_KEYS if k in node}
    if "items" in node:
        out["items"] = simple_schema(spec, node["items"])
    if "properties" in node:
        out.setdefault("type", "object")
        out["properties"] = {name: simple_schema(spec, sub) for name, sub in node["properties"].items()}
    return out


def tag_groups(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    groups = {}
    for tag in spec.get("tags", []):
        group = tag.get("x-a2e-group")
        if not group or not group.isidentifier():
            raise SpecError(f"tag {tag['name']!r} needs an x-a2e-group that is a Python identifier")
        groups[tag["name"]] = {"group": group, "description": tag.get("description", "")}
    return groups


def build_operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    groups = tag_groups(spec)
    operations = []
    seen: set[str] = set()
    for path, item in spec["paths"].items():
        for method in ("get", "post", "put", "patch", "delete"):
            if method in item:
                op = build_operation(spec, groups, path, method, item[method], item.get("parameters", []))
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
    spec: dict[str, Any], groups: dict[str, Any], path: str, method: str, raw: dict[str, Any], shared: list
) -> dict[str, Any]:
    where = f"{method.upper()} {path}"
    op_id = raw.get("operationId") or ""
    tags = raw.get("tags") or []
    if len(tags) != 1 or tags[0] not in groups:
        raise SpecError(f"{where}: needs exactly one tag declared under `tags`")
    group = groups[tags[0]]["group"]
    if not op_id.startswith(group + "_") or not op_id.isidentifier() or op_id != op_id.lower():
        raise SpecError(f"{where}: operationId {op_id!r} must be snake_case and start with '{group}_'")
    confidence = raw.get("x-a2e-confidence")
    if confidence not in CONFIDENCES:
        raise SpecError(f"{op_id}: x-a2e-confidence must be one of {CONFIDENCES}")
    params = [build_parameter(spec, p) for p in shared + raw.get("parameters", [])]
    body_model, one_of, open_body, rules = None, [], False, []
    if "requestBody" in raw:
        content = resolve(spec, raw["requestBody"])["content"]["application/json"]
        body_model = ref_name(content["schema"])
        if body_model is None:
            raise SpecError(f"{op_id}: the request body must be a named $ref schema")
        body = resolve(spec, content["schema"])
        open_body = body.get("additionalProperties") is True
        required = set(body.get("required", []))
        one_of = [alt["required"] for alt in body.get("anyOf", []) if set(alt) == {"required"}]
        for wire, prop in body.get("properties", {}).items():
            params.append(build_field(spec, wire, prop, "body", wire in required))
        rules = build_rules(op_id, body)
    record_id = find_record_id(op_id, params)
    via_list = (raw.get("x-a2e-wait") or {}).get("via") == "list"
    if raw.get("x-a2e-wait") and record_id is None and not via_list:
        raise SpecError(f"{op_id}: x-a2e-wait needs a record id parameter to poll with (or `via: list`)")
    if via_list and not raw.get("x-a2e-pagination"):
        raise SpecError(f"{op_id}: x-a2e-wait `via: list` is for a list operation with x-a2e-pagination")
    names = [p["python"] for p in params]
    reserved = sorted(set(names) & {"extra_headers", "extra_query", "extra_body", "timeout"})
    if reserved:
        raise SpecError(f"{op_id}: Python names {reserved} are per-call options; give the field an x-python-name")
    clash = {n for n in names if names.count(n) > 1}
    if clash:
        raise SpecError(f"{op_id}: Python names {sorted(clash)} clash; add x-python-name")
    data = data_shape(spec, op_id, raw)
    pagination, page_item = build_pagination(spec, op_id, raw.get("x-a2e-pagination"), params, data)
    return {
        "id": op_id,
        "group": group,
        "name": op_id[len(group) + 1 :],
        "method": method.upper(),
        "path": path,
        "tag": tags[0],
        "summary": raw.get("summary", ""),
        "description": textwrap.dedent(raw.get("description", "")).strip(),
        "confidence": confidence,
        "official_id": raw.get("x-a2e-official-id"),
        "charged": bool(raw.get("x-a2e-charged", False)),
        "deprecated": bool(raw.get("deprecated", False)),
        "replaced_by": raw.get("x-a2e-replaced-by"),
        "docs": raw.get("x-a2e-docs"),
        "params": params,
        "body": body_model,
        "open_body": open_body,
        "one_of": one_of,
        "rules": rules,
        "record_id": record_id,
        "alternatives": raw.get("x-a2e-alternatives", []),
        "resource": raw.get("x-a2e-resource"),
        "data": data,
        "wait": raw.get("x-a2e-wait"),
        "pagination": pagination,
        "page_item": page_item,
    }


PAGINATION_KEYS = {"page", "size", "items", "total", "first"}
DEFAULT_PAGE_SIZE = 100  # when the spec sets no maximum for the page size


def build_pagination(
    spec: dict[str, Any], op_id: str, raw: Any, params: list[dict[str, Any]], data: dict[str, Any]
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """`x-a2e-pagination: {page, size, items, total, first}` of a list operation that pages: the wire names of its
    page-number and page-size parameters, the answer's field holding the records (`$`: `data` is the array), its
    optional total-count field and the first page's number. Returns the operation table's entry (with the Python
    attribute names of the answer's fields and the default page size: the largest the spec allows, else 100) and
    the schema of one record, whose model the typed `iter_` methods yield."""
    if raw is None:
        return None, None
    where = f"{op_id}: x-a2e-pagination"
    if not isinstance(raw, dict) or not {"page", "size", "items"} <= set(raw) or set(raw) - PAGINATION_KEYS:
        raise SpecError(f"{where} must be a mapping with page, size and items (and optionally total, first); "
                        f"got {raw!r}")  # fmt: skip
    by_wire = {field["wire"]: field for field in params}
    for key in ("page", "size"):
        field = by_wire.get(raw[key])
        if field is None:
            raise SpecError(f"{where}: {key} names parameter {raw[key]!r}, which {op_id} does not have "
                            f"(parameters: {', '.join(by_wire) or 'none'})")  # fmt: skip
        if field["schema"].get("type") != "integer":
            raise SpecError(f"{where}: {key} parameter {raw[key]!r} must be an integer")
    if raw["page"] == raw["size"]:
        raise SpecError(f"{where}: page and size name the same parameter {raw['page']!r}")
    first = raw.get("first", 1)
    if not isinstance(first, int) or isinstance(first, bool) or first < 0:
        raise SpecError(f"{where}: first must be a page number (0 or more), got {first!r}")
    from openapi_python_client.strings import PythonIdentifier

    entry: dict[str, Any] = {"page": raw["page"], "size": raw["size"], "items": raw["items"], "total": None,
                             "first": first, "items_attr": None, "total_attr": None}  # fmt: skip
    if raw["items"] == "$":
        if data["kind"] != "list":
            raise SpecError(f"{where}: items '$' needs an answer whose data is an array of a named schema")
        if "total" in raw:
            raise SpecError(f"{where}: an array answer has no total field (drop total)")
        item = data["model"]
    else:
        answer = spec["components"]["schemas"].get(data.get("model") or "", {}) if data["kind"] == "model" else {}
        fields = resolve(spec, answer).get("properties", {})
        found = resolve(spec, fields.get(raw["items"], {}))
        item = ref_name(found.get("items")) if found.get("type") == "array" else None
        if item is None:
            raise SpecError(f"{where}: items names {raw['items']!r}, which is not an array of a named schema in "
                            f"the answer {data.get('model') or '(no schema)'} (fields: {', '.join(fields) or 'none'}; "
                            "use '$' for an array answer)")  # fmt: skip
        entry["items_attr"] = str(PythonIdentifier(raw["items"], "field_"))
        if "total" in raw:
            total = resolve(spec, fields.get(raw["total"], {}))
            kinds = total.get("type") if isinstance(total.get("type"), list) else [total.get("type")]
            if "integer" not in kinds:
                raise SpecError(f"{where}: total names {raw['total']!r}, which is not an integer field of the answer "
                                f"{data['model']} (fields: {', '.join(fields)})")  # fmt: skip
            entry["total"] = raw["total"]
            entry["total_attr"] = str(PythonIdentifier(raw["total"], "field_"))
    entry["default_size"] = by_wire[raw["size"]]["schema"].get("maximum", DEFAULT_PAGE_SIZE)
    return entry, {"model": item}


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
    schema = resolve(spec, raw)
    field = {
        "wire": wire,
        "python": python_name(wire, schema.get("x-python-name")),
        "in": location,
        "required": required,
        "schema": simple_schema(spec, schema),
        "description": " ".join((schema.get("description") or "").split()),
        "model": ref_name(raw) if "properties" in schema else None,
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
    if data.get("type") in ("string", "integer", "number", "boolean"):
        return {"kind": "scalar", "type": data["type"]}
    return {"kind": "any"}


ANSWER_SHAPES = ("object", "array", "index-map")


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


def build_answer_shapes(spec: dict[str, Any]) -> dict[str, Any]:
    """`x-a2e-answer-shapes`: the shapes in which clients read an answer of one record."""
    shapes = (spec.get("x-a2e-answer-shapes") or {}).get("record", ["object"])
    if "object" not in shapes or set(shapes) - set(ANSWER_SHAPES):
        raise SpecError(f"x-a2e-answer-shapes.record must include object and only name {ANSWER_SHAPES}")
    return {"record": list(shapes)}


def attach_model_modules(operations: list[dict[str, Any]], modules: dict[str, str]) -> None:
    from openapi_python_client.strings import ClassName

    def locate(schema: str | None) -> dict[str, str] | None:
        if schema is None:
            return None
        cls = ClassName(schema, "field_")
        if cls not in modules:
            raise SpecError(f"no generated model for schema {schema}")
        return {"class": str(cls), "module": modules[cls]}

    for op in operations:
        data = op["data"]
        if data["kind"] in ("model", "list"):
            data.update(locate(data["model"]))
        for field in op["params"]:
            field["model"] = locate(field["model"])
        if op["page_item"]:
            op["page_item"].update(locate(op["page_item"]["model"]))


DIALECT_KEYS = {"description", "status-field", "running", "done", "failed", "progress-field", "message-fields",
                "result-fields"}  # fmt: skip


def build_dialects(spec: dict[str, Any], operations: list[dict[str, Any]]) -> dict[str, Any]:
    """`x-a2e-dialects`: each status vocabulary's fields and values; every `x-a2e-wait` must name one."""
    raw = {k: v for k, v in (spec.get("x-a2e-dialects") or {}).items() if k != "description"}
    dialects = {}
    for name, entry in raw.items():
        unknown = set(entry) - DIALECT_KEYS
        if unknown or not entry.get("status-field") or not entry.get("done") or not entry.get("failed"):
            raise SpecError(f"x-a2e-dialects.{name}: needs status-field, done and failed; unknown keys {unknown}")
        dialects[name] = {
            "status_field": entry["status-field"],
            "done": list(entry["done"]),
            "failed": list(entry["failed"]),
            "progress_field": entry.get("progress-field"),
            "message_fields": list(entry.get("message-fields", [])),
            "result_fields": list(entry.get("result-fields", [])),
        }
    by_id = {op["id"]: op for op in operations}
    for op in operations:
        if op["wait"] and op["wait"].get("dialect") not in dialects:
            raise SpecError(f"{op['id']}: x-a2e-wait names dialect {op['wait'].get('dialect')!r}; "
                            f"x-a2e-dialects has {', '.join(dialects) or 'none'}")  # fmt: skip
        cancel = (op["wait"] or {}).get("cancel")
        if cancel is not None and (cancel not in by_id or by_id[cancel]["record_id"] is None):
            raise SpecError(f"{op['id']}: x-a2e-wait cancel {cancel!r} is not an operation taking a record id")
    return dialects


MEDIA = ("image", "video", "audio", "voice")


def build_results(spec: dict[str, Any], operations: list[dict[str, Any]], dialects: dict[str, Any]) -> dict[str, Any]:
    """`x-a2e-results`: per family, the record fields that hold its output and the kind of output."""
    families = {op["resource"]["family"] for op in operations if op["resource"] and op["resource"].get("family")}
    known_fields = {field for dialect in dialects.values() for field in dialect["result_fields"]}
    results = {}
    for family, entry in (spec.get("x-a2e-results") or {}).items():
        if family == "description":
            continue
        if family not in families:
            raise SpecError(f"x-a2e-results: no operation has family {family!r}")
        unknown = [field for field in entry.get("fields", []) if field not in known_fields]
        if not entry.get("fields") or unknown or entry.get("media") not in MEDIA:
            raise SpecError(f"x-a2e-results.{family}: fields must come from x-a2e-dialects' result-fields "
                            f"(unknown: {unknown}) and media be one of {MEDIA}")  # fmt: skip
        results[family] = {"fields": list(entry["fields"]), "media": entry["media"]}
    return results


def build_regions(spec: dict[str, Any]) -> dict[str, str]:
    """Region name -> base URL, from the `x-a2e-region` of each server; the first is the default."""
    regions = {server["x-a2e-region"]: server["url"] for server in spec["servers"] if "x-a2e-region" in server}
    if not regions:
        raise SpecError("servers: give at least one server an x-a2e-region")
    return regions


def build_errors(spec: dict[str, Any]) -> dict[str, Any]:
    """`x-a2e-errors`: A2E's codes, HTTP statuses and message patterns, each naming a class of `a2e`."""
    raw = spec.get("x-a2e-errors") or {}
    known = exception_classes()
    table: dict[str, Any] = {"codes": {}, "statuses": {}, "messages": [], "refusals": []}
    for key, field in (("codes", "code"), ("statuses", "status")):
        for entry in raw.get(key, []):
            check_error_class(entry, known)
            table[key][int(entry[field])] = entry["error"]
    # messages: patterns of an error's message; refusals: patterns of a create's success answer without a task
    for key in ("messages", "refusals"):
        for entry in raw.get(key, []):
            check_error_class(entry, known)
            try:
                re.compile(entry["pattern"])
            except re.error as exc:
                raise SpecError(f"x-a2e-errors.{key}: bad pattern {entry['pattern']!r}: {exc}") from None
            table[key].append((entry["pattern"], entry["error"]))
    return table


def exception_classes() -> set[str]:
    """The error classes `a2e` exports (its `_exceptions.__all__`), so a misspelt name fails the build."""
    source = ROOT / "overrides" / "a2e" / "_exceptions.py"
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "__all__":
            return set(ast.literal_eval(node.value))
    raise SpecError(f"{source} has no __all__")


def check_error_class(entry: dict[str, Any], known: set[str]) -> None:
    if entry.get("error") not in known:
        raise SpecError(f"x-a2e-errors: {entry} names no error class of a2e (known: {', '.join(sorted(known))})")


DOCS_ONLY = {"id", "description", "docs", "alternatives", "tag", "page_item"}  # for docs and types, not run time
FIELD_DOCS_ONLY = {"description", "model"}


def build_indexes(operations: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Lookups the runtime needs without loading every group's rows: each family's operation per role
    (`FAMILIES`, the first in spec order), each group's operations per role (`ROLES`), and the operations
    with a wait per group (`WAITS`)."""
    families: dict[str, dict[str, str]] = {}
    roles: dict[str, dict[str, list[str]]] = {}
    waits: dict[str, list[str]] = {}
    for op in operations:
        resource = op["resource"] or {}
        if resource.get("family") and resource.get("role"):
            families.setdefault(resource["family"], {}).setdefault(resource["role"], op["id"])
        if resource.get("role"):
            roles.setdefault(op["group"], {}).setdefault(resource["role"], []).append(op["id"])
        if op["wait"]:
            waits.setdefault(op["group"], []).append(op["id"])
    return {"FAMILIES": families, "ROLES": roles, "WAITS": waits}


def write_indexes(indexes: dict[str, dict[str, Any]], target: Path) -> None:
    """`operations/indexes.py`: the lookups of `build_indexes`, loaded only by the features that use them."""
    constants = "".join(f"{name}: dict[str, Any] = {value!r}\n\n" for name, value in indexes.items())
    target.write_text(f'"""{build_indexes.__doc__}"""\n\nfrom typing import Any\n\n{constants}', encoding="utf-8")


def write_operations(operations: list[dict[str, Any]], facts: dict[str, Any], target: Path) -> None:
    """`operations/`: a small index of every operation id, and one module per group with that group's rows,
    loaded when one of its operations is first used (so `import a2e` does not load the whole table)."""
    target.mkdir()
    groups: dict[str, dict[str, Any]] = {}
    for op in operations:
        row = {k: v for k, v in op.items() if k not in DOCS_ONLY}
        row["params"] = [{k: v for k, v in field.items() if k not in FIELD_DOCS_ONLY} for field in op["params"]]
        groups.setdefault(op["group"], {})[op["id"]] = row
    for group, rows in groups.items():
        (target / f"{group}.py").write_text(
            f'"""The operations of group `{group}` (see the package docstring)."""\n\n'
            "from typing import Any\n\n"
            f"OPERATIONS: dict[str, dict[str, Any]] = {rows!r}\n",
            encoding="utf-8",
        )
    index = {op["id"]: op["group"] for op in operations}
    constants = "".join(f"{name}: dict[str, Any] = {value!r}\n\n" for name, value in facts.items())
    (target / "__init__.py").write_text(OPERATIONS_INIT.format(index=repr(index), facts=constants), encoding="utf-8")


OPERATIONS_INIT = '''"""Every operation in openapi/a2e.yaml: method, path, parameters and the shape of `data`
(`OPERATIONS`, a read-only mapping whose rows load per group on first use); and A2E's domain facts from the
spec: how its errors map to the classes of `a2e` (`ERRORS`, from `x-a2e-errors`), its two status vocabularies
(`DIALECTS`, from `x-a2e-dialects`), its regions (`REGIONS`, from the servers' `x-a2e-region`), where each
family's output is (`RESULTS`), the shapes in which an answer of one record may come (`ANSWER_SHAPES`, from
`x-a2e-answer-shapes`); indexes by family, group and role are in `indexes` (loaded when used)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from typing import Any

GROUP_OF: dict[str, str] = {index}

{facts}

class OperationTable:
    """Operation id -> row, read-only; a group's rows are imported the first time one of them is read.

    A plain class with the reading half of `Mapping` (subclassing the ABC costs a millisecond at import).
    """

    __slots__ = ("_rows",)

    def __init__(self) -> None:
        self._rows: dict[str, dict[str, Any]] = {{}}

    def __getitem__(self, operation_id: str) -> dict[str, Any]:
        row = self._rows.get(operation_id)
        if row is None:
            group = GROUP_OF[operation_id]
            self._rows.update(import_module(f"{{__name__}}.{{group}}").OPERATIONS)
            row = self._rows[operation_id]
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(GROUP_OF)

    def __len__(self) -> int:
        return len(GROUP_OF)

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in GROUP_OF

    def get(self, operation_id: str, default: Any = None) -> Any:
        return self[operation_id] if operation_id in GROUP_OF else default

    def keys(self) -> Iterator[str]:
        return iter(GROUP_OF)

    def values(self) -> Iterator[dict[str, Any]]:
        return (self[operation_id] for operation_id in GROUP_OF)

    def items(self) -> Iterator[tuple[str, dict[str, Any]]]:
        return ((operation_id, self[operation_id]) for operation_id in GROUP_OF)


OPERATIONS = OperationTable()
'''


# -- typed resources -------------------------------------------------------------------------------

PY_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def annotation(field: dict[str, Any]) -> str:
    schema = field["schema"]
    if field["model"]:
        return "Mapping[str, Any]"
    return type_of(schema)


def type_of(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(type_of({**schema, "type": k}) for k in kind if k != "null") or "Any"
    if kind == "array":
        return f"Sequence[{type_of(schema.get('items', {}))}]"
    if kind == "object":
        return "Mapping[str, Any]"
    if "enum" in schema and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in schema["enum"]):
        return f"Literal[{', '.join(map(repr, schema['enum']))}]"  # a closed value set, as A2E publishes it
    if kind == "string" and schema.get("format") == "uri":
        return "str | PurePath"  # a media URL, or a local file the client uploads first
    return PY_TYPES.get(kind, "Any")


def return_annotation(data: dict[str, Any]) -> str:
    if data["kind"] == "model":
        return data["class"]
    if data["kind"] == "list":
        return f"builtins.list[{data['class']}]"
    if data["kind"] == "scalar":
        return PY_TYPES[data["type"]]
    return "Any"


def docstring(op: dict[str, Any]) -> str:
    lines = [op["summary"] + ("." if not op["summary"].endswith(".") else "")]
    if op["description"]:
        lines += ["", op["description"]]
    notes = []
    if op["confidence"] not in ("published", "documented"):
        notes.append(f"Confidence: {op['confidence']} (method, path or fields not confirmed by A2E's docs).")
    if op["deprecated"]:
        notes.append(f"Deprecated: kept because A2E's docs list it; prefer {replacement(op)}.")
    if op["alternatives"]:
        notes.append("Other forms seen: " + "; ".join(op["alternatives"]) + ".")
    if op["charged"]:
        notes.append("Charged on creation: never retried automatically once it may have reached A2E.")
    notes.append(f"Wire: {op['method']} {op['path']} (operation `{op['id']}`).")
    lines += [""] + notes
    if op["params"]:
        lines += ["", "Args:"]
        for field in op["params"]:
            label = field["python"] if field["python"] == field["wire"] else f"{field['python']} (`{field['wire']}`)"
            text = field["description"] or "(undocumented)"
            lines.append(f"    {label}: {text}")
    lines += [
        "",
        "Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the",
        "way to send a field A2E takes that the spec lacks) and `timeout` (seconds).",
    ]
    if op["open_body"]:
        lines.append("A2E has not published all of this body's fields: pass them in `extra_body`.")
    lines += ["", "Returns:", f"    The envelope's `data` as {return_annotation(op['data'])}."]
    return "\n".join(lines).replace("\\", "\\\\").replace('"""', "'''")


def is_positional(field: dict[str, Any]) -> bool:
    """The record id (`_id` anywhere, or `id` in the path) may be passed positionally."""
    return field["required"] and field["python"] == "id" and (field["wire"] == "_id" or field["in"] == "path")


def replacement(op: dict[str, Any]) -> str:
    return f"`client.{op['replaced_by']}`" if op["replaced_by"] else "the current operation"


def signature(op: dict[str, Any]) -> str:
    """Keyword-only arguments, required ones first; a required `_id` comes first and may be positional."""
    return arguments(op["params"], PER_CALL_OPTIONS)


def arguments(params: list[dict[str, Any]], options: list[str], optional: frozenset[str] = frozenset()) -> str:
    """The parameter list of a method taking `params` (those wire-named in `optional` default to None)."""
    positional = [f"{f['python']}: str" for f in params if is_positional(f)]
    parts = []
    ordered = sorted(params, key=lambda f: not (f["required"] and "default" not in f and f["wire"] not in optional))
    for field in ordered:
        if is_positional(field):
            continue
        kind = annotation(field)
        if field["wire"] in optional or not field["required"]:
            parts.append(f"{field['python']}: {kind} | None = None")
        elif "default" not in field:
            parts.append(f"{field['python']}: {kind}")
        else:
            parts.append(f"{field['python']}: {kind} = {field['default']!r}")
    return ", ".join(["self", *positional, "*", *parts, *options])


def iter_params(op: dict[str, Any]) -> list[dict[str, Any]]:
    """The parameters of a paged list's `iter_` method: the list's, without the page number it sets itself."""
    return [field for field in op["params"] if field["wire"] != op["pagination"]["page"]]


def session_signature(op: dict[str, Any]) -> str:
    """A room-opening operation's arguments for `session(...)`: required ones may be positional."""
    required = [f"{f['python']}: {annotation(f)}" for f in op["params"] if f["required"]]
    optional = [f"{f['python']}: {annotation(f)} | None = None" for f in op["params"] if not f["required"]]
    return ", ".join(["self", *required, *(["*", *optional] if optional else [])])


def iter_signature(op: dict[str, Any]) -> str:
    """The list's arguments minus the page number; the page size is optional (default: the largest allowed)."""
    return arguments(iter_params(op), ["max_items: int | None = None", *PER_CALL_OPTIONS],
                     frozenset({op["pagination"]["size"]}))  # fmt: skip


def iter_docstring(op: dict[str, Any], is_async: bool) -> str:
    pagination = op["pagination"]
    size = next(f for f in op["params"] if f["wire"] == pagination["size"])
    where = "the answer itself" if pagination["items"] == "$" else f"the answer's `{pagination['items']}`"
    total = f", or once the answer's `{pagination['total']}` is reached" if pagination["total"] else ""
    loop = "an `async for`" if is_async else "a `for`"
    text = (
        f"Every record of `{op['name']}`, for {loop} loop: page after page, each page fetched when the iteration "
        "reaches it. No request is sent until the first record is asked for. Each page is one call of "
        f"`{op['name']}` with `{pagination['page']}` from {pagination['first']} upwards (records in {where}); "
        f"the iteration ends after a page shorter than the page size or an empty page{total}."
    )
    if op["deprecated"]:
        text += f" Deprecated, as `{op['name']}` is; prefer {replacement(op)}."
    lines = [*textwrap.wrap(text, 104), "", "Args:"]
    lines.append(f"    {size['python']}: records per request (default {pagination['default_size']}: the most allowed).")
    lines += ["    max_items: stop after this many records.", f"    Other arguments: as for `{op['name']}`."]
    kind = "An async iterator" if is_async else "An iterator"
    lines += ["", "Returns:", f"    {kind} of {op['page_item']['class']}."]
    return "\n".join(lines).replace("\\", "\\\\").replace('"""', "'''")


PER_CALL_OPTIONS = [
    "extra_headers: Mapping[str, str] | None = None",
    "extra_query: Mapping[str, object] | None = None",
    "extra_body: Mapping[str, object] | None = None",
    "timeout: float | None = None",
]


def write_resources(spec: dict[str, Any], operations: list[dict[str, Any]], target: Path) -> None:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(docstring=docstring, signature=signature, returns=return_annotation, iter_params=iter_params,
                       iter_signature=iter_signature, iter_docstring=iter_docstring)  # fmt: skip
    env.filters["indent_doc"] = lambda text, n: textwrap.indent(text, " " * n).lstrip()
    env.filters["session_signature"] = session_signature
    target.mkdir(parents=True)
    groups = []
    for tag, info in tag_groups(spec).items():
        ops = [op for op in operations if op["tag"] == tag]
        if not ops:
            continue
        cls = "".join(part.capitalize() for part in info["group"].split("_"))
        group = {"name": info["group"], "class": cls, "tag": tag, "description": info["description"], "ops": ops}
        check_method_names(ops)
        models = {(op["data"]["module"], op["data"]["class"]) for op in ops if "class" in op["data"]}
        models |= {(op["page_item"]["module"], op["page_item"]["class"]) for op in ops if op["page_item"]}
        models = sorted(models)
        text = env.get_template("resource.py.jinja").render(group=group, models=models)
        (target / f"{info['group']}.py").write_text(text, encoding="utf-8")
        groups.append(group)
    template = env.get_template("resources_init.py.jinja")
    (target / "__init__.py").write_text(
        template.render(groups=groups, prefixes=["", "Async"], raw=False), encoding="utf-8"
    )
    raw = template.render(groups=groups, prefixes=["Raw", "AsyncRaw"], raw=True)
    (target / "raw").mkdir()
    (target / "raw" / "__init__.py").write_text(raw, encoding="utf-8")  # imported only by `with_raw_response`


def check_method_names(ops: list[dict[str, Any]]) -> None:
    """A group's methods (one per operation, its `wait` and `iter_` methods) must not share a name."""
    names = [op["name"] for op in ops]
    names += [op["wait"]["method"] for op in ops if op["wait"]]
    names += [f"iter_{op['name']}" for op in ops if op["pagination"]]
    clash = sorted({name for name in names if names.count(name) > 1})
    if clash:
        raise SpecError(f"group {ops[0]['group']}: methods {clash} are defined twice")


if __name__ == "__main__":
    sys.exit(main())
