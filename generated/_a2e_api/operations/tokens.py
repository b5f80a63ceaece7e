"""The operations of group `tokens` (see the package docstring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .types import Operation

OPERATIONS: dict[str, Operation] = {
    "tokens_generate": {
        "group": "tokens",
        "name": "generate",
        "method": "POST",
        "path": "/api/v1/token/generate",
        "summary": "Get API token",
        "confidence": "documented",
        "official_id": None,
        "charged": False,
        "deprecated": True,
        "replaced_by": None,
        "params": [
            {
                "wire": "alias",
                "python": "alias",
                "in": "body",
                "required": True,
                "schema": {"type": "string", "minLength": 1},
            }
        ],
        "body": "TokenGenerateRequest",
        "open_body": False,
        "one_of": [],
        "rules": [],
        "record_id": None,
        "resource": None,
        "data": {
            "kind": "model",
            "model": "ApiToken",
            "sent_as": "object",
            "class": "ApiToken",
            "module": ".api_token",
        },
        "wait": None,
        "pagination": None,
    }
}
