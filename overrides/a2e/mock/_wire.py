"""The generated pydantic models the mock validates request bodies with (`_a2e_api.wire`), each built the first
time a request needs it, with the classes it names: importing that module builds its ~240 classes at once, about
160 ms, which the first request of every test session would pay for the one or two models it uses.

The generated file is its imports, then one class statement after another; a class is built by running its own
statement (after those of the classes it names) in a module of its own, where pydantic resolves its annotations.
"""

from __future__ import annotations
import __future__

import functools
import re
import sys
import threading
import types
from importlib.resources import files
from typing import Any

BUILT = types.ModuleType(f"{__name__}.built", "The classes of `_a2e_api.wire` built so far.")
sys.modules[BUILT.__name__] = BUILT  # pydantic looks a class's annotations up in `sys.modules[cls.__module__]`
_building = threading.Lock()  # servers in several threads may build the same class
CLASS = re.compile(r"^(?=class )", re.MULTILINE)
CLASS_NAME = re.compile(r"class (\w+)")
NAME = re.compile(r"\b[A-Z]\w*")


def model(name: str) -> Any:
    """The class `name` of `_a2e_api.wire`, built on first use."""
    with _building:
        if name not in vars(BUILT):
            build(name, set())
    return vars(BUILT)[name]


@functools.cache
def statements() -> dict[str, str]:
    """Each class statement of the generated module, by class name; its imports are run in BUILT first."""
    head, *classes = CLASS.split((files("_a2e_api") / "wire.py").read_text(encoding="utf-8"))
    exec(compile(head, BUILT.__name__, "exec"), vars(BUILT))
    return {CLASS_NAME.match(statement)[1]: statement for statement in classes}  # type: ignore[index]


def build(name: str, started: set[str]) -> None:
    """Run the statement of `name` after those of the classes it names (a class naming itself, or one of a cycle,
    is completed by pydantic on first use, once the others exist)."""
    started.add(name)
    source = statements()[name]
    for other in dict.fromkeys(NAME.findall(source)):
        if other in statements() and other not in started and other not in vars(BUILT):
            build(other, started)
    code = compile(source, BUILT.__name__, "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True)
    exec(code, vars(BUILT))
