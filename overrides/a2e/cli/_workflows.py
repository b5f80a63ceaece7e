"""The commands beyond single operations: say, wait, upload, download, credits, voices, avatars, operations,
doctor, and the mock server and spec diff, which hand the rest of the line to their own parsers."""

from __future__ import annotations

import argparse
import platform
import time
from importlib import metadata
from importlib.util import find_spec
from typing import Any

from .._exceptions import (
    A2EError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    ConfigurationError,
    WaitTimeoutError,
)
from . import _errors, _output, _profiles, _progress, _results, _settings
from ._globals import Context


def say(ctx: Context, args: argparse.Namespace) -> int:
    """Text to speech, an avatar video of it, a wait with progress, and the MP4 downloaded; prints its path."""
    _output.check_output(args.output, args.overwrite)
    with ctx.client() as client:
        audio = client.tts.generate(msg=args.text, tts_id=args.voice, speech_rate=args.speech_rate)
        ctx.messages.info(f"speech: {audio}")
        task = client.videos.generate(
            anchor_id=args.avatar,
            anchor_type=args.anchor_type,
            audio_src=audio,
            title=args.title,
            resolution=args.resolution,
        )
        ctx.messages.info(f"video task: {task.id}")
        with _progress.display(ctx.messages.quiet) as shown:
            try:
                record = client.videos.wait(
                    task.id, timeout=args.wait_timeout, poll_interval=args.poll_interval, on_progress=shown.update
                )
            except (WaitTimeoutError, KeyboardInterrupt) as stopped:
                _errors.add_hint(stopped, f"the video task goes on; wait again: a2e videos wait {task.id}")
                raise
            shown.finish(task.id, "done")
        path = client.download(record.result, args.output, overwrite=args.overwrite)
    print(path, flush=True)
    return _output.OK


def wait_many(ctx: Context, args: argparse.Namespace) -> int:
    """Wait for tasks of any families; a JSON array of outcomes, in the order given."""
    tasks = [task_ref(text) for text in args.tasks]
    with ctx.client() as client, _progress.display(ctx.messages.quiet) as shown:
        outcomes = client.wait_many(
            tasks, timeout=args.wait_timeout, poll_interval=args.poll_interval, on_progress=shown.update
        )
        for outcome in outcomes:
            shown.finish(outcome.task_id, "done" if outcome.error is None else type(outcome.error).__name__)
    rows = [outcome_row(outcome.kind, outcome.task_id, outcome.record, outcome.error) for outcome in outcomes]
    _results.show(rows, args)
    failed = [outcome.error for outcome in outcomes if outcome.error is not None]
    for error in failed:
        _output.show_error(error, ctx.json_errors)
    return _output.exit_code(failed[0]) if failed else _output.OK


def outcome_row(kind: str, task_id: str, record: Any, error: A2EError | None) -> dict[str, Any]:
    """A task's outcome as `a2e wait` prints it; a task still running says how to wait for it again."""
    if isinstance(error, WaitTimeoutError):
        _errors.add_hint(error, f"the task goes on; wait again: a2e wait {kind}:{task_id}")
    return {
        "task": f"{kind}:{task_id}",
        "ok": error is None,
        "record": _output.plain(record),
        "result_urls": list(getattr(record, "result_urls", None) or []),
        "error": None if error is None else _errors.explain(error).message,
        "error_type": None if error is None else type(error).__name__,
    }


def task_ref(text: str) -> tuple[str, str]:
    kind, sep, task_id = text.partition(":")
    if not sep or not kind or not task_id:
        raise _errors.UsageError(f"expected GROUP:ID (such as videos:{'0' * 24}), got {text!r}")
    return kind.replace("-", "_"), task_id


def upload(ctx: Context, args: argparse.Namespace) -> int:
    """Store a local file with A2E; prints its public URL."""
    shown = _progress.Transfer(f"uploading {args.file.name}", ctx.messages.quiet)
    try:
        with ctx.client() as client:
            url = client.upload(args.file, content_type=args.content_type, on_progress=shown)
    finally:
        shown.close()
    print(url, flush=True)
    return _output.OK


def download(ctx: Context, args: argparse.Namespace) -> int:
    """Save a result file (no API key is sent, nor needed); prints its path."""
    with ctx.client(key_needed=False) as client:
        path = client.download(args.url, args.output, overwrite=args.overwrite)
    print(path, flush=True)
    return _output.OK


