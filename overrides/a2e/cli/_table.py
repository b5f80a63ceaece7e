"""A list as a table for people: the columns that say most about a record (id, name, status, when it was
created, its main URL), aligned, and cut to the terminal's width with the least telling columns giving way first."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

# Each column: its header, the keys that fill it (the first a record has), and how readily it gives way to the
# width (lower first). Ids give way last: a cut id is of no use.
COLUMNS: list[tuple[str, tuple[str, ...], int]] = [
    ("ID", ("_id", "id", "task_id", "task"), 4),
    ("NAME", ("name", "title", "label", "alias", "username"), 1),
    ("STATUS", ("status", "current_status", "ok"), 3),
    ("CREATED", ("createdAt", "created_at", "create_time", "createTime", "created"), 2),
    ("URL", ("result", "result_url", "video_url", "image_url", "audio_url", "url", "video_cover", "cover_url"), 0),
]
FALLBACK_COLUMNS = 4  # the first keys shown of records that have none of the columns above
GAP = "  "
SMALLEST = 6  # a column is never cut narrower than this
ISO_TIME = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)")


def rows_of(data: Any) -> list[Any] | None:
    """The records of a list, or of a page (an object with one list in it); None for anything else."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        if len(lists) == 1:
            return lists[0]
    return None


Column = tuple[str, str | None, int]


def columns_for(rows: Sequence[Any]) -> list[Column]:
    """The columns of these records: (header, key, give-way rank); the key None for records that are no objects."""
    records = [row for row in rows if isinstance(row, dict)]
    if not records:
        return [("VALUE", None, 0)]
    chosen: list[Column] = []
    for header, keys, rank in COLUMNS:
        key = next((k for k in keys if any(k in record for record in records)), None)
        if key is None and header == "URL":
            key = url_key(records[0])
        if key is not None:
            chosen.append((header, key, rank))
    if chosen:
        return chosen
    fallback: list[Column] = [(key.upper(), key, 0) for key in list(records[0])[:FALLBACK_COLUMNS]]
    return fallback


def url_key(record: dict[str, Any]) -> str | None:
    return next((k for k, v in record.items() if isinstance(v, str) and v.startswith(("https://", "http://"))), None)


def cell(row: Any, key: str | None) -> str:
    value = row.get(key) if isinstance(row, dict) and key is not None else row if key is None else None
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    when = ISO_TIME.match(text)
    return f"{when[1]} {when[2]}" if when else " ".join(text.split())


def render(rows: Sequence[Any], width: int | None) -> str:
    columns = columns_for(rows)
    grid = [[header for header, _, _ in columns]] + [[cell(row, key) for _, key, _ in columns] for row in rows]
    widths = [max(cells(line[i]) for line in grid) for i in range(len(columns))]
    if width is not None:
        widths = fit(widths, [rank for _, _, rank in columns], width - len(GAP) * (len(columns) - 1))
    lines = [GAP.join(pad(cut(text, widths[i]), widths[i]) for i, text in enumerate(line)).rstrip() for line in grid]
    return "\n".join(lines)


def fit(widths: list[int], ranks: list[int], room: int) -> list[int]:
    """Narrower columns, those of the lowest rank first, until they fit in `room` characters (or cannot shrink)."""
    widths = list(widths)
    excess = sum(widths) - room
    for i in sorted(range(len(widths)), key=lambda i: ranks[i]):
        if excess <= 0:
            break
        cut_by = min(excess, max(widths[i] - SMALLEST, 0))
        widths[i] -= cut_by
        excess -= cut_by
    return widths


def cells(text: str) -> int:
    """Terminal cells the text takes: wide characters (CJK) take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def cut(text: str, width: int) -> str:
    if cells(text) <= width:
        return text
    kept = ""
    for char in text:
        if cells(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


def pad(text: str, width: int) -> str:
    return text + " " * (width - cells(text))


def terminal_width() -> int | None:
    """COLUMNS when set, else the terminal's width; None (no limit) when stdout is no terminal."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None
