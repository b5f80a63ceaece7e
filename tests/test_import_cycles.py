"""No import cycles among the modules of the `a2e` package.

The modules are read with `ast`, never imported, and every import between them is an edge: at module level, inside
functions (deferred) and under `if TYPE_CHECKING:` alike, since a cycle hidden by any of them is still a cycle of
the design. `from pkg import name` is an edge to the submodule `pkg.name` when there is one, else to `pkg` (its
`__init__`); `import pkg` is an edge to its `__init__`. The parent packages that Python imports before a module
are not edges (a package's `__init__` importing its own modules is no cycle).
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable, Mapping
from itertools import pairwise
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "overrides"
PACKAGE = "a2e"

Graph = Mapping[str, Mapping[str, set[int]]]  # module -> imported module -> the lines importing it


def module_files(root: Path = SOURCES, package: str = PACKAGE) -> dict[str, Path]:
    """Every module of the package by its dotted name; a package by its own name (the file is its `__init__`)."""
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports_of(name: str, tree: ast.AST, modules: Iterable[str], *, is_package: bool) -> dict[str, set[int]]:
    """The modules of `modules` that module `name` imports anywhere in `tree`, with the lines that import them."""
    known = set(modules)
    here = name if is_package else name.rpartition(".")[0]
    found: dict[str, set[int]] = {}

    def add(target: str, line: int) -> None:
        while target and target not in known:  # `import a2e.x.y` of a name that is no module: the nearest module
            target = target.rpartition(".")[0]
        if target and target != name:
            found.setdefault(target, set()).add(line)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = here.split(".")
                if node.level - 1 >= len(parts):
                    continue  # above the top package: not an import of this package
                base = ".".join(parts[: len(parts) - (node.level - 1)])
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                add(submodule if submodule in known else base, node.lineno)
    return found


@functools.cache
def package_graph() -> dict[str, dict[str, set[int]]]:
    files = module_files()
    return {
        name: imports_of(name, ast.parse(path.read_bytes(), str(path)), files, is_package=path.name == "__init__.py")
        for name, path in files.items()
    }


def cycles(graph: Mapping[str, Iterable[str]], limit: int = 100) -> list[list[str]]:
    """The graph's simple cycles (up to `limit`), each as a chain from its smallest module back to it."""
    found: list[list[str]] = []

    def walk(start: str, path: list[str]) -> None:
        for target in sorted(graph.get(path[-1], ())):
            if len(found) >= limit:
                return
            if target == start:
                found.append([*path, start])
            elif target > start and target not in path:
                walk(start, [*path, target])

    for start in sorted(graph):
        walk(start, [start])
    return found


def describe(found: list[list[str]], graph: Graph, files: Mapping[str, Path]) -> str:
    lines = [f"{len(found)} import cycle(s) among the modules of {PACKAGE}:"]
    for chain in found:
        lines.append("  " + " -> ".join(chain))
        for source, target in pairwise(chain):
            where = files[source].relative_to(SOURCES)
            at = ", ".join(str(line) for line in sorted(graph[source][target]))
            lines.append(f"      {source} -> {target}: {where} line {at}")
    return "\n".join(lines)


def test_the_package_has_no_import_cycle():
    graph = package_graph()
    found = cycles(graph)
    assert not found, describe(found, graph, module_files())


# The check itself: it sees the imports, and it finds a cycle where there is one.


def test_the_cycle_finder_finds_cycles_and_only_those():
    graph = {"a": ["b"], "b": ["c", "d"], "c": ["a"], "d": ["d2"], "d2": ["b"], "e": ["a"]}
    assert cycles(graph) == [["a", "b", "c", "a"], ["b", "d", "d2", "b"]]
    assert cycles({"x": ["y"], "y": ["x"]}) == [["x", "y", "x"]]
    assert cycles({"a": ["b"], "b": ["c"], "c": [], "d": ["a", "c"]}) == []


def test_every_kind_of_import_is_an_edge():
    modules = [
        "a2e",
        "a2e._client",
        "a2e._exceptions",
        "a2e._version",
        "a2e.cli",
        "a2e.cli._main",
        "a2e.cli._ops",
        "a2e.cli._globals",
        "a2e.mock",
        "a2e.mock._app",
        "a2e.webhooks",
    ]
    source = """
import json
import a2e.webhooks
from typing import TYPE_CHECKING
from .. import __version__
from . import _globals
from .._exceptions import A2EError
if TYPE_CHECKING:
    from ._ops import Thing
def later():
    from .._client import A2E
    from a2e.mock import _app
    import a2e.cli
"""
    found = imports_of("a2e.cli._main", ast.parse(source), modules, is_package=False)
    assert sorted(found) == [
        "a2e",
        "a2e._client",
        "a2e._exceptions",
        "a2e.cli",
        "a2e.cli._globals",
        "a2e.cli._ops",
        "a2e.mock._app",
        "a2e.webhooks",
    ]
    assert found["a2e.cli._ops"] == {9} and found["a2e._client"] == {11}
    in_package = imports_of(
        "a2e.cli", ast.parse("from ._main import main\nfrom . import _globals"), modules, is_package=True
    )
    assert sorted(in_package) == ["a2e.cli._globals", "a2e.cli._main"]


def test_the_real_package_is_read():
    graph = package_graph()
    assert {"a2e", "a2e._client", "a2e.cli", "a2e.cli._main", "a2e.mock"} <= set(graph)
    assert "a2e._exceptions" in graph["a2e.cli._main"]
    assert "a2e.cli._main" in graph["a2e.cli"]


def test_the_message_names_each_cycle_and_its_lines():
    graph = package_graph()
    looped = {**graph, "a2e.cli._ops": {**graph["a2e.cli._ops"], "a2e.cli._main": {7, 1}}}  # and _main imports _ops
    text = describe(cycles(looped), looped, module_files())
    assert "\n  a2e.cli._main -> a2e.cli._ops -> a2e.cli._main\n" in text
    assert "a2e.cli._ops -> a2e.cli._main: a2e/cli/_ops.py line 1, 7" in text
