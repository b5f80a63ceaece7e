"""argparse pieces: one-line usage errors, and subcommands whose parsers are filled in only when chosen, so that
`a2e --help` does not build a parser for each of the API's operations."""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from . import _globals

Populate = Callable[[argparse.ArgumentParser], None]
Handler = Callable[..., int]

if TYPE_CHECKING:
    SubParsersAction = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # not subscriptable at run time
    SubParsersAction = argparse._SubParsersAction


class Parser(argparse.ArgumentParser):
    """A parser whose errors are one line on stderr (exit code 2), naming where to find help."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {shorter(message)} (see: {self.prog} --help)\n")


INVALID_CHOICE = re.compile(r"argument (\w+): invalid choice: '?(.*?)'? \(choose from (.*)\)$")


def shorter(message: str) -> str:
    """argparse's message for an unknown command or method, without the list of all of them."""
    match = INVALID_CHOICE.match(message)
    if match is None:
        return message
    what, name, listed = match.groups()
    choices = [choice.strip().strip("'") for choice in listed.split(",")]
    close = difflib.get_close_matches(name.replace("-", "_"), choices, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
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
        populate = self.populators.pop(name, None)
        chosen = names[name]
        if populate is not None:
            populate(chosen)
            _globals.add_late(chosen)
        for key, value in vars(chosen.parse_args(rest)).items():
            before = getattr(namespace, key, None)
            if key in _globals.APPENDED and isinstance(before, list) and isinstance(value, list):
                value = before + value
            setattr(namespace, key, value)


def subcommands(parser: argparse.ArgumentParser, **kwargs: Any) -> LazySubParsers:
    action = parser.add_subparsers(action=LazySubParsers, **kwargs)
    assert isinstance(action, LazySubParsers)
    return action


def stderr_help(parser: argparse.ArgumentParser, message: str, *, full: bool = True) -> int:
    """For a command that needs more: its help (or usage) and `message` on stderr, exit code 2."""
    if full:
        parser.print_help(sys.stderr)
        print(file=sys.stderr)
    else:
        parser.print_usage(sys.stderr)
    print(f"{parser.prog}: error: {message} (see: {parser.prog} --help)", file=sys.stderr)
    return 2
