"""Waiting for many tasks at once: one polling loop for tasks of any families, reading each family's tasks
through its batch operation where it has one (`x-a2e-resource` role `batch`), one by one where not. Shared by
the sync and async clients, which only make the requests. Imported by the first `wait_many`/`as_completed`.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from typing import Any, Generic, NamedTuple

from _a2e_api.operations import OPERATIONS
from _a2e_api.operations.indexes import CLASS_WAITS, FAMILIES, FAMILY_WAITS, WAITS

from . import _operations
from ._exceptions import (
    A2EError,
    APIConnectionError,
    InvalidRequestError,
    RateLimitError,
    ServerError,
    WaitTimeoutError,
    did_you_mean,
    shown,
)
from ._waiting import Poller, R, TaskProgress, check_seconds, check_task_id

# A2E publishes no limit on the ids of one batch read; this many per request keeps each answer small.
BATCH_IDS = 50


class TaskOutcome(NamedTuple, Generic[R]):
    """How one task of a `wait_many` ended: `record` when it finished (typed as the family's wait returns it),
    `error` when it failed or timed out."""

    position: int  # where it stood among the tasks given
    kind: str  # the group (or wait operation) it was given with
    task_id: str
    record: R | None
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
    op = OPERATIONS[wait_op]
    if _operations.waits_via_list(op):
        return None  # the family's list is its only documented read
    family = _operations.family_of(op)
    return FAMILIES.get(family, {}).get("batch") if family else None


TRANSIENT = (APIConnectionError, ServerError, RateLimitError)  # a read that failed for now: read again next round


class Way:
    """What every task given with one group (or wait operation) shares: its wait and batch operations, and one
    `Poller`. A wait's poller differs from task to task only by `task_id`, `missing` and `last_status` (the
    others are the same wait operation, dialect, start, timeout and interval), so those three live on each task's
    `Entry` and are swapped into the shared poller for each observation: 50,000 tasks cost 50,000 small entries,
    not 50,000 pollers."""

    __slots__ = ("kind", "wait_op", "batch_op", "via_list", "poller")

    def __init__(self, kind: str, wait_op: str, poller: Poller) -> None:
        self.kind, self.wait_op, self.poller = kind, wait_op, poller
        self.batch_op: str | None = batch_operation(wait_op)
        self.via_list: bool = _operations.waits_via_list(OPERATIONS[wait_op])

    def observe(self, entry: Entry, answer: Any, now: float) -> tuple[TaskProgress[Any], bool]:
        """`Poller.observe` for `entry`'s task (raises as it does); the task's misses and last status are kept."""
        poller = self.poller
        poller.task_id, poller.missing, poller.last_status = entry.task_id, entry.missing, entry.last_status
        try:
            return poller.observe(answer, now)
        finally:
            status = poller.last_status  # one str per distinct status, not one per task still running
            entry.missing, entry.last_status = poller.missing, sys.intern(status) if type(status) is str else status


class Entry:
    """One task waited for: where it stood among the tasks given, its id, its `Way`, and its poll state."""

    __slots__ = ("index", "task_id", "way", "missing", "last_status")

    def __init__(self, index: int, task_id: str, way: Way) -> None:
        self.index, self.task_id, self.way = index, task_id, way
        self.missing = 0  # polls whose answer had no record of the task
        self.last_status: str | None = None

    @property
    def kind(self) -> str:
        return self.way.kind

    @property
    def wait_op(self) -> str:
        return self.way.wait_op

    @property
    def batch_op(self) -> str | None:
        return self.way.batch_op


def identify(index: int, task: object) -> tuple[str, object]:
    """What to wait with for one of the tasks given, and the task's id: a (group or wait operation, id) pair, or
    a record a start or wait call returned (it knows the operation that made it)."""
    if isinstance(task, tuple) and len(task) == 2 and isinstance(task[0], str):
        kind = task[0]
        if kind not in wait_operations():
            raise InvalidRequestError("wait_many", "tasks", f"tasks[{index}]: {unknown_kind(kind)}")
        return kind, task[1]
    if hasattr(task, "to_dict"):
        return record_kind(index, task), getattr(task, "id", None)
    message = f"tasks[{index}]: expected a record a start call returned, or (group, task id); got {shown(task)}"
    raise InvalidRequestError("wait_many", "tasks", message)


def unknown_kind(kind: str) -> str:
    """Why `kind` names no wait, with the closest names (or all of them)."""
    names = sorted(wait_operations())
    return f"{shown(kind)} has no wait; {did_you_mean(kind, names, 'use one of ' + ', '.join(names))}"


def record_kind(index: int, record: object) -> str:
    """The wait operation for a record: its family's, found from the operation that made the record (or, for a
    record made by hand, from its class when only one family's starts and waits answer that class)."""
    origin = _operations.origin_of(record)
    family = _operations.family_of(OPERATIONS[origin]) if origin is not None and origin in OPERATIONS else None
    wait_op = FAMILY_WAITS.get(family) if family else None
    wait_op = wait_op or CLASS_WAITS.get(type(record).__name__)
    if wait_op is None:
        raise InvalidRequestError(
            "wait_many",
            "tasks",
            f"tasks[{index}]: this {type(record).__name__} does not say which kind of task it is (it was not "
            "returned by a start call of this client); pass (group, task id) pairs instead",
        )
    return wait_op


