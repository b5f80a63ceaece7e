"""A batch run's journal: SQLite in WAL mode in the run's folder (`journal.sqlite3`), the true account of what was
asked of A2E. Each job moves through its states, each change committed before the next step:

    queued -> creating -> created (task id) -> done (result URLs) -> saved (file written)
                      \\-> failed (error)       \\-> failed

A job is marked `creating` (and that committed, with the disk synced) before its create is sent; so after a crash
at any instant a job is either known not to have been sent, or is `creating` and is looked up by its name before
anything is sent again. Other processes may read it while a run writes (`a2e batch status`).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .._exceptions import A2EError
from ._jobs import Job, name_limit

FILE = "journal.sqlite3"
LOCK = "journal.lock"
STATES: tuple[str, ...] = ("queued", "creating", "created", "done", "failed", "saved")
SCHEMA = """
CREATE TABLE IF NOT EXISTS run (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    line INTEGER NOT NULL,
    operation TEXT NOT NULL,
    params TEXT NOT NULL,
    output TEXT NOT NULL,
    uploads TEXT NOT NULL,
    state TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL,
    speech_url TEXT,
    task_id TEXT,
    results TEXT,
    saved TEXT,
    error TEXT,
    error_type TEXT,
    creating_at REAL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs (state, seq);
CREATE TABLE IF NOT EXISTS uploads (path TEXT PRIMARY KEY, url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS spending (at REAL NOT NULL, coins REAL NOT NULL);
"""


class JournalError(A2EError):
    """The run's folder holds no journal, another run's, or one this version cannot read."""


class Row:
    """A job as the journal holds it."""

    __slots__ = (
        "seq",
        "id",
        "line",
        "operation",
        "params",
        "output",
        "uploads",
        "state",
        "attempt",
        "name",
        "speech_url",
        "task_id",
        "results",
        "saved",
        "error",
        "error_type",
        "creating_at",
    )

    def __init__(self, values: sqlite3.Row) -> None:
        for key in self.__slots__:
            setattr(self, key, values[key])
        self.params: dict[str, Any] = json.loads(values["params"])
        self.uploads: list[str] = json.loads(values["uploads"])
        self.results: list[str] = json.loads(values["results"]) if values["results"] else []

    seq: int
    id: str
    line: int
    operation: str
    output: str
    state: str
    attempt: int
    name: str
    speech_url: str | None
    task_id: str | None
    saved: str | None
    error: str | None
    error_type: str | None
    creating_at: float | None


def task_name(tag: str, job_id: str, attempt: int, limit: int) -> str:
    """The name a job's create sends, at most `limit` characters: the job's id, the run's tag (so another run's
    task is never taken for it) and, from a retry on, the attempt (so the failed task is not taken for the new
    one). An id too long for the rest is cut and marked with a digest of the whole, so two ids never share one."""
    tail = f"-{tag}" + (f"-r{attempt}" if attempt > 1 else "")
    room = max(0, limit - len(tail))
    if len(job_id) > room:
        digest = hashlib.sha256(job_id.encode()).hexdigest()[:10]
        job_id = (job_id[: max(0, room - 11)] + "~" + digest)[-room:] if room else ""
    return f"{job_id}{tail}"


class Journal:
    """The journal of the run in `folder`; `Journal.create` starts one, `Journal.open` reads one."""

    def __init__(self, folder: Path, connection: sqlite3.Connection) -> None:
        self.folder: Path = folder
        self.db: sqlite3.Connection = connection
        self._tally: dict[str, int] | None = None  # jobs by state, while this process holds the run
        self.tag: str = self.get("tag") or ""

    @classmethod
    def connect(cls, folder: Path, *, readonly: bool = False) -> sqlite3.Connection:
        path = folder / FILE
        if readonly:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, isolation_level=None)
        else:
            db = sqlite3.connect(path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        db.row_factory = sqlite3.Row
        return db

    @classmethod
    def open(cls, folder: str | os.PathLike[str], *, readonly: bool = False) -> Journal:
        where = Path(folder)
        if not (where / FILE).is_file():
            raise JournalError(f"{where}: no batch run here (no {FILE}); start one with a jobs file")
        try:
            db = cls.connect(where, readonly=readonly)
            db.execute("SELECT count(*) FROM jobs").fetchone()
        except sqlite3.Error as exc:
            raise JournalError(f"{where / FILE}: not a batch journal this version can read ({exc})") from None
        return cls(where, db)

    @classmethod
    def create(cls, folder: str | os.PathLike[str], jobs: list[Job], fingerprint: str, source: str) -> Journal:
        """The journal for `jobs` in `folder`: a new one, or the one already there for the same jobs. A new one
        is written whole under a temporary name and then renamed into place, so no half-made journal is left."""
        where = Path(folder)
        if (where / FILE).is_file():
            journal = cls.open(where)
            if journal.get("fingerprint") != fingerprint:
                other = journal.get("source")
                journal.close()
                raise JournalError(
                    f"{where} holds a run of other jobs (from {other}); resume it with those jobs, "
                    "or give this run another folder"
                )
            return journal
        where.mkdir(parents=True, exist_ok=True)
        partial = where / f".{FILE}.{os.getpid()}.new"
        partial.unlink(missing_ok=True)
        try:
            db = sqlite3.connect(partial, isolation_level=None)
            try:
                fill(db, jobs, fingerprint, source)
            finally:
                db.close()
            os.replace(partial, where / FILE)
        finally:
            partial.unlink(missing_ok=True)
        return cls.open(where)

    def close(self) -> None:
        self.db.close()
        self.unlock()

    def lock(self) -> None:
        """Hold the folder for one run: a second process that tries is refused (it would send the same jobs)."""
        self._lock = hold(self.folder)
        self._tally = self.counts()

    def unlock(self) -> None:
        lock = getattr(self, "_lock", None)
        if lock is not None:
            lock.close()  # closing the descriptor releases the lock
            self._lock = None
        self._tally = None

    def get(self, key: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM run WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return None if row is None else str(row[0])

    def counts(self) -> dict[str, int]:
        """Jobs by state: kept up to date in memory by the process that holds the run (no other writes then),
        read from the table by any other."""
        if self._tally is not None:
            return dict(self._tally)
        found: dict[str, int] = dict.fromkeys(STATES, 0)
        for state, count in self.db.execute("SELECT state, count(*) FROM jobs GROUP BY state"):
            found[state] = count
        return found

    def moved(self, before: str, after: str) -> None:
        if self._tally is not None:
            self._tally[before] -= 1
            self._tally[after] += 1

    def rows(self, *states: str, limit: int | None = None) -> list[Row]:
        where = f" WHERE state IN ({', '.join('?' * len(states))})" if states else ""
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        return [Row(r) for r in self.db.execute(f"SELECT * FROM jobs{where} ORDER BY seq{tail}", states)]

    def each(self) -> Iterator[Row]:
        for values in self.db.execute("SELECT * FROM jobs ORDER BY seq"):
            yield Row(values)

    def mark_creating(self, rows: list[Row]) -> None:
        """Before their creates are sent: committed with the disk synced, so no power cut can lose it."""
        now = time.time()
        self.db.execute("PRAGMA synchronous=FULL")
        try:
            with transaction(self.db):
                self.db.executemany(
                    "UPDATE jobs SET state = 'creating', creating_at = ?, updated_at = ? WHERE seq = ?",
                    ((now, now, row.seq) for row in rows),
                )
        finally:
            self.db.execute("PRAGMA synchronous=NORMAL")
        for row in rows:
            self.moved(row.state, "creating")
            row.state, row.creating_at = "creating", now

    def update(self, row: Row, state: str, **values: Any) -> None:
        """Move `row` to `state`, setting the columns in `values` (a list is kept as JSON)."""
        values = {k: json.dumps(v) if isinstance(v, list) else v for k, v in values.items()}
        columns = ", ".join(f"{name} = ?" for name in values)
        with transaction(self.db):
            self.db.execute(
                f"UPDATE jobs SET state = ?, updated_at = ?{', ' if columns else ''}{columns} WHERE seq = ?",
                (state, time.time(), *values.values(), row.seq),
            )
        self.moved(row.state, state)
        row.state = state
        for name, value in values.items():
            setattr(row, name, json.loads(value) if name == "results" and value else value)

    def retry_failed(self) -> int:
        """Queue the failed jobs again, each with a new attempt number (so a new name); how many."""
        with transaction(self.db):
            failed = self.db.execute("SELECT seq, id, attempt FROM jobs WHERE state = 'failed'").fetchall()
            for seq, job_id, attempt in failed:
                self.db.execute(
                    "UPDATE jobs SET state = 'queued', attempt = ?, name = ?, task_id = NULL, results = NULL,"
                    " error = NULL, error_type = NULL, creating_at = NULL, updated_at = ? WHERE seq = ?",
                    (attempt + 1, self.name_for(seq, job_id, attempt + 1), time.time(), seq),
                )
        for _ in failed:
            self.moved("failed", "queued")
        return len(failed)

    def name_for(self, seq: int, job_id: str, attempt: int) -> str:
        operation = self.db.execute("SELECT operation FROM jobs WHERE seq = ?", (seq,)).fetchone()[0]
        return task_name(self.tag, job_id, attempt, name_limit(str(operation)))

    def upload_url(self, path: str) -> str | None:
        row = self.db.execute("SELECT url FROM uploads WHERE path = ?", (path,)).fetchone()
        return None if row is None else str(row[0])

    def uploaded(self, path: str, url: str) -> None:
        with transaction(self.db):
            self.db.execute("INSERT OR REPLACE INTO uploads VALUES (?, ?)", (path, url))

    def balance(self, coins: float) -> None:
        """A reading of the account's balance (the first is the run's start)."""
        with transaction(self.db):
            self.db.execute("INSERT INTO spending VALUES (?, ?)", (time.time(), coins))

    def spent(self) -> float | None:
        """Coins spent since the run's first balance reading, by its last one (None before the first)."""
        first = self.db.execute("SELECT coins FROM spending ORDER BY rowid LIMIT 1").fetchone()
        last = self.db.execute("SELECT coins FROM spending ORDER BY rowid DESC LIMIT 1").fetchone()
        return None if first is None else float(first[0]) - float(last[0])


