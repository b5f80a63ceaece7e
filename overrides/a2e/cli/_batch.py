"""`a2e batch run|status|retry-failed`: durable batch runs from the command line (see `a2e.batch`)."""

from __future__ import annotations

import argparse
import asyncio
import functools
import shlex
import signal
import sys
import time
from pathlib import Path
from typing import Any

from . import _errors, _output, _parsing
from ._errors import UsageError
from ._globals import Context, positive, seconds

ABOUT = """Durable batch runs: a CSV of talking-avatar videos (speech, then a video, waited for and saved) or a JSONL
file of any start operation, run into a folder that keeps a journal of every job. Running `a2e batch run` again
on the same folder resumes: a job whose create may have been sent when the run stopped (crash, kill, Ctrl-C, lost
answer) is looked up by its name before anything is sent again, so no task is created twice.

CSV columns: text, avatar, voice, output (the file to write, relative to --out), optional name, and any others as
{placeholders} for --text-template. JSONL lines: {"id": ..., "operation": "image_to_video_start", "params": {...},
"output": "..."} (a media URL parameter may be a local file, uploaded once)."""


def batch_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = ABOUT
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    actions = _parsing.subcommands(parser, title="actions", dest="action", metavar="ACTION")
    actions.add_lazy("run", run_parser, help="run (or resume) the jobs of a CSV or JSONL file into a folder")
    actions.add_lazy("status", status_parser, help="where a run stands (also while another process runs it)")
    actions.add_lazy("retry-failed", retry_parser, help="start the failed jobs again (each costs credits again)")
    parser.set_defaults(handler=functools.partial(_parsing.needs_method, parser))


def run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--in-flight", type=positive, default=None, metavar="N", help="tasks running at once (default 10)"
    )
    parser.add_argument(
        "--poll-interval", type=seconds, default=None, metavar="SECONDS", help="seconds between status reads (5)"
    )
    parser.add_argument(
        "--max-credits",
        type=coins,
        metavar="N",
        help="start no job once the coins spent (A2E's balance, read after each round of creates) would pass N",
    )


def run_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Run the jobs of JOBS (.csv or .jsonl) into DIR, or resume the run there (JOBS may then be left out). "
        "Every row is checked before anything is sent. Progress goes to stderr; the run's summary is printed as "
        "JSON, and DIR gets report.csv and report.json. Exit code 0 when every job is saved, 3 when some failed, "
        "1 when some are left to do (stopped by --max-credits or a lack of credits, or files not saved: run the "
        "same command again), 130 when stopped by Ctrl-C."
    )
    parser.add_argument(
        "jobs", type=Path, nargs="?", metavar="JOBS", help="a .csv (talking-avatar videos) or .jsonl file"
    )
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="the run's folder (made if missing)")
    parser.add_argument("--text-template", metavar="TEXT", help="CSV: the text, with {column} placeholders")
    parser.add_argument("--anchor-type", type=int, choices=[0, 1], default=0, help="CSV: 1 for your own avatars")
    parser.add_argument("--resolution", type=int, metavar="N", help="CSV: 720 or 1080 (A2E's default 1080)")
    parser.add_argument(
        "--dry-run", action="store_true", help="check the jobs and print the calls they would make; send nothing"
    )
    run_options(parser)
    parser.set_defaults(handler=run)


def status_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = "Where the run in DIR stands, as JSON: jobs by state and the coins spent."
    parser.add_argument("out", type=Path, metavar="DIR")
    parser.set_defaults(handler=status)


def retry_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Queue the failed jobs of the run in DIR again and run them: each creates a new task and costs credits "
        "again. Says how many before it starts, and asks on a terminal (--yes: do not ask)."
    )
    parser.add_argument("out", type=Path, metavar="DIR")
    parser.add_argument("--yes", action="store_true", help="start them without asking")
    run_options(parser)
    parser.set_defaults(handler=retry_failed)


def coins(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of coins, got {text!r}") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a finite number of coins, 0 or more, got {text!r}")
    return value


def load(args: argparse.Namespace) -> Any:
    from a2e import batch

    if args.jobs is None:
        if not (args.out / "journal.sqlite3").is_file():
            raise UsageError(f"{args.out} holds no run to resume: give the JOBS file")
        return None
    try:
        return batch.load_jobs(
            args.jobs, text_template=args.text_template, anchor_type=args.anchor_type, resolution=args.resolution
        )
    except batch.JobsError as bad:
        usage = UsageError(str(bad))
        _errors.add_hint(usage, "fix those rows and run the same command again; nothing was sent")
        raise usage from None


def run(ctx: Context, args: argparse.Namespace) -> int:
    from a2e import batch

    jobs = load(args)
    if args.dry_run:
        if jobs is None:
            raise UsageError("--dry-run needs the JOBS file")
        plan = batch.check(jobs, args.out if (args.out / "journal.sqlite3").exists() else None)
        calls = ", ".join(f"{n} x {op}" for op, n in plan.charged.items()) or "none"
        ctx.messages.info(f"{plan.jobs} job(s) to run: charged calls {calls}; uploads {plan.uploads}; nothing sent")
        _output.emit({"jobs": plan.jobs, "charged": plan.charged, "free": plan.free, "uploads": plan.uploads})
        return _output.OK
    given = f"{shlex.quote(str(args.jobs))} " if args.jobs is not None else ""
    return go(ctx, args, jobs, f"a2e batch run {given}--out {shlex.quote(str(args.out))}")


