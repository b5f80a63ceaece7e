"""Build the Python reference of the `a2e` client (and its HTTP reference) into a static site.

`make docs` renders the spec with Redocly first; this script then writes

- `index.html`: the client's groups, with their operation and confidence counts;
- `client.html`: `a2e.A2E` itself: how to make one, its settings and its helpers (`upload`, `download`,
  `wait_many`, `as_completed`, `find_created`, `with_raw_response`, ...);
- `groups/<group>.html`: every public method of `client.<group>` (operations, `wait`, `iter_*`, `session`) with
  its signature, return type, arguments, an example, and the fields of the classes it returns;
- `reference.html` again, from a copy of the spec that gives each operation its Python call as a code sample.

The methods, signatures and return types are read from the client (`docs/client.py`); what the spec says of
each operation and field comes from the client generator's reading of it. Every page embeds the search index
and its script and loads nothing from elsewhere.

Usage: python docs/build.py [--spec FILE] [--out DIR]     (default: openapi/a2e.yaml -> site/)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import struct
import sys
import zlib
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import jinja2
from markupsafe import Markup, escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the `docs` modules are imported as a package
    sys.path.insert(0, str(ROOT))

from docs import client as introspect  # noqa: E402
from docs.examples import Samples  # noqa: E402
from docs.markup import inline_markdown, markdown_html  # noqa: E402
from docs.reference import build_reference  # noqa: E402

SPEC = ROOT / "openapi" / "a2e.yaml"
OUT = ROOT / "site"
HERE = Path(__file__).resolve().parent
DOC_SECTIONS = ("Args:", "Returns:", "Raises:")
ARG_LINE = re.compile(r"^    (\w+)(?: \(`[^`]*`\))?: (.*)$")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
HELPER_KINDS = {"wait": "waits for a task", "pages": "pages through a list", "session": "live session"}


def load_generator() -> ModuleType:
    path = ROOT / "generator" / "generate.py"
    spec = importlib.util.spec_from_file_location("a2e_generator", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- what the pages show --------------------------------------------------------------------------------------


def build_site(spec_path: Path) -> dict[str, Any]:
    gen = load_generator()
    from codegen.docstrings import BARE_FIELD  # type: ignore[import-not-found]  # on sys.path once loaded

    spec = gen.read_spec(spec_path)
    operations = gen.build_operations(spec)
    tags = {info["group"]: {"tag": tag, **info} for tag, info in gen.tag_groups(spec).items()}
    methods = {name: introspect.group_methods(name, cls) for name, cls in introspect.client_groups().items()}
    own = [introspect.constructor(), *introspect.client_methods()]
    roots = [cls for found in [*methods.values(), own] for m in found for cls in m.returned]
    classes = {info.cls: info for info in introspect.describe_classes(roots)}
    samples = Samples(spec, operations, classes)
    context = Context(operations, samples, model_docs(spec), BARE_FIELD)
    groups = [context.group(name, tags[name], found) for name, found in methods.items()]
    client_page = context.client_page(own)
    site = {
        "title": spec["info"]["title"],
        "version": spec["info"]["version"],
        "summary": spec["info"].get("summary", ""),
        "groups": groups,
        "client": client_page,
        "model_note": markdown_html(model_note()),
        **totals(gen, operations),
    }
    site["search"] = search_index(groups, client_page)
    site["samples"] = {m["anchor"]: m["example"] for g in groups for m in g["methods"] if m["op"]}
    return site


class Context:
    """Turns the client's methods and classes into what the templates show, with the spec's words."""

    def __init__(
        self,
        operations: list[dict[str, Any]],
        samples: Samples,
        models: dict[str, dict[str, Any]],
        bare_field: str,
    ) -> None:
        self.operations = {(op["group"], op["name"]): op for op in operations}
        self.samples = samples
        self.models = models
        self.bare_field = bare_field

    def group(self, name: str, tag: dict[str, Any], methods: list[introspect.Method]) -> dict[str, Any]:
        shown = introspect.describe_classes([cls for m in methods for cls in m.returned])
        linked = {info.name for info in shown}
        ops = [self.operations[(name, m.name)] for m in methods if (name, m.name) in self.operations]
        counts = Counter(op["confidence"] for op in ops)
        return {
            "name": name,
            "tag": tag["tag"],
            "description": tag["description"],
            "methods": [self.method(m, linked) for m in methods],
            "classes": [self.class_entry(info, linked) for info in shown],
            "operations": ops,
            "confidence": counts,
            "charged": sum(op["charged"] for op in ops),
            "helpers": [m.name for m in methods if (name, m.name) not in self.operations],
        }

    def client_page(self, methods: list[introspect.Method]) -> dict[str, Any]:
        shown = introspect.describe_classes([cls for m in methods for cls in m.returned])
        linked = {info.name for info in shown}
        return {
            "constructor": self.method(methods[0], linked),
            "methods": [self.method(m, linked) for m in methods[1:]],
            "properties": [{**p, "doc_html": markdown_html(p["doc"])} for p in introspect.client_properties()],
            "classes": [self.class_entry(info, linked) for info in shown],
        }

    def method(self, method: introspect.Method, linked: set[str]) -> dict[str, Any]:
        op = self.operations.get((method.owner, method.name))
        kind = self.kind(method, op)
        summary, body, described = split_doc(method.doc)
        if op is not None:
            summary, body = op["summary"], op["description"]
        listed = self.operations.get((method.owner, method.name[5:])) if kind == "pages" else op
        if kind == "session":
            listed = self.room_opening(method.owner)
        return {
            "anchor": method.anchor,
            "call": method.call,
            "name": method.name,
            "kind": kind,
            "helper": HELPER_KINDS.get(kind, ""),
            "summary_html": inline_markdown(summary),
            "signature": signature(method),
            "returns_html": linked_annotation(method.returns, linked),
            "doc_html": markdown_html(body),
            "op": op,
            "arguments": self.arguments(method, listed, described),
            "options_hidden": method.options_hidden,
            "example": self.samples.example(method),
        }

    def kind(self, method: introspect.Method, op: dict[str, Any] | None) -> str:
        if op is not None:
            return "operation"
        if method.owner == "client":
            return "client"
        if method.name.startswith("iter_"):
            return "pages"
        return "session" if method.name == "session" else "wait"

    def room_opening(self, group: str) -> dict[str, Any] | None:
        rooms = [op for (g, _), op in self.operations.items() if g == group and op["resource"]]
        return next((op for op in rooms if op["resource"]["role"] == "room-open"), None)

    def arguments(
        self, method: introspect.Method, op: dict[str, Any] | None, described: dict[str, str]
    ) -> list[dict[str, Any]]:
        """One row per argument: its type and default from the signature, its wire name and description from
        the spec (operations) or the docstring (helpers). Helpers that describe no argument get no table."""
        fields = {f["python"]: f for f in op["params"]} if op else {}
        rows = []
        for param in method.parameters:
            field = fields.get(param.name)
            text = described.get(param.name) or (field and (field["description"] or self.bare_field)) or ""
            rows.append(
                {
                    "name": param.name,
                    "annotation": param.annotation,
                    "default": param.default,
                    "positional": param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD),
                    "wire": field["wire"] if field else "",
                    "where": field["in"] if field else "",
                    "description_html": markdown_html(text),
                }
            )
        return rows if any(row["description_html"] for row in rows) else []

    def class_entry(self, info: introspect.ClassInfo, linked: set[str]) -> dict[str, Any]:
        docs = self.models.get(info.name, {}) if info.is_model else {}
        fields = docs.get("fields", {})
        return {
            "anchor": info.anchor,
            "name": info.name,
            "is_model": info.is_model,
            "doc_html": markdown_html(info.doc or docs.get("description", "")),
            "fields": [
                {
                    "name": f["name"],
                    "annotation_html": linked_annotation(f["annotation"], linked),
                    "wire": fields.get(f["name"], {}).get("wire", ""),
                    "description_html": markdown_html(fields.get(f["name"], {}).get("description", "")),
                }
                for f in info.fields
            ],
            "members": [
                {
                    "name": m.name,
                    "signature": signature(m, target=m.name),
                    "returns_html": linked_annotation(m.returns, linked),
                    "doc_html": markdown_html(m.doc),
                }
                for m in info.members
            ],
        }


def split_doc(doc: str) -> tuple[str, str, dict[str, str]]:
    """A docstring's first sentence, the rest without its Args/Returns sections, and the Args entries."""
    first, _, rest = doc.partition("\n\n")
    summary, _, more = " ".join(first.split()).partition(". ")
    rest = f"{more}\n\n{rest}" if more else rest
    body: list[str] = []
    described: dict[str, str] = {}
    section, current = "", ""
    for line in rest.splitlines():
        if line.strip() in DOC_SECTIONS:
            section = line.strip()
            continue
        match = ARG_LINE.match(line)
        if section == "Args:" and match:
            current = match.group(1)
            described[current] = match.group(2)
        elif section == "Args:" and line.startswith("        ") and current:
            described[current] += " " + line.strip()
        elif not section or not line.strip():
            section = "" if not line.strip() else section
            body.append(line)
    return summary if summary.endswith(".") or not more else summary + ".", "\n".join(body).strip(), described


