"""What both runners (`_async_runner.py` and its sync twin) decide without a request: which jobs may start, when
the run pauses, what each call sends, what an ended task means for its job, and the run's progress."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import _operations
from .._exceptions import A2EError, InvalidRequestError
from ._jobs import PIPELINE, SPEECH_OP, VIDEO_OP, name_of, video_params

if TYPE_CHECKING:
    from .._many import TaskOutcome, Tracker
    from ._journal import Journal, Row

IN_FLIGHT = 10  # tasks running at once by default: A2E answers "hosts occupied" (1001) when it has no room
POLL_INTERVAL = 5.0  # seconds between reads of the running tasks
CREATES_AT_ONCE = 8  # calls of one round in flight at once (async runs)
SAVES_AT_ONCE = 4  # downloads in flight at once (async runs)
DOWNLOAD_TRIES = 3  # rounds a result's download is tried in one run before the job is left `done`, not saved
LOOKUP_TRIES = 3  # looks for a create whose answer was lost, LOOKUP_PAUSE seconds apart, before it is sent again
LOOKUP_PAUSE = 2.0
LOOKUP_PAGES = 50  # at most, at each look: it stops at the tasks made before the jobs were marked `creating`
CLOCK_SLACK = 600.0  # seconds this machine's clock and A2E's may differ by, for that
RECHECK_PAUSE = 30.0  # seconds before a look-up that was cut short is tried again
BUSY_PAUSES = (2.0, 4.0, 8.0, 16.0, 30.0, 60.0)  # the run's pauses after busy answers without a Retry-After
BALANCE_EVERY = 30.0  # seconds between balance readings when no max_credits depends on them
ONE_YEAR = 365 * 86400.0  # a run's waits have no deadline of their own


class Stop:
    """Set (from a signal handler, another thread or task) to stop starting jobs: the run ends after its current
    round, its journal consistent."""

    def __init__(self) -> None:
        self.requested: bool = False

    def request(self) -> None:
        self.requested = True


class BatchProgress(NamedTuple):
    """Where a run stands: jobs by state, the pace of this run and the coins spent (None before it is known)."""

    total: int
    queued: int
    running: int  # being created, or running on A2E
    saved: int  # done and their files written
    failed: int
    unsaved: int  # done on A2E, their files not written (yet)
    per_minute: float | None  # jobs ended per minute in this run
    eta_seconds: float | None
    spent: float | None
    paused: float  # seconds left of a pause A2E asked for (0 when none)


@dataclass
class Plan:
    """A run's settings and what it decides from them (see the module's docstring)."""

    in_flight: int = IN_FLIGHT
    poll_interval: float = POLL_INTERVAL
    max_credits: float | None = None
    on_progress: Callable[[BatchProgress], object] | None = None

    pipeline = PIPELINE
    speech_op = SPEECH_OP

    def begin(self, journal: Journal) -> None:
        from .._many import Tracker

        self.tracker: Tracker = Tracker([], ONE_YEAR, self.poll_interval, None, time.monotonic())
        self.tracked: dict[int, Row] = {}
        self.next_poll: float = 0.0
        self.busy_until: float = 0.0
        self.busy_count: int = 0
        self.stopped: str | None = None  # why no job starts any more in this run (credits)
        self.adopted: int = 0  # creates whose answer was lost, found by name
        self.unsaved: dict[int, int] = {}  # failed downloads in this run, by job
        self.started_at: float = time.monotonic()
        self.balance_at: float = 0.0
        self.unchecked: list[Row] = []  # jobs left `creating` whose look-up could not be finished
        self.recheck_at: float = 0.0
        self.ended_before: int = sum(journal.counts()[s] for s in ("saved", "failed"))

    # -- starting -----------------------------------------------------------------------------------------------

    def startable(self, journal: Journal, stop: Any) -> list[Row]:
        if stop.requested or self.stopped is not None or time.monotonic() < self.busy_until:
            return []
        slots = self.in_flight - len(self.tracked) - len(self.unchecked)
        if self.max_credits is not None and slots > 0:
            slots = min(slots, self.affordable(journal))
        return journal.rows("queued", limit=slots) if slots > 0 else []

    def affordable(self, journal: Journal) -> int:
        """How many more creates fit in `max_credits`, at the average cost of this run's creates so far (one,
        to learn it, before any)."""
        assert self.max_credits is not None
        spent = journal.spent()
        if spent is None:
            return 0  # the balance is unknown: no start until it is read
        created = int(journal.db.execute("SELECT count(*) FROM jobs WHERE task_id IS NOT NULL").fetchone()[0])
        if spent >= self.max_credits:
            self.stopped = f"max_credits: {spent:g} of {self.max_credits:g} coins spent"
            return 0
        if not created or spent <= 0:
            return 1  # no cost known yet (none made, or not yet charged): one at a time until one is
        each = spent / created
        fit = int(math.floor((self.max_credits - spent) / each + 1e-9))
        if fit <= 0:
            self.stopped = f"max_credits: {spent:g} coins spent, one more job would pass {self.max_credits:g}"
        return fit

    def busy(self, retry_after: float | None) -> None:
        pause = retry_after if retry_after else BUSY_PAUSES[min(self.busy_count, len(BUSY_PAUSES) - 1)]
        self.busy_until = max(self.busy_until, time.monotonic() + pause)
        self.busy_count += 1

    def out_of_credits(self, error: A2EError) -> None:
        self.stopped = f"out of credits: {error}"

    def speech_params(self, row: Row) -> dict[str, Any]:
        return {"msg": row.params["text"], "tts_id": row.params["voice"]}

    def create_call(self, row: Row, journal: Journal) -> tuple[str, dict[str, Any]]:
        """The operation and wire-named arguments of a job's create, its name in the name field."""
        if row.operation == PIPELINE:
            return VIDEO_OP, video_params(row.params, str(row.speech_url), row.name)
        params = dict(row.params)
        for wire in row.uploads:
            url = journal.upload_url(str(params[wire]))
            if url is None:
                raise InvalidRequestError(row.operation, wire, f"{wire}: {params[wire]} was not uploaded")
            params[wire] = url
        params[name_of(row.operation)] = row.name
        return row.operation, params

    def track(self, row: Row) -> None:
        """Wait for `row`'s task from now on (a create succeeded, or a lost one was found)."""
        self.busy_count = 0
        self.tracked[row.seq] = row
        self.tracker.add(row.seq, (wait_operation(row.operation), str(row.task_id)))

    def named(self, page: Any, names: set[str], params: dict[str, Any]) -> tuple[dict[str, str], bool, float | None]:
        """The ids of the tasks called one of `names` on a page of a family's list (read with `params`), whether
        more pages may follow (the page is full), and when its oldest task was made (Unix time, if it says)."""
        records = _operations.page_records(page)
        found: dict[str, str] = {}
        oldest: float | None = None
        for record in records:
            wire, called = _operations.record_names(record)
            made = made_at(wire)
            if made is not None:
                oldest = made if oldest is None else min(oldest, made)
            task_id = getattr(record, "id", None) or wire.get("_id")  # the id the family's wait reads
            for name in called:
                if name in names and isinstance(task_id, str) and task_id:
                    found[name] = task_id
        size = next((params[name] for name in _operations.PAGE_SIZE if name in params), 1)
        return found, len(records) >= size, oldest

    def since(self, rows: list[Row]) -> float:
        """Tasks made before this were made before any of `rows` was marked `creating` (with CLOCK_SLACK for the
        difference between this machine's clock and A2E's)."""
        return min((row.creating_at or 0.0) for row in rows) - CLOCK_SLACK

    def keep_unchecked(self, rows: list[Row]) -> None:
        self.unchecked.extend(rows)
        if rows:
            self.recheck_at = time.monotonic() + RECHECK_PAUSE

    def recheck_due(self) -> bool:
        return bool(self.unchecked) and time.monotonic() >= self.recheck_at

    def take_unchecked(self) -> list[Row]:
        rows, self.unchecked = self.unchecked, []
        return rows

    def by_list(self, rows: list[Row]) -> list[tuple[list[tuple[str, dict[str, Any]]], list[Row]]]:
        """The jobs grouped by the list their tasks are looked up in, each group with the reads of its pages."""
        groups: dict[str, list[Row]] = {}
        for row in rows:
            groups.setdefault(create_operation(row.operation), []).append(row)
        return [(list(lookup_pages(group[0])), group) for group in groups.values()]

    # -- ending and saving --------------------------------------------------------------------------------------

    def ended(self, journal: Journal, outcome: TaskOutcome[Any]) -> None:
        row = self.tracked.pop(outcome.position)
        if outcome.error is not None:
            journal.update(row, "failed", error=str(outcome.error), error_type=type(outcome.error).__name__)
            return
        urls = [str(url) for url in getattr(outcome.record, "result_urls", None) or []]
        if urls:
            journal.update(row, "done", results=urls)
        else:
            journal.update(row, "failed", error="A2E reported the task done without a result URL")

    def savable(self, journal: Journal) -> list[Row]:
        rows = journal.rows("done", limit=SAVES_AT_ONCE * 4 + len(self.unsaved))
        return [row for row in rows if self.unsaved.get(row.seq, 0) < DOWNLOAD_TRIES][: SAVES_AT_ONCE * 4]

    def download_failed(self, row: Row) -> int:
        self.unsaved[row.seq] = self.unsaved.get(row.seq, 0) + 1
        return self.unsaved[row.seq]

    def balance_due(self) -> bool:
        """Whether a round of creates is followed by a balance reading: always under `max_credits` (the next starts
        depend on it), else at most every BALANCE_EVERY seconds (for the progress shown; the run's first and last
        readings give what it spent)."""
        return self.max_credits is not None or time.monotonic() - self.balance_at >= BALANCE_EVERY

    def balance_read(self) -> None:
        self.balance_at = time.monotonic()

    # -- pace -----------------------------------------------------------------------------------------------------

    def finished(self, journal: Journal) -> bool:
        counts = journal.counts()
        startable = counts["queued"] > 0 and self.stopped is None
        return not startable and not self.tracked and not self.savable(journal) and counts["creating"] == 0

    def pause(self, started: int, saved: int) -> float:
        now = time.monotonic()
        if started and len(self.tracked) < self.in_flight and now >= self.busy_until:
            return 0.0
        waits = [self.next_poll - now] if self.tracked else []
        if now < self.busy_until:
            waits.append(self.busy_until - now)
        if self.unchecked:
            waits.append(self.recheck_at - now)
        if not waits:
            return 0.0 if (started or saved) else 0.05
        return max(0.0, min(waits))

    def progress(self, journal: Journal) -> BatchProgress:
        counts = journal.counts()
        ended = counts["saved"] + counts["failed"] - self.ended_before
        minutes = (time.monotonic() - self.started_at) / 60
        rate = ended / minutes if ended > 0 and minutes > 0 else None
        left = counts["queued"] + counts["creating"] + counts["created"] + counts["done"]
        return BatchProgress(
            total=sum(counts.values()),
            queued=counts["queued"],
            running=counts["creating"] + counts["created"],
            saved=counts["saved"],
            failed=counts["failed"],
            unsaved=counts["done"],
            per_minute=rate,
            eta_seconds=left / rate * 60 if rate else None,
            spent=journal.spent(),
            paused=max(0.0, self.busy_until - time.monotonic()),
        )

    def report(self, journal: Journal) -> None:
        if self.on_progress is not None:
            self.on_progress(self.progress(journal))


