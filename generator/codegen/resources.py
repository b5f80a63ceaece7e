"""`_a2e_api/resources/`: one module per tag with the typed methods of its group, and the containers that make
the groups attributes of the clients (`resources/__init__.py`) and of their raw views (`resources/raw/`)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import jinja2

from .docstrings import docstring, iter_docstring
from .models import wait_record
from .signatures import iter_params, iter_signature, return_annotation, session_signature, signature
from .spec import GENERATOR, SpecError, tag_groups
from .table import waits_by_family


def write_resources(spec: dict[str, Any], operations: list[dict[str, Any]], target: Path) -> None:
    env = environment()
    target.mkdir(parents=True)
    mark_followers(operations)
    groups = resource_groups(spec, operations)
    for group in groups:
        text = env.get_template("resource.py.jinja").render(group=group, models=group_models(group["ops"]))
        (target / f"{group['name']}.py").write_text(text, encoding="utf-8")
    template = env.get_template("resources_init.py.jinja")
    (target / "__init__.py").write_text(
        template.render(
            groups=groups,
            prefixes=["", "Async"],
            raw=False,
            tasks=task_typing(operations),
            calls=[(op["id"], return_annotation(op["data"])) for op in operations],
            call_models=group_models(operations),
        ),
        encoding="utf-8",
    )
    raw = template.render(groups=groups, prefixes=["Raw", "AsyncRaw"], raw=True)
    (target / "raw").mkdir()
    (target / "raw" / "__init__.py").write_text(raw, encoding="utf-8")  # imported only by `with_raw_response`


def environment() -> jinja2.Environment:
    """The templates in `generator/templates/`, with the filters that turn rows into Python."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(GENERATOR / "templates"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        docstring=docstring,
        signature=signature,
        returns=return_annotation,
        iter_params=iter_params,
        iter_signature=iter_signature,
        iter_docstring=iter_docstring,
        session_signature=session_signature,
    )
    env.filters["indent_doc"] = lambda text, n: textwrap.indent(text, " " * n).lstrip()
    return env


def resource_groups(spec: dict[str, Any], operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One group per tag that has operations, in the spec's tag order, with its class name and operations."""
    groups = []
    for tag, info in tag_groups(spec).items():
        ops = [op for op in operations if op["tag"] == tag]
        if not ops:
            continue
        cls = "".join(part.capitalize() for part in info["group"].split("_"))
        check_method_names(ops)
        groups.append({"name": info["group"], "class": cls, "tag": tag, "description": info["description"], "ops": ops})
    return groups


def group_models(ops: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(module, class) of every model a group's methods return or yield, for its imports."""
    models = {(op["data"]["module"], op["data"]["class"]) for op in ops if "class" in op["data"]}
    models |= {(op["page_item"]["module"], op["page_item"]["class"]) for op in ops if op["page_item"]}
    return sorted(models)


def family_waits(operations: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each family's wait operation (its row): the one the `FAMILY_WAITS` index names."""
    by_id = {op["id"]: op for op in operations}
    return {family: by_id[op_id] for family, op_id in waits_by_family(operations).items()}


def starts(operations: list[dict[str, Any]], waits: dict[str, dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """The start calls of families that have a wait, each with its family."""
    found = []
    for op in operations:
        family = (op["resource"] or {}).get("family")
        if (op["resource"] or {}).get("role") == "create" and family in waits:
            found.append((op, family))
    return found


def mark_followers(operations: list[dict[str, Any]]) -> None:
    """Give each start call the wait that follows its task (`followed_by`: `client.videos.wait(task.id)`), for its
    docstring."""
    waits = family_waits(operations)
    for op, family in starts(operations, waits):
        wait = waits[family]
        op["followed_by"] = f"client.{wait['group']}.{wait['wait']['method']}(task.id)"


def task_typing(operations: list[dict[str, Any]]) -> dict[str, Any]:
    """What the many-task waits need to be typed: every record a wait of some family answers (`records`, as
    (module, class)), and what each record a user may pass to `wait_many` ends as (`cases`: a start's record ->
    its family's wait record, as `videos_generate`'s VideoTask -> `videos_status`'s VideoRecord; a wait's record
    -> itself). A start record shared by families whose waits answer different classes is left out."""
    waited: dict[str, tuple[str, str]] = {}
    for family, op in family_waits(operations).items():
        record = wait_record(op)
        if record is not None and "class" in record:
            waited[family] = (record["module"], record["class"])
    becomes: dict[tuple[str, str], set[tuple[str, str]]] = {record: {record} for record in waited.values()}
    for op, family in starts(operations, waited):
        if "class" in op["data"]:
            becomes.setdefault((op["data"]["module"], op["data"]["class"]), set()).add(waited[family])
    cases = sorted((start, next(iter(ends))) for start, ends in becomes.items() if len(ends) == 1)
    return {"records": sorted(set(waited.values())), "cases": cases}


def check_method_names(ops: list[dict[str, Any]]) -> None:
    """A group's methods (one per operation, its `wait` and `iter_` methods) must not share a name."""
    names = [op["name"] for op in ops]
    names += [op["wait"]["method"] for op in ops if op["wait"]]
    names += [f"iter_{op['name']}" for op in ops if op["pagination"]]
    clash = sorted({name for name in names if names.count(name) > 1})
    if clash:
        raise SpecError(f"group {ops[0]['group']}: methods {clash} are defined twice")
