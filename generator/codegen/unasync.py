"""Write the sync twin of each async source file of the client, line by line, by a few substitutions.

The async code is the one source: `AsyncA2E` in overrides/a2e/_async_client.py becomes `A2E` in
overrides/a2e/_sync_client.py. `async def`/`async for`/`async with` lose `async`, `await ` goes, `AsyncX`
names become `X`, httpx's `aiter_*`/`aclose` become `iter_*`/`close`, and each `async_x` helper becomes the
`x` of overrides/a2e/_concurrency.py, where what really differs between the two lives. Run by `make generate`;
`make check-generated` runs it with `--check` and fails when a copy differs from what its source gives (a hand
edit of the copy, or a source changed without `make generate`).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

# (async source, sync copy), relative to the repository's root
PAIRS = [
    ("overrides/a2e/_async_client.py", "overrides/a2e/_sync_client.py"),
    ("overrides/a2e/_async_session.py", "overrides/a2e/_sync_session.py"),
    ("overrides/a2e/_async_attempt.py", "overrides/a2e/_sync_attempt.py"),
    ("overrides/a2e/batch/_async_runner.py", "overrides/a2e/batch/_sync_runner.py"),
]

RULES = [
    (re.compile(r"\bAsynchronous\b"), "Synchronous"),
    (re.compile(r"\basync (def|for|with)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    (re.compile(r"\bAsync(?=[A-Z])"), ""),  # AsyncA2E, AsyncIterator, httpx.AsyncClient, AsyncRawResources
    (re.compile(r"\basync_(?=[a-z])"), ""),  # async_sleep -> sleep (overrides/a2e/_concurrency.py)
    (re.compile(r"\ba(iter_bytes|iter_raw|close|chunks)\b"), r"\1"),
    (re.compile(r"__a(enter|exit)__"), r"__\1__"),
    (re.compile(r"\bfrom (\.+)_async_"), r"from \1_sync_"),  # one twin imports the other's twin
]


def header(source: str) -> str:
    return (
        f"# Written by generator/codegen/unasync.py from {Path(source).name}: do not edit. Change\n"
        f"# {Path(source).name} and run `make generate`; `make check-generated` fails when this file differs\n"
        "# from what its source gives.\n"
    )


def unasync_line(line: str) -> str:
    for pattern, replacement in RULES:
        line = pattern.sub(replacement, line)
    return line


def unasync(text: str, source: str) -> str:
    """The sync twin of the async source `text` (read from `source`)."""
    return header(source) + "".join(unasync_line(line) for line in text.splitlines(keepends=True))


def run(root: Path, check: bool) -> list[str]:
    """Write (or with `check`, compare) every sync copy under `root`; the copies that differed."""
    stale = []
    for source, copy in PAIRS:
        expected = unasync((root / source).read_text(encoding="utf-8"), source)
        target = root / copy
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == expected:
            continue
        stale.append(copy)
        if not check:
            target.write_text(expected, encoding="utf-8")
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a sync copy differs from its async source")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository's root (default: this one)")
    args = parser.parse_args(argv)
    stale = run(args.root, args.check)
    for copy in stale:
        if args.check:
            print(
                f"{copy} differs from what generator/codegen/unasync.py writes from its async source: edit the async "
                "source, not the copy, and run `make generate`",
                file=sys.stderr,
            )
        else:
            print(f"wrote {copy}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
