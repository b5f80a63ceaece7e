"""`_a2e_api/operations/`: the operation table the `a2e` client and mock read, one module per group, with the
spec's domain facts, the indexes by family, group and role, and the declared types of all of them (`types.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .facts import MEDIA
from .operations import ANSWER_SHAPES, LOCATIONS, METHODS, SCALAR_TYPES, WAIT_KEYS
from .spec import CONFIDENCES, SIMPLE_KEYS

# For docs and types, not run time.
DOCS_ONLY = {"id", "description", "docs", "alternatives", "tag", "page_item", "followed_by"}
FIELD_DOCS_ONLY = {"description", "model", "known"}


def build_indexes(operations: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Lookups the runtime needs without loading every group's rows: each family's operation per role
    (`FAMILIES`, the first in spec order), each group's operations per role (`ROLES`), the operations
    with a wait per group (`WAITS`), each path's operation per method (`ROUTES`, literal paths first), each
    family's wait (`FAMILY_WAITS`) and the wait of the record classes only one family answers (`CLASS_WAITS`)."""
    families: dict[str, dict[str, str]] = {}
    routes: dict[str, dict[str, str]] = {}
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
        routes.setdefault(op["path"], {})[op["method"]] = op["id"]
    ordered = dict(sorted(routes.items(), key=lambda item: "{" in item[0]))
    family_waits = waits_by_family(operations)
    return {
        "FAMILIES": families,
        "ROLES": roles,
        "WAITS": waits,
        "ROUTES": ordered,
        "FAMILY_WAITS": family_waits,
    }


def waits_by_family(operations: list[dict[str, Any]]) -> dict[str, str]:
    """Each family's wait operation: the first in spec order, as `wait_many` picks it."""
    found: dict[str, str] = {}
    for op in operations:
        family = (op["resource"] or {}).get("family")
        if op["wait"] and family is not None:
            found.setdefault(family, op["id"])
    return found


def waits_by_class(operations: list[dict[str, Any]], family_waits: dict[str, str]) -> dict[str, str]:
    """Record class -> wait operation, for the classes that only one family's starts and wait answer (a record made
    by hand is waited for by its class). Needs the models' classes attached to the operations."""
    seen: dict[str, set[str]] = {}
    for op in operations:
        family = (op["resource"] or {}).get("family")
        data = op["data"]
        cls = data.get("class") if data["kind"] in ("model", "list") else None
        if family in family_waits and cls is not None:
            if (op["resource"] or {}).get("role") == "create" or op["id"] == family_waits[family]:
                seen.setdefault(cls, set()).add(family_waits[family])
    return {cls: next(iter(waits)) for cls, waits in seen.items() if len(waits) == 1}


INDEX_TYPES = {
    "FAMILIES": "dict[str, dict[str, str]]",  # family -> role -> operation id
    "ROLES": "dict[str, dict[str, list[str]]]",  # group -> role -> operation ids
    "WAITS": "dict[str, list[str]]",  # group -> operation ids with a wait
    "ROUTES": "dict[str, dict[str, str]]",  # path -> method -> operation id
    "FAMILY_WAITS": "dict[str, str]",  # family -> its wait operation
    "CLASS_WAITS": "dict[str, str]",  # record class -> the one wait operation its records are waited with
}


def write_indexes(indexes: dict[str, dict[str, Any]], target: Path) -> None:
    """`operations/indexes.py`: the lookups of `build_indexes`, loaded only by the features that use them."""
    constants = "".join(f"{name}: {INDEX_TYPES[name]} = {value!r}\n\n" for name, value in indexes.items())
    target.write_text(f'"""{build_indexes.__doc__}"""\n\n{constants}', encoding="utf-8")


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
            "from __future__ import annotations\n\n"
            "from typing import TYPE_CHECKING\n\n"
            "if TYPE_CHECKING:\n    from .types import Operation\n\n"
            f"OPERATIONS: dict[str, Operation] = {rows!r}\n",
            encoding="utf-8",
        )
    index = {op["id"]: op["group"] for op in operations}
    constants = "".join(f"{name}: {FACT_TYPES[name]} = {value!r}\n\n" for name, value in facts.items())
    (target / "__init__.py").write_text(OPERATIONS_INIT.format(index=repr(index), facts=constants), encoding="utf-8")
    (target / "types.py").write_text(types_module(), encoding="utf-8")


