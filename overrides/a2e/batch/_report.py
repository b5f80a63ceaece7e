"""What a run leaves for people: `report.csv` and `report.json` in the run's folder (every job's outcome, task id,
result URLs, saved file and error), the summary a run or `status` answers, and a dry run's count of calls."""

from __future__ import annotations

import csv
import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from _a2e_api.operations import OPERATIONS

from ._jobs import PIPELINE, SPEECH_OP, VIDEO_OP, Job
from ._journal import Journal

COLUMNS: tuple[str, ...] = (
    "id",
    "line",
    "operation",
    "state",
    "task_id",
    "name",
    "result_url",
    "result_urls",
    "saved",
    "error",
)


@dataclass(frozen=True)
class BatchReport:
    """Where a run's jobs stand (also while another process runs them: `status`)."""

    folder: Path
    counts: dict[str, int]  # jobs by state: queued, creating, created, done, failed, saved
    spent: float | None  # coins spent since the run first started, by A2E's balance (None before it is read)
    stopped: str | None = None  # why this run stopped starting jobs before the end (Ctrl-C, credits), if it did
    adopted: int = 0  # creates whose answer was lost, found by their name and kept (never sent twice)
    report_csv: Path | None = None
    report_json: Path | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def complete(self) -> bool:
        """Every job saved or failed."""
        return self.counts.get("saved", 0) + self.counts.get("failed", 0) == self.total

    def summary(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "total": self.total,
            **self.counts,
            "spent": self.spent,
            "stopped": self.stopped,
            "adopted": self.adopted,
            "complete": self.complete,
        }


@dataclass(frozen=True)
class DryRun:
    """What a run would send: charged calls by operation, free ones, and files to upload (each a charged
    presign call, for API keys)."""

    jobs: int
    charged: dict[str, int] = field(default_factory=dict)
    free: dict[str, int] = field(default_factory=dict)
    uploads: int = 0


def dry_run(jobs: list[Job], journal: Journal | None = None) -> DryRun:
    """The calls `jobs` would make; with the `journal` of a run already started, only those still to make."""
    left = {row.id: row for row in journal.rows("queued", "creating")} if journal is not None else None
    charged: Counter[str] = Counter()
    free: Counter[str] = Counter()
    files: set[str] = set()
    todo = [job for job in jobs if left is None or job.id in left]
    for job in todo:
        calls = [SPEECH_OP, VIDEO_OP] if job.operation == PIPELINE else [job.operation]
        if job.operation == PIPELINE and left is not None and left[job.id].speech_url:
            calls = [VIDEO_OP]
        for op_id in calls:
            (charged if OPERATIONS[op_id]["charged"] else free)[op_id] += 1
        for wire in job.uploads:
            if journal is None or journal.upload_url(str(job.params[wire])) is None:
                files.add(str(job.params[wire]))
    return DryRun(len(todo), dict(charged), dict(free), len(files))


def job_row(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "line": row.line,
        "operation": row.operation,
        "state": row.state,
        "task_id": row.task_id,
        "name": row.name,
        "result_url": row.results[0] if row.results else None,
        "result_urls": row.results,
        "saved": row.saved,
        "error": row.error,
    }


def write_reports(journal: Journal, report: BatchReport) -> tuple[Path, Path]:
    """`report.csv` and `report.json`, each written to a temporary file a job at a time (however many jobs, the
    memory it takes stays that of one) and then renamed over the last."""
    csv_path, json_path = journal.folder / "report.csv", journal.folder / "report.json"
    with replacing(csv_path) as table, replacing(json_path) as document:
        writer = csv.DictWriter(table, COLUMNS, lineterminator="\n")
        writer.writeheader()
        summary = json.dumps({**report.summary(), "written_at": time.time()})
        document.write(f'{{"summary": {summary},\n "jobs": [')
        for n, row in enumerate(journal.each()):
            job = job_row(row)
            writer.writerow({**job, "result_urls": " ".join(job["result_urls"])})
            document.write(("\n  " if n == 0 else ",\n  ") + json.dumps(job))
        document.write("\n ]}\n")
    return csv_path, json_path


@contextmanager
def replacing(path: Path) -> Iterator[IO[str]]:
    """A text file written whole at a temporary name, then renamed to `path`; removed if writing fails."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
