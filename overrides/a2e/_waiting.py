"""Waiting for tasks: A2E's two status dialects (written in the spec) and the poll-by-poll decision, shared by
sync and async.

Dialect `video` (avatar videos): `status` goes init, start, pending, process (with `process` 0-100),
copy, then `success` (read `result`) or `fail` (read `msg`/`error`); `data` is an array of records.
Dialect `task` (every other family): `current_status` goes initialized, sent, pending, processing, then
`completed` (read `result_url`) or `failed` (read `failed_message`, or `faild_message` on face swap).
Any other value means the task is still running, so a status A2E adds later never ends a wait early.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, NamedTuple, TypeVar

from _a2e_api.operations import DIALECTS as DIALECT_FACTS

from . import _constants
from ._exceptions import InvalidRequestError, NotFoundError, TaskFailedError, WaitTimeoutError, shown


class Dialect(NamedTuple):
    status_field: str
    done: frozenset[str]
    failed: frozenset[str]
    progress_field: str | None
    message_fields: tuple[str, ...]


# From the spec's `x-a2e-dialects`: the generator checks that every `x-a2e-wait` names one of them.
DIALECTS = {
    name: Dialect(
        facts["status_field"],
        frozenset(facts["done"]),
        frozenset(facts["failed"]),
        facts["progress_field"],
        tuple(facts["message_fields"]),
    )
    for name, facts in DIALECT_FACTS.items()
}


R = TypeVar("R", covariant=True)  # a TaskProgress[VideoRecord] is a TaskProgress[object]


class TaskProgress(NamedTuple, Generic[R]):
    """One poll's view of a task, passed to `on_progress`: `record` is the task's record as this poll read it
    (None when the answer had none yet), typed as the wait returns it."""

    task_id: str
    status: str | None
    progress: int | None
    elapsed: float
    record: R | None

    def __str__(self) -> str:
        percent = f" {self.progress}%" if self.progress is not None else ""
        return f"{self.task_id}: {self.status or 'unknown'}{percent} after {self.elapsed:.1f} s"


class Poller:
    """Decides, from each status answer, whether the task is done, failed or still running."""

    def __init__(
        self,
        operation_id: str,
        task_id: str,
        dialect: str,
        timeout: float,
        started: float,
        poll_interval: float,
        on_progress: object,
    ) -> None:
        check_seconds(operation_id, "timeout", timeout)
        check_seconds(operation_id, "poll_interval", poll_interval)
        check_task_id(operation_id, task_id)
        if on_progress is not None and not callable(on_progress):
            raise InvalidRequestError(
                operation_id, "on_progress", "on_progress: expected a function taking a TaskProgress"
            )
        self.operation_id = operation_id
        self.task_id = task_id
        self.dialect = DIALECTS[dialect]
        self.timeout = timeout
        self.started = started
        self.deadline = started + timeout  # time.monotonic(): no status call starts after it, nor a retry of one
        self.poll_interval = poll_interval
        self.missing = 0
        self.last_status: str | None = None

    def observe(self, data: Any, now: float) -> tuple[TaskProgress[Any], bool]:
        """Return this poll's progress and whether the wait is over; raise if the task failed."""
        record = self.pick(data)
        if record is None:
            self.missing += 1
            if self.missing >= _constants.MISSING_RECORD_POLLS:
                raise NotFoundError(
                    f"no task {self.task_id} (checked {self.missing} times)",
                    status_code=200,
                    operation=self.operation_id,
                )
            return TaskProgress(self.task_id, None, None, now - self.started, None), False
        wire = record.to_dict() if hasattr(record, "to_dict") else dict(record)
        status = wire.get(self.dialect.status_field)
        self.last_status = status if isinstance(status, str) else None
        progress = self.progress(wire, status)
        snapshot = TaskProgress(self.task_id, self.last_status, progress, now - self.started, record)
        if status in self.dialect.failed:
            reason = next((str(wire[f]) for f in self.dialect.message_fields if wire.get(f)), None)
            raise TaskFailedError(self.task_id, str(status), reason, record)
        return snapshot, status in self.dialect.done

    def pick(self, data: Any) -> Any:
        if isinstance(data, list):
            matching = [r for r in data if getattr(r, "id", None) == self.task_id]
            return (matching or data or [None])[0]
        return data

    def progress(self, wire: Mapping[str, Any], status: Any) -> int | None:
        if status in self.dialect.done:
            return 100
        if self.dialect.progress_field is None:
            return None
        value = wire.get(self.dialect.progress_field)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def next_sleep(self, now: float) -> float:
        """Seconds until the next poll (the last one at the deadline); WaitTimeoutError once it has passed."""
        remaining = self.deadline - now
        if remaining <= 0:
            raise WaitTimeoutError(self.task_id, self.timeout, self.last_status)
        return min(self.poll_interval, remaining)


def check_task_id(operation_id: str, task_id: object) -> str:
    if not isinstance(task_id, str) or not task_id.strip():
        raise InvalidRequestError(
            operation_id, "id", f"id: expected the task id as a non-empty string, got {shown(task_id)}"
        )
    return task_id


def check_seconds(operation_id: str, name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < float("inf"):
        raise InvalidRequestError(
            operation_id, name, f"{name}: expected a positive number of seconds, got {shown(value, 40)}"
        )
