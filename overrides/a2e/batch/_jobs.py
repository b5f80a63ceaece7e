"""The jobs of a batch, read from a CSV file (the talking-avatar pipeline: speech, then an avatar video) or a JSONL
file (any start operation), and checked whole before anything is sent: every bad row is listed with its line
number, and nothing is spent.

CSV columns: `text` (what the avatar says), `avatar` (the avatar's id), `voice` (the voice's id), `output` (the
file to write, relative to the run's folder), an optional `name`, and any others, usable as `{placeholders}` in a
text template (which then replaces `text`). JSONL: one object per line, `{"id": ..., "operation":
"image_to_video_start", "params": {...}, "output": "..."}`; `params` named as the typed method names them
(`image_url`) or as A2E does (`imageUrl`); a media URL parameter may be a local file (relative to the JSONL file's
folder), uploaded once per file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import string
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

from _a2e_api.operations import OPERATIONS
from _a2e_api.operations.indexes import FAMILIES, FAMILY_WAITS

from .. import _operations
from .._exceptions import A2EError, InvalidRequestError, did_you_mean, shown

PIPELINE = "talking_avatar"  # a CSV job: tts_generate, then videos_generate, waited for and saved
SPEECH_OP, VIDEO_OP = "tts_generate", "videos_generate"
CSV_COLUMNS = ("text", "avatar", "voice", "output")
NAME_LIMIT = 64  # characters of a task's name where its operation sets no limit of its own
RESERVED = ("journal.sqlite3", "journal.lock", "report.csv", "report.json")  # the run's own files in its folder
PLACEHOLDER_URL = "https://a2e.invalid/speech.mp3"  # stands for the speech's URL while a video job is checked


class JobsError(A2EError):
    """A jobs file with bad rows: `problems` lists each as (line, message); nothing was sent."""

    def __init__(self, source: str, problems: list[tuple[int, str]]) -> None:
        self.source: str = source
        self.problems: list[tuple[int, str]] = problems
        shown_rows = "\n".join(f"  line {line}: {message}" for line, message in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{source}: {len(problems)} bad row(s), nothing was sent:\n{shown_rows}{more}")

    def __reduce__(self) -> Any:
        return (type(self), (self.source, self.problems))


@dataclass(frozen=True)
class Job:
    """One job: `operation` is a start operation's id, or `talking_avatar` (speech, then a video); `params` are
    wire-named (a talking-avatar job's are `text`, `avatar`, `voice` and the video's options); `uploads` the
    wire names of media parameters that are local files."""

    id: str
    line: int
    operation: str
    params: dict[str, Any]
    output: str
    uploads: tuple[str, ...] = field(default=())

    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "line": self.line,
            "operation": self.operation,
            "params": json.dumps(self.params, sort_keys=True),
            "output": self.output,
            "uploads": json.dumps(list(self.uploads)),
        }


def load_jobs(
    path: str | os.PathLike[str],
    *,
    text_template: str | None = None,
    anchor_type: int = 0,
    resolution: int | None = None,
) -> list[Job]:
    """Read and check the jobs of `path` (`.csv` or `.jsonl`); `JobsError` lists every bad row."""
    source = Path(path)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise InvalidRequestError("batch", "jobs", f"jobs: cannot read {source}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JobsError(str(source), [(raw[: exc.start].count(b"\n") + 1, "not UTF-8 text")]) from None
    if source.suffix.lower() == ".csv":
        jobs, problems = csv_jobs(text, text_template, anchor_type, resolution)
    elif source.suffix.lower() in (".jsonl", ".ndjson"):
        if text_template is not None:
            raise InvalidRequestError("batch", "text_template", "text_template: only for CSV jobs")
        jobs, problems = jsonl_jobs(text, source.parent)
    else:
        raise InvalidRequestError("batch", "jobs", f"jobs: {source.name} is neither .csv nor .jsonl")
    problems += duplicates(jobs) + nested(jobs)
    if not jobs and not problems:
        problems.append((1, "no jobs"))
    if problems:
        raise JobsError(str(source), sorted(problems))
    return jobs


def check_jobs(jobs: list[Job], source: str = "jobs") -> list[Job]:
    """Jobs made in Python, checked as a file's are: every one a `Job`, ids and outputs unique, outputs inside
    the run's folder and clear of its own files."""
    problems: list[tuple[int, str]] = []
    for index, job in enumerate(jobs):
        if not isinstance(job, Job):
            problems.append((index + 1, f"expected an a2e.batch.Job, got {type(job).__name__}"))
        elif output_problem(job.output):
            problems.append((job.line, str(output_problem(job.output))))
    if problems:
        raise JobsError(source, problems)
    problems = duplicates(jobs) + nested(jobs)
    if problems or not jobs:
        raise JobsError(source, sorted(problems) or [(1, "no jobs")])
    return jobs


