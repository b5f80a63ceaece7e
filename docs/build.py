"""Build the per-group HTML pages of the API reference from `openapi/a2e.yaml`.

`make docs` first renders the whole spec with Redocly (`site/reference.html`), then runs this script, which
writes `site/index.html` (the client's groups, their operation counts and confidence counts) and
`site/groups/<group>.html` (each operation as the Python call that sends it, with its parameters, HTTP method
and path, summary, confidence, whether it is charged, and a link into reference.html).

The operations, their Python names and signatures come from the client generator (`generator/generate.py`),
so the pages show exactly the methods `a2e.A2E` has.

Usage: python docs/build.py [--spec FILE] [--out DIR]     (default: openapi/a2e.yaml -> site/)
"""

from __future__ import annotations

import argparse
import importlib.util
import struct
import sys
import zlib
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import jinja2

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
OUT = ROOT / "site"

# Redoc draws its own logo from a CDN; the page is meant to work offline and to load nothing from elsewhere,
# so the logo is replaced by an inline image of the same size (Redoc hides the <img> when it fails to load).
REDOC_LOGOS = ("https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg")
INLINE_LOGO = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='90' height='16'%3E"
    "%3Ctext x='0' y='12' font-family='sans-serif' font-size='12' fill='%23666'%3ERedoc%3C/text%3E%3C/svg%3E"
)


