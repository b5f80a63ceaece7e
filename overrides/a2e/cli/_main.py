"""The top of the command: global options, the commands, and turning every outcome into an exit code."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from _a2e_api.operations import GROUP_OF
from _a2e_api.resources import GROUPS

from .._exceptions import A2EError
from .._version import __version__
from . import _batch, _completion, _configure, _globals, _output, _parsing, _results, _workflows
from ._errors import UsageError

ABOUT = """The A2E API from the command line: every operation of the API as `a2e GROUP METHOD`, and workflows.
Results are JSON on stdout (lists as a table on a terminal: --format; one field: --field PATH); messages, progress
and errors go to stderr (errors as one JSON object when stderr is no terminal, or with --json-errors)."""

WORKFLOWS = [
    ("say TEXT --avatar ID --voice ID", "speech, an avatar video of it, waited for and downloaded"),
    ("wait GROUP:ID ...", "wait for tasks of any groups; their outcomes as JSON"),
    ("batch run|status|retry-failed", "durable batch runs of a CSV or JSONL of jobs, resumable, each task made once"),
    ("upload FILE", "store a local file with A2E; prints its URL"),
    ("download URL [-o PATH]", "save a result file; prints its path"),
    ("credits", "the account's remaining coins"),
    ("voices", "the public TTS voices (their `value` is the voice id)"),
    ("avatars [METHOD]", "the avatars for videos; with a METHOD, the avatars group"),
    ("operations [GROUP]", "list the operations (--json for JSON)"),
    ("doctor", "check the key, base URL, reachability and credits; where each setting came from"),
    ("config set|get|list|unset", "the settings kept in the config file, by profile (--profile)"),
    ("completion bash|zsh|fish", "print a shell completion script"),
    ("mock [--port N]", "run the mock A2E server (needs the `mock` extra)"),
    ("spec-diff FILE", "compare openapi/a2e.yaml with A2E's published OpenAPI document"),
]

ENVIRONMENT = """settings (a flag beats the environment, which beats the config file's profile):
  A2E_API_KEY    the API key (Account > API Token in A2E); needed by every command that calls A2E
  A2E_BASE_URL   another base URL (such as the mock's); A2E_REGION global or china; A2E_LOG debug or info
  A2E_PROFILE    the profile of the config file (default: default); A2E_CONFIG_FILE the file (`a2e config --help`)"""


def overview() -> str:
    counts = Counter(GROUP_OF.values())
    rows = ["workflows:"]
    rows += [f"  {usage:<34} {text}" for usage, text in WORKFLOWS]
    rows += ["", "operation groups (`a2e GROUP --help` lists the methods, `a2e GROUP METHOD --help` the fields):"]
    rows += [f"  {group:<18} {title} ({counts[group]})" for group, title in GROUPS.items()]
    return ABOUT + "\n\n" + "\n".join(rows)


def build() -> argparse.ArgumentParser:
    """The top parser; each command's own parser is filled in only when the command line chooses it."""
    from . import _ops

    parser = _parsing.Parser(
        prog="a2e",
        description=overview(),
        epilog=ENVIRONMENT + "\n\n" + _output.EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"a2e {__version__}")
    _globals.add(parser)
    commands = _parsing.subcommands(parser, dest="command", metavar="COMMAND", help="a workflow or a group (above)")
    for name, populate in WORKFLOW_PARSERS.items():
        commands.add_lazy(name, populate)
    commands.passthrough["mock"] = _workflows.mock
    commands.passthrough["spec-diff"] = _workflows.spec_diff
    for group in GROUPS:
        if group not in commands.choices:
            commands.add_lazy(group, functools.partial(_ops.populate_group, group=group))
    return parser


# The workflow commands' parsers.


def wait_options(parser: argparse.ArgumentParser, timeout: float) -> None:
    _globals.add_wait_arguments(parser, timeout, 2.0, "tasks go on")


def say_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Speech from TEXT (client.tts.generate), an avatar video of it (client.videos.generate), "
        "a wait with progress on stderr, and the MP4 downloaded; prints the file's path."
    )
    parser.add_argument("text", metavar="TEXT", help="what the avatar says")
    parser.add_argument("--avatar", required=True, metavar="ID", help="the avatar's id (see: a2e avatars)")
    parser.add_argument("--voice", required=True, metavar="ID", help="the voice's id (see: a2e voices)")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("."),
        metavar="PATH",
        help="the MP4's path, or a folder for it (default: the current folder)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace a file that exists at PATH")
    parser.add_argument(
        "--anchor-type",
        type=int,
        choices=[0, 1],
        default=0,
        help="0 for one of A2E's avatars, 1 for your own (default 0)",
    )
    parser.add_argument("--title", help="the video's title")
    parser.add_argument("--resolution", type=int, metavar="N", help="720 or 1080 (A2E's default 1080)")
    parser.add_argument("--speech-rate", type=float, metavar="RATE", help="speaking speed; 1 is normal")
    wait_options(parser, 1800.0)
    parser.set_defaults(handler=_workflows.say)