def name_limit(operation: str) -> int:
    """How long a task's name may be for `operation` (the spec's maxLength of its name field)."""
    op_id = VIDEO_OP if operation == PIPELINE else operation
    field = name_of(op_id)
    schema: dict[str, Any] = next((dict(f["schema"]) for f in OPERATIONS[op_id]["params"] if f["wire"] == field), {})
    limit = schema.get("maxLength")
    return int(limit) if isinstance(limit, int) else NAME_LIMIT


def fingerprint(jobs: list[Job]) -> str:
    """What identifies a list of jobs, so a run's folder is never resumed with other jobs."""
    digest = hashlib.sha256()
    for job in jobs:
        digest.update(json.dumps(job.to_row(), sort_keys=True).encode())
    return digest.hexdigest()


def csv_jobs(
    text: str, template: str | None, anchor_type: int, resolution: int | None
) -> tuple[list[Job], list[tuple[int, str]]]:
    reader = csv.DictReader(text.splitlines(keepends=True))
    columns = [name.strip() for name in reader.fieldnames or []]
    needed = [c for c in CSV_COLUMNS if not (c == "text" and template is not None)]
    missing = [c for c in needed if c not in columns]
    if missing:
        return [], [(1, f"the header lacks the column(s) {', '.join(missing)} (it has: {', '.join(columns)})")]
    if template is not None:
        unknown = [name for _, name, _, _ in string.Formatter().parse(template) if name and name not in columns]
        if unknown:
            return [], [(1, f"the text template names {{{unknown[0]}}}, which is not a column")]
    if anchor_type not in (0, 1):
        raise InvalidRequestError("batch", "anchor_type", f"anchor_type: 0 or 1, not {shown(anchor_type)}")
    jobs: list[Job] = []
    problems: list[tuple[int, str]] = []
    for row in reader:
        line = reader.line_num
        values = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
        if not any(values.values()):
            continue  # a blank line
        if None in row:
            problems.append((line, "more cells than the header has columns"))
            continue
        try:
            said = template.format(**values) if template is not None else values["text"]
        except (KeyError, IndexError, ValueError) as exc:
            problems.append((line, f"the text template cannot be filled: {exc}"))
            continue
        empty = [c for c in needed if not values[c]] + (["text"] if not said.strip() else [])
        if empty:
            problems.append((line, f"empty {', '.join(dict.fromkeys(empty))}"))
            continue
        job_id = values.get("name") or f"row-{line}"
        params = {"text": said, "avatar": values["avatar"], "voice": values["voice"], "anchor_type": anchor_type}
        if resolution is not None:
            params["resolution"] = resolution
        problem = output_problem(values["output"]) or pipeline_problem(params)
        if problem:
            problems.append((line, problem))
            continue
        jobs.append(Job(job_id, line, PIPELINE, params, values["output"]))
    return jobs, problems


def pipeline_problem(params: dict[str, Any]) -> str | None:
    """What A2E's operations would refuse in a talking-avatar job, in the CSV's terms."""
    try:
        _operations.prepare(SPEECH_OP, {"msg": params["text"], "tts_id": params["voice"]})
        _operations.prepare(VIDEO_OP, video_params(params, PLACEHOLDER_URL, "name"))
    except InvalidRequestError as refused:
        column = {"msg": "text", "tts_id": "voice", "anchor_id": "avatar"}.get(refused.wire or "", refused.wire)
        return f"{column}: {reason(refused)}" if column else reason(refused)
    return None


def video_params(params: dict[str, Any], audio_url: str, name: str) -> dict[str, Any]:
    """The wire-named arguments of a talking-avatar job's video."""
    video = {"anchor_id": params["avatar"], "anchor_type": params["anchor_type"], "audioSrc": audio_url, "title": name}
    if "resolution" in params:
        video["resolution"] = params["resolution"]
    return video


def jsonl_jobs(text: str, folder: Path) -> tuple[list[Job], list[tuple[int, str]]]:
    jobs: list[Job] = []
    problems: list[tuple[int, str]] = []
    for line, content in enumerate(text.splitlines(), start=1):
        if not content.strip():
            continue
        try:
            entry = json.loads(content)
        except json.JSONDecodeError as exc:
            problems.append((line, f"not JSON: {exc.msg}"))
            continue
        try:
            jobs.append(jsonl_job(entry, line, folder))
        except ValueError as exc:
            problems.append((line, str(exc)))
    return jobs, problems


