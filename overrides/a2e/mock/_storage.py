"""The mock's storage host: what `client.upload` talks to after A2E's presign call.

`PUT /mock-upload/<key>?signature=mock` stores the body (refused with 403 when it carries an Authorization
header, as a real presigned URL would be: the header breaks the signature); `GET /mock-storage/<key>` serves it
back, which is the `cdnUrl` the presign call answers. A presign call made with `x-a2e-mock-outcome:
upload:halfway` (optionally `;times=N`) gets an upload URL whose PUT fails after reading half of the body, with
HTTP 500, for every try or the first N.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from ._state import MockState

UPLOAD_PREFIX = "/mock-upload/"
STORAGE_PREFIX = "/mock-storage/"
MAX_UPLOAD = 256 << 20


def upload_urls(base_url: str, key: str, outcome: str | None) -> dict[str, Any]:
    """The presign answer's URLs for `key`; an `upload:<fail>` outcome is carried on the upload URL."""
    fail = outcome[len("upload:") :] if outcome and outcome.startswith("upload:") else ""
    extra = f"&fail={fail.replace(';', '%3B').replace('=', '%3D')}" if fail else ""
    return {
        "uploadUrl": f"{base_url}{UPLOAD_PREFIX}{key}?signature=mock{extra}",
        "cdnUrl": f"{base_url}{STORAGE_PREFIX}{key}",
    }


async def storage(state: MockState, request: Request, path: str) -> Response:
    if path.startswith(STORAGE_PREFIX):
        if request.method != "GET":
            return PlainTextResponse("MethodNotAllowed", status_code=405)
        stored = state.uploads.get(path[len(STORAGE_PREFIX) :])
        if stored is None:
            return PlainTextResponse("NoSuchKey", status_code=404)
        return Response(stored[0], media_type=stored[1])
    if request.method != "PUT":
        return PlainTextResponse("MethodNotAllowed", status_code=405)
    if request.query_params.get("signature") != "mock" or "authorization" in request.headers:
        return PlainTextResponse("SignatureDoesNotMatch", status_code=403)
    key = path[len(UPLOAD_PREFIX) :]
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit():
        return PlainTextResponse("MissingContentLength", status_code=411)
    if int(declared) > MAX_UPLOAD:
        return PlainTextResponse("EntityTooLarge", status_code=400)
    fail = request.query_params.get("fail", "")
    if fail and failing(state, key, fail):
        received = 0
        async for chunk in request.stream():
            received += len(chunk)
            if received >= int(declared) // 2:
                break
        return PlainTextResponse("InternalError: the upload broke halfway", status_code=500)
    body = await request.body()
    if len(body) != int(declared):
        return PlainTextResponse("IncompleteBody", status_code=400)
    state.uploads[key] = (body, request.headers.get("content-type", "application/octet-stream"))
    return Response(status_code=200, headers={"ETag": f'"{len(body)}"'})


def failing(state: MockState, key: str, fail: str) -> bool:
    """Whether this PUT fails: `halfway` always, `halfway;times=N` for the first N tries of the key."""
    items: dict[str, str] = {}
    for part in filter(None, fail.split(";")):
        name, _, value = part.partition("=")
        items[name] = value
    if "halfway" not in items:
        return False
    if "times" not in items:
        return True
    with state.lock:
        count = state.upload_fault_counts.get(key, 0) + 1
        state.upload_fault_counts[key] = count
    return count <= int(items["times"] or 1)