def wait_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Wait for tasks of any groups at once (client.wait_many), with progress on stderr. "
        "Prints a JSON array of outcomes in the order given; the exit code is that of the first "
        "task that did not finish (3 failed, 4 still running, 1 an API error)."
    )
    parser.add_argument(
        "tasks",
        nargs="+",
        metavar="GROUP:ID",
        help="a task: its group (or its wait operation, such as wan_video_get_spicy) and id",
    )
    wait_options(parser, 600.0)
    _results.add_options(parser, listing=False)
    parser.set_defaults(handler=_workflows.wait_many)


def upload_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = "Store a local file with A2E (client.upload); prints its public URL."
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--content-type", metavar="TYPE", help="the file's media type (default: from its name)")
    parser.set_defaults(handler=_workflows.upload)


def download_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Save a result file (client.download: streamed, nothing left behind on failure, "
        "no API key sent); prints its path."
    )
    parser.add_argument("url", metavar="URL")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("."),
        metavar="PATH",
        help="a file, or a folder to save into (default: the current folder)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace a file that exists at PATH")
    parser.set_defaults(handler=_workflows.download)


def credits_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = "The account's remaining coins and diamonds (client.misc.remaining_coins()), as JSON."
    _results.add_options(parser, listing=False)
    parser.set_defaults(handler=_workflows.credits)


def voices_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "The public TTS voices (client.tts.list_voices()), as a JSON array with each voice's "
        "group; pass a voice's `value` to `a2e say --voice`."
    )
    parser.add_argument("--country", help="the language part of the locale, such as en")
    # Not `region`: that is A2E's region, a global option.
    parser.add_argument("--region", dest="voice_region", help="the region part of the locale, such as US")
    _results.add_options(parser, listing=True)
    parser.set_defaults(handler=_workflows.voices)


def operations_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = "The operations (a2e.operations()): command, HTTP method, path, confidence, charged."
    parser.add_argument("group", nargs="?", metavar="GROUP")
    parser.add_argument("--json", dest="output_format", action="store_const", const="json", help="--format json")
    _results.add_options(parser, listing=True)
    parser.set_defaults(handler=_workflows.operations, output_format="table")  # a table even on a pipe, as always


def doctor_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "The settings and where each came from (a flag, the environment or a profile; the key shown only by "
        "its last 4 characters and length), one cheap call for reachability and credits, and versions. "
        "Exit code 1 when A2E cannot be reached or refuses the key, 2 without a key."
    )
    parser.add_argument("--json", action="store_true", help="as a JSON object")
    _results.add_options(parser, listing=False)
    parser.set_defaults(handler=_workflows.doctor)


def avatars_parser(parser: argparse.ArgumentParser) -> None:
    """The avatars group's methods; with no METHOD, the avatars videos can use."""
    from ._ops import populate_group

    populate_group(parser, "avatars")
    parser.description = (
        f"{parser.description} With no METHOD: the avatars for videos (client.videos.list_avatars()), as a JSON array."
    )
    parser.add_argument("--type", help="with no METHOD: the kind of avatars to list (e.g. default, custom)")
    _results.add_options(parser, listing=True)
    parser.set_defaults(handler=_workflows.list_avatars)


def completion_parser(parser: argparse.ArgumentParser) -> None:
    _completion.completion_parser(parser, build)


WORKFLOW_PARSERS: Mapping[str, _parsing.Populate | None] = {
    "say": say_parser,
    "wait": wait_parser,
    "batch": _batch.batch_parser,
    "upload": upload_parser,
    "download": download_parser,
    "credits": credits_parser,
    "voices": voices_parser,
    "avatars": avatars_parser,
    "operations": operations_parser,
    "doctor": doctor_parser,
    "config": _configure.config_parser,
    "completion": completion_parser,
    "mock": None,  # the rest of the line goes to the mock's own parser
    "spec-diff": None,  # and to the spec diff's
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: sys.argv[1:]); return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    json_errors = _output.json_errors_wanted("--json-errors" in arguments)  # before parsing: parsing may fail
    try:
        return run(arguments, json_errors)
    except (KeyboardInterrupt, A2EError, UsageError) as error:
        return _output.report(error, json_errors)
    except BrokenPipeError:  # the reader of stdout went away (`| head`): nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _output.BROKEN_PIPE
    except OSError as error:
        return _output.report(error, json_errors)


def run(arguments: list[str], json_errors: bool) -> int:
    parser = build()
    try:
        args = parser.parse_args(arguments)
    except SystemExit as ended:  # --help or --version, already printed
        return ended.code if isinstance(ended.code, int) else _output.USAGE
    handler = getattr(args, "handler", None)
    if handler is None:
        _parsing.stderr_help(parser, "choose a COMMAND", full=False, shown=not json_errors)
    code: int = handler(_globals.Context(args), args)
    return code
