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
