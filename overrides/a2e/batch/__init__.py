"""Durable batch runs: many jobs (one video per row of a spreadsheet, or any start operation per line of a JSONL
file), resumable after any crash, each task created once.

    from a2e import batch

    report = batch.run(client, "people.csv", "out/", text_template="Hello {first_name}!")
    print(report.counts, report.spent)        # jobs by state; coins spent
    batch.status("out/")                       # where a run stands, also while another process runs it
    batch.retry_failed("out/")                 # queue the failed jobs again (each costs credits again)...
    batch.run(client, None, "out/")            # ...and run them

`await batch.arun(async_client, ...)` is the same on an `AsyncA2E`. Running again on the same folder resumes: the
folder's journal (`journal.sqlite3`, SQLite) holds every job's state, committed before each next step, and a job
whose create may have been sent when the run stopped (a crash, a kill, Ctrl-C, a lost answer) is looked up by the
name it sent before anything is sent again: a task A2E has is adopted, never created twice. At most `in_flight`
tasks run at once; when A2E says it is busy (HTTP 429 or 503, code 1001) the job goes back to the queue and the
whole run pauses as A2E asks. `max_credits` stops starting jobs before the coins spent (A2E's balance, read after
each round of creates) would pass it. Results are downloaded into the folder as they arrive; `report.csv` and
`report.json` list every job's outcome.

The jobs file is checked whole before anything is sent (`JobsError` lists every bad row); see `load_jobs`.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._jobs import Job, JobsError, check_jobs, fingerprint, load_jobs
from ._journal import Journal, JournalError, running
from ._plan import IN_FLIGHT, POLL_INTERVAL, BatchProgress, Plan, Stop
from ._report import BatchReport, DryRun, dry_run, write_reports

if TYPE_CHECKING:
    from collections.abc import Callable

    from .._async_client import AsyncA2E
    from .._sync_client import A2E

__all__ = [
    "BatchProgress",
    "BatchReport",
    "DryRun",
    "Job",
    "JobsError",
    "JournalError",
    "Stop",
    "arun",
    "check",
    "load_jobs",
    "retry_failed",
    "run",
    "status",
]


def run(
    client: A2E,
    jobs: str | os.PathLike[str] | list[Job] | None,
    out: str | os.PathLike[str],
    *,
    in_flight: int = IN_FLIGHT,
    poll_interval: float = POLL_INTERVAL,
    max_credits: float | None = None,
    text_template: str | None = None,
    on_progress: Callable[[BatchProgress], object] | None = None,
    stop: Stop | None = None,
) -> BatchReport:
    """Run (or resume) the jobs in the folder `out` with `client`; the run's report once no job can go further
    (every job saved or failed), or once it stopped starting jobs (`stop`, `max_credits`, no credits left).

    `jobs`: a CSV or JSONL file (`load_jobs`; `text_template` for a CSV), jobs already loaded, or None to go on
    with the jobs in the folder's journal. `in_flight`: tasks running at once. `poll_interval`: seconds between
    reads of the running tasks. `on_progress` is called after each round with a `BatchProgress`. `stop.request()`
    (from a signal handler, say) ends the run after its current round.
    """
    from ._sync_runner import Runner

    journal, plan, stop = setup(jobs, out, in_flight, poll_interval, max_credits, text_template, on_progress, stop)
    try:
        Runner(client, journal, plan, stop).run()
    finally:
        report = finish(journal, plan, stop)
    return report


async def arun(
    client: AsyncA2E,
    jobs: str | os.PathLike[str] | list[Job] | None,
    out: str | os.PathLike[str],
    *,
    in_flight: int = IN_FLIGHT,
    poll_interval: float = POLL_INTERVAL,
    max_credits: float | None = None,
    text_template: str | None = None,
    on_progress: Callable[[BatchProgress], object] | None = None,
    stop: Stop | None = None,
) -> BatchReport:
    """`run` on an `AsyncA2E`: up to 8 creates and 4 downloads at a time."""
    from ._async_runner import AsyncRunner

    journal, plan, stop = setup(jobs, out, in_flight, poll_interval, max_credits, text_template, on_progress, stop)
    try:
        await AsyncRunner(client, journal, plan, stop).run()
    finally:
        report = finish(journal, plan, stop)
    return report


def check(
    jobs: str | os.PathLike[str] | list[Job], out: str | os.PathLike[str] | None = None, **options: Any
) -> DryRun:
    """A dry run: the jobs checked (`JobsError` lists every bad row) and the calls they would make, by
    operation; with the folder `out` of a run already started, only the calls still to make. Sends nothing."""
    loaded = check_jobs(jobs) if isinstance(jobs, list) else load_jobs(jobs, **options)
    journal = Journal.open(out, readonly=True) if out is not None and Path(out, "journal.sqlite3").exists() else None
    try:
        return dry_run(loaded, journal)
    finally:
        if journal is not None:
            journal.close()


def status(out: str | os.PathLike[str]) -> BatchReport:
    """Where the run in the folder `out` stands, read without disturbing a run going on."""
    # While a run goes on, read without writing; else open as usual, so closing tidies SQLite's side files away.
    journal = Journal.open(out, readonly=running(Path(out)))
    try:
        return BatchReport(Path(out), journal.counts(), journal.spent())
    finally:
        journal.close()


def retry_failed(out: str | os.PathLike[str]) -> int:
    """Queue the failed jobs of the run in `out` again (each creates a new task, under a new name, and costs
    credits again); how many. `run(client, None, out)` then runs them."""
    journal = Journal.open(out)
    try:
        journal.lock()
        return journal.retry_failed()
    finally:
        journal.close()


def setup(
    jobs: str | os.PathLike[str] | list[Job] | None,
    out: str | os.PathLike[str],
    in_flight: int,
    poll_interval: float,
    max_credits: float | None,
    text_template: str | None,
    on_progress: Callable[[BatchProgress], object] | None,
    stop: Stop | None,
) -> tuple[Journal, Plan, Stop]:
    """Check the settings and the jobs, then open (or make) the journal; nothing is sent."""
    from .._exceptions import InvalidRequestError

    if isinstance(in_flight, bool) or not isinstance(in_flight, int) or in_flight < 1:
        raise InvalidRequestError(
            "batch", "in_flight", f"in_flight: a whole number of tasks, 1 or more, not {in_flight!r}"
        )
    if isinstance(poll_interval, bool) or not isinstance(poll_interval, (int, float)) or not poll_interval > 0:
        raise InvalidRequestError("batch", "poll_interval", "poll_interval: a positive number of seconds")
    if max_credits is not None and (
        isinstance(max_credits, bool) or not isinstance(max_credits, (int, float)) or not 0 <= max_credits < math.inf
    ):
        raise InvalidRequestError("batch", "max_credits", "max_credits: a finite number of coins, 0 or more")
    if jobs is None:
        journal = Journal.open(out)
    else:
        if isinstance(jobs, list):
            loaded, source = check_jobs(jobs), "jobs given in Python"
        else:
            loaded, source = load_jobs(jobs, text_template=text_template), str(Path(jobs).resolve())
        journal = Journal.create(out, loaded, fingerprint(loaded), source)
    try:
        journal.lock()
    except JournalError:
        journal.close()
        raise
    plan = Plan(
        in_flight=in_flight, poll_interval=float(poll_interval), max_credits=max_credits, on_progress=on_progress
    )
    return journal, plan, stop if stop is not None else Stop()


def finish(journal: Journal, plan: Plan, stop: Stop) -> BatchReport:
    """The run's report, also written to `report.csv` and `report.json`; the journal closed."""
    try:
        stopped = "stopped on request" if stop.requested else getattr(plan, "stopped", None)
        report = BatchReport(journal.folder, journal.counts(), journal.spent(), stopped, getattr(plan, "adopted", 0))
        csv_path, json_path = write_reports(journal, report)
        return BatchReport(
            report.folder, report.counts, report.spent, report.stopped, report.adopted, csv_path, json_path
        )
    finally:
        journal.close()
