"""Progress of waits on stderr: a live display with `rich` (the `cli` extra) when stderr is a terminal, plain
lines otherwise. Each poll's `TaskProgress` gives the status, the percent when A2E reports one, and the time
since the wait began."""

from __future__ import annotations

import sys
import time
from importlib.util import find_spec
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._waiting import TaskProgress


class Display:
    """Shows nothing (`--quiet`); the base of the others."""

    def update(self, progress: TaskProgress[Any]) -> None:
        pass

    def finish(self, task_id: str, text: str) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self) -> Display:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def line(progress: TaskProgress[Any]) -> str:
    percent = f" {progress.progress}%" if progress.progress is not None else ""
    return f"{progress.task_id}: {progress.status or 'waiting'}{percent} after {progress.elapsed:.1f} s"


class Lines(Display):
    """One line per change of status or percent; on a terminal without rich, one line rewritten in place."""

    def __init__(self, in_place: bool) -> None:
        self.in_place = in_place
        self.last: dict[str, tuple[str | None, int | None]] = {}
        self.drawn = False

    def update(self, progress: TaskProgress[Any]) -> None:
        if self.in_place:
            sys.stderr.write("\r" + line(progress) + "\x1b[K")
            sys.stderr.flush()
            self.drawn = True
            return
        state = (progress.status, progress.progress)
        if self.last.get(progress.task_id) != state:
            self.last[progress.task_id] = state
            print(line(progress), file=sys.stderr, flush=True)

    def finish(self, task_id: str, text: str) -> None:
        self.close()
        print(f"{task_id}: {text}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self.drawn = False


class Live(Display):
    """A rich progress bar per task: spinner, task id and status, bar, percent, seconds since the wait began
    (counted live between polls)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            ProgressColumn,
            SpinnerColumn,
            Task,
            TaskProgressColumn,
            TextColumn,
        )
        from rich.text import Text

        started = self.started = time.monotonic()

        class Seconds(ProgressColumn):
            def render(self, task: Task) -> Text:
                end = task.fields.get("ended")
                return Text(f"{(end or time.monotonic()) - started:.1f} s")

        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            Seconds(),
            console=Console(stderr=True),
        )
        self.rows: dict[str, Any] = {}
        self.progress.start()

    def row(self, task_id: str) -> Any:
        if task_id not in self.rows:
            self.rows[task_id] = self.progress.add_task(task_id, total=None, ended=None)
        return self.rows[task_id]

    def update(self, progress: TaskProgress[Any]) -> None:
        total = 100 if progress.progress is not None else None
        self.progress.update(
            self.row(progress.task_id),
            description=f"{progress.task_id} {progress.status or 'waiting'}",
            total=total,
            completed=progress.progress or 0,
        )

    def finish(self, task_id: str, text: str) -> None:
        self.progress.update(self.row(task_id), description=f"{task_id} {text}", ended=time.monotonic())

    def close(self) -> None:
        self.progress.stop()


def display(quiet: bool) -> Display:
    """The display for this terminal: rich when installed and stderr is a terminal, else plain lines."""
    if quiet:
        return Display()
    if sys.stderr.isatty():
        if find_spec("rich") is not None:
            return Live()
        return Lines(in_place=True)
    return Lines(in_place=False)


class Transfer:
    """An upload's progress: a percentage rewritten in place, on a terminal only."""

    def __init__(self, label: str, quiet: bool) -> None:
        self.label = label
        self.shown = not quiet and sys.stderr.isatty()
        self.drawn = False

    def __call__(self, sent: int, size: int) -> None:
        if self.shown:
            percent = 100 * sent // size if size else 100
            sys.stderr.write(f"\r{self.label}: {percent}% of {size:,} bytes\x1b[K")
            sys.stderr.flush()
            self.drawn = True

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
