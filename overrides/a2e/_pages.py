"""Every record of a paged list, fetched page after page as an iteration reaches it.

How an operation pages is in the operation table (from the spec's `x-a2e-pagination`): its page-number and
page-size parameters, the answer's field holding the records (`$` for an array answer), the total-count field
if any, and the first page's number. `iterate` / `aiterate` send the operation through the client's `_call`
(so arguments are checked, calls retried and answers typed as for any call) and stop at a page shorter than
the page size, an empty page, the total, or `max_items`. Nothing is sent before the first record is asked for.
The typed `iter_<list>` methods of the client's groups call these; this module is imported by the first of them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from ._exceptions import InvalidRequestError, shown
from ._operations import get_operation


class Paging:
    """The state of one iteration: which page to ask for next, and whether the last answer ended the list."""

    __slots__ = ("op_id", "params", "options", "rule", "size", "number", "left", "fetched", "previous", "done")

    def __init__(self, op_id: str, params: Mapping[str, Any], max_items: int | None, options: dict[str, Any]) -> None:
        rule = get_operation(op_id)["pagination"]
        if rule is None:
            raise InvalidRequestError(op_id, None, "this operation does not page (no x-a2e-pagination in the spec)")
        if rule["page"] in params and params[rule["page"]] is not None:
            raise InvalidRequestError(op_id, rule["page"], f"{rule['page']} is set page by page; do not pass it")
        if max_items is not None and not counting_number(max_items, 0):
            message = f"max_items must be an integer, 0 or more: {shown(max_items)}"
            raise InvalidRequestError(op_id, "max_items", message)
        size = params.get(rule["size"])
        if size is None:  # the most the spec allows, and no more than asked for in all
            size = rule["default_size"] if max_items is None else max(1, min(rule["default_size"], max_items))
        elif not counting_number(size, 1):
            message = f"the page size must be an integer, 1 or more: {shown(size)}"
            raise InvalidRequestError(op_id, rule["size"], message)
        self.op_id, self.options, self.rule, self.size = op_id, options, rule, size
        self.params = {name: value for name, value in params.items() if value is not None}
        self.number: int = rule["first"]
        self.left = max_items  # records still to yield; None: no limit
        self.fetched = 0  # records received so far
        self.previous: list[Any] | None = None
        self.done = max_items == 0

    def request(self) -> dict[str, Any]:
        """The parameters of the next page's call."""
        return {**self.params, self.rule["page"]: self.number, self.rule["size"]: self.size}

    def take(self, answer: Any) -> list[Any]:
        """The records of one answer to yield; marks the iteration done when this page is the last."""
        records = self.records(answer)
        if not records or records == self.previous:  # empty, or a server that ignores the page number
            self.done = True
            return []
        self.fetched += len(records)
        total = self.total(answer)
        if len(records) < self.size or (total is not None and self.fetched >= total):
            self.done = True
        self.previous, self.number = records, self.number + 1
        if self.left is not None:
            records = records[: self.left]
            self.left -= len(records)
            self.done = self.done or self.left == 0
        return records

    def records(self, answer: Any) -> list[Any]:
        found = answer if self.rule["items_attr"] is None else getattr(answer, self.rule["items_attr"], None)
        return list(found) if isinstance(found, list) else []

    def total(self, answer: Any) -> int | None:
        if self.rule["total_attr"] is None:
            return None
        value = getattr(answer, self.rule["total_attr"], None)
        return value if isinstance(value, int) and not isinstance(value, bool) else None


def counting_number(value: object, least: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def iterate(
    client: Any, op_id: str, params: Mapping[str, Any], *, max_items: int | None = None, **options: Any
) -> Iterator[Any]:
    """Every record of the paged list `op_id` (wire-named `params`, without the page number), lazily.

    `options` are the per-call options (`extra_headers`, `extra_query`, `extra_body`, `timeout`) of each page's
    call. The arguments are checked here; the first request is sent when the first record is asked for.
    """
    return pages(client, Paging(op_id, params, max_items, options))


def pages(client: Any, paging: Paging) -> Iterator[Any]:
    while not paging.done:
        yield from paging.take(client._call(paging.op_id, paging.request(), **paging.options))


def aiterate(
    client: Any, op_id: str, params: Mapping[str, Any], *, max_items: int | None = None, **options: Any
) -> AsyncIterator[Any]:
    """`iterate` for `AsyncA2E`: `async for record in aiterate(...)`."""
    return apages(client, Paging(op_id, params, max_items, options))


async def apages(client: Any, paging: Paging) -> AsyncIterator[Any]:
    while not paging.done:
        for record in paging.take(await client._call(paging.op_id, paging.request(), **paging.options)):
            yield record
