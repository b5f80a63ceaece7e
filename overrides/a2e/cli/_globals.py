"""The global options: before the command, and also after it (hidden in its help) where the command has no
field of the same name (`a2e tts list-voices --region US` is the voices' region); and the `Context` every command
gets, with the client they describe."""

from __future__ import annotations

import argparse
import functools
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._config import REGIONS
from .._sync_client import A2E

if TYPE_CHECKING:
    from .._async_client import AsyncA2E
from . import _errors, _output, _profiles, _settings

APPENDED = frozenset({"header"})  # given both before and after the command, these add up


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def add_wait_arguments(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup, timeout: float, poll_interval: float, goes_on: str
) -> None:
    """--wait-timeout and --poll-interval, for every command that waits (`goes_on`: what goes on after a timeout)."""
    parser.add_argument(
        "--wait-timeout",
        type=seconds,
        default=timeout,
        metavar="SECONDS",
        help=f"give up waiting after this long (exit code 4; {goes_on}; default %(default)g)",
    )
    parser.add_argument(
        "--poll-interval",
        type=seconds,
        default=poll_interval,
        metavar="SECONDS",
        help="seconds between status calls (default %(default)g)",
    )


def count(text: str, least: int = 0) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < least:
        raise argparse.ArgumentTypeError(f"expected {least} or more, got {text!r}")
    return value


def positive(text: str) -> int:
    return count(text, 1)


OPTIONS: list[tuple[tuple[str, ...], dict[str, object]]] = [
    (
        ("--api-key",),
        {
            "metavar": "KEY",
            "help": "the API key (default: A2E_API_KEY, else the profile's); other users may see a command line, "
            "so prefer those",
        },
    ),
    (
        ("--profile",),
        {"metavar": "NAME", "help": "the config file's profile to use (default: A2E_PROFILE, else default)"},
    ),
    (
        ("--base-url",),
        {"metavar": "URL", "help": "A2E's base URL (default: A2E_BASE_URL, else the profile's, else the region's)"},
    ),
    (
        ("--region",),
        {"choices": list(REGIONS), "help": "A2E's region (default: A2E_REGION, else the profile's, else global)"},
    ),
    (
        ("--timeout",),
        {"type": seconds, "metavar": "SECONDS", "help": "time limit of each request (default: the profile's, else 60)"},
    ),
    (
        ("--max-retries",),
        {"type": count, "metavar": "N", "help": "retries of a failed read (default: the profile's, else 2)"},
    ),
    (
        ("--header",),
        {"action": "append", "metavar": "NAME:VALUE", "help": "an HTTP header sent on every call to A2E (repeatable)"},
    ),
    (("-q", "--quiet"), {"action": "store_true", "help": "no progress or messages on stderr (errors stay)"}),
    (
        ("--json-errors",),
        {"action": "store_true", "help": "errors as one JSON object on stderr (the default when it is no terminal)"},
    ),
]


def add(parser: argparse.ArgumentParser) -> None:
    """The global options on the top parser, with their help."""
    group = parser.add_argument_group("global options (before the command, or after it where it has no such field)")
    for names, settings in OPTIONS:
        group.add_argument(*names, **settings)  # type: ignore[arg-type]


def add_late(parser: argparse.ArgumentParser) -> None:
    """The global options on a command's parser: not in its help, and unset unless given."""
    taken = set(parser._option_string_actions)
    for names, settings in OPTIONS:
        free = [name for name in names if name not in taken]
        if free:
            late = {**settings, "default": argparse.SUPPRESS, "help": argparse.SUPPRESS}
            parser.add_argument(*free, dest=names[-1].lstrip("-").replace("-", "_"), **late)  # type: ignore[arg-type]


class Context:
    """The global options, the settings they and the environment and the config file describe, and the client."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.given = {name: getattr(args, name) for name in _settings.NAMES}
        self.profile_chosen = bool(args.profile or os.environ.get("A2E_PROFILE", "").strip())
        self.profile = args.profile or os.environ.get("A2E_PROFILE", "").strip() or _profiles.DEFAULT
        self.headers = headers(args.header or [])
        self.messages = _output.Messages(bool(args.quiet))
        self.json_errors = _output.json_errors_wanted(bool(args.json_errors))

    @functools.cached_property
    def settings(self) -> dict[str, _settings.Setting]:
        """Each setting from its strongest source; the key is cut out of every message from now on."""
        profile = _profiles.load_profile(self.profile, _profiles.config_path(), chosen=self.profile_chosen)
        found = _settings.resolve(self.given, profile)
        _errors.keep_secret(found["api_key"].value if "api_key" in found else None)
        return found

    def value(self, name: str) -> Any:
        setting = self.settings.get(name)
        return setting.value if setting is not None else None

    def client(self, *, key_needed: bool = True) -> A2E:
        """A client with the settings; without `key_needed`, one that works without a key (downloads never send
        it)."""
        key, options = self.client_settings()
        return A2E(key if key is not None or key_needed else "unused", **options)

    def async_client(self) -> AsyncA2E:
        """An `AsyncA2E` with the settings, for the commands that run many calls at once (`batch`)."""
        from .._async_client import AsyncA2E

        key, options = self.client_settings()
        return AsyncA2E(key, **options)

    def client_settings(self) -> tuple[str | None, dict[str, Any]]:
        options: dict[str, Any] = {name: self.value(name) for name in ("base_url", "region", "timeout")}
        if self.value("max_retries") is not None:
            options["max_retries"] = self.value("max_retries")
        return self.value("api_key"), {"headers": self.headers, **options}


def headers(given: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in given:
        name, sep, value = text.partition(":")
        if not sep or not name.strip():
            raise _errors.UsageError(f"--header: expected NAME:VALUE, got {text!r}")
        found[name.strip()] = value.strip()
    return found