def load_generator() -> ModuleType:
    path = ROOT / "generator" / "generate.py"
    spec = importlib.util.spec_from_file_location("a2e_generator", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def type_label(gen: ModuleType, field: dict[str, Any]) -> str:
    return str(gen.annotation(field))


def call_signature(gen: ModuleType, op: dict[str, Any]) -> str:
    """`client.<group>.<method>(...)` with the method's arguments, the per-call options left out."""
    args = gen.arguments(op["params"], []).split(", ")
    args = [a for a in args if a != "self"]
    if args and args[-1] == "*":
        args.pop()
    call = f"client.{op['group']}.{op['name']}"
    if not args:
        return call + "()"
    return call + "(\n" + "".join(f"    {a},\n" for a in args) + ")"


def build_pages(spec_path: Path) -> dict[str, Any]:
    gen = load_generator()
    spec = gen.read_spec(spec_path)
    operations = gen.build_operations(spec)
    confidences = list(gen.CONFIDENCES)
    tags = {
        info["group"]: {"tag": name, "description": info["description"]} for name, info in gen.tag_groups(spec).items()
    }
    groups: dict[str, dict[str, Any]] = {}
    for group, info in tags.items():
        groups[group] = {"name": group, **info, "operations": []}
    for op in operations:
        params = [
            {
                "python": field["python"],
                "wire": field["wire"],
                "in": field["in"],
                "required": field["required"],
                "positional": gen.is_positional(field),
                "type": type_label(gen, field),
                "default": field.get("default"),
                "has_default": "default" in field,
                "description": field["description"],
            }
            for field in op["params"]
        ]
        groups[op["group"]]["operations"].append({**op, "fields": params, "call": call_signature(gen, op)})
    listed = [g for g in groups.values() if g["operations"]]
    for group in listed:
        counts = Counter(op["confidence"] for op in group["operations"])
        group["confidence"] = {c: counts.get(c, 0) for c in confidences}
        group["charged"] = sum(op["charged"] for op in group["operations"])
        group["deprecated"] = sum(op["deprecated"] for op in group["operations"])
    totals = Counter(op["confidence"] for op in operations)
    return {
        "title": spec["info"]["title"],
        "version": spec["info"]["version"],
        "summary": spec["info"].get("summary", ""),
        "groups": listed,
        "confidences": confidences,
        "total": len(operations),
        "total_confidence": {c: totals.get(c, 0) for c in confidences},
        "total_charged": sum(op["charged"] for op in operations),
    }


def render(context: dict[str, Any], out: Path) -> list[Path]:
    env = jinja2.Environment(
        loader=jinja2.DictLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    written = []
    (out / "groups").mkdir(parents=True, exist_ok=True)
    index = out / "index.html"
    index.write_text(env.get_template("index.html").render(root="", style=STYLE, **context), encoding="utf-8")
    written.append(index)
    for group in context["groups"]:
        page = out / "groups" / f"{group['name']}.html"
        html = env.get_template("group.html").render(root="../", style=STYLE, group=group, **context)
        page.write_text(html, encoding="utf-8")
        written.append(page)
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


def localise_reference(reference: Path) -> None:
    """Make Redoc's page load nothing from outside (see REDOC_LOGOS)."""
    if not reference.exists():
        return
    text = reference.read_text(encoding="utf-8")
    fixed = text
    for url in REDOC_LOGOS:
        fixed = fixed.replace(url, INLINE_LOGO)
    if fixed != text:
        reference.write_text(fixed, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    context = build_pages(args.spec)
    written = render(context, args.out)
    (args.out / "favicon.ico").write_bytes(favicon())
    localise_reference(args.out / "reference.html")
    print(f"docs: {len(written)} pages, {context['total']} operations in {len(context['groups'])} groups -> {args.out}")
    return 0


STYLE = """
:root { --fg: #1d232b; --muted: #5b6573; --line: #d9dee5; --bg: #f6f8fa; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg);
       font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
header { background: #14202e; color: #fff; padding: 14px 28px; }
header a { color: #cfe3ff; }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 4px 0 0; color: #b8c4d2; }
main { max-width: 1100px; margin: 0 auto; padding: 20px 28px 60px; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; margin: 12px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; border-top: 2px solid var(--line); }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; overflow-x: auto; }
nav.toc { columns: 3 220px; margin: 8px 0 20px; }
nav.toc a { display: block; }
section.op { border-top: 1px solid var(--line); padding: 14px 0 6px; }
section.op h2 { font-size: 17px; margin: 0 0 6px; }
.wire { font-weight: 600; }
.method { display: inline-block; min-width: 58px; padding: 1px 6px; border-radius: 4px; color: #fff;
          font: 600 12px/1.6 ui-monospace, monospace; text-align: center; }
.GET { background: #1f7a3d; } .POST { background: #0b5cad; } .PUT { background: #8a5a00; }
.PATCH { background: #6b3fa0; } .DELETE { background: #b3261e; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; border: 1px solid var(--line); }
.published, .documented { background: #e3f4e8; } .observed { background: #eef3fb; }
.weak { background: #fff3d6; } .inferred { background: #fde4e1; }
.charged { background: #fff0c2; border-color: #e0b400; } .free { color: var(--muted); }
.deprecated { background: #eee; color: #555; text-decoration: line-through; }
.muted { color: var(--muted); }
.params td:first-child { white-space: nowrap; }
"""

BASE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="{{ root }}favicon.ico">
<title>{% block title %}{% endblock %}</title>
<style>{{ style }}</style>
</head>
<body>
<header>
<h1>{% block heading %}{% endblock %}</h1>
<p>{{ title }} {{ version }} &middot; <a href="{{ root }}index.html">Groups</a> &middot;
<a href="{{ root }}reference.html">Full HTTP reference</a></p>
</header>
<main>
{% block main %}{% endblock %}
</main>
</body>
</html>
"""

INDEX = """{% extends "base.html" %}
{% block title %}{{ title }}: Python client reference{% endblock %}
{% block heading %}a2e Python client: {{ total }} operations in {{ groups|length }} groups{% endblock %}
{% block main %}
<p>{{ summary }}</p>
<p>Every operation of the spec is a method <code>client.&lt;group&gt;.&lt;method&gt;(...)</code> of
<code>a2e.A2E</code> (and <code>a2e.AsyncA2E</code>). Confidence says how sure the spec is of an operation's method,
path and fields; <span class="badge charged">charged</span> calls spend credits and are never retried once they
may have reached A2E.</p>
<table class="groups">
<thead><tr><th>Group</th><th>Section</th><th class="num">Operations</th>
{% for c in confidences %}<th class="num">{{ c }}</th>{% endfor %}
<th class="num">charged</th></tr></thead>
<tbody>
{% for g in groups %}
<tr><td><a href="groups/{{ g.name }}.html"><code>client.{{ g.name }}</code></a></td>
<td>{{ g.tag }}<br><span class="muted">{{ g.description }}</span></td>
<td class="num">{{ g.operations|length }}</td>
{% for c in confidences %}<td class="num">{{ g.confidence[c] or "" }}</td>{% endfor %}
<td class="num">{{ g.charged or "" }}</td></tr>
{% endfor %}
<tr class="total"><td>All</td><td></td><td class="num">{{ total }}</td>
{% for c in confidences %}<td class="num">{{ total_confidence[c] }}</td>{% endfor %}
<td class="num">{{ total_charged }}</td></tr>
</tbody>
</table>
{% endblock %}
"""

GROUP = """{% extends "base.html" %}
{% block title %}client.{{ group.name }}: {{ group.tag }}{% endblock %}
{% block heading %}<code>client.{{ group.name }}</code>: {{ group.tag }}{% endblock %}
{% block main %}
<p>{{ group.description }}</p>
<p class="muted">{{ group.operations|length }} operations. Every method also takes the per-call options
<code>extra_headers</code>, <code>extra_query</code>, <code>extra_body</code> and <code>timeout</code>.</p>
<nav class="toc">
{% for op in group.operations %}<a href="#{{ op.id }}">{{ op.name }}</a>{% endfor %}
</nav>
{% for op in group.operations %}
<section class="op" id="{{ op.id }}">
<h2><code>client.{{ group.name }}.{{ op.name }}()</code> &mdash; {{ op.summary }}</h2>
<p><span class="method {{ op.method }}">{{ op.method }}</span> <code class="wire">{{ op.path }}</code>
&middot; confidence <span class="badge {{ op.confidence }}">{{ op.confidence }}</span>
&middot; {% if op.charged %}<span class="badge charged">charged</span>
{% else %}<span class="free">not charged</span>{% endif %}

{% if op.deprecated %}&middot; <span class="badge deprecated">deprecated</span>
{% if op.replaced_by %}(use <code>client.{{ op.replaced_by }}</code>){% endif %}{% endif %}
&middot; <a class="ref" href="{{ root }}reference.html#operation/{{ op.id }}">HTTP reference</a></p>
<pre><code>{{ op.call }}</code></pre>
{% if op.fields %}
<table class="params">
<thead><tr><th>Argument</th><th>Type</th><th>Sent as</th><th>Description</th></tr></thead>
<tbody>
{% for f in op.fields %}
<tr><td><code>{{ f.python }}</code>{% if f.required %} <span class="muted">required</span>{% endif %}
{% if f.positional %} <span class="muted">(positional)</span>{% endif %}</td>
<td><code>{{ f.type }}</code>{% if f.has_default %} <span class="muted">= {{ f.default }}</span>{% endif %}</td>
<td><code>{{ f.wire }}</code> <span class="muted">{{ f.in }}</span></td>
<td>{{ f.description }}</td></tr>
{% endfor %}
</tbody>
</table>
{% else %}
<p class="muted">No arguments.</p>
{% endif %}
</section>
{% endfor %}
{% endblock %}
"""

TEMPLATES = {"base.html": BASE, "index.html": INDEX, "group.html": GROUP}


if __name__ == "__main__":
    sys.exit(main())
