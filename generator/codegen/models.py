"""Post-processing of openapi-python-client's models and datamodel-code-generator's `wire.py`: only the models an
answer is parsed into are kept, behind a lazy `models/__init__`; task records get `result_urls`."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path
from typing import Any

from .spec import SpecError


def modernise_wire(target: Path) -> None:
    """datamodel-code-generator 0.89 imports `MISSING` from pydantic's experimental module, which warns since
    pydantic 2.14; under `-W error` (common in users' test suites) every mock request body would then fail."""
    old, new = "from pydantic.experimental.missing_sentinel import MISSING", "from pydantic import MISSING"
    text = target.read_text(encoding="utf-8")
    if old in text:
        target.write_text(text.replace(old, new), encoding="utf-8")


def read_model_modules(models_init: Path) -> dict[str, str]:
    """Class name -> module (".credits_") as written by the lazy models/__init__ template."""
    tree = ast.parse(models_init.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "MODULES":
            return ast.literal_eval(node.value)
    raise SpecError("models/__init__.py has no MODULES table (template changed?)")


def attach_model_modules(operations: list[dict[str, Any]], modules: dict[str, str]) -> None:
    """Name the generated class and module of every model an operation answers, takes or pages."""
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


def add_result_accessors(package: Path, operations: list[dict[str, Any]], results: dict[str, Any]) -> None:
    """`result_urls` on every task record a wait returns: the URLs of the task's output, read from the fields
    `x-a2e-results` names for the families sharing that record (`result_url` for a family it does not list)."""
    anchor = "    def to_dict(self) -> dict[str, Any]:\n"
    for (module, cls), names in sorted(result_fields(operations, results).items()):
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


def result_fields(operations: list[dict[str, Any]], results: dict[str, Any]) -> dict[tuple[str, str], list[str]]:
    """(module, class) of each record a wait returns -> the fields holding its output, in first-seen order."""
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
    return fields


def wait_record(op: dict[str, Any]) -> dict[str, Any] | None:
    """The model a wait returns: the operation's answer, or for a wait `via: list` one item of its pages."""
    if not op["wait"]:
        return None
    return op["page_item"] if op["wait"].get("via") == "list" else op["data"]
