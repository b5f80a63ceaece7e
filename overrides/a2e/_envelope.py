"""Unwrap A2E's `{code, data, msg, trace_id}` envelope, or raise the error it describes.

A2E reports most failures as HTTP 200 with a non-zero `code`, answers wrong paths with an HTML page,
and declares some JSON bodies as text/plain; so the body is judged by its content, not its headers.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Any

from _a2e_api.operations import ERRORS

from . import _constants, _exceptions
from ._exceptions import RETRY_AFTER_ERRORS, APIError, ServerError, UnexpectedResponseError
from ._retry import parse_retry_after

BUSINESS_CODES = 1000  # A2E's own codes (1001, 1003, 30005...) say more than the HTTP status they come with


def unwrap(operation_id: str, status: int, headers: Mapping[str, str], content: bytes) -> tuple[Any, str | None]:
    """The envelope's `data` and `trace_id` of a successful answer (decoded once); raise the matching A2EError
    otherwise."""
    body = decode(content)
    if body is None or (isinstance(body, list) and not 200 <= status < 300):
        return not_an_envelope(operation_id, status, headers, as_text(content)), None
    if isinstance(body, list):
        return body, None  # some list calls answer with the bare array
    code = as_code(body.get("code"))
    if code is None:
        return not_an_envelope(operation_id, status, headers, as_text(content)), None
    if 200 <= status < 300 and code == 0:
        trace = body.get("trace_id")
        return body.get("data"), trace if isinstance(trace, str) else None
    raise api_error(operation_id, status, headers, code, body)


class Body:
    """An answer's body as it arrives: a success larger than MAX_ANSWER_BYTES is refused before it is all read;
    of an error only the first MAX_ERROR_BYTES are kept (its message is all that matters)."""

    __slots__ = ("operation_id", "status", "limit", "chunks", "size")

    def __init__(self, operation_id: str, status: int, headers: Mapping[str, str]) -> None:
        self.operation_id, self.status = operation_id, status
        self.limit = _constants.MAX_ANSWER_BYTES if 200 <= status < 300 else _constants.MAX_ERROR_BYTES
        self.chunks: list[bytes] = []
        self.size = 0
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.limit and self.limit == _constants.MAX_ANSWER_BYTES:
            raise self.too_large(int(declared))

    def add(self, chunk: bytes) -> bool:
        """Keep `chunk`; True when nothing more is wanted."""
        self.chunks.append(chunk)
        self.size += len(chunk)
        if self.size <= self.limit:
            return False
        if self.limit == _constants.MAX_ANSWER_BYTES:
            raise self.too_large(self.size)
        return True

    def content(self) -> bytes:
        content = self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)
        return content[: self.limit]

    def too_large(self, size: int) -> UnexpectedResponseError:
        return UnexpectedResponseError(
            f"{self.operation_id}: the answer has more than {self.limit >> 20} MiB ({size} bytes and more); "
            "refused unread",
            status_code=self.status,
            operation=self.operation_id,
        )


def trace_id(content: bytes) -> str | None:
    """A2E's `trace_id` from an answer body, if it is an envelope that has one."""
    body = decode(content)
    value = body.get("trace_id") if isinstance(body, dict) else None
    return value if isinstance(value, str) else None


def decode(content: bytes) -> Any:
    """The JSON object or array of a body; None for anything else (an HTML page, bad JSON, a bare value)."""
    try:
        body = json.loads(content)
    except ValueError:  # also covers bytes that are not UTF-8
        return None
    return body if isinstance(body, (dict, list)) else None


def as_text(content: bytes) -> str:
    return content.decode("utf-8", errors="replace")


