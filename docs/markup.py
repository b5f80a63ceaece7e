"""The markdown the spec and the client's docstrings use, as HTML: paragraphs, bulleted and numbered lists, code
spans, links, bare URLs, `**strong**` and `*emphasis*`. Everything else is escaped, so no text can add markup
of its own; links go only to http(s) addresses, anchors and pages of the site."""

from __future__ import annotations

import html
import re

from markupsafe import Markup

LIST_ITEM = re.compile(r"^\s*(?:[*-]|\d+[.)])\s+")
CODE = re.compile(r"`([^`]+)`")
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
URL = re.compile(r"https?://[^\s<>()`]+[^\s<>()`.,;:!?'\"]")
STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# `*x*` only when not inside a word or an expression such as 1024*1024
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])")
SAFE_TARGET = re.compile(r"^(https?://|#|[\w./-]+\.html(#[\w./-]*)?$)")


def markdown_html(text: str) -> Markup:
    """`text` as HTML blocks: each blank-line separated block a paragraph, or a list when its lines are items."""
    blocks = re.split(r"\n\s*\n", text.strip()) if text.strip() else []
    return Markup("\n".join(block_html(block) for block in blocks))


def inline_markdown(text: str) -> Markup:
    """One line of `text` as inline HTML (no paragraph around it), for table cells and headings."""
    return Markup(inline(" ".join(text.split())))


def block_html(block: str) -> str:
    """A paragraph, a list, or a paragraph that runs into a list."""
    lines = block.splitlines()
    start = next((index for index, line in enumerate(lines) if LIST_ITEM.match(line)), len(lines))
    head, items = lines[:start], lines[start:]
    parts = [f"<p>{inline(' '.join(head))}</p>"] if head else []
    if items:
        tag = "ol" if re.match(r"^\s*\d", items[0]) else "ul"
        parts.append(f"<{tag}>" + "".join(f"<li>{inline(item)}</li>" for item in list_items(items)) + f"</{tag}>")
    return "\n".join(parts)


def list_items(lines: list[str]) -> list[str]:
    """The items of a list block; a line that is not an item continues the previous one."""
    items: list[str] = []
    for line in lines:
        if LIST_ITEM.match(line) or not items:
            items.append(LIST_ITEM.sub("", line, count=1).strip())
        else:
            items[-1] += " " + line.strip()
    return items


def inline(text: str) -> str:
    """Code spans first (their text is shown as written), then links, bare URLs and emphasis, on escaped text."""
    pieces = []
    position = 0
    for match in CODE.finditer(text):
        pieces.append(prose(text[position : match.start()]))
        pieces.append(f"<code>{html.escape(match.group(1))}</code>")
        position = match.end()
    pieces.append(prose(text[position:]))
    return "".join(pieces)


def prose(text: str) -> str:
    out = []
    position = 0
    for match in LINK.finditer(text):
        out.append(plain(text[position : match.start()]))
        label, target = match.groups()
        if SAFE_TARGET.match(target):
            out.append(f'<a href="{html.escape(target)}">{plain(label)}</a>')
        else:
            out.append(plain(label))
        position = match.end()
    out.append(plain(text[position:]))
    return "".join(out)


def plain(text: str) -> str:
    """Escaped text with its bare URLs linked and its emphasis marked."""
    out = []
    position = 0
    for match in URL.finditer(text):
        out.append(emphasised(text[position : match.start()]))
        url = html.escape(match.group(0))
        out.append(f'<a href="{url}">{url}</a>')
        position = match.end()
    out.append(emphasised(text[position:]))
    return "".join(out)


def emphasised(text: str) -> str:
    escaped = html.escape(text, quote=False)
    escaped = STRONG.sub(r"<strong>\1</strong>", escaped)
    return EMPHASIS.sub(r"<em>\1</em>", escaped)