def signature(method: introspect.Method, target: str | None = None) -> str:
    """The Python call as a signature: one argument a line, `*` where the keyword-only ones start."""
    head = target or method.call
    if method.attribute:
        return f"{head} -> {method.returns}"
    parts: list[str] = []
    keyword_only = False
    for param in method.parameters:
        if param.kind is param.KEYWORD_ONLY and not keyword_only:
            parts.append("*")
            keyword_only = True
        if param.kind is param.VAR_POSITIONAL:
            keyword_only = True
        star = "**" if param.kind is param.VAR_KEYWORD else "*" if param.kind is param.VAR_POSITIONAL else ""
        text = star + param.name + (f": {param.annotation}" if param.annotation else "")
        parts.append(text + (f" = {param.default}" if param.default is not None else ""))
        if param.kind is param.POSITIONAL_ONLY and not any(
            p.kind is p.POSITIONAL_ONLY for p in method.parameters[method.parameters.index(param) + 1 :]
        ):
            parts.append("/")
    returns = f" -> {method.returns}" if method.returns else ""
    if not parts:
        return f"{head}(){returns}"
    if len(head) + sum(len(p) + 2 for p in parts) <= 90:
        return f"{head}({', '.join(parts)}){returns}"
    return f"{head}(\n" + "".join(f"    {p},\n" for p in parts) + f"){returns}"


