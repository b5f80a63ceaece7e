"""How a command prints its result: JSON (as every command always has on a pipe), a table of a list for people
(`--format`), or only the fields asked for (`--field`)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import _output, _select, _table

FORMATS = ("json", "table")


def add_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup, *, listing: bool) -> None:
    """`--field` for a command that prints a result; `--format` too when the result is a list."""
    parser.add_argument(
        "--field",
        dest="pick",
        action="append",
        metavar="PATH",
        help="print only this field of the result: a dotted path into its JSON (data._id, result_urls.0); "
        "a string bare, anything else as JSON; repeat it for several, one a line",
    )
    if listing:
        parser.add_argument(
            "--format",
            dest="output_format",
            choices=FORMATS,
            help="json, or table: aligned columns for people (default: table on a terminal, else json)",
        )


def show(value: Any, args: argparse.Namespace, *, table: Any = None) -> None:
    """Print a command's result as its options ask; `table` is what a table shows, when not the result itself."""
    data = _output.plain(value)
    paths: list[str] | None = getattr(args, "pick", None)
    if paths:
        picked = [_select.text(_select.pick(data, path)) for path in paths]  # every path first: all or nothing
        print("\n".join(picked), flush=True)
        return
    rows = _table.rows_of(_output.plain(table) if table is not None else data)
    if rows is not None and wants_table(args):
        if rows:
            print(_table.render(rows, _table.terminal_width()), flush=True)
        else:
            print("a2e: nothing to list", file=sys.stderr, flush=True)
        return
    _output.emit(data)


def wants_table(args: argparse.Namespace) -> bool:
    if not hasattr(args, "output_format"):
        return False
    given: str | None = args.output_format
    return given == "table" if given is not None else sys.stdout.isatty()
