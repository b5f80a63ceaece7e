"""argparse pieces: usage errors told like every other error, and subcommands whose parsers are filled in only
when chosen, so that `a2e --help` does not build a parser for each of the API's operations."""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from . import _globals
from ._errors import UsageError

Populate = Callable[[argparse.ArgumentParser], None]
Handler = Callable[..., int]

if TYPE_CHECKING:
    from ._globals import Context

    SubParsersAction = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # not subscriptable at run time
    SubParsersAction = argparse._SubParsersAction


class Parser(argparse.ArgumentParser):
    """A parser whose errors are UsageErrors (exit code 2), told like every other error, naming where to find help."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(shorter(message), hint=f"see: {self.prog} --help")


INVALID_CHOICE = re.compile(r"argument (\w+): invalid choice: '?(.*?)'? \(choose from (.*)\)$")


SHORT_LIST = 8  # choices named in full when there are no more (a setting, a shell), not a group's methods


def shorter(message: str) -> str:
    """argparse's message for an unknown choice, without a long list of all of them."""
    match = INVALID_CHOICE.match(message)
    if match is None:
        return message
    what, name, listed = match.groups()
    choices = [choice.strip().strip("'") for choice in listed.split(",")]
    close = difflib.get_close_matches(name.replace("-", "_"), choices, n=3, cutoff=0.6)
    if close:
        hint = f"; did you mean {' or '.join(close)}?"
    else:
        hint = f"; choose from {', '.join(choices)}" if len(choices) <= SHORT_LIST else ""
    return f"unknown {what.lower()} {name!r}{hint}"


class Names(dict[str, argparse.ArgumentParser]):
    """Subcommand names that also match with `-` for `_` and the reverse (`image-to-video`, `list_voices`)."""

    def canonical(self, name: object) -> Any:
        if not isinstance(name, str) or dict.__contains__(self, name):
            return name
        for variant in (name.replace("-", "_"), name.replace("_", "-")):
            if dict.__contains__(self, variant):
                return variant
        return name

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, self.canonical(name))


class LazySubParsers(SubParsersAction):
    """Subcommands whose parsers are filled in by a function when the command line chooses them; a chosen
    parser parses the rest of the line itself (so its errors name it). Commands in `passthrough` take the rest
    of the line unparsed, for another program's parser."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = Names()
        self.choices = self._name_parser_map
        self.populators: dict[str, Populate] = {}
        self.passthrough: dict[str, Handler] = {}

    def add_lazy(self, name: str, populate: Populate | None = None, **kwargs: Any) -> argparse.ArgumentParser:
        parser = self.add_parser(name, **kwargs)
        if populate is not None:
            self.populators[name] = populate
        return parser

    def filled(self, name: str) -> argparse.ArgumentParser:
        """The parser of subcommand `name`, filled in (once) with its arguments and the late global options."""
        populate = self.populators.pop(name, None)
        chosen = self._name_parser_map[name]
        if populate is not None:
            populate(chosen)
            _globals.add_late(chosen)
        return chosen

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        given = [values] if isinstance(values, str) else list(values or [])
        names = self._name_parser_map
        name = names.canonical(given[0]) if isinstance(names, Names) else given[0]
        rest = given[1:]
        if self.dest is not argparse.SUPPRESS:
            setattr(namespace, self.dest, name)
        if name in self.passthrough:
            namespace.handler = self.passthrough[name]
            namespace.passthrough = rest
            return
        chosen = self.filled(name)
        for key, value in vars(chosen.parse_args(rest)).items():
            before = getattr(namespace, key, None)
            if key in _globals.APPENDED and isinstance(before, list) and isinstance(value, list):
                value = before + value
            setattr(namespace, key, value)


def subcommands(parser: argparse.ArgumentParser, **kwargs: Any) -> LazySubParsers:
    action = parser.add_subparsers(action=LazySubParsers, **kwargs)
    assert isinstance(action, LazySubParsers)
    return action


def stderr_help(parser: argparse.ArgumentParser, message: str, *, full: bool, shown: bool) -> NoReturn:
    """For a command that needs more: its help (or usage) on stderr when `shown` (not for a script reading errors as
    JSON), then the usage error `message` (exit code 2)."""
    if shown and full:
        parser.print_help(sys.stderr)
        print(file=sys.stderr)
    elif shown:
        parser.print_usage(sys.stderr)
    raise UsageError(message, hint=f"see: {parser.prog} --help")


def needs_method(parser: argparse.ArgumentParser, ctx: Context, args: argparse.Namespace) -> int:
    """The handler of a command that has methods, when none was given."""
    stderr_help(parser, "choose a METHOD", full=True, shown=not ctx.json_errors)