def linked_annotation(annotation: str, linked: set[str]) -> Markup:
    """The annotation, escaped, with each class the page describes linked to its section."""
    out, position = [], 0
    for match in IDENTIFIER.finditer(annotation):
        out.append(str(escape(annotation[position : match.start()])))
        name = match.group(0)
        out.append(f'<a href="#model-{name}">{name}</a>' if name in linked else name)
        position = match.end()
    out.append(str(escape(annotation[position:])))
    return Markup("".join(out))


def model_docs(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Generated model class -> the schema's description and, per Python field name, its wire name and
    description (the names openapi-python-client gives them; a leading `_` is dropped, as in `id` for `_id`)."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    found: dict[str, dict[str, Any]] = {}
    for name, schema in spec["components"]["schemas"].items():
        fields = {}
        for wire, prop in schema.get("properties", {}).items():
            python = str(PythonIdentifier(wire.lstrip("_") or wire, "field_"))
            fields[python] = {"wire": wire, "description": described(spec, prop)}
        entry = {"description": schema.get("description", ""), "fields": fields}
        found.setdefault(str(ClassName(name, "field_")), entry)
    return found


def described(spec: dict[str, Any], prop: dict[str, Any]) -> str:
    """A property's description, else that of the schema it refers to."""
    if prop.get("description") or "$ref" not in prop:
        return str(prop.get("description", ""))
    target: Any = spec
    for part in prop["$ref"].removeprefix("#/").split("/"):
        target = target[part]
    return str(target.get("description", ""))


def model_note() -> str:
    """What every model's docstring says of missing and unknown fields, said once per page."""
    import inspect

    from _a2e_api.models import TaskRecord

    doc = inspect.getdoc(TaskRecord) or ""
    match = re.search(r"\n\n(Fields A2E.*)$", doc, re.S)
    return match.group(1) if match else ""


def totals(gen: ModuleType, operations: list[dict[str, Any]]) -> dict[str, Any]:
    confidences = list(gen.CONFIDENCES)
    counts = Counter(op["confidence"] for op in operations)
    return {
        "confidences": confidences,
        "total": len(operations),
        "total_confidence": {c: counts.get(c, 0) for c in confidences},
        "total_charged": sum(op["charged"] for op in operations),
    }


def search_index(groups: list[dict[str, Any]], client_page: dict[str, Any]) -> list[dict[str, str]]:
    """Every group, method and class, with the page (from the site's root) that shows it and words to find it by:
    `n` the name, `m` the method's own name, `s` a summary, `k` more keywords (operation id, HTTP path)."""
    entries = [{"n": "a2e.A2E", "m": "A2E", "s": "The client: settings, helpers", "u": "client.html", "k": ""}]
    for m in client_page["methods"]:
        entries.append(method_entry(m, "client.html"))
    seen: set[str] = set()
    for g in groups:
        page = f"groups/{g['name']}.html"
        entries.append({"n": f"client.{g['name']}", "m": g["name"], "s": g["tag"], "u": page, "k": g["description"]})
        entries += [method_entry(m, page) for m in g["methods"]]
        for c in g["classes"]:
            if c["name"] not in seen:
                seen.add(c["name"])
                entries.append({"n": c["name"], "m": c["name"], "s": "returned type", "u": f"{page}#{c['anchor']}"})
    return entries


def method_entry(method: dict[str, Any], page: str) -> dict[str, str]:
    op = method["op"]
    keywords = f"{op['id']} {op['method']} {op['path']}" if op else method["helper"]
    summary = re.sub(r"<[^>]+>", "", str(method["summary_html"]))
    return {
        "n": method["call"] + ("" if method["signature"].startswith(method["call"] + " ->") else "()"),
        "m": method["name"],
        "s": str(Markup(summary).unescape()),
        "u": f"{page}#{method['anchor']}",
        "k": keywords,
    }


# -- pages ----------------------------------------------------------------------------------------------------


def render(site: dict[str, Any], out: Path) -> list[Path]:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    assets = {
        "style": Markup((HERE / "assets" / "site.css").read_text(encoding="utf-8")),
        "script": Markup((HERE / "assets" / "search.js").read_text(encoding="utf-8")),
        "index_json": Markup(json.dumps(site["search"], ensure_ascii=False).replace("</", "<\\/")),
    }
    pages: list[tuple[str, str, str, dict[str, Any]]] = [
        ("index.html", "index.html", "", {}),
        ("client.html", "client.html", "", {}),
    ]
    pages += [(f"groups/{g['name']}.html", "group.html", "../", {"group": g}) for g in site["groups"]]
    written = []
    (out / "groups").mkdir(parents=True, exist_ok=True)
    for name, template, root, extra in pages:
        html = env.get_template(template).render(root=root, page=name, **assets, **site, **extra)
        (out / name).write_text(html, encoding="utf-8")
        written.append(out / name)
    return written


def favicon() -> bytes:
    """A 16x16 icon (a PNG inside an ICO), so that browsers asking for /favicon.ico find one."""
    size = 16
    rows = b"".join(b"\0" + bytes((0x14, 0x20, 0x2E, 0xFF)) * size for _ in range(size))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(png), 22) + png


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    site = build_site(args.spec)
    written = render(site, args.out)
    (args.out / "favicon.ico").write_bytes(favicon())
    sampled = build_reference(args.spec, args.out / "reference.html", site["samples"])
    methods = sum(len(g["methods"]) for g in site["groups"]) + len(site["client"]["methods"])
    print(
        f"docs: {len(written)} pages, {methods} methods, {site['total']} operations "
        f"({sampled} with a Python sample in reference.html) -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
