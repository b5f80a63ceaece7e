"""The declared types of the operation table and of the facts beside it, so that a type checker checks the
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

Method = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
Confidence = Literal["published", "documented", "observed", "weak", "inferred"]  # x-a2e-confidence
Location = Literal["path", "query", "body"]  # where an argument goes
AnswerShape = Literal["object", "array", "index-map"]  # how A2E may send an answer of one record
ScalarType = Literal["string", "integer", "number", "boolean"]
Media = Literal["image", "video", "audio", "voice"]  # the kind of a family's output

# The checks of one argument that the client makes before sending: a subset of JSON Schema.
Schema = TypedDict(
    "Schema",
    {
        "type": str | list[str],
        "enum": list[Any],
        "const": Any,
        "pattern": str,
        "format": str,
        "minimum": float,
        "maximum": float,
        "exclusiveMinimum": float,
        "exclusiveMaximum": float,
        "minLength": int,
        "maxLength": int,
        "minItems": int,
        "maxItems": int,
        "x-a2e-pattern-means": str,
        "items": "Schema",
        "properties": "dict[str, Schema]",
    },
    total=False,
)

# One argument: its wire and Python names, where it goes, whether it is required, its checks and its default.
Param = TypedDict(
    "Param",
    {
        "wire": str,
        "python": str,
        "in": Location,
        "required": bool,
        "schema": Schema,
        "default": NotRequired[Any],  # a JSON value, sent for a required argument left out
    },
)

# The parameter naming the record or task the call acts on.
RecordId = TypedDict("RecordId", {"wire": str, "in": Location})


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
    {"kind": Literal["model"], "model": str, "sent_as": AnswerShape, "class": str, "module": str},
)
ListData = TypedDict("ListData", {"kind": Literal["list"], "model": str, "class": str, "module": str})


class ScalarData(TypedDict):
    kind: Literal["scalar"]
    type: ScalarType


class AnyData(TypedDict):
    kind: Literal["any"]


DataShape = ModelData | ListData | ScalarData | AnyData

# x-a2e-wait (`cancel`, `cancel-effect`, `dialect`, `method`, `via`): the client's wait method, the status dialect it reads, the operation that cancels
# a task and what cancelling does, and `via: list` for a wait that pages the family's list.
Wait = TypedDict(
    "Wait",
    {
        "method": str,
        "dialect": str,
        "cancel": NotRequired[str],
        "cancel-effect": NotRequired[str],
        "via": NotRequired[Literal["list"]],
    },
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