FACT_TYPES = {
    "ERRORS": "Errors",
    "DIALECTS": "dict[str, Dialect]",
    "REGIONS": "dict[str, str]",
    "RESULTS": "dict[str, Result]",
    "ANSWER_SHAPES": "AnswerShapes",
}


def literal(values: Any) -> str:
    return ", ".join(repr(value) for value in values)


def types_module() -> str:
    """`operations/types.py`: the vocabularies the generator enforces as `Literal`s, then `TYPES`."""
    schema = "".join(f"        {key!r}: {kind},\n" for key, kind in SIMPLE_KEYS.items())
    return TYPES.format(
        methods=literal(METHODS),
        confidences=literal(CONFIDENCES),
        locations=literal(LOCATIONS),
        answer_shapes=literal(ANSWER_SHAPES),
        scalar_types=literal(SCALAR_TYPES),
        media=literal(MEDIA),
        schema=schema,
        wait_keys=", ".join(f"`{key}`" for key in sorted(WAIT_KEYS)),
    )


TYPES = '''"""The declared types of the operation table and of the facts beside it, so that a type checker checks the
generated rows themselves and every key the hand-written code reads from them.

`Operation` is one row of `OPERATIONS`: its arguments (`Param`, with the checks of each in `Schema`), the request
rules (`Rule`), the record id parameter (`RecordId`), the resource (`Resource`), the shape of `data` (`DataShape`),
the wait (`Wait`) and the paging (`Pagination`). `Dialect`, `Errors`, `Result` and `AnswerShapes` are the
entries of `DIALECTS`, `ERRORS`, `RESULTS` and `ANSWER_SHAPES`.

Only type checkers read this module: the table's modules import it under `TYPE_CHECKING`, so it costs nothing at
run time. Keys that are no Python names (`in`, `class`, `cancel-effect`, `x-a2e-pattern-means`) take the
functional form of `TypedDict`; a key only some rows have is `NotRequired`. The two kinds of `Rule` are `final`, so
that `"exclusive" in rule` tells them apart.
"""

from typing import Any, Literal, NotRequired, TypedDict, final

Method = Literal[{methods}]
Confidence = Literal[{confidences}]  # x-a2e-confidence
Location = Literal[{locations}]  # where an argument goes
AnswerShape = Literal[{answer_shapes}]  # how A2E may send an answer of one record
ScalarType = Literal[{scalar_types}]
Media = Literal[{media}]  # the kind of a family's output

# The checks of one argument that the client makes before sending: a subset of JSON Schema.
Schema = TypedDict(
    "Schema",
    {{
{schema}        "items": "Schema",
        "properties": "dict[str, Schema]",
    }},
    total=False,
)

# One argument: its wire and Python names, where it goes, whether it is required, its checks and its default.
Param = TypedDict(
    "Param",
    {{
        "wire": str,
        "python": str,
        "in": Location,
        "required": bool,
        "schema": Schema,
        "default": NotRequired[Any],  # a JSON value, sent for a required argument left out
    }},
)

# The parameter naming the record or task the call acts on.
RecordId = TypedDict("RecordId", {{"wire": str, "in": Location}})


@final
class WhenRule(TypedDict):
    """`require` is needed when every field of `when` has one of its values (`defaults`: when it is not sent)."""

    when: dict[str, list[Any]]
    defaults: dict[str, Any]
    require: list[str]


@final
class ExclusiveRule(TypedDict):
    """At most one of `exclusive` may be sent."""

    exclusive: list[str]


Rule = WhenRule | ExclusiveRule  # x-a2e-rules


class Resource(TypedDict):
    """x-a2e-resource: what the operation does (`role`) to which kind of record (`family`)."""

    role: str
    family: NotRequired[str]


# What `data` holds on success, by `kind`: one record of a model (`sent_as`: as an object, an array or an index
# map), a list of a model's records, one value, or anything. `class` and `module` locate the generated model.
ModelData = TypedDict(
    "ModelData",
    {{"kind": Literal["model"], "model": str, "sent_as": AnswerShape, "class": str, "module": str}},
)
ListData = TypedDict("ListData", {{"kind": Literal["list"], "model": str, "class": str, "module": str}})


class ScalarData(TypedDict):
    kind: Literal["scalar"]
    type: ScalarType


class AnyData(TypedDict):
    kind: Literal["any"]


DataShape = ModelData | ListData | ScalarData | AnyData

# x-a2e-wait ({wait_keys}): the client's wait method, the status dialect it reads, the operation that cancels
# a task and what cancelling does, and `via: list` for a wait that pages the family's list.
Wait = TypedDict(
    "Wait",
    {{
        "method": str,
        "dialect": str,
        "cancel": NotRequired[str],
        "cancel-effect": NotRequired[str],
        "via": NotRequired[Literal["list"]],
    }},
)


class Pagination(TypedDict):
    """x-a2e-pagination: the page-number and page-size parameters (wire names), the answer's fields holding the
    records (`$`: the answer is the array) and the total (with their Python attribute names), the first page's
    number and the page size used when none is given."""

    page: str
    size: str
    items: str
    total: str | None
    first: int
    items_attr: str | None
    total_attr: str | None
    default_size: int


class Operation(TypedDict):
    """One row of the operation table."""

    group: str
    name: str
    method: Method
    path: str
    summary: str
    confidence: Confidence
    official_id: str | None
    charged: bool
    deprecated: bool
    replaced_by: str | None  # `group.method` of the replacement
    params: list[Param]
    body: str | None  # the request body's schema
    open_body: bool  # whether the body takes fields the spec does not name
    one_of: list[list[str]]  # sets of body fields, one of which is required
    rules: list[Rule]
    record_id: RecordId | None
    resource: Resource | None
    data: DataShape
    wait: Wait | None
    pagination: Pagination | None


class Dialect(TypedDict):
    """x-a2e-dialects: where a task's status is and which values end it; where its progress, failure message and
    output are."""

    status_field: str
    done: list[str]
    failed: list[str]
    progress_field: str | None
    message_fields: list[str]
    result_fields: list[str]


class Errors(TypedDict):
    """x-a2e-errors: error class names by A2E code and by HTTP status; (pattern, class name) of error messages and
    of refusals in a success answer."""

    codes: dict[int, str]
    statuses: dict[int, str]
    messages: list[tuple[str, str]]
    refusals: list[tuple[str, str]]


class Result(TypedDict):
    """x-a2e-results: the record fields that hold a family's output, and its kind."""

    fields: list[str]
    media: Media


class AnswerShapes(TypedDict):
    """x-a2e-answer-shapes: the shapes in which clients read an answer of one record."""

    record: list[AnswerShape]
'''


