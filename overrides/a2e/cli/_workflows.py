"""The commands beyond single operations: say, wait, upload, download, credits, voices, avatars, operations,
doctor, and the mock server and spec diff, which hand the rest of the line to their own parsers."""

from __future__ import annotations

import argparse
import os
import platform
import sys
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
from . import _output, _progress
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
                stopped.add_note(f"the video task goes on; wait again: a2e videos wait {task.id}")
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
    _output.emit(
        [
            {
                "task": f"{outcome.kind}:{outcome.task_id}",
                "ok": outcome.error is None,
                "record": _output.plain(outcome.record),
                "result_urls": list(getattr(outcome.record, "result_urls", None) or []),
                "error": None if outcome.error is None else str(outcome.error),
                "error_type": None if outcome.error is None else type(outcome.error).__name__,
            }
            for outcome in outcomes
        ]
    )
    failed = [outcome.error for outcome in outcomes if outcome.error is not None]
    for error in failed:
        print(f"a2e: {_output.describe(error)}", file=sys.stderr)
    return _output.exit_code(failed[0]) if failed else _output.OK


def task_ref(text: str) -> tuple[str, str]:
    kind, sep, task_id = text.partition(":")
    if not sep or not kind or not task_id:
        raise _output.UsageError(f"expected GROUP:ID (such as videos:{'0' * 24}), got {text!r}")
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
        _output.emit(client.misc.remaining_coins())
    return _output.OK


def voices(ctx: Context, args: argparse.Namespace) -> int:
    """The public voices, one JSON object each, with the name of their group (`value` is the voice id)."""
    with ctx.client() as client:
        groups = client.tts.list_voices(country=args.country, region=args.region)
    flat = [{"group": group.label, **voice.to_dict()} for group in groups for voice in group.children or []]
    _output.emit(flat)
    return _output.OK


def list_avatars(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.client() as client:
        _output.emit(client.videos.list_avatars(type=args.type))
    return _output.OK


def operations(ctx: Context, args: argparse.Namespace) -> int:
    from _a2e_api.resources import GROUPS

    from .._listing import operations as listing

    group = args.group.replace("-", "_") if args.group else None
    if group is not None and group not in GROUPS:
        raise _output.UsageError(f"no group {args.group!r}; the groups are: {', '.join(GROUPS)}")
    found = listing(group)
    if args.json:
        _output.emit([info._asdict() for info in found])
        return _output.OK
    for info in found:
        name = "a2e " + info.method_name.replace(".", " ")
        flags = info.confidence + (", charged" if info.charged else "")
        print(f"{name:<44} {info.http_method:<6} {info.path}  [{flags}]")
    return _output.OK


def redacted(key: str) -> str:
    return f"{key[:3]}… ({len(key)} characters)"


def version_of(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def doctor(ctx: Context, args: argparse.Namespace) -> int:
    """The configuration, a cheap call to check reachability and the key, and versions."""
    from .. import __version__
    from .._config import REGIONS, resolve_base_url

    key = os.environ.get("A2E_API_KEY", "").strip()
    report: dict[str, Any] = {
        "a2e": __version__,
        "python": platform.python_version(),
        "httpx2": version_of("httpx2"),
        "platform": platform.platform(),
        "rich": version_of("rich"),
        "mock_extra": all(find_spec(name) is not None for name in ("starlette", "uvicorn", "pydantic")),
        "api_key": redacted(key) if key else None,
        "base_url": None,
        "base_url_from": None,
        "region": None,
        "reachable": None,
        "credits": None,
        "problem": None,
    }
    code = _output.OK
    try:
        base_url = resolve_base_url(ctx.base_url, ctx.region)
        report["base_url"] = base_url
        report["region"] = next((name for name, url in REGIONS.items() if url == base_url), "custom")
        report["base_url_from"] = setting_source(ctx)
        if not key:
            raise ConfigurationError("no API key: set A2E_API_KEY (Account > API Token in A2E)")
        with ctx.client() as client:
            started = time.perf_counter()
            try:
                coins = client.misc.remaining_coins(timeout=ctx.timeout or 10.0)
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
    except A2EError as problem:
        report["problem"] = _output.describe(problem)
        code = _output.exit_code(problem)
    if args.json:
        _output.emit(report)
    else:
        print(doctor_text(report))
    return code


def setting_source(ctx: Context) -> str:
    """Where the base URL came from, as the client resolves it."""
    if ctx.base_url is not None:
        return "--base-url"
    if ctx.region is not None:
        return "--region"
    if os.environ.get("A2E_BASE_URL"):
        return "A2E_BASE_URL"
    if os.environ.get("A2E_REGION"):
        return "A2E_REGION"
    return "the default region"


def doctor_text(report: dict[str, Any]) -> str:
    if report["reachable"] is None:
        reach = "not checked"
    elif report["reachable"]:
        reach = f"yes (answered in {report['seconds'] * 1000:.0f} ms)"
    else:
        reach = f"no (gave up after {report['seconds']:.1f} s)"
    coins = report["credits"]
    lines = [
        f"a2e        {report['a2e']} (Python {report['python']}, httpx2 {report['httpx2']}, {report['platform']})",
        f"extras     cli: {'rich ' + report['rich'] if report['rich'] else 'not installed'}; "
        f"mock: {'installed' if report['mock_extra'] else 'not installed'}",
        f"API key    {report['api_key'] + ', from A2E_API_KEY' if report['api_key'] else 'missing (set A2E_API_KEY)'}",
        f"base URL   {report['base_url'] or '?'} (region {report['region'] or '?'}, from {report['base_url_from']})",
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


def mock(ctx: Context, args: argparse.Namespace) -> int:
    """`python -m a2e.mock` with the rest of the line; needs the `mock` extra."""
    try:
        from ..mock.__main__ import main as mock_main
    except ModuleNotFoundError as missing:
        raise _output.UsageError(
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