def credits(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.client() as client:
        _results.show(client.misc.remaining_coins(), args)
    return _output.OK


def voices(ctx: Context, args: argparse.Namespace) -> int:
    """The public voices, one JSON object each, with the name of their group (`value` is the voice id)."""
    with ctx.client() as client:
        groups = client.tts.list_voices(country=args.country, region=args.voice_region)
    flat = [{"group": group.label, **voice.to_dict()} for group in groups for voice in group.children or []]
    _results.show(flat, args, table=[{"id": voice["value"], "name": voice["label"]} for voice in flat])
    return _output.OK


def list_avatars(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.client() as client:
        _results.show(client.videos.list_avatars(type=args.type), args)
    return _output.OK


def operations(ctx: Context, args: argparse.Namespace) -> int:
    from _a2e_api.resources import GROUPS

    from .._listing import operations as listing

    group = args.group.replace("-", "_") if args.group else None
    if group is not None and group not in GROUPS:
        raise _errors.UsageError(f"no group {args.group!r}; the groups are: {', '.join(GROUPS)}")
    found = listing(group)
    rows = [
        {
            "command": "a2e " + info.method_name.replace(".", " "),
            "http": info.http_method,
            "path": info.path,
            "confidence": info.confidence + (", charged" if info.charged else ""),
        }
        for info in found
    ]
    _results.show([info._asdict() for info in found], args, table=rows)
    return _output.OK


def version_of(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def doctor(ctx: Context, args: argparse.Namespace) -> int:
    """The settings and where they came from, a cheap call to check reachability and the key, and versions."""
    report = versions()
    code = _output.OK
    try:
        read_settings(ctx, report)
        check_reachable(ctx, report)
    except A2EError as problem:
        report["problem"] = _output.describe(problem)
        code = _output.exit_code(problem)
    if args.json or args.pick:
        _results.show(report, args)
    else:
        print(doctor_text(report))
    return code


def versions() -> dict[str, Any]:
    """The report's versions, and its other fields not known yet."""
    from .. import __version__

    report: dict[str, Any] = {
        "a2e": __version__,
        "python": platform.python_version(),
        "httpx2": version_of("httpx2"),
        "platform": platform.platform(),
        "rich": version_of("rich"),
        "mock_extra": all(find_spec(name) is not None for name in ("starlette", "uvicorn", "pydantic")),
        "config_file": str(_profiles.config_path()),
    }
    fields = ("profile", "base_url", "region", "reachable", "credits", "problem", "seconds")
    return report | dict.fromkeys(fields) | {f"{name}{end}": None for name in _settings.NAMES for end in ("", "_from")}


def read_settings(ctx: Context, report: dict[str, Any]) -> None:
    """Each setting and its source into `report` (the key masked); a ConfigurationError without a key."""
    from .._config import REGIONS, key_problem, resolve_base_url
    from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT

    report["profile"] = ctx.profile
    for name, setting in ctx.settings.items():
        report[name], report[f"{name}_from"] = setting.value, setting.source
    report["timeout"] = ctx.value("timeout") or DEFAULT_TIMEOUT.read
    report["max_retries"] = ctx.value("max_retries") if ctx.value("max_retries") is not None else DEFAULT_MAX_RETRIES
    base_url = report["base_url"] = resolve_base_url(ctx.value("base_url"), ctx.value("region"))
    report["region"] = next((name for name, url in REGIONS.items() if url == base_url), "custom")
    report["base_url_from"] = report["base_url_from"] or report["region_from"] or "the default region"
    key = ctx.value("api_key")
    report["api_key"] = _settings.masked(key) if key else None
    if not key:
        raise ConfigurationError(key_problem("") or "no API key")


def check_reachable(ctx: Context, report: dict[str, Any]) -> None:
    """One cheap call: whether A2E answers, how fast, and the account's credits."""
    with ctx.client() as client:
        started = time.perf_counter()
        try:
            coins = client.misc.remaining_coins(timeout=ctx.value("timeout") or 10.0)
            report["reachable"] = True
            report["credits"] = coins.to_dict()
        except APIConnectionError:
            report["reachable"] = False
            raise
        except APIError as refused:
            report["reachable"] = True  # it answered, with an error
            if isinstance(refused, AuthenticationError):
                refused.add_note("the API key was refused")
            raise
        finally:
            report["seconds"] = round(time.perf_counter() - started, 3)


def doctor_text(report: dict[str, Any]) -> str:
    if report["reachable"] is None:
        reach = "not checked"
    elif report["reachable"]:
        reach = f"yes (answered in {report['seconds'] * 1000:.0f} ms)"
    else:
        reach = f"no (gave up after {report['seconds']:.1f} s)"
    coins = report["credits"]
    key = f"{report['api_key']}, from {report['api_key_from']}" if report["api_key"] else "missing (see status)"
    lines = [
        f"a2e        {report['a2e']} (Python {report['python']}, httpx2 {report['httpx2']}, {report['platform']})",
        f"extras     cli: {'rich ' + report['rich'] if report['rich'] else 'not installed'}; "
        f"mock: {'installed' if report['mock_extra'] else 'not installed'}",
        f"config     {report['config_file']} (profile {report['profile'] or '?'})",
        f"API key    {key}",
        f"base URL   {report['base_url'] or '?'} (region {report['region'] or '?'}, from {report['base_url_from']})",
        f"timeout    {report['timeout'] or '?'} s{origin(report['timeout_from'])}",
        f"retries    {report['max_retries'] if report['max_retries'] is not None else '?'}"
        f"{origin(report['max_retries_from'])}",
        f"reachable  {reach}",
        "credits    "
        + (
            ", ".join(f"{v:g} {k}" if isinstance(v, (int, float)) else f"{v} {k}" for k, v in coins.items())
            if coins
            else "?"
        ),
    ]
    lines.append(f"status     {'problem: ' + report['problem'] if report['problem'] else 'ok'}")
    return "\n".join(lines)


def origin(source: str | None) -> str:
    return f", from {source}" if source else " (the default)"


def mock(ctx: Context, args: argparse.Namespace) -> int:
    """`python -m a2e.mock` with the rest of the line; needs the `mock` extra."""
    try:
        from ..mock.__main__ import main as mock_main
    except ModuleNotFoundError as missing:
        raise _errors.UsageError(
            f"a2e mock needs {missing.name}, from the `mock` extra: pip install 'a2e[mock]'"
        ) from None
    try:
        mock_main(list(args.passthrough), prog="a2e mock")
    except SystemExit as ended:
        return ended.code if isinstance(ended.code, int) else _output.OK
    return _output.OK


def spec_diff(ctx: Context, args: argparse.Namespace) -> int:
    """`python -m a2e.spec_diff` with the rest of the line."""
    from ..spec_diff import main as diff_main

    return diff_main(list(args.passthrough))
