"""The command line: rebuild `generated/`, or check that a folder is exactly what the spec produces."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .build import generate
from .spec import ROOT, SPEC, SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild `generated/` from `openapi/a2e.yaml`.")
    parser.add_argument("--spec", type=Path, default=SPEC, help="OpenAPI file (default openapi/a2e.yaml)")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output folder")
    parser.add_argument("--check", type=Path, metavar="DIR", help="compare DIR with a fresh build instead")
    args = parser.parse_args(argv)
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
    """Files changed, not generated and missing in `existing`, each as one line."""
    old, new = listing(existing), listing(fresh)
    changed = [f"changed: {name}" for name in sorted(old.keys() & new.keys()) if old[name] != new[name]]
    added = [f"not generated (remove it): {name}" for name in sorted(old.keys() - new.keys())]
    missing = [f"missing: {name}" for name in sorted(new.keys() - old.keys())]
    return changed + added + missing


def listing(root: Path) -> dict[str, bytes]:
    """Every file under `root` (caches left out) by relative path, with its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
