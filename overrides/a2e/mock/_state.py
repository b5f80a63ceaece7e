"""What the mock A2E remembers, per API token: balances and tasks, and how tasks move through statuses."""

from __future__ import annotations

import dataclasses
import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from _a2e_api.operations import DIALECTS, RESULTS

if TYPE_CHECKING:
    from _a2e_api.operations.types import Result

    from ._recorded import MockRequest

VIDEO_DIALECT, TASK_DIALECT = DIALECTS["video"], DIALECTS["task"]  # terminal values, from the spec

START_COINS = 1000
PRICE = 10  # coins per charged create call (A2E's real prices vary by product and length)


def new_id() -> str:
    return secrets.token_hex(12)


def now_iso() -> str:
    now = datetime.now(UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


# A task moves one status step per this many seconds after it was created, whoever reads it or nobody: an avatar
# video of the default 4 process steps (8 steps) is done 2 s after its create, a task of another family (5 steps)
# after 1.25 s. That is quick enough for a demo and for tests that wait on a task, and slow enough that a test
# reading a task right after creating it still sees it running (each step lasts 250 ms, hundreds of loopback calls).
SECONDS_PER_STEP = 0.25


@dataclasses.dataclass
class MockConfig:
    """How fast tasks move: one status step per `seconds_per_step` since the task was created, whoever reads it
    (lists, batch reads, reads by id and webhooks alike), and also `steps_per_poll` per read by id or batch (a poll),
    whichever is further. `seconds_per_step=None` (or 0) leaves time out: tasks then move only when polled.

    `faults`, when set, is asked for each API call that carries no fault header, with its operation id: the fault
    spec it answers (as the `x-a2e-mock-fault` header takes, such as `lost` or `code=1001`) is played on that
    call, None leaves the call alone. A seeded random choice makes a whole pipeline meet faults as a busy A2E
    would send them. It is called on the server's thread."""

    process_steps: int = 4
    seconds_per_step: float | None = SECONDS_PER_STEP
    steps_per_poll: int = 1
    start_coins: float = START_COINS
    webhook_delay: float = 0.05  # seconds from a create with `webhook_url` to its task's end and webhook
    faults: Callable[[str], str | None] | None = None


@dataclasses.dataclass
class Webhook:
    """Where to report a task's end: one POST to `url`, with `token` in the X-A2e-Webhook-Token header."""

    url: str
    token: str | None
    family: str


def current_step(polls: int, created: float, config: MockConfig) -> int:
    """One step per poll, or one per `seconds_per_step` since creation when that is further."""
    if config.seconds_per_step:
        return max(polls, int((time.monotonic() - created) / config.seconds_per_step))
    return polls


class Steps:
    """A task that walks its `stages()`: where it stands is a function of the time since it was created and of
    the polls it has had (`current_step`), the same for every reader. `advance()` is a poll (a read by id or
    batch): one step more, then the record; `refresh()` is any other read (a list, a webhook): the record as the
    task stands now, without a step of its own; `finish()` walks to the end."""

    polls: int
    created: float

    def stages(self) -> list[Any]:
        raise NotImplementedError

    def show(self, stage: int, base_url: str, polled: bool) -> dict[str, Any]:
        """Bring the record to stage number `stage`; return it."""
        raise NotImplementedError

    def stage(self, config: MockConfig) -> int:
        return min(current_step(self.polls, self.created, config), len(self.stages()) - 1)

    def advance(self, config: MockConfig, base_url: str) -> dict[str, Any]:
        """A poll: `steps_per_poll` for this read (and those the time since creation gives); return the record."""
        self.polls += config.steps_per_poll
        return self.show(self.stage(config), base_url, polled=True)

    def refresh(self, config: MockConfig, base_url: str) -> dict[str, Any]:
        """The record as the task stands now (time moves it; this read does not); return it."""
        return self.show(self.stage(config), base_url, polled=False)

    def finish(self, config: MockConfig, base_url: str) -> dict[str, Any]:
        """Move to the last status with the same effects as enough polls; return the record."""
        self.polls = max(self.polls, len(self.stages()) - 1)
        return self.refresh(config, base_url)


@dataclasses.dataclass
class VideoJob(Steps):
    """An avatar-video task in status dialect A: init, start, pending, process 0..100, copy, success|fail."""

    record: dict[str, Any]
    fail: bool
    process_steps: int
    created: float = dataclasses.field(default_factory=time.monotonic)
    polls: int = 0
    webhook: Webhook | None = None
    shown: int = 0  # the stage the record shows

    @property
    def status(self) -> str:
        return str(self.record["status"])

    @property
    def finished(self) -> bool:
        return self.status in VIDEO_DIALECT["done"] + VIDEO_DIALECT["failed"]

    @property
    def failed(self) -> bool:
        return self.status in VIDEO_DIALECT["failed"]

    def stages(self) -> list[tuple[str, int]]:
        steps = [("init", 0), ("start", 0), ("pending", 0)]
        count = self.process_steps
        steps += [("process", round(100 * i / count)) for i in range(count if not self.fail else count // 2 + 1)]
        return steps + ([("fail", steps[-1][1])] if self.fail else [("copy", 100), ("success", 100)])

    def show(self, stage: int, base_url: str, polled: bool) -> dict[str, Any]:
        moved, self.shown = stage != self.shown, max(self.shown, stage)
        if not (moved or polled):
            return self.record
        status, progress = self.stages()[self.shown]
        self.record.update(status=status, process=progress, current_date=now_iso())
        self.record["diff_s"] = int(time.monotonic() - self.created)
        if status == "success":
            self.record["result"] = f"{base_url}/mock-assets/video-{self.record['_id']}.mp4"
        if status == "fail":
            self.record["msg"] = "rendering failed: no face found in the audio-driven frames (mock failure)"
        return self.record

    def restart(self) -> None:
        """Run again from `init`, this time to success."""
        self.fail, self.polls, self.created, self.shown = False, 0, time.monotonic(), 0
        self.record.update(status="init", process=0, result="", current_date=now_iso())
        self.record.pop("msg", None)


TERMINAL_B = tuple(TASK_DIALECT["done"] + TASK_DIALECT["failed"])
DEFAULT_RESULT: Result = {"fields": ["result_url"], "media": "video"}  # a family the spec's x-a2e-results leaves out
EXTENSIONS = {"image": "png", "video": "mp4", "audio": "mp3"}


@dataclasses.dataclass
class TaskJob(Steps):
    """A task in status dialect B: initialized, sent, pending, processing..., completed|failed."""

    family: str
    record: dict[str, Any]
    fail: bool
    process_steps: int
    created: float = dataclasses.field(default_factory=time.monotonic)
    polls: int = 0
    webhook: Webhook | None = None
    shown: int = 0  # the stage the record shows

    def stages(self) -> list[str]:
        running = ["initialized", "sent", "pending"] + ["processing"] * max(1, self.process_steps - 2)
        return running + ["failed" if self.fail else "completed"]

    @property
    def status(self) -> str:
        return str(self.record["current_status"])

    @property
    def finished(self) -> bool:
        return self.status in TERMINAL_B

    @property
    def failed(self) -> bool:
        return self.status in TASK_DIALECT["failed"]

    def show(self, stage: int, base_url: str, polled: bool) -> dict[str, Any]:
        if self.finished:
            return self.record  # an ended task stays as it ended
        moved, self.shown = stage != self.shown, max(self.shown, stage)
        if not (moved or polled):
            return self.record
        self.record["current_status"] = self.stages()[self.shown]
        self.record["updatedAt"] = now_iso()
        if self.record["current_status"] == "completed":
            self.complete(base_url)
        elif self.record["current_status"] == "failed":
            self.record.update(failed_message="the input could not be processed (mock failure)", failed_code="500")
            if self.family.startswith("face"):
                self.record.update(faild_message=self.record["failed_message"], error_code="500")
        return self.record

    def restart(self) -> None:
        """Run again from `initialized`, this time to completion."""
        self.fail, self.polls, self.created, self.shown = False, 0, time.monotonic(), 0
        self.record.update(current_status="initialized", failed_message=None, failed_code=None, updatedAt=now_iso())
        for key in ("faild_message", "error_code"):
            self.record.pop(key, None)

    def complete(self, base_url: str) -> None:
        """Fill the family's result fields (from the spec's `x-a2e-results`) with a file the mock serves."""
        task_id = self.record["_id"]
        result = RESULTS.get(self.family, DEFAULT_RESULT)
        url = f"{base_url}/mock-assets/{self.family}-{task_id}.{EXTENSIONS.get(result['media'], 'bin')}"
        special = {"image_urls": [url], "speaker_id": f"spk_{task_id}", "anchor_id": task_id[::-1]}
        for field in result["fields"]:
            self.record[field] = special.get(field, url)
        if self.family.startswith("face"):
            self.record["error_code"] = "0"


Job = VideoJob | TaskJob


@dataclasses.dataclass
class Account:
    coins: float
    diamonds: float = 0
    tasks: dict[str, dict[str, Job]] = dataclasses.field(default_factory=dict)  # family ("video", ...) -> id -> job
    items: dict[str, dict[str, dict[str, Any]]] = dataclasses.field(default_factory=dict)  # backgrounds, faces
    rooms: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)  # streaming channel -> room
    transactions: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    fault_counts: dict[str, int] = dataclasses.field(default_factory=dict)

    def family(self, name: str) -> dict[str, Job]:
        return self.tasks.setdefault(name, {})


class MockState:
    """All accounts, keyed by API token. Only the configured tokens are accepted."""

    def __init__(self, tokens: set[str], config: MockConfig | None = None) -> None:
        self.tokens: set[str] = set(tokens)
        self.config: MockConfig = config or MockConfig()
        self.accounts: dict[str, Account] = {}
        self.lock: threading.Lock = threading.Lock()
        # One entry per webhook the mock sent or skipped: url, event, task_id, family, status_code, error, skipped.
        self.webhook_log: list[dict[str, Any]] = []
        # Every HTTP request that reached the app, API call or file download (each also its (method, path)): tests
        # clear it.
        self.requests: list[MockRequest] = []
        # How often each result-file fault with `times=` was asked for, by "<path>?<spec>".
        self.asset_fault_counts: dict[str, int] = {}
        # Files stored through the mock storage host (`client.upload`): key -> (bytes, content type).
        self.uploads: dict[str, tuple[bytes, str]] = {}
        self.upload_fault_counts: dict[str, int] = {}

    def account(self, token: str) -> Account:
        with self.lock:
            if token not in self.accounts:
                self.accounts[token] = Account(coins=self.config.start_coins)
            return self.accounts[token]
