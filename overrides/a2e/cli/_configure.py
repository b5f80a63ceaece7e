"""`a2e config set|get|list|unset`: the settings kept in the user's config file, a table per profile (`--profile`,
A2E_PROFILE, else default). The API key is shown by its last characters only."""

from __future__ import annotations

import argparse
import functools
import getpass
import sys
from typing import Any

from .._config import REGIONS
from . import _errors, _output, _parsing, _profiles, _results, _settings
from ._globals import Context

ABOUT = """The settings kept in the config file, by profile: $A2E_CONFIG_FILE, else config.toml in $XDG_CONFIG_HOME/a2e
(~/.config/a2e; %APPDATA%\\a2e on Windows), written readable by you alone. A flag beats the environment (A2E_API_KEY,
A2E_BASE_URL, A2E_REGION), which beats the profile.

settings:
  api_key       the API key (Account > API Token in A2E); `a2e config set api_key -` reads it from stdin
  base_url      A2E's base URL (https://, or http:// to this machine)
  region        {regions}
  timeout       seconds per request
  max_retries   retries of a failed read"""


def config_parser(parser: argparse.ArgumentParser) -> None:
    parser.description = ABOUT.format(regions=" or ".join(REGIONS))
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    actions = _parsing.subcommands(parser, title="actions", dest="action", metavar="ACTION")
    actions.add_lazy("set", set_parser, help="store a setting in the profile")
    actions.add_lazy("get", get_parser, help="print a setting of the profile")
    actions.add_lazy("list", list_parser, help="print the settings of every profile (of one with --profile)")
    actions.add_lazy("unset", unset_parser, help="remove a setting from the profile")
    parser.set_defaults(handler=functools.partial(_parsing.needs_method, parser))


def add_key(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("key", choices=list(_profiles.SETTINGS), metavar="KEY", help=", ".join(_profiles.SETTINGS))


def set_parser(parser: argparse.ArgumentParser) -> None:
    add_key(parser)
    parser.add_argument("value", metavar="VALUE", help="the value; - reads it from stdin (keeps a key out of history)")
    parser.set_defaults(handler=set_setting)


def get_parser(parser: argparse.ArgumentParser) -> None:
    add_key(parser)
    parser.set_defaults(handler=get_setting)


def list_parser(parser: argparse.ArgumentParser) -> None:
    _results.add_options(parser, listing=True)
    parser.set_defaults(handler=list_settings)


def unset_parser(parser: argparse.ArgumentParser) -> None:
    add_key(parser)
    parser.set_defaults(handler=unset_setting)


def set_setting(ctx: Context, args: argparse.Namespace) -> int:
    text = read_value(args.value)
    try:
        value = _profiles.SETTINGS[args.key](text)
    except ValueError as problem:
        raise _errors.UsageError(f"{args.key}: {problem}", hint="`a2e config --help` describes the settings") from None
    path = _profiles.config_path()
    tables = _profiles.read(path)
    tables.setdefault(ctx.profile, {})[args.key] = value
    _profiles.save(path, tables)
    ctx.messages.info(f"{args.key} = {_settings.shown(args.key, value)} in profile {ctx.profile!r} of {path}")
    return _output.OK


def read_value(given: str) -> str:
    """VALUE itself, or for `-` a line of stdin: asked for without echo on a terminal, so a key is never shown."""
    if given != "-":
        return given
    if sys.stdin.isatty():
        return getpass.getpass("value (not shown): ")
    return sys.stdin.readline().strip()


def get_setting(ctx: Context, args: argparse.Namespace) -> int:
    path = _profiles.config_path()
    values = _profiles.read(path).get(ctx.profile, {})
    if args.key not in values:
        raise _errors.UsageError(
            f"no {args.key} in profile {ctx.profile!r} of {path}", hint=f"set it: a2e config set {args.key} VALUE"
        )
    print(_settings.shown(args.key, values[args.key]), flush=True)
    return _output.OK


def list_settings(ctx: Context, args: argparse.Namespace) -> int:
    tables = _profiles.read(_profiles.config_path())
    if ctx.profile_chosen:
        tables = {ctx.profile: tables.get(ctx.profile, {})}
    shown: dict[str, dict[str, Any]] = {
        name: {key: masked(key, value) for key, value in values.items()} for name, values in tables.items()
    }
    rows = [
        {"profile": name, "key": key, "value": value} for name, values in shown.items() for key, value in values.items()
    ]
    _results.show(shown, args, table=rows)
    return _output.OK


def masked(key: str, value: Any) -> Any:
    return _settings.masked(str(value)) if key == "api_key" else value


def unset_setting(ctx: Context, args: argparse.Namespace) -> int:
    path = _profiles.config_path()
    tables = _profiles.read(path)
    if tables.get(ctx.profile, {}).pop(args.key, None) is None:
        ctx.messages.info(f"{args.key} was not set in profile {ctx.profile!r} of {path}")
        return _output.OK
    _profiles.save(path, tables)
    ctx.messages.info(f"{args.key} removed from profile {ctx.profile!r} of {path}")
    return _output.OK