def go(ctx: Context, args: argparse.Namespace, jobs: Any, resume: str) -> int:
    """Run (or resume) the batch in args.out, with progress on stderr, Ctrl-C stopping the starts."""
    from a2e import batch

    options: dict[str, Any] = {}
    if args.in_flight is not None:
        options["in_flight"] = args.in_flight
    if args.poll_interval is not None:
        options["poll_interval"] = args.poll_interval
    stop = batch.Stop()
    shown = Shown(ctx.messages.quiet)
    previous = signal.getsignal(signal.SIGINT)

    def interrupted(number: int, frame: Any) -> None:
        if stop.requested:
            raise KeyboardInterrupt
        stop.request()
        print(f"\nstopping: no job starts now; Ctrl-C again to leave at once. Resume with: {resume}", file=sys.stderr)

    async def running() -> batch.BatchReport:
        async with ctx.async_client() as client:  # a round's calls and downloads run at once
            return await batch.arun(
                client, jobs, args.out, max_credits=args.max_credits, on_progress=shown.update, stop=stop, **options
            )

    signal.signal(signal.SIGINT, interrupted)
    try:
        report = asyncio.run(running())
    except KeyboardInterrupt as stopped:
        _errors.add_hint(stopped, f"the journal is kept; resume with: {resume}")
        raise
    except batch.JournalError as wrong:
        raise UsageError(str(wrong)) from None
    finally:
        signal.signal(signal.SIGINT, previous)
        shown.end()
    _output.emit(report.summary())
    if report.stopped:
        ctx.messages.info(f"{report.stopped}; resume with: {resume}")
    if stop.requested:
        return _output.INTERRUPTED
    if report.counts["failed"]:
        return _output.TASK_FAILED
    return _output.OK if report.complete else _output.API_ERROR  # jobs left: the same command goes on


def status(ctx: Context, args: argparse.Namespace) -> int:
    from a2e import batch

    try:
        report = batch.status(args.out)
    except batch.JournalError as wrong:
        raise UsageError(str(wrong)) from None
    _output.emit(report.summary())
    return _output.OK


def retry_failed(ctx: Context, args: argparse.Namespace) -> int:
    from a2e import batch

    try:
        counts = batch.status(args.out).counts
    except batch.JournalError as wrong:
        raise UsageError(str(wrong)) from None
    failed = counts["failed"]
    resume = f"a2e batch run --out {shlex.quote(str(args.out))}"
    left = counts["queued"] + counts["creating"] + counts["created"] + counts["done"]
    if not failed:
        ctx.messages.info("no failed jobs to start again" + (f"; going on with the {left} left" if left else ""))
        if not left:
            _output.emit(batch.status(args.out).summary())
            return _output.OK
        return go(ctx, args, None, resume)
    ctx.messages.info(f"{failed} failed job(s) will start again: each creates a new task and costs credits again")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("pass --yes to start them again (no terminal to ask)")
        if input("start them? [y/N] ").strip().lower() not in ("y", "yes"):
            ctx.messages.info("nothing started")
            return _output.OK
    try:
        batch.retry_failed(args.out)
    except batch.JournalError as wrong:
        raise UsageError(str(wrong)) from None
    return go(ctx, args, None, resume)


class Shown:
    """The run's progress on stderr: one line rewritten in place on a terminal, else a line every 10 s."""

    EVERY = 10.0

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.live = sys.stderr.isatty()
        self.last = 0.0
        self.text = ""

    def update(self, progress: Any) -> None:
        if self.quiet:
            return
        self.text = line(progress)
        now = time.monotonic()
        if self.live:
            print(f"\r{self.text}\x1b[K", end="", file=sys.stderr, flush=True)
        elif now - self.last >= self.EVERY:
            print(self.text, file=sys.stderr, flush=True)
            self.last = now

    def end(self) -> None:
        if self.quiet or not self.text:
            return
        print("" if self.live else self.text, file=sys.stderr, flush=True)


def line(p: Any) -> str:
    parts = [f"saved {p.saved}/{p.total}", f"failed {p.failed}", f"running {p.running}", f"queued {p.queued}"]
    if p.unsaved:
        parts.append(f"to save {p.unsaved}")
    if p.per_minute:
        parts.append(f"{p.per_minute:.1f}/min")
    if p.eta_seconds is not None and p.queued + p.running + p.unsaved:
        parts.append(f"ETA {clock(p.eta_seconds)}")
    if p.spent is not None:
        parts.append(f"spent {p.spent:g}")
    if p.paused > 0:
        parts.append(f"A2E busy: paused {p.paused:.0f}s")
    return " · ".join(parts)


def clock(seconds_left: float) -> str:
    minutes, secs = divmod(int(seconds_left), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"
