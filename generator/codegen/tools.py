"""Running the third-party generators and formatters, from the same environment as this interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .spec import GENERATOR, SpecError

DATAMODEL_OPTIONS = (
    "--output-model-type pydantic_v2.BaseModel --strict-nullable --use-missing-sentinel --use-annotated "
    "--field-constraints --openapi-scopes schemas --formatters builtin --disable-timestamp --use-schema-description"
).split()


def tool(name: str) -> str:
    """A console script from the same environment as this interpreter."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def run(cmd: list[str], cwd: Path | None = None) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SpecError(f"{' '.join(cmd[:3])} failed:\n{result.stdout}{result.stderr}")


def run_openapi_python_client(spec_path: Path, package: Path) -> None:
    """The attrs models of the answers, with the templates in `generator/templates/`."""
    run(
        [
            tool("openapi-python-client"),
            "generate",
            "--path",
            str(spec_path),
            "--meta",
            "none",
            "--output-path",
            str(package),
            "--overwrite",
            "--config",
            str(GENERATOR / "opc-config.yaml"),
            "--custom-template-path",
            str(GENERATOR / "templates"),
        ]
    )


def run_datamodel_codegen(spec_path: Path, target: Path) -> None:
    """`wire.py`: pydantic models of the schemas, which the mock server validates requests with."""
    command = [tool("datamodel-codegen"), "--input", spec_path.name, "--input-file-type", "openapi"]
    run([*command, "--output", str(target), *DATAMODEL_OPTIONS], cwd=spec_path.parent)


def run_ruff(tree: Path) -> None:
    """Sort the imports, drop unused ones and format, so the output depends on the spec alone."""
    ruff = tool("ruff")
    common = ["--isolated", "--no-cache", "--line-length", "120"]
    run([ruff, "check", ".", "--fix-only", "--extend-select=I,F401", "--quiet", *common], cwd=tree)
    run([ruff, "format", ".", "--quiet", *common], cwd=tree)
