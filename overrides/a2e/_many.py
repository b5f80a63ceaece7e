"""Waiting for many tasks at once: one polling loop for tasks of any families, reading each family's tasks
through its batch operation where it has one (`x-a2e-resource` role `batch`), one by one where not. Shared by
the sync and async clients, which only make the requests. Imported by the first `wait_many`/`as_completed`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, NamedTuple

from _a2e_api.operations import OPERATIONS
from _a2e_api.operations.indexes import FAMILIES, WAITS

from . import _operations
from ._exceptions import (
    A2EError,
    APIConnectionError,
    InvalidRequestError,
    RateLimitError,
    ServerError,
    WaitTimeoutError,
)
from ._waiting import Poller, check_seconds

# A2E publishes no limit on the ids of one batch read; this many per request keeps each answer small.
BATCH_IDS = 50


class TaskOutcome(NamedTuple):
    """How one task of a `wait_many` ended: `record` when it finished, `error` when it failed or timed out."""

    position: int  # where it stood among the tasks given
    kind: str  # the group (or wait operation) it was given with
    task_id: str
    record: Any
    error: A2EError | None

    @property
    def ok(self) -> bool:
        return self.error is None


@functools.cache
def wait_operations() -> dict[str, str]:
    """What a task may be given with -> its wait operation: a group with one wait, or the wait operation's id."""
    names = {group: ops[0] for group, ops in WAITS.items() if len(ops) == 1}
    names.update({op_id: op_id for ops in WAITS.values() for op_id in ops})
    return names


def batch_operation(wait_op: str) -> str | None:
    if _operations.waits_via_list(OPERATIONS[wait_op]):
        return None  # the family's list is its only documented read
    family = (OPERATIONS[wait_op]["resource"] or {}).get("family")
    return FAMILIES.get(family, {}).get("batch") if family else None


class Entry:
    __slots__ = ("index", "kind", "task_id", "wait_op", "batch_op", "poller")

    def __init__(self, index: int, kind: str, task_id: str, wait_op: str, poller: Poller) -> None:
        self.index, self.kind, self.task_id, self.wait_op = index, kind, task_id, wait_op
        self.batch_op = batch_operation(wait_op)
        self.poller = poller


class Tracker:
    """The bookkeeping of one many-task wait: which reads this round needs and what each answer means."""

    def __init__(
        self, tasks: Iterable[tuple[str, str]], timeout: float, poll_interval: float, on_progress: Any, now: float
    ) -> None:
        check_seconds("wait_many", "timeout", timeout)
        check_seconds("wait_many", "poll_interval", poll_interval)
        self.on_progress = on_progress
        self.pending: dict[int, Entry] = {}
        names = wait_operations()
        for index, task in enumerate(tasks):
            if not (isinstance(task, tuple) and len(task) == 2 and isinstance(task[0], str)):
                raise InvalidRequestError(
                    "wait_many", "tasks", f"tasks[{index}]: expected (group, task id), got {task!r:.60}"
                )
            kind, task_id = task
            if kind not in names:
                raise InvalidRequestError("wait_many", "tasks", f"tasks[{index}]: {kind!r} has no wait; use one of "
                                          f"{', '.join(sorted(names))}")  # fmt: skip
            wait_op = names[kind]
            dialect = OPERATIONS[wait_op]["wait"]["dialect"]
            poller = Poller(wait_op, task_id, dialect, timeout, now, poll_interval, on_progress)
            self.pending[index] = Entry(index, kind, task_id, wait_op, poller)
        self.deadline = now + timeout
        self.poll_interval = poll_interval

    def reads(self) -> list[tuple[str, dict[str, Any], list[Entry]]]:
        """This round's requests: (operation, parameters, the tasks the answer covers)."""
        batches: dict[str, list[Entry]] = {}
        lists: dict[str, list[Entry]] = {}  # waits through a family's list: one paged read for all of them
        reads: list[tuple[str, dict[str, Any], list[Entry]]] = []
        for entry in self.pending.values():
            if entry.batch_op is not None:
                batches.setdefault(entry.batch_op, []).append(entry)
            elif _operations.waits_via_list(OPERATIONS[entry.wait_op]):
                lists.setdefault(entry.wait_op, []).append(entry)
            else:
                reads.append((entry.wait_op, _operations.wait_params(entry.wait_op, entry.task_id), [entry]))
        for list_op, entries in lists.items():
            reads.append((list_op, {}, entries))
        for batch_op, entries in batches.items():
            for start in range(0, len(entries), BATCH_IDS):
                chunk = entries[start : start + BATCH_IDS]
                reads.append((batch_op, {"ids": [e.task_id for e in chunk]}, chunk))
        return reads

    def observe(self, entries: list[Entry], data: Any, error: A2EError | None, now: float) -> list[TaskOutcome]:
        """The tasks this answer (or failed read) ended; the others stay pending."""
        ended: list[TaskOutcome] = []
        for entry in entries:
            if error is not None:
                if isinstance(error, (APIConnectionError, ServerError, RateLimitError)):
                    continue  # a read that failed for now: the next round reads again
                ended.append(self.end(entry, None, error))
                continue
            if entry.batch_op:
                answer = [r for r in data if getattr(r, "id", None) == entry.task_id]
            else:
                answer = _operations.wait_answer(OPERATIONS[entry.wait_op], data, entry.task_id)
            try:
                snapshot, done = entry.poller.observe(answer, now)
            except A2EError as failed:  # TaskFailedError, or NotFoundError for an id A2E does not know
                ended.append(self.end(entry, None, failed))
                continue
            if self.on_progress is not None:
                self.on_progress(snapshot)
            if done:
                ended.append(self.end(entry, snapshot.record, None))
        return ended

    def end(self, entry: Entry, record: Any, error: A2EError | None) -> TaskOutcome:
        del self.pending[entry.index]
        return TaskOutcome(entry.index, entry.kind, entry.task_id, record, error)

    def task_ids(self) -> list[str]:
        return [entry.task_id for entry in self.pending.values()]

    def next_sleep(self, now: float) -> float | None:
        """Seconds until the next round, or None when the deadline has passed (see `expire`)."""
        remaining = self.deadline - now
        return min(self.poll_interval, remaining) if remaining > 0 else None

    def expire(self) -> list[TaskOutcome]:
        """Every task still running at the deadline, as a WaitTimeoutError outcome."""
        return [
            self.end(entry, None, WaitTimeoutError(entry.task_id, entry.poller.timeout, entry.poller.last_status))
            for entry in list(self.pending.values())
        ]