def made_at(record: Mapping[str, Any]) -> float | None:
    """When A2E made a record (its `createdAt`), as Unix time; None if it does not say in a form read here."""
    from datetime import datetime

    for field in ("createdAt", "created_at"):
        value = record.get(field)
        if isinstance(value, str) and value:
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
            except ValueError:
                return None
    return None


def create_operation(operation: str) -> str:
    """The operation that creates a job's task."""
    return VIDEO_OP if operation == PIPELINE else operation


def wait_operation(operation: str) -> str:
    """The wait operation of a job's task (its family's)."""
    from _a2e_api.operations.indexes import FAMILY_WAITS

    family = _operations.family_of(_operations.get_operation(create_operation(operation)))
    return FAMILY_WAITS[str(family)]


def lookup_pages(row: Row) -> Iterator[tuple[str, dict[str, Any]]]:
    """The reads of the newest pages of a job's family's list, where its task is looked for by name."""
    op_id = create_operation(row.operation)
    list_op = _operations.list_operation(_operations.get_operation(op_id))
    params = _operations.lookup_call(op_id, row.name, list_op)
    number = next((name for name in _operations.PAGE_NUMBER if name in params), None)
    for page in range(1, LOOKUP_PAGES + 1 if number else 2):
        yield str(list_op), {**params, number: page} if number else params


def result_paths(folder: Path, output: str, count: int) -> list[Path]:
    """Where a job's result files go: `output`, then `name-2.ext`, `name-3.ext`... for a task with several."""
    first = folder / output
    first.parent.mkdir(parents=True, exist_ok=True)
    return [first] + [first.with_name(f"{first.stem}-{n}{first.suffix}") for n in range(2, count + 1)]


def leftover_parts(folder: Path) -> int:
    """Remove the part files that downloads cut short by a crash left in the run's folder (a run holds its folder
    alone, so every part file there is a leftover when it starts); how many."""
    removed = 0
    for where, _, names in os.walk(folder):
        for name in names:
            if name.startswith(".") and name.endswith(".part"):
                Path(where, name).unlink(missing_ok=True)
                removed += 1
    return removed
