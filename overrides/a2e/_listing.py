"""`a2e.operations()`: every operation as the client exposes it. Imported when first used."""

from __future__ import annotations

from typing import NamedTuple

from _a2e_api.operations import OPERATIONS


class OperationInfo(NamedTuple):
    """One operation of the API as the client exposes it."""

    id: str
    method_name: str
    http_method: str
    path: str
    summary: str
    confidence: str
    charged: bool

    def __str__(self) -> str:
        flags = f" [{self.confidence}]" if self.confidence != "documented" else ""
        return f"client.{self.method_name:<40} {self.http_method:<6} {self.path}{flags}"


def operations(group: str | None = None) -> list[OperationInfo]:
    """Every operation, or those of one group: `for op in a2e.operations(): print(op)`."""
    return [
        OperationInfo(
            op_id,
            f"{op['group']}.{op['name']}",
            op["method"],
            op["path"],
            op["summary"],
            op["confidence"],
            op["charged"],
        )
        for op_id, op in OPERATIONS.items()
        if group is None or op["group"] == group
    ]
