"""The operations of group `billing` (see the package docstring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .types import Operation

OPERATIONS: dict[str, Operation] = {
    "billing_quote": {
        "group": "billing",
        "name": "quote",
        "method": "POST",
        "path": "/api/v1/generation/quote",
        "summary": "Estimate generation credit consumption",
        "confidence": "published",
        "official_id": "postApiV1GenerationQuote",
        "charged": False,
        "deprecated": False,
        "replaced_by": None,
        "params": [
            {"wire": "endpoint", "python": "endpoint", "in": "body", "required": True, "schema": {"type": "string"}},
            {
                "wire": "requestBody",
                "python": "request_body",
                "in": "body",
                "required": True,
                "schema": {"type": "object"},
            },
        ],
        "body": "QuoteRequest",
        "open_body": False,
        "one_of": [],
        "rules": [],
        "record_id": None,
        "resource": {"role": "quote"},
        "data": {"kind": "model", "model": "Quote", "sent_as": "object", "class": "Quote", "module": ".quote"},
        "wait": None,
        "pagination": None,
    },
    "billing_credits_history": {
        "group": "billing",
        "name": "credits_history",
        "method": "GET",
        "path": "/api/v1/transactionRecord/creditsHistory",
        "summary": "Get credits history",
        "confidence": "published",
        "official_id": "getApiV1TransactionRecordCreditsHistory",
        "charged": False,
        "deprecated": False,
        "replaced_by": None,
        "params": [
            {
                "wire": "pageNum",
                "python": "page_num",
                "in": "query",
                "required": False,
                "schema": {"type": "integer", "minimum": 1},
                "default": 1,
            },
            {
                "wire": "pageSize",
                "python": "page_size",
                "in": "query",
                "required": False,
                "schema": {"type": "integer", "minimum": 1},
                "default": 10,
            },
            {
                "wire": "is_consumption",
                "python": "is_consumption",
                "in": "query",
                "required": False,
                "schema": {"type": "boolean"},
            },
            {
                "wire": "startDate",
                "python": "start_date",
                "in": "query",
                "required": False,
                "schema": {"type": "string"},
            },
            {"wire": "endDate", "python": "end_date", "in": "query", "required": False, "schema": {"type": "string"}},
        ],
        "body": None,
        "open_body": False,
        "one_of": [],
        "rules": [],
        "record_id": None,
        "resource": {"role": "history"},
        "data": {
            "kind": "model",
            "model": "CreditTransactionPage",
            "sent_as": "object",
            "class": "CreditTransactionPage",
            "module": ".credit_transaction_page",
        },
        "wait": None,
        "pagination": {
            "page": "pageNum",
            "size": "pageSize",
            "items": "rows",
            "total": "count",
            "first": 1,
            "items_attr": "rows",
            "total_attr": "count",
            "default_size": 100,
        },
    },
}
