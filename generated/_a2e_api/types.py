"""Helpers the generated models share: nested objects that A2E may leave out, and fields it always sends."""

from collections.abc import Callable, Mapping
from contextvars import ContextVar
from typing import Any, TypeVar

M = TypeVar("M")

# The operation and `trace_id` of the answer being parsed (`a2e._operations.parse_data` sets them). A model keeps
# them when it is built, since an always-sent field the answer lacked is reported only when read, after parsing.
PARSING: ContextVar[tuple[str, str | None] | None] = ContextVar("a2e_parsing", default=None)


def _model(parse: Callable[[Mapping[str, Any]], M], value: Any) -> M | None:
    """A nested object, or None when A2E sent nothing or null."""
    return None if value is None else parse(value)


def _models(parse: Callable[[Mapping[str, Any]], M], value: Any) -> list[M] | None:
    """A list of nested objects, or None when A2E sent nothing or null."""
    return None if value is None else [parse(item) for item in value]


def _unsent(model: Any, field: str, wire: str) -> Exception:
    """The error for reading `field` (`wire` on the wire) of `model`: the spec marks it as always sent, but the
    answer `model` was read from left it out or sent null."""
    from a2e._exceptions import MissingFieldError  # only on this error path

    operation, trace_id = model._origin or (None, None)
    return MissingFieldError(field=field, wire=wire, model=type(model).__name__, operation=operation, trace_id=trace_id)


__all__ = ["PARSING", "_model", "_models", "_unsent"]


def _result_urls(wire: Mapping[str, Any], fields: tuple[str, ...]) -> list[str]:
    """The http(s) URLs in `fields` of a record (each a URL or a list of them), in order, without repeats."""
    urls: list[str] = []
    for field in fields:
        value = wire.get(field)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.startswith(("https://", "http://")) and item not in urls:
                urls.append(item)
    return urls
