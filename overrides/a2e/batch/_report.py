"""What a run leaves for people: `report.csv` and `report.json` in the run's folder (every job's outcome, task id,
result URLs, saved file and error), the summary a run or `status` answers, and a dry run's count of calls."""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    """`report.csv` and `report.json`, each written whole to a temporary file and then renamed over the last."""
    rows = [job_row(row) for row in journal.each()]
    text = io.StringIO()
    writer = csv.DictWriter(text, COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "result_urls": " ".join(row["result_urls"])})
    document = {"summary": {**report.summary(), "written_at": time.time()}, "jobs": rows}
    paths = journal.folder / "report.csv", journal.folder / "report.json"
    for path, content in zip(paths, (text.getvalue(), json.dumps(document, indent=1) + "\n"), strict=True):
        partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        partial.write_text(content, encoding="utf-8")
        os.replace(partial, path)
    return paths
