"""`reference.html`: Redocly's rendering of a copy of the spec in which each operation carries its Python call as a
code sample (`x-codeSamples`). The copy lives only while Redocly reads it; `openapi/a2e.yaml` stays as written."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
REDOCLY = ROOT / ".tools" / "node_modules" / ".bin" / "redocly"
CONFIG = ROOT / "redocly.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Redoc draws its own logo from a CDN; the page is meant to work offline and to load nothing from elsewhere,
# so the logo is replaced by an inline image of the same size (Redoc hides the <img> when it fails to load).
REDOC_LOGOS = ("https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg")
INLINE_LOGO = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='90' height='16'%3E"
    "%3Ctext x='0' y='12' font-family='sans-serif' font-size='12' fill='%23666'%3ERedoc%3C/text%3E%3C/svg%3E"
)
# Redocly's banners (boxes drawn with these characters) say nothing about this build.
BANNER = ("║", "╔", "╚")


def with_samples(spec: dict[str, Any], samples: dict[str, str]) -> int:
    """Give each operation that has a sample its `x-codeSamples`; the number given."""
    given = 0
    for item in spec["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and operation.get("operationId") in samples:
                source = samples[operation["operationId"]]
                operation["x-codeSamples"] = [{"lang": "Python", "label": "Python", "source": source}]
                given += 1
    return given


def build_reference(spec_path: Path, target: Path, samples: dict[str, str]) -> int:
    """Render the spec, with the samples, into `target` with the project's pinned Redocly; the number of
    operations given a sample."""
    if not REDOCLY.exists():
        print(f"docs: {REDOCLY} is missing (`make docs` installs it); {target.name} not rebuilt", file=sys.stderr)
        return 0
    spec = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    given = with_samples(spec, samples)
    with tempfile.TemporaryDirectory(prefix="a2e-docs-") as tmp:
        copy = Path(tmp) / spec_path.name
        copy.write_text(yaml.dump(spec, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True), "utf-8")
        command = [str(REDOCLY), "build-docs", str(copy), "--config", str(CONFIG), "--inlineBundle"]
        result = subprocess.run(
            [*command, "--output", str(target)],
            capture_output=True,
            text=True,
            env={**os.environ, "REDOCLY_TELEMETRY": "off"},
        )
    shown = [line for line in (result.stdout + result.stderr).splitlines() if line.strip() and not banner(line)]
    if result.returncode != 0:
        raise SystemExit("redocly build-docs failed:\n" + "\n".join(shown))
    localise(target)
    return given


def banner(line: str) -> bool:
    return line.lstrip().startswith(BANNER)


def localise(reference: Path) -> None:
    """Make Redoc's page load nothing from outside (see REDOC_LOGOS)."""
    text = reference.read_text(encoding="utf-8")
    fixed = text
    for url in REDOC_LOGOS:
        fixed = fixed.replace(url, INLINE_LOGO)
    if fixed != text:
        reference.write_text(fixed, encoding="utf-8")