def as_code(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


def not_an_envelope(operation_id: str, status: int, headers: Mapping[str, str], text: str) -> Any:
    """A body that is not the envelope: transient gateway pages keep their HTTP meaning, the rest is ours."""
    snippet = " ".join(text.split())[:200]
    if status == 429 or status >= 500:
        raise api_error(operation_id, status, headers, None, {"msg": f"HTTP {status} without an envelope: {snippet}"})
    is_html = "html" in headers.get("content-type", "").lower() or text.lstrip()[:1] == "<"
    if is_html:
        reason = f"{operation_id}: the server answered HTTP {status} with an HTML page, not the A2E envelope"
        if status == 404:
            reason += " (wrong base URL or path? A2E answers unknown paths this way)"
    else:
        reason = f"{operation_id}: HTTP {status} body is not the A2E envelope: {snippet!r}"
    raise UnexpectedResponseError(reason, status_code=status, body=text, operation=operation_id)


def api_error(
    operation_id: str, status: int, headers: Mapping[str, str], code: int | None, body: Mapping[str, Any]
) -> APIError:
    message = body.get("msg") or body.get("message") or f"HTTP {status}"
    common: dict[str, Any] = {
        "status_code": status,
        "code": code,
        "trace_id": body.get("trace_id"),
        "operation": operation_id,
        "body": dict(body),
    }
    cls = error_class(status, code, str(message))
    if issubclass(cls, RETRY_AFTER_ERRORS):
        return cls(str(message), retry_after=retry_after(headers), **common)
    return cls(str(message), **common)


def error_class(status: int, code: int | None, message: str) -> type[APIError]:
    """The error class for an answer, from the spec's `x-a2e-errors` table (see its description for the order)."""
    if code is not None and code >= BUSINESS_CODES and code in ERRORS["codes"]:
        return exception(ERRORS["codes"][code])
    for pattern, name in message_patterns():
        if pattern.search(message):
            return exception(name)
    if not 200 <= status < 300:
        if status in ERRORS["statuses"]:
            return exception(ERRORS["statuses"][status])
        return ServerError if status >= 500 else APIError
    if code in ERRORS["codes"]:
        return exception(ERRORS["codes"][code])
    return APIError


def refusal(operation_id: str, status: int, content: bytes, data: Any) -> APIError | None:
    """The error of a success answer that holds no record id but reports a refusal the spec recognises
    (`x-a2e-errors` refusals: an NSFW report in place of a started task); None otherwise. Only A2E's own words are
    read (`msg`, a text `data`, `data.message`/`msg`/`error`, a true `data.nsfw`), never the fields a record echoes
    from the request (a prompt may well say "nsfw")."""
    records = data if isinstance(data, list) else [data]
    if any(isinstance(r, Mapping) and any(r.get(key) for key in ("_id", "id")) for r in records):
        return None
    body = decode(content)
    body = body if isinstance(body, dict) else {}
    said = [data] if isinstance(data, str) else []
    if isinstance(data, Mapping):
        said += [str(data[key]) for key in ("message", "msg", "error") if isinstance(data.get(key), str)]
        said += ["nsfw"] if data.get("nsfw") is True else []
    said += [body["msg"]] if isinstance(body.get("msg"), str) else []
    for pattern, name in refusal_patterns():
        if any(pattern.search(text) for text in said):
            detail = next((text for text in said if text.lower() not in ("success", "ok", "nsfw")), None)
            return exception(name)(
                f"{detail or 'A2E reported NSFW content'}; no task was created",
                status_code=status,
                code=as_code(body.get("code")),
                trace_id=body.get("trace_id"),
                operation=operation_id,
                body=body,
            )
    return None


@functools.cache
def refusal_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern), name) for pattern, name in ERRORS["refusals"]]


@functools.cache
def message_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The spec's message patterns, compiled when the first error is read rather than at import."""
    return [(re.compile(pattern), name) for pattern, name in ERRORS["messages"]]


def exception(name: str) -> type[APIError]:
    cls: type[APIError] = getattr(_exceptions, name)
    return cls


def retry_after(headers: Mapping[str, str]) -> float | None:
    return parse_retry_after(headers.get("retry-after"))