OPERATIONS_INIT = '''"""Every operation in openapi/a2e.yaml: method, path, parameters and the shape of `data`
(`OPERATIONS`, a read-only mapping whose rows load per group on first use); and A2E's domain facts from the
spec: how its errors map to the classes of `a2e` (`ERRORS`, from `x-a2e-errors`), its two status vocabularies
(`DIALECTS`, from `x-a2e-dialects`), its regions (`REGIONS`, from the servers' `x-a2e-region`), where each
family's output is (`RESULTS`), the shapes in which an answer of one record may come (`ANSWER_SHAPES`, from
`x-a2e-answer-shapes`); indexes by family, group and role are in `indexes` (loaded when used). The types of the
rows and facts are declared in `types` (read by type checkers only)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .types import AnswerShapes, Dialect, Errors, Operation, Result

GROUP_OF: dict[str, str] = {index}

{facts}

class OperationTable:
    """Operation id -> row, read-only; a group's rows are imported the first time one of them is read.

    A plain class with the reading half of `Mapping` (subclassing the ABC costs a millisecond at import).
    """

    __slots__ = ("_rows",)

    def __init__(self) -> None:
        self._rows: dict[str, Operation] = {{}}

    def __getitem__(self, operation_id: str) -> Operation:
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

    def get(self, operation_id: str, default: Operation | None = None) -> Operation | None:
        return self[operation_id] if operation_id in GROUP_OF else default

    def keys(self) -> Iterator[str]:
        return iter(GROUP_OF)

    def values(self) -> Iterator[Operation]:
        return (self[operation_id] for operation_id in GROUP_OF)

    def items(self) -> Iterator[tuple[str, Operation]]:
        return ((operation_id, self[operation_id]) for operation_id in GROUP_OF)


OPERATIONS = OperationTable()
'''
