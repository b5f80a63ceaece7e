"""One build of `generated/`: the third-party generators, then this package's own modules, then ruff."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from .facts import build_facts
from .models import add_result_accessors, attach_model_modules, modernise_wire, prune, read_model_modules
from .operations import build_operations
from .resources import write_resources
from .spec import PACKAGE, read_spec
from .table import build_indexes, waits_by_class, write_indexes, write_operations
from .tools import run_datamodel_codegen, run_openapi_python_client, run_ruff

GENERATED_README = """\
# generated/

Built by `make generate` from `openapi/a2e.yaml`; never edit by hand (`make check-generated` fails when
this folder differs from what the spec produces). Fix the spec, `generator/` or a template instead.

- `_a2e_api/`: the models of A2E's answers from openapi-python-client (attrs; only those an answer is parsed
  into: its per-operation functions, `Client` and request models are not kept, since `a2e` sends every call
  itself), plus `wire.py` (pydantic models from datamodel-code-generator, used by the mock server),
  `operations.py` (the operation table) and `resources/` (typed methods for `a2e.A2E`).
"""


def generate(spec_path: Path, out: Path) -> None:
    """Build into a staging folder and replace `out` only once the whole build succeeded."""
    spec = read_spec(spec_path)
    operations = build_operations(spec)
    facts = build_facts(spec, operations)
    indexes = build_indexes(operations)
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "generated"
        staging.mkdir()
        build_package(spec_path, spec, operations, facts, indexes, staging / PACKAGE)
        (staging / "README.md").write_text(GENERATED_README, encoding="utf-8")
        run_ruff(staging)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staging, out)


def build_package(
    spec_path: Path,
    spec: dict[str, Any],
    operations: list[dict[str, Any]],
    facts: dict[str, Any],
    indexes: dict[str, Any],
    package: Path,
) -> None:
    """`_a2e_api`: the models and `wire.py` from the third-party generators, then the table and the resources."""
    run_openapi_python_client(spec_path, package)
    run_datamodel_codegen(spec_path, package / "wire.py")
    modernise_wire(package / "wire.py")
    model_modules = read_model_modules(package / "models" / "__init__.py")
    attach_model_modules(operations, model_modules)
    indexes = {**indexes, "CLASS_WAITS": waits_by_class(operations, indexes["FAMILY_WAITS"])}
    prune(package, operations, model_modules)
    add_result_accessors(package, operations, facts["RESULTS"])
    write_operations(operations, facts, package / "operations")
    write_indexes(indexes, package / "operations" / "indexes.py")
    write_resources(spec, operations, package / "resources")
    (package / "py.typed").write_text("", encoding="utf-8")