def jsonl_job(entry: object, line: int, folder: Path) -> Job:
    if not isinstance(entry, dict):
        raise ValueError("expected an object with id, operation, params and output")
    extra = sorted(set(entry) - {"id", "operation", "params", "output"})
    if extra:
        raise ValueError(f"unknown key {extra[0]!r} (a job has id, operation, params and output)")
    job_id, op_id, params, output = (entry.get(k) for k in ("id", "operation", "params", "output"))
    if not isinstance(job_id, (str, int)) or isinstance(job_id, bool) or str(job_id) == "":
        raise ValueError("id: a non-empty string (or number) naming the job")
    if not isinstance(op_id, str):
        raise ValueError("operation: the start operation's id, such as image_to_video_start")
    problem = start_problem(op_id)
    if problem:
        raise ValueError(problem)
    if not isinstance(params, dict):
        raise ValueError("params: an object of the operation's arguments")
    if not isinstance(output, str) or output_problem(output):
        raise ValueError(output_problem(output) if isinstance(output, str) else "output: the file to write")
    wire, uploads = wire_params(op_id, params, folder)
    name_field = name_of(op_id)
    try:
        _operations.prepare(op_id, {**wire, name_field: "name", **{k: "https://a2e.invalid/file" for k in uploads}})
    except InvalidRequestError as refused:
        raise ValueError(f"params.{refused.field}: {reason(refused)}" if refused.field else reason(refused)) from None
    return Job(str(job_id), line, op_id, wire, output, tuple(uploads))


def start_problem(op_id: str) -> str | None:
    """Why an operation cannot be a batch job: it must start a task that is waited for, and send a name by which
    a create whose answer was lost is found in its family's list."""
    if op_id not in OPERATIONS:
        starts = [roles["create"] for roles in FAMILIES.values() if "create" in roles]
        return f"operation: {op_id!r} is no operation; " + did_you_mean(op_id, starts, "see `a2e operations`")
    op = OPERATIONS[op_id]
    family = _operations.family_of(op)
    if op["resource"] is None or op["resource"].get("role") != "create" or family is None:
        return f"operation: {op_id} starts no task (a batch job is a start operation, such as image_to_video_start)"
    if family not in FAMILY_WAITS:
        return f"operation: {op_id} has no wait for its task"
    if _operations.list_operation(op) is None or name_of(op_id) is None:
        return (
            f"operation: {op_id} sends no name that A2E lists, so a create whose answer was lost could not be "
            "found again: a batch cannot promise to start it once"
        )
    return None


def name_of(op_id: str) -> Any:
    """The wire name of the field a create names its task by (`name`, `title`), or None."""
    wires = _operations.wire_names(op_id)
    return next((name for name in _operations.NAME_FIELDS if name in wires), None)


def wire_params(op_id: str, params: dict[str, Any], folder: Path) -> tuple[dict[str, Any], list[str]]:
    """`params` by their wire names (Python names accepted too), and the media parameters given as local files
    (kept as paths relative to the jobs file's folder, resolved)."""
    fields = OPERATIONS[op_id]["params"]
    by_python = {f["python"]: f for f in fields}
    by_wire = {f["wire"]: f for f in fields}
    wire: dict[str, Any] = {}
    uploads: list[str] = []
    for key, value in params.items():
        spec = by_python.get(key) or by_wire.get(key)
        if spec is None:
            raise ValueError(f"params.{key}: {op_id} takes no such argument; " + did_you_mean(key, by_python, ""))
        if spec["wire"] == name_of(op_id):
            raise ValueError(f"params.{key}: the batch names each task itself (from the job's id)")
        if isinstance(value, str) and spec["schema"].get("format") == "uri" and "://" not in value:
            local = (folder / value).resolve()
            if not local.is_file():
                raise ValueError(f"params.{key}: neither a URL nor a file ({local} does not exist)")
            value = str(local)
            uploads.append(spec["wire"])
        wire[spec["wire"]] = value
    return wire, uploads


def reason(refused: InvalidRequestError) -> str:
    """The refusal without its operation's name in front."""
    text = str(refused)
    prefix = f"{refused.operation}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


def output_problem(output: str) -> str | None:
    path = PurePosixPath(output.replace("\\", "/"))
    if not output or output.endswith(("/", "\\")):
        return "output: the file to write, such as videos/alice.mp4"
    if path.is_absolute() or ".." in path.parts or PurePath(output).is_absolute():
        return f"output: {output!r} must stay inside the run's folder (a relative path without ..)"
    if any(part.startswith(".") for part in path.parts) or path.parts[0].startswith(RESERVED):
        return f"output: {output!r} is a name the run keeps for its own files (journal, reports, part files)"
    return None


def nested(jobs: list[Job]) -> list[tuple[int, str]]:
    """Outputs that another output needs as its folder."""
    folders: dict[str, int] = {}
    for job in jobs:
        parts = PurePosixPath(job.output.replace("\\", "/").lower()).parts
        for depth in range(1, len(parts)):
            folders.setdefault("/".join(parts[:depth]), job.line)
    problems: list[tuple[int, str]] = []
    for job in jobs:
        key = "/".join(PurePosixPath(job.output.replace("\\", "/").lower()).parts)
        if key in folders:
            problems.append((job.line, f"output {job.output!r} is the folder of another output (line {folders[key]})"))
    return problems


def duplicates(jobs: list[Job]) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    ids: dict[str, int] = {}
    outputs: dict[str, int] = {}
    for job in jobs:
        for seen, key, what in ((ids, job.id, "id"), (outputs, job.output.lower(), "output")):
            if key in seen:
                problems.append((job.line, f"{what} {key!r} again (first on line {seen[key]})"))
            seen.setdefault(key, job.line)
    return problems