def records_by_id(records: Iterable[Any]) -> dict[str, Any]:
    """The records of a batch or list answer by their `id`, each id's first record (as a scan would find it);
    a record without a text id answers for no task."""
    found: dict[str, Any] = {}
    for record in records:
        task_id = getattr(record, "id", None)
        if isinstance(task_id, str) and task_id not in found:
            found[task_id] = record
    return found


class Tracker:
    """The bookkeeping of one many-task wait: which reads this round needs and what each answer means."""

    def __init__(
        self, tasks: Iterable[object], timeout: float, poll_interval: float, on_progress: Any, now: float
    ) -> None:
        check_seconds("wait_many", "timeout", timeout)
        check_seconds("wait_many", "poll_interval", poll_interval)
        self.on_progress = on_progress
        self.pending: dict[int, Entry] = {}
        self.ways: dict[str, Way] = {}
        self.deadline = now + timeout
        self.poll_interval = poll_interval
        self.started = now
        for index, task in enumerate(tasks):
            self.add(index, task)

    def add(self, index: int, task: object) -> None:
        """Wait for `task` too (as `index`: where its outcome says it stood)."""
        kind, given_id = identify(index, task)
        wait_op = wait_operations()[kind]
        task_id = check_task_id(wait_op, given_id)  # as its own wait would check it
        way = self.ways.get(kind)
        if way is None:  # the first task's poller serves every task of the way (see `Way`)
            dialect = _operations.wait_of(wait_op)["dialect"]
            timeout = self.deadline - self.started
            poller = Poller(wait_op, task_id, dialect, timeout, self.started, self.poll_interval, self.on_progress)
            way = self.ways[kind] = Way(kind, wait_op, poller)
        self.pending[index] = Entry(index, task_id, way)

    def reads(self) -> list[tuple[str, dict[str, Any], list[Entry]]]:
        """This round's requests: (operation, parameters, the tasks the answer covers)."""
        batches: dict[str, list[Entry]] = {}
        lists: dict[str, list[Entry]] = {}  # waits through a family's list: one paged read for all of them
        reads: list[tuple[str, dict[str, Any], list[Entry]]] = []
        for entry in self.pending.values():
            way = entry.way
            if way.batch_op is not None:
                batches.setdefault(way.batch_op, []).append(entry)
            elif way.via_list:
                lists.setdefault(way.wait_op, []).append(entry)
            else:
                reads.append((way.wait_op, _operations.wait_params(way.wait_op, entry.task_id), [entry]))
        for list_op, entries in lists.items():
            reads.append((list_op, {}, entries))
        for batch_op, entries in batches.items():
            for start in range(0, len(entries), BATCH_IDS):
                chunk = entries[start : start + BATCH_IDS]
                reads.append((batch_op, {"ids": [e.task_id for e in chunk]}, chunk))
        return reads

    def observe(self, entries: list[Entry], data: Any, error: A2EError | None, now: float) -> list[TaskOutcome[Any]]:
        """The tasks this answer (or failed read) ended; the others stay pending."""
        if error is not None:
            if isinstance(error, TRANSIENT):
                return []
            return [self.end(entry, None, error) for entry in entries]
        ended: list[TaskOutcome[Any]] = []
        records: dict[str, Any] | None = None  # a batch or list answer's records by id, indexed once
        for entry in entries:
            way = entry.way
            if way.batch_op is not None or way.via_list:
                if records is None:
                    records = records_by_id(data)
                answer = records.get(entry.task_id)  # None: the answer has no record of the task
            else:
                answer = data  # a read of this one task
            try:
                snapshot, done = way.observe(entry, answer, now)
            except A2EError as failed:  # TaskFailedError, or NotFoundError for an id A2E does not know
                ended.append(self.end(entry, None, failed))
                continue
            if self.on_progress is not None:
                self.on_progress(snapshot)
            if done:
                ended.append(self.end(entry, snapshot.record, None))
        return ended

    def end(self, entry: Entry, record: Any, error: A2EError | None) -> TaskOutcome[Any]:
        del self.pending[entry.index]
        return TaskOutcome(entry.index, entry.kind, entry.task_id, record, error)

    def task_ids(self) -> list[str]:
        return [entry.task_id for entry in self.pending.values()]

    def next_sleep(self, now: float) -> float | None:
        """Seconds until the next round, or None when the deadline has passed (see `expire`)."""
        remaining = self.deadline - now
        return min(self.poll_interval, remaining) if remaining > 0 else None

    def expire(self) -> list[TaskOutcome[Any]]:
        """Every task still running at the deadline, as a WaitTimeoutError outcome."""
        return [
            self.end(entry, None, WaitTimeoutError(entry.task_id, entry.way.poller.timeout, entry.last_status))
            for entry in list(self.pending.values())
        ]
