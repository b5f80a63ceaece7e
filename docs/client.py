"""What `a2e.A2E` offers, read from the client itself rather than re-derived from the spec: its groups, the public
methods of each (their signatures and return types, from `inspect.signature` and `typing.get_type_hints`), and
the classes those methods return, with their fields."""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, ClassVar

import attrs

# The options every operation method takes, described once per page rather than in every signature.
PER_CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")
# The client's own methods, in the order a reader meets them; any other public method follows, by name.
CLIENT_ORDER = (
    "call",
    "upload",
    "download",
    "wait_many",
    "as_completed",
    "find_created",
    "with_raw_response",
    "with_options",
    "close",
)


@dataclass
class Parameter:
    name: str
    annotation: str
    default: str | None  # its repr, None when the parameter has no default
    kind: inspect._ParameterKind

    POSITIONAL_ONLY: ClassVar = inspect.Parameter.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD: ClassVar = inspect.Parameter.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL: ClassVar = inspect.Parameter.VAR_POSITIONAL
    KEYWORD_ONLY: ClassVar = inspect.Parameter.KEYWORD_ONLY
    VAR_KEYWORD: ClassVar = inspect.Parameter.VAR_KEYWORD


@dataclass
class Method:
    owner: str  # the group, or "client" for the client's own methods
    name: str
    parameters: list[Parameter]
    returns: str  # the return annotation as written (`builtins.` left out)
    returned: list[type]  # the classes the return type names, for their sections
    doc: str
    options_hidden: bool  # the per-call options are left out of `parameters`
    attribute: bool = False  # a property: read, not called
    target: str = ""  # how it is called, where that is not `client.<group>.<name>` (the constructor)

    @property
    def anchor(self) -> str:
        return f"{self.owner}_{self.name}"

    @property
    def call(self) -> str:
        if self.target:
            return self.target
        return f"client.{self.name}" if self.owner == "client" else f"client.{self.owner}.{self.name}"


@dataclass
class ClassInfo:
    """A class a method returns: a model of A2E's answer (attrs) or one of the client's own (a room, an outcome)."""

    name: str
    cls: type
    doc: str
    fields: list[dict[str, str]] = field(default_factory=list)  # name, annotation, wire
    members: list[Method] = field(default_factory=list)  # public methods and properties

    @property
    def anchor(self) -> str:
        return f"model-{self.name}"

    @property
    def is_model(self) -> bool:
        return attrs.has(self.cls)


def client_groups() -> dict[str, type]:
    """Each group of `a2e.A2E` (a lazily made attribute) -> the class of the group, in the spec's tag order."""
    import a2e
    from _a2e_api.resources import GROUPS, SYNC_GROUP_CLASSES

    groups = {}
    for name in GROUPS:
        if type(inspect.getattr_static(a2e.A2E, name, None)).__name__ == "LazyGroup":
            module, cls = SYNC_GROUP_CLASSES[name]
            groups[name] = getattr(importlib.import_module(f"_a2e_api.resources.{module}"), cls)
    return groups


def group_methods(group: str, cls: type) -> list[Method]:
    """The public methods of a group class, in the order the class defines them."""
    return [method(group, name, member) for name, member in vars(cls).items() if is_public(name, member)]


def client_methods() -> list[Method]:
    """The public methods of `a2e.A2E` itself (not its groups), `with_raw_response` among them."""
    import a2e

    names = [name for name in dir(a2e.A2E) if is_public(name, inspect.getattr_static(a2e.A2E, name))]
    names.sort(key=lambda name: (CLIENT_ORDER.index(name) if name in CLIENT_ORDER else len(CLIENT_ORDER), name))
    return [method("client", name, inspect.getattr_static(a2e.A2E, name)) for name in names]


def constructor() -> Method:
    import a2e

    made = method("client", "A2E", a2e.A2E.__init__)
    made.returns, made.returned, made.target = "A2E", [], "a2e.A2E"
    return made


def client_properties() -> list[dict[str, str]]:
    """The client's read-only settings (properties): name, type and what they hold."""
    import a2e

    found = []
    for name in dir(a2e.A2E):
        member = inspect.getattr_static(a2e.A2E, name)
        if not name.startswith("_") and isinstance(member, property) and member.fget is not None:
            found.append({"name": name, "annotation": returns_of(member.fget), "doc": inspect.getdoc(member) or ""})
    return found


def is_public(name: str, member: Any) -> bool:
    return not name.startswith("_") and inspect.isfunction(getattr(member, "func", member))


def method(owner: str, name: str, member: Any) -> Method:
    """`member` (a function, property or cached property) of `owner` as a `Method`."""
    attribute = isinstance(member, (property, functools.cached_property))
    func: Callable[..., Any] = getattr(member, "fget", None) or getattr(member, "func", member)
    signature = inspect.signature(func)
    parameters = [
        Parameter(p.name, annotation_text(p.annotation), default_text(p.default), p.kind)
        for p in signature.parameters.values()
        if p.name != "self" and not (p.kind is p.VAR_KEYWORD and annotation_text(p.annotation) == "Never")
    ]
    names = {p.name for p in parameters}
    hidden = all(option in names for option in PER_CALL_OPTIONS)
    if hidden:
        parameters = [p for p in parameters if p.name not in PER_CALL_OPTIONS]
    doc = inspect.getdoc(func) or ""
    return Method(owner, name, parameters, returns_of(func), returned_classes(func), doc, hidden, attribute)


