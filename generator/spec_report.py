"""Print how much of the A2E API the spec covers, per section (tag) and per confidence. `make spec-report`."""

from __future__ import annotations

import collections
from pathlib import Path

import yaml

LEVELS = ("published", "documented", "observed", "weak", "inferred")


def main() -> None:
    spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi" / "a2e.yaml").read_text())
    table: dict[str, collections.Counter[str]] = {tag["name"]: collections.Counter() for tag in spec["tags"]}
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                table[op["tags"][0]][op["x-a2e-confidence"]] += 1
    width = max(map(len, table)) + 2
    print(f"{'section':<{width}}" + "".join(f"{level:>12}" for level in LEVELS) + f"{'total':>8}")
    totals: collections.Counter[str] = collections.Counter()
    for tag, counts in table.items():
        totals.update(counts)
        print(f"{tag:<{width}}" + "".join(f"{counts[level]:>12}" for level in LEVELS) + f"{sum(counts.values()):>8}")
    all_ops = sum(totals.values())
    print(f"{'all':<{width}}" + "".join(f"{totals[level]:>12}" for level in LEVELS) + f"{all_ops:>8}")
    confirmed = totals["published"] + totals["documented"] + totals["observed"]
    print(f"\n{confirmed} of {all_ops} operations ({confirmed / all_ops:.0%}) are published, documented or observed.")


if __name__ == "__main__":
    main()