def hold(folder: Path) -> Any:
    """An exclusive lock on `folder`'s `journal.lock`, held while the file stays open; JournalError if another
    process holds it. (Where the system has no `fcntl`, no lock is taken.)"""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    handle = (folder / LOCK).open("a")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise JournalError(
            f"{folder}: another process is running this batch now (it holds {LOCK}); wait for it or stop it, "
            f"`a2e batch status {folder}` shows where it stands"
        ) from None
    return handle


def running(folder: Path) -> bool:
    """Whether a process holds the folder's run lock now."""
    try:
        hold(folder).close()
    except JournalError:
        return True
    except OSError:
        return False
    return False


def fill(db: sqlite3.Connection, jobs: list[Job], fingerprint: str, source: str) -> None:
    """A new journal's tables, the run's facts and every job, queued."""
    now = time.time()
    tag = secrets.token_hex(4)
    db.executescript(SCHEMA)  # (executescript commits first: outside the transaction)
    with transaction(db):
        for key, value in (("fingerprint", fingerprint), ("source", source), ("tag", tag), ("started", now)):
            db.execute("INSERT INTO run VALUES (?, ?)", (key, str(value)))
        db.executemany(
            "INSERT INTO jobs (id, line, operation, params, output, uploads, state, name, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
            (
                (
                    j.id,
                    j.line,
                    j.operation,
                    json.dumps(j.params),
                    j.output,
                    json.dumps(list(j.uploads)),
                    task_name(tag, j.id, 1, name_limit(j.operation)),
                    now,
                )
                for j in jobs
            ),
        )


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One committed transaction (the connection is in autocommit mode between them)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
