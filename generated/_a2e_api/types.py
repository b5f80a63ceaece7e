"""Helpers the generated models share: nested objects that A2E may leave out."""

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

M = TypeVar("M")


def _model(parse: Callable[[Mapping[str, Any]], M], value: Any) -> M | None:
    """A nested object, or None when A2E sent nothing or null."""
    return None if value is None else parse(value)


def _models(parse: Callable[[Mapping[str, Any]], M], value: Any) -> list[M] | None:
    """A list of nested objects, or None when A2E sent nothing or null."""
    return None if value is None else [parse(item) for item in value]


__all__ = ["_model", "_models"]


def _result_urls(wire: Mapping[str, Any], fields: tuple[str, ...]) -> list[str]:
    """The http(s) URLs in `fields` of a record (each a URL or a list of them), in order, without repeats."""
    urls: list[str] = []
    for field in fields:
        value = wire.get(field)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.startswith(("https://", "http://")) and item not in urls:
                urls.append(item)
    return urls
