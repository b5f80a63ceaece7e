"""The user's config file: where it is, what each setting may hold, reading it (a warning when others can read
it) and writing it so that no one else can read it at any moment: a new file created 0600 from its first byte,
then renamed over the old one, in a folder created 0700."""

from __future__ import annotations

import math
import os
import secrets
import stat
import sys
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .._config import REGIONS, check_url, key_problem
from .._exceptions import ConfigurationError
from . import _errors, _toml

DEFAULT = "default"
Tables = dict[str, dict[str, Any]]


def config_path() -> Path:
    """$A2E_CONFIG_FILE, else config.toml in the platform's folder for settings (XDG_CONFIG_HOME, APPDATA)."""
    given = os.environ.get("A2E_CONFIG_FILE", "").strip()
    if given:
        return Path(given).expanduser()
    if os.name == "nt":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".config"  # a relative one is invalid by the spec
    return base / "a2e" / "config.toml"


# What each setting may hold: from the command line's text (`a2e config set`) or as the file holds it.


def api_key(given: object) -> str:
    if not isinstance(given, str) or not given.strip():
        raise ValueError("expected the key as text")
    problem = key_problem(given)
    if problem:
        raise ValueError(problem)
    return given.strip()


def base_url(given: object) -> str:
    if not isinstance(given, str):
        raise ValueError("expected a URL")
    try:
        return check_url(given.strip().rstrip("/"), what="base_url")
    except ConfigurationError as refused:
        raise ValueError(str(refused).partition(": ")[2]) from None


def region(given: object) -> str:
    if given not in REGIONS:
        raise ValueError(f"use one of {', '.join(REGIONS)}")
    return str(given)


def number(given: object, kind: type[int] | type[float]) -> int | float:
    text = given.strip() if isinstance(given, str) else None
    try:
        found = kind(text) if text is not None else given
    except ValueError:
        found = None
    if isinstance(found, bool) or not isinstance(found, (int, float)) or (kind is int and not isinstance(found, int)):
        raise ValueError(f"expected {'a whole number' if kind is int else 'a number'}, got {given!r}")
    return found


def timeout(given: object) -> float:
    seconds = float(number(given, float))
    if not 0 < seconds or not math.isfinite(seconds):
        raise ValueError("expected a positive number of seconds")
    return seconds


def max_retries(given: object) -> int:
    retries = int(number(given, int))
    if retries < 0:
        raise ValueError("expected 0 or more")
    return retries


SETTINGS: Mapping[str, Callable[[object], Any]] = {
    "api_key": api_key,
    "base_url": base_url,
    "region": region,
    "timeout": timeout,
    "max_retries": max_retries,
}


class Profile(NamedTuple):
    """A profile's settings, and where they come from (`profile 'work' in PATH`)."""

    name: str
    values: dict[str, Any]
    where: str


def load_profile(name: str, path: Path, *, chosen: bool) -> Profile:
    """Profile `name` of the file at `path`, checked; a profile chosen by name must exist."""
    tables = read(path)
    where = f"profile {name!r} in {path}"
    if name not in tables and chosen and name != DEFAULT:
        error = ConfigurationError(f"no profile {name!r} in {path}")
        _errors.add_hint(error, f"create it: a2e config set --profile {name} api_key -")
        raise error
    return Profile(name, checked(tables.get(name, {}), where), where)


def checked(values: Mapping[str, Any], where: str) -> dict[str, Any]:
    found = {}
    for key, given in values.items():
        if key not in SETTINGS:
            raise ConfigurationError(f"{where}: unknown setting {key!r} (the settings: {', '.join(SETTINGS)})")
        try:
            found[key] = SETTINGS[key](given)
        except ValueError as problem:
            raise ConfigurationError(f"{where}: {key}: {problem}") from None
    return found


def read(path: Path) -> Tables:
    """Every profile of the file (none when there is no file); a warning on stderr when others may read it."""
    try:
        with path.open("rb") as file:
            warn_if_shared(path, os.fstat(file.fileno()))
            content = file.read()
    except FileNotFoundError:
        return {}
    except OSError as failed:
        raise ConfigurationError(f"cannot read the config file {path}: {failed.strerror}") from None
    try:
        tables = tomllib.loads(content.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as broken:
        raise ConfigurationError(f"the config file {path} is not valid TOML: {broken}") from None
    if not all(isinstance(values, dict) for values in tables.values()):
        raise ConfigurationError(f"the config file {path} holds settings outside a [profile] table")
    return tables


WARNED: set[Path] = set()


def warn_if_shared(path: Path, status: os.stat_result) -> None:
    if os.name == "nt" or not status.st_mode & 0o077 or path in WARNED:
        return
    WARNED.add(path)
    mode = oct(stat.S_IMODE(status.st_mode))[2:]
    print(
        f"a2e: warning: other users may read or change {path} (mode {mode}), which can hold your API key; "
        f"fix it: chmod 600 {path}",
        file=sys.stderr,
        flush=True,
    )


def save(path: Path, tables: Mapping[str, Mapping[str, Any]]) -> None:
    """Write `tables` to `path` atomically; the file is the user's alone from its first byte."""
    text = _toml.dumps({name: values for name, values in tables.items() if values})
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
