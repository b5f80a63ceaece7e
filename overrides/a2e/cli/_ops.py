"""`a2e GROUP METHOD [--field VALUE ...]`: every operation of the operation table (so every operation of the
spec) as a command, with the typed client's group and method names; `--wait` on the creates that have a wait."""

from __future__ import annotations

import argparse
import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from _a2e_api.operations import GROUP_OF, OPERATIONS
from _a2e_api.resources import GROUPS

from .._exceptions import UnexpectedResponseError, WaitTimeoutError
from .._operations import family_of, role_of, wait_of
from . import _errors, _fields, _globals, _output, _parsing, _progress, _results
from ._globals import Context

if TYPE_CHECKING:
    from _a2e_api.operations.types import Operation

    from .._sync_client import A2E

DEFAULT_WAIT_TIMEOUT = 600.0
DEFAULT_POLL_INTERVAL = 2.0


def group_operations(group: str) -> list[str]:
    return [op_id for op_id, owner in GROUP_OF.items() if owner == group]


@functools.cache
def create_wait(op_id: str) -> str | None:
    """The wait operation for a create: an operation of the same group and family whose `wait` is set."""
    op = OPERATIONS[op_id]
    if role_of(op) != "create":
        return None
    for other in group_operations(op["group"]):
        candidate = OPERATIONS[other]
        if candidate["wait"] and family_of(candidate) == family_of(op):
            return other
    return None


def command(op: Operation, method: str | None = None) -> str:
    return f"a2e {op['group']} {method or op['name']}"


def populate_group(parser: argparse.ArgumentParser, group: str) -> None:
    """The methods of a group, named as on the client: its operations, then its waits."""
    parser.description = f"{GROUPS.get(group, group)}: {len(group_operations(group))} operations of the A2E API."
    parser.epilog = f"`{parser.prog} METHOD --help` shows a method's fields; - and _ are alike in names."
    methods = _parsing.subcommands(parser, title="methods", dest="method", metavar="METHOD")
    for op_id in group_operations(group):
        op = OPERATIONS[op_id]
        flags = [word for word, on in (("charged", op["charged"]), ("deprecated", op["deprecated"])) if on]
        note = f" [{', '.join(flags)}]" if flags else ""
        methods.add_lazy(
            op["name"],
            functools.partial(populate_operation, op_id=op_id),
            formatter_class=argparse.RawDescriptionHelpFormatter,
            help=f"{op['summary']}{note}".replace("%", "%%"),
        )
    for op_id in group_operations(group):
        wait = OPERATIONS[op_id]["wait"]
        if wait:
            methods.add_lazy(
                wait["method"],
                functools.partial(populate_wait, op_id=op_id),
                help=f"wait for a task until it ends (polls {OPERATIONS[op_id]['name']})",
            )
    parser.set_defaults(handler=functools.partial(_parsing.needs_method, parser))


def describe(op_id: str, op: Operation, doc: _fields.MethodDoc) -> str:
    lines = [
        f"{op['summary']}.",
        "",
        f"  {op['method']} {op['path']}  (client.{op['group']}.{op['name']}, operation {op_id})",
    ]
    lines.append(f"  confidence: {op['confidence']} ({_fields.CONFIDENCE.get(op['confidence'], 'see the spec')})")
    if op["charged"]:
        lines.append("  charged: yes, it spends credits (never resent once it may have reached A2E)")
    else:
        lines.append("  charged: no")
    if op["deprecated"]:
        lines.append(f"  deprecated{': prefer ' + op['replaced_by'] if op['replaced_by'] else ''}")
    lines.extend(f"  rule: {rule}" for rule in rules(op))
    wait_op = create_wait(op_id)
    if wait_op:
        waiting = command(OPERATIONS[wait_op], wait_of(wait_op)["method"])
        lines.append(f"  --wait: then waits as `{waiting} ID` does and prints the task's final record")
    if doc.description:
        lines.extend(["", doc.description])
    return "\n".join(lines)


def rules(op: Operation) -> list[str]:
    """The spec's requirements beyond single fields, with the options' names."""

    def name(wire: str) -> str:
        return _fields.option(next((f["python"] for f in op["params"] if f["wire"] == wire), wire))

    found = []
    if op["one_of"]:
        found.append("pass " + " or ".join(" with ".join(name(w) for w in group) for group in op["one_of"]))
    for rule in op["rules"]:
        if "exclusive" in rule:
            found.append(" and ".join(name(w) for w in rule["exclusive"]) + " exclude each other")
        else:
            when = " and ".join(f"{name(w)} is {' or '.join(map(str, v))}" for w, v in rule["when"].items())
            found.append(" and ".join(name(w) for w in rule["require"]) + f" required when {when}")
    return found


def populate_operation(parser: argparse.ArgumentParser, op_id: str) -> None:
    op = OPERATIONS[op_id]
    doc = _fields.method_doc(op["group"], op["name"])
    parser.description = describe(op_id, op, doc)
    fields = parser.add_argument_group("fields (names as in the Python client; --json takes A2E's wire names)")
    for field in op["params"]:
        _fields.add_field(fields, field, doc.args.get(field["python"]))
    record = id_param(op)
    if record is not None:
        parser.add_argument("positional_id", nargs="?", metavar="ID", help=f"same as {_fields.option(record)}")
    calls = parser.add_argument_group("call")
    calls.add_argument(
        "--json",
        dest="body",
        type=_fields.to_object,
        metavar="BODY",
        help="the parameters as one JSON object with A2E's wire names, @FILE or - (stdin); "
        "options given as well replace its values",
    )
    wait_op = create_wait(op_id)
    if wait_op is not None:
        waits = parser.add_argument_group("waiting")
        waits.add_argument(
            "--wait",
            action="store_true",
            help="wait for the task to end, with progress on stderr; print its final record",
        )
        add_wait_options(waits, wait_op)
    _results.add_options(parser.add_argument_group("output"), listing=is_listing(op))
    parser.set_defaults(handler=run_operation, op_id=op_id, wait_op=wait_op)


