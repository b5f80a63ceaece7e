"""A batch run's rounds on a client. This file (`_async_runner.py`, on an `AsyncA2E`) is the source;
generator/codegen/unasync.py writes the twin on an `A2E` (`_sync_runner.py`) from it.

Each round: look up the jobs whose create's outcome is unknown; start jobs while fewer than `in_flight` tasks run
(speech first for a talking-avatar job, then its uploads, then, marked `creating` in the journal, its create);
read the running tasks in batches (`wait_many`'s reads); save the results of the tasks that ended. The whole run
slows down when A2E says it is busy (HTTP 429 or 503, code 1001): the job goes back to the queue and no job starts
until the time A2E asked for (or a growing pause) has passed. See `a2e.batch` for the promises.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._concurrency import async_each, async_sleep
from .._exceptions import (
    A2EError,
    APIConnectionError,
    AuthenticationError,
    HostsOccupiedError,
    InsufficientCreditsError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
)
from ._plan import (
    CREATES_AT_ONCE,
    DOWNLOAD_TRIES,
    LOOKUP_PAUSE,
    LOOKUP_TRIES,
    SAVES_AT_ONCE,
    Plan,
    Stop,
    leftover_parts,
    result_paths,
)

if TYPE_CHECKING:
    from .._async_client import AsyncA2E
    from ._journal import Journal, Row

BUSY = (RateLimitError, HostsOccupiedError, ServiceUnavailableError)


class AsyncRunner:
    """One run of a journal's jobs with `client` (see the module's docstring)."""

    def __init__(self, client: AsyncA2E, journal: Journal, plan: Plan, stop: Stop) -> None:
        self.client, self.journal, self.plan, self.stop = client, journal, plan, stop
        self.creating = client.with_options(max_retries=0)  # busy answers are the run's to wait out, not a call's

    async def run(self) -> None:
        plan, journal = self.plan, self.journal
        plan.begin(journal)
        leftover_parts(journal.folder)
        await self.read_balance()
        lost = journal.rows("creating")
        if lost:
            await self.look_up(lost)
        for row in journal.rows("created"):
            plan.track(row)
        while True:
            if plan.recheck_due():
                await self.look_up(plan.take_unchecked())
            started = await self.start_round()
            await self.poll_round()
            saved = await self.save_round()
            plan.report(journal)
            if self.stop.requested or plan.finished(journal):
                break
            pause = plan.pause(started, saved)
            if pause:
                await async_sleep(pause)
        await self.read_balance()
        plan.report(journal)

    # -- starting jobs --------------------------------------------------------------------------------------------

    async def start_round(self) -> int:
        if self.plan.max_credits is not None and self.journal.spent() is None:
            await self.read_balance()  # the starts depend on it
            if self.journal.spent() is None:
                self.plan.busy(None)  # A2E does not say: try again after a pause
                return 0
        rows = self.plan.startable(self.journal, self.stop)
        if not rows:
            return 0
        rows = await self.upload_files(rows)
        ready: list[Row] = []
        async for row, ok in async_each(rows, self.speak, CREATES_AT_ONCE):
            if ok:
                ready.append(row)
        if not ready:
            return 0
        self.journal.mark_creating(ready)
        async for row, task_id in async_each(ready, self.create, CREATES_AT_ONCE):
            if task_id is not None:
                self.journal.update(row, "created", task_id=task_id)
                self.plan.track(row)
        if self.plan.balance_due():
            await self.read_balance()
        return len(ready)

    async def upload_files(self, rows: list[Row]) -> list[Row]:
        """Upload the local files these jobs name that are not uploaded yet, each once (however many jobs name
        it); the jobs whose files are all stored."""
        paths = list(dict.fromkeys(str(row.params[w]) for row in rows for w in row.uploads))
        missing = [path for path in paths if self.journal.upload_url(path) is None]
        failures: dict[str, A2EError] = {}

        async def store(path: str) -> A2EError | None:
            try:
                self.journal.uploaded(path, await self.client.upload(Path(path)))
            except A2EError as error:
                return error
            return None

        async for path, error in async_each(missing, store, CREATES_AT_ONCE):
            if error is not None:
                failures[path] = error
        kept = []
        for row in rows:
            failed = next((failures[p] for p in (str(row.params[w]) for w in row.uploads) if p in failures), None)
            if failed is None:
                kept.append(row)
            else:
                self.refused(row, failed)
        return kept

    async def speak(self, row: Row) -> bool:
        """A talking-avatar job's speech, made once (its URL kept in the journal) before its video's create."""
        if row.operation != self.plan.pipeline or row.speech_url:
            return True
        try:
            speech = await self.client._call(self.plan.speech_op, self.plan.speech_params(row))
        except A2EError as error:
            self.refused(row, error)
            return False
        self.journal.update(row, "queued", speech_url=str(speech))
        return True

    async def create(self, row: Row) -> str | None:
        """Send one job's create (the job is `creating`); its task id, or None when it did not start (or when its
        answer was lost: then it is looked up, and adopted or queued again, here)."""
        op_id, params = self.plan.create_call(row, self.journal)
        try:
            task = await self.creating._call(op_id, params)
        except OutcomeUnknownError:
            await self.look_up([row])
            return None
        except A2EError as error:
            self.refused(row, error)
            return None
        return str(task.id)

    def refused(self, row: Row, error: A2EError) -> None:
        """A call of a job answered with an error: busy and out-of-credit answers queue it again (and pause or
        stop the run's starts); a refusal of the key stops the run; a charged call that may have been paid (an
        upload's presign) ends the job, so that only `retry-failed` pays again; any other ends the job too."""
        if isinstance(error, BUSY):
            self.journal.update(row, "queued")
            self.plan.busy(getattr(error, "retry_after", None))
        elif isinstance(error, OutcomeUnknownError):  # a charged call (an upload's presign) that may have been paid
            self.journal.update(row, "failed", error=str(error), error_type=type(error).__name__)
        elif isinstance(error, (APIConnectionError, ServerError)):  # not sent, or refused by A2E: not created
            self.journal.update(row, "queued")
            self.plan.busy(None)
        elif isinstance(error, InsufficientCreditsError):
            self.journal.update(row, "queued")
            self.plan.out_of_credits(error)
        elif isinstance(error, AuthenticationError):
            self.journal.update(row, "queued")
            raise error
        else:
            self.journal.update(row, "failed", error=str(error), error_type=type(error).__name__)

    # -- creates whose answer was lost ----------------------------------------------------------------------------

    async def look_up(self, rows: list[Row]) -> None:
        """Jobs left `creating` (by a crash, a kill, an interrupt or a lost answer): each one's task, looked up by
        its name among its family's newest tasks, is adopted when A2E has it; otherwise the job is queued again,
        to be sent once more. A list may show a new task late: those not found are looked for again, LOOKUP_TRIES
        times in all, LOOKUP_PAUSE seconds apart."""
        not_found: list[Row] = []
        unchecked: list[Row] = list(rows)
        for attempt in range(LOOKUP_TRIES):
            if attempt:
                await async_sleep(LOOKUP_PAUSE)
            not_found, unchecked = await self.search(not_found + unchecked)
            if not not_found and not unchecked:
                return
        for row in not_found:
            self.journal.update(row, "queued")
        self.plan.keep_unchecked(unchecked)  # left `creating`, looked up again later (or on resume)

    async def search(self, rows: list[Row]) -> tuple[list[Row], list[Row]]:
        """One look through the newest pages of each family's list for these jobs' names (one read of a page
        serves every job of the family), back to the tasks made before these jobs were marked `creating`: the
        jobs surely not there, and the jobs whose look was cut short (a failed read, or more pages than it reads
        at one look), which must not be sent again yet."""
        not_found: list[Row] = []
        unchecked: list[Row] = []
        for pages, group in self.plan.by_list(rows):
            wanted = {row.name: row for row in group}
            since = self.plan.since(group)
            complete = False
            for op_id, params in pages:
                try:
                    page = await self.client._call(op_id, params)
                except A2EError:
                    break  # this look is cut short; the next one asks again
                found, more, oldest = self.plan.named(page, set(wanted), params)
                for name, task_id in found.items():
                    row = wanted.pop(name)
                    self.journal.update(row, "created", task_id=task_id)
                    self.plan.track(row)
                    self.plan.adopted += 1
                if not wanted or not more or (oldest is not None and oldest < since):
                    complete = True
                    break
            (not_found if complete else unchecked).extend(wanted.values())
        return not_found, unchecked

    # -- waiting and saving ----------------------------------------------------------------------------------------

    async def poll_round(self) -> None:
        tracker = self.plan.tracker
        if tracker is None or not tracker.pending:
            return
        now = time.monotonic()
        if now < self.plan.next_poll:
            return
        self.plan.next_poll = now + self.plan.poll_interval

        async def read(request: tuple[str, dict[str, Any], list[Any]]) -> tuple[Any, A2EError | None]:
            op_id, params, entries = request
            try:
                return await self.client._poll(op_id, params, [e.task_id for e in entries], None), None
            except A2EError as failed:
                return None, failed

        async for (_, _, entries), (data, error) in async_each(tracker.reads(), read, CREATES_AT_ONCE):
            for outcome in tracker.observe(entries, data, error, time.monotonic()):
                self.plan.ended(self.journal, outcome)

    async def save_round(self) -> int:
        rows = self.plan.savable(self.journal)
        saved = 0
        async for _, ok in async_each(rows, self.save, SAVES_AT_ONCE):
            saved += ok
        return saved

    async def save(self, row: Row) -> bool:
        """Download a done job's result files into the run's folder; the job is `saved` once all are there."""
        paths = result_paths(self.journal.folder, row.output, len(row.results))
        try:
            for url, path in zip(row.results, paths, strict=True):
                await self.client.download(url, path, overwrite=True)
        except (A2EError, OSError) as error:  # OSError: the folder refused the file
            if self.plan.download_failed(row) >= DOWNLOAD_TRIES:
                self.journal.update(row, "done", error=f"not saved: {error}", error_type=type(error).__name__)
            return False
        self.journal.update(row, "saved", saved=str(paths[0].relative_to(self.journal.folder)), error=None)
        return True

    async def read_balance(self) -> None:
        """The account's balance, kept in the journal: what the run spent, and what `max_credits` allows."""
        try:
            credits = await self.client._call("misc_remaining_coins", {})
        except A2EError:
            return  # the run goes on; the spending is known at the next reading
        coins = getattr(credits, "coins", None)
        if isinstance(coins, (int, float)):
            self.journal.balance(float(coins))
            self.plan.balance_read()