def annotation_text(annotation: Any) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, typing.ForwardRef):
        annotation = annotation.__forward_arg__
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return text.replace("builtins.", "")


def default_text(default: Any) -> str | None:
    return None if default is inspect.Parameter.empty else repr(default)


def returns_of(func: Callable[..., Any]) -> str:
    return annotation_text(inspect.signature(func).return_annotation)


def type_hints(owner: Any) -> dict[str, Any]:
    """`typing.get_type_hints`, with the names the owner's module defines only for type checkers."""
    try:
        return typing.get_type_hints(owner, globalns=checking_names(owner.__module__))
    except (NameError, TypeError, AttributeError):
        return {}


@functools.cache
def checking_names(module_name: str) -> dict[str, Any]:
    """The module's names with those of its `if TYPE_CHECKING:` blocks (imports, aliases). A name imported from
    another module's own `TYPE_CHECKING` block is looked up there in turn."""
    module = importlib.import_module(module_name)
    names = dict(vars(module))
    for statement in checking_statements(module):
        if isinstance(statement, ast.ImportFrom):
            source = importlib.import_module("." * statement.level + (statement.module or ""), module.__package__)
            for alias in statement.names:
                value = getattr(source, alias.name, None)
                if value is None and source.__name__ != module_name:
                    value = checking_names(source.__name__).get(alias.name)
                names[alias.asname or alias.name] = value
        else:
            try:
                exec(compile(ast.Module(body=[statement], type_ignores=[]), module_name, "exec"), names)
            except (ImportError, NameError, AttributeError, TypeError):
                continue  # a name no annotation this page shows needs
    return names


def checking_statements(module: ModuleType) -> list[ast.stmt]:
    found: list[ast.stmt] = []
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            found += node.body
    return found


def returned_classes(func: Callable[..., Any]) -> list[type]:
    """The classes a return type names that the pages describe: models of A2E's answers and the client's own
    result classes (not builtins, typing or httpx2)."""
    found: list[type] = []
    walk_type(type_hints(func).get("return"), found)
    return found


def walk_type(hint: Any, found: list[type]) -> None:
    if hint is None:
        return
    if isinstance(hint, type) and documented_class(hint) and hint not in found:
        found.append(hint)
    for argument in typing.get_args(hint):
        walk_type(argument, found)
    origin = typing.get_origin(hint)
    if isinstance(origin, type) and documented_class(origin) and origin not in found:
        found.append(origin)


def documented_class(cls: type) -> bool:
    module = getattr(cls, "__module__", "")
    if issubclass(cls, BaseException) or cls.__name__.startswith("Raw") and not cls.__name__ == "RawResponse":
        return False
    return module.startswith("_a2e_api.models") or (module.startswith("a2e.") and module != "a2e._config")


def describe_classes(roots: list[type]) -> list[ClassInfo]:
    """`roots` and every class their fields name, each once, in the order met."""
    seen: list[type] = []
    todo = list(roots)
    while todo:
        cls = todo.pop(0)
        if cls in seen:
            continue
        seen.append(cls)
        for hint in type_hints(cls).values():
            nested: list[type] = []
            walk_type(hint, nested)
            todo += [c for c in nested if c not in seen]
    return [describe_class(cls) for cls in seen]


def describe_class(cls: type) -> ClassInfo:
    info = ClassInfo(cls.__name__, cls, class_doc(cls))
    info.fields = model_fields(cls) if attrs.has(cls) else plain_fields(cls)
    listed = {f["name"] for f in info.fields}
    for name, member in vars(cls).items():
        if name.startswith("_") or name in listed:
            continue
        if isinstance(member, property) and member.fget is not None:
            info.members.append(method(cls.__name__, name, member))
        elif inspect.isfunction(member) and not attrs.has(cls):
            info.members.append(method(cls.__name__, name, member))
    return info


def model_fields(cls: type) -> list[dict[str, str]]:
    """A model's fields by their public names (attrs aliases); a field read through a property (one A2E always
    sends) has the property's type."""
    found = []
    for f in attrs.fields(cls):
        if f.alias.startswith("_") or f.alias == "additional_properties":
            continue
        member = inspect.getattr_static(cls, f.alias, None)
        getter = member.fget if isinstance(member, property) else None
        annotation = returns_of(getter) if getter is not None else annotation_text(f.type)
        found.append({"name": f.alias, "annotation": annotation})
    return found


def plain_fields(cls: type) -> list[dict[str, str]]:
    """The annotated attributes of one of the client's own classes (a named tuple, a slotted class)."""
    own = getattr(cls, "__annotations__", {})
    return [{"name": n, "annotation": annotation_text(a)} for n, a in own.items() if not n.startswith("_")]


def class_doc(cls: type) -> str:
    """The class docstring, without the note every model repeats (said once per page instead)."""
    doc = inspect.getdoc(cls) or ""
    return re.sub(r"(^|\n\n)Fields A2E .*$", "", doc, flags=re.S).strip()