def is_listing(op: Operation) -> bool:
    """Whether the operation answers with records: a list of them, or a page."""
    return op["pagination"] is not None or (op["data"] is not None and op["data"]["kind"] == "list")


def id_param(op: Operation) -> str | None:
    """The python name of the record id parameter, which may also be given as the first argument."""
    record_id = op["record_id"]
    if record_id is None:
        return None
    wire = record_id["wire"]
    return next((f["python"] for f in op["params"] if f["wire"] == wire), None)


def add_wait_options(group: argparse._ArgumentGroup, wait_op: str) -> None:
    _globals.add_wait_arguments(group, DEFAULT_WAIT_TIMEOUT, DEFAULT_POLL_INTERVAL, "the task goes on")
    wait = wait_of(wait_op)
    if "cancel" in wait:
        group.add_argument(
            "--cancel-on-timeout",
            action="store_true",
            help=f"on a timeout or Ctrl-C, also call {wait['cancel']} on the task",
        )
    group.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help="download the task's result files to PATH (a file, or a folder for several); implies --wait",
    )
    group.add_argument("--overwrite", action="store_true", help="replace files that exist at PATH")


def populate_wait(parser: argparse.ArgumentParser, op_id: str) -> None:
    op = OPERATIONS[op_id]
    parser.description = (
        f"Wait for a task of {op['group']} until it ends: polls {op['method']} {op['path']} "
        f"(client.{op['group']}.{wait_of(op_id)['method']}), shows progress on stderr and prints the final record."
    )
    parser.add_argument("task_id", metavar="ID", help="the task's id")
    add_wait_options(parser.add_argument_group("waiting"), op_id)
    _results.add_options(parser.add_argument_group("output"), listing=False)
    parser.set_defaults(handler=run_wait_method, op_id=op_id)


def run_operation(ctx: Context, args: argparse.Namespace) -> int:
    op_id: str = args.op_id
    op = OPERATIONS[op_id]
    params = _fields.wire_params(op, args, args.body)
    record_id = op["record_id"]
    if record_id is not None and id_param(op) is not None and args.positional_id is not None:
        wire = record_id["wire"]
        if params.get(wire, args.positional_id) != args.positional_id:
            raise _errors.UsageError(f"the id is given twice: {args.positional_id} and {params[wire]}")
        params[wire] = args.positional_id
    wait_op: str | None = args.wait_op
    waiting = wait_op is not None and (args.wait or args.output is not None)
    if waiting:
        _output.check_output(args.output, args.overwrite)
    with ctx.client() as client:
        result = client.call(op_id, **params)
        if not waiting or wait_op is None:
            _results.show(result, args)
            return _output.OK
        task_id = created_id(op_id, result)
        ctx.messages.info(f"{command(op)}: task {task_id}")
        final = wait(ctx, client, wait_op, task_id, args)
        _results.show(final, args)
        save_results(ctx, client, final, args)
    return _output.OK


def run_wait_method(ctx: Context, args: argparse.Namespace) -> int:
    _output.check_output(args.output, args.overwrite)
    with ctx.client() as client:
        final = wait(ctx, client, args.op_id, str(args.task_id), args)
        _results.show(final, args)
        save_results(ctx, client, final, args)
    return _output.OK


def created_id(op_id: str, result: Any) -> str:
    """The id of the task a create started, from its answer."""
    found = getattr(result, "id", None)
    if not isinstance(found, str):
        wire = _output.plain(result)
        found = next((wire[k] for k in ("_id", "id") if isinstance(wire, dict) and isinstance(wire.get(k), str)), None)
    if not isinstance(found, str) or not found:
        raise UnexpectedResponseError(f"{op_id}: the answer names no task id to wait for", operation=op_id)
    return found


def wait(ctx: Context, client: A2E, wait_op: str, task_id: str, args: argparse.Namespace) -> Any:
    """Poll the task until it ends, with progress on stderr; its final record."""
    op, method_name = OPERATIONS[wait_op], wait_of(wait_op)["method"]
    method = getattr(getattr(client, op["group"]), method_name)
    options: dict[str, Any] = {"timeout": args.wait_timeout, "poll_interval": args.poll_interval}
    if getattr(args, "cancel_on_timeout", False):
        options["cancel_on_timeout"] = True
    with _progress.display(ctx.messages.quiet) as shown:
        try:
            record = method(task_id, on_progress=shown.update, **options)
        except (WaitTimeoutError, KeyboardInterrupt) as stopped:
            if not options.get("cancel_on_timeout"):
                _errors.add_hint(stopped, f"the task goes on; wait again: {command(op, method_name)} {task_id}")
            raise
        shown.finish(task_id, "done")
    return record


def save_results(ctx: Context, client: A2E, record: Any, args: argparse.Namespace) -> list[Path]:
    """With `-o`, download the record's result files; their paths on stderr."""
    output: Path | None = args.output
    if output is None:
        return []
    urls = [str(url) for url in getattr(record, "result_urls", None) or []]
    if not urls:
        raise UnexpectedResponseError("the finished task names no result file to download")
    if len(urls) > 1:
        output.mkdir(parents=True, exist_ok=True)
    saved = [client.download(url, output, overwrite=args.overwrite) for url in urls]
    for path in saved:
        ctx.messages.info(f"saved {path}")
    return saved
