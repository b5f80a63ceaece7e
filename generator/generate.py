"""Rebuild `generated/` from `openapi/a2e.yaml`.

One entry point for every generator the project uses (the work is done by the `codegen` package beside this file):

1. openapi-python-client emits the `_a2e_api` package (attrs models, sync/async function per operation),
   with the templates in `generator/templates/` (lazy `models/__init__`, an `id` alias for `_id`);
2. datamodel-code-generator emits `_a2e_api/wire.py`, pydantic v2 models the mock server validates with;
3. `codegen` emits `_a2e_api/operations/` (the operation table the `a2e` client and mock read) and
   `_a2e_api/resources/` (one typed class per tag, one method per operation);
4. ruff formats the whole tree, so the output depends on the spec alone.

Usage: python generator/generate.py [--spec FILE] [--out DIR]   rebuild (default: openapi/a2e.yaml -> generated/)
       python generator/generate.py --check DIR                   exit 1 if DIR differs from a fresh build

The names the docs build and the tests use are re-exported here.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:  # loaded by file (docs/build.py) rather than run
    sys.path.insert(0, HERE)

from codegen.build import generate  # noqa: E402
from codegen.cli import check, main  # noqa: E402
from codegen.operations import build_operations, find_record_id  # noqa: E402
from codegen.signatures import annotation, arguments, is_positional  # noqa: E402
from codegen.spec import CONFIDENCES, SpecError, read_spec, tag_groups  # noqa: E402

__all__ = [
    "CONFIDENCES",
    "SpecError",
    "annotation",
    "arguments",
    "build_operations",
    "check",
    "find_record_id",
    "generate",
    "is_positional",
    "main",
    "read_spec",
    "tag_groups",
]

if __name__ == "__main__":
    sys.exit(main())
