"""The mock A2E as an ASGI app: routing from the operation table, bearer auth, request validation with the
generated pydantic models, the A2E envelope on every answer, faults on request, and the task-end webhooks
that create calls with `webhook_url` ask for (started once the answer is sent; see `_webhooks`).

Paths route as A2E's server routes them: case-insensitively (`userText2image/start` is `userText2Image/start`),
path parameter values keeping their case. A body that is missing or empty is read as `{}` (as an Express `json()`
backend reads it), so it is refused only when the operation requires a field, naming that field. Records echo
numbers as they were sent (`1024` stays `1024`). An operation whose answer A2E sends as a one-element array
(`sent_as: array` in the operation table, from the spec's `x-a2e-answer-shape`) is answered that way.

Test hooks (never sent by the client unless asked):
- the request header `x-a2e-mock-outcome: fail` on a create call makes that task end in its failure status;
- the request header `x-a2e-mock-outcome: nsfw` on a create call makes it answer HTTP 200, code 0, with no task
  created and nothing charged: `{"code": 0, "msg": "NSFW content detected", "data": {"nsfw": true, "message":
  "NSFW content detected; no task was created"}}`. A2E's notes on NanoBanana, GPT Image and Flux 2 say that a 200
  may report detected NSFW content instead of a started task; the exact body A2E sends is not published, so this
  one is the mock's own;
- the request header `x-a2e-mock-fault: <spec>` on an API call, and the query parameter `fault=<spec>` on a
  result-file download (`/mock-assets/<name>`), make the mock answer with a fault. `<spec>` is `;`-separated
  items such as `status=503;retry-after=2;times=1`, `lost`, `late=2`, `trickle=0.1`, `big=1000000;chunked`,
  `shape=array`, or for files `redirect=3`, `short`, `gzip`: `_faults` describes every item and how items combine;
- `MockState.requests` keeps every HTTP request that reached the app as a `MockRequest`: its method, path, query,
  headers and the start of its body, the API key cut out; each is also the pair `(method, path)`.

Whatever a client does (leaves mid-answer, sends a malformed body) and whatever fault is asked for, the app
answers or lets the connection go without raising: the server logs no "Exception in ASGI application".
"""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from _a2e_api.operations import OPERATIONS
from pydantic import ValidationError
from starlette.background import BackgroundTask
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from .._asgi import lifespan
from .._operations import role_of, schema_problem
from . import _wire
from ._faults import (
    CALL_ITEMS,
    FAULT_HEADER,
    FAULT_PARAMETER,
    FILE_ITEMS,
    NOT_FOUND_PAGE,
    Fault,
    FaultSpecError,
    envelope_error,
    sendable,
)
from ._handlers import Call, MockError, handler_for
from ._recorded import record
from ._state import MockState
from ._storage import STORAGE_PREFIX, UPLOAD_PREFIX, storage
from ._webhooks import WebhookSender

if TYPE_CHECKING:
    from _a2e_api.operations.types import Location, Operation, Schema
    from starlette.types import ASGIApp, Receive, Scope, Send

ASSETS = {
    ".mp4": ("sample.mp4", "video/mp4"),
    ".mp3": ("sample.mp3", "audio/mpeg"),
    ".png": ("sample.png", "image/png"),
}


def create_app(state: MockState) -> ASGIApp:
    routes = compile_routes()
    webhooks = WebhookSender(state)

    async def endpoint(request: Request) -> Response:
        path = request.url.path
        if path.startswith("/mock-assets/"):
            return await asset(state, request, path.rsplit("/", 1)[1])
        if path.startswith((UPLOAD_PREFIX, STORAGE_PREFIX)):
            return await storage(state, request, path)
        matching = routes.matching(path)
        if not matching:
            return HTMLResponse(NOT_FOUND_PAGE, status_code=404)
        # A literal path wins, unless only a templated one takes this method and its ids could be ids: DELETE
        # /video/{_id} reads the record 0123...ef, but DELETE /video/send_tts is a method send_tts does not take.
        usable = [
            (params, ops)
            for params, ops in matching
            if request.method in ops and (len(matching) == 1 or ids_fit(params, ops[request.method]))
        ]
        path_params, methods = usable[0] if usable else matching[0]
        if request.method not in methods:
            allow = ", ".join(sorted(methods))
            return envelope_error(405, 405, f"{request.method} is not allowed here", {"Allow": allow})
        try:
            return await answer(state, webhooks, request, methods[request.method], path_params)
        except MockError as exc:
            return envelope_error(exc.status, exc.code, exc.msg)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        # Every path reaches `endpoint`, so even odd ones get A2E's answers rather than a framework's.
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        receive = await record(state, scope, receive)
        try:
            response = await endpoint(Request(scope, receive))
        except ClientDisconnect:
            return  # the client left (or its body broke off) before the request was read: nobody to answer
        await response(scope, receive, sendable(send))

    return app


class Routes:
    """The spec's paths (literal ones first, so /video/awsList is not /video/{_id}), each with its methods: literal
    ones looked up by their lower-case text, templated ones matched in turn. A2E's server (Express) routes
    case-insensitively; the values of path parameters keep their case."""

    def __init__(self, paths: dict[str, dict[str, str]]) -> None:
        self.literal = {path.lower(): ops for path, ops in paths.items() if "{" not in path}
        self.templated = [
            (re.compile(template_pattern(path), re.IGNORECASE), ops) for path, ops in paths.items() if "{" in path
        ]

    def matching(self, path: str) -> list[tuple[dict[str, str], dict[str, str]]]:
        """Every route `path` takes, in order: its path parameters and its methods."""
        hit = self.literal.get(path.lower())
        found: list[tuple[dict[str, str], dict[str, str]]] = [({}, hit)] if hit is not None else []
        return found + [(m.groupdict(), ops) for pattern, ops in self.templated if (m := pattern.fullmatch(path))]


def template_pattern(path: str) -> str:
    return re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(path))


def compile_routes() -> Routes:
    from _a2e_api.operations.indexes import ROUTES

    return Routes(ROUTES)


async def answer(
    state: MockState, webhooks: WebhookSender, request: Request, op_id: str, path_params: dict[str, str]
) -> Response:
    token = bearer_token(request, state)
    spec = request.headers.get(FAULT_HEADER) or (state.config.faults(op_id) if state.config.faults else None)
    if not spec:
        return await run_call(state, webhooks, request, token, op_id, path_params)
    try:
        fault = Fault.parse(spec, CALL_ITEMS)
    except FaultSpecError as exc:
        raise MockError(400, 400, f"{FAULT_HEADER}: {exc}") from None
    if not fault.due(state.account(token).fault_counts, spec):
        return await run_call(state, webhooks, request, token, op_id, path_params)
    if fault.delay:
        await asyncio.sleep(fault.delay)
    response = fault.call_answer()
    if response is None:
        try:
            response = await run_call(state, webhooks, request, token, op_id, path_params, fault)
        except MockError as exc:
            response = envelope_error(exc.status, exc.code, exc.msg)
    return fault.sending(response)


async def run_call(
    state: MockState,
    webhooks: WebhookSender,
    request: Request,
    token: str,
    op_id: str,
    path_params: dict[str, str],
    fault: Fault | None = None,
) -> Response:
    """Validate and run the call; answer with its success envelope (its `data` in the shape the operation or the
    fault asks for, padded when the fault asks)."""
    op = OPERATIONS[op_id]
    params = {**check_parameters(op, "path", path_params), **check_parameters(op, "query", request.query_params)}
    params.update(await check_body(op, request))
    outcome = request.headers.get(OUTCOME_HEADER)
    fault = fault or NO_FAULT
    if (outcome or "").strip().lower() == "nsfw" and role_of(op) == "create":
        return fault.success({**NSFW_ANSWER, "trace_id": str(uuid.uuid4())}, None)  # no task, nothing charged
    call = Call(op_id, op, state.account(token), params, base_url(request), state.config, outcome)
    with state.lock:
        data = handler_for(op_id, op)(call)
    # Tasks that report their end by webhook are driven there once this answer has been sent (or lost).
    background = BackgroundTask(webhooks.schedule, call.ending, call.base_url) if call.ending else None
    shape = op["data"]
    data = reshaped(data, fault.shape or (shape["sent_as"] if shape["kind"] == "model" else None))
    body = {"code": 0, "msg": "success", "data": data, "trace_id": str(uuid.uuid4())}
    return fault.success(body, background)


NO_FAULT = Fault("")
OUTCOME_HEADER = "x-a2e-mock-outcome"
# What a create answers with `x-a2e-mock-outcome: nsfw`. A2E's notes (NanoBanana, GPT Image, Flux 2) say a 200 may
# report detected NSFW content instead of a started task; the exact body is not published: this one is the mock's.
NSFW_ANSWER = {
    "code": 0,
    "msg": "NSFW content detected",
    "data": {"nsfw": True, "message": "NSFW content detected; no task was created"},
}


def reshaped(data: Any, shape: str | None) -> Any:
    """A record object as A2E also sends one: `[data]` ("array") or `{"0": data}` ("index-map"); anything else,
    or data that is not an object, as it is."""
    if not isinstance(data, dict):
        return data
    if shape == "array":
        return [data]
    if shape == "index-map":
        return {"0": data}
    return data


def bearer_token(request: Request, state: MockState) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise MockError(401, 401, "Missing token: send Authorization: Bearer <token>")
    if token.strip() not in state.tokens:
        raise MockError(401, 401, "Invalid token")
    return token.strip()


def base_url(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


def check_parameters(op: Operation, location: Location, raw: Any, coerce_text: bool = True) -> dict[str, Any]:
    values = {}
    for field in op["params"]:
        if field["in"] != location:
            continue
        name = field["wire"]
        if name not in raw:
            if field["required"]:
                raise MockError(400, 400, f"{name}: required {location} parameter is missing")
            continue
        value = coerce(raw[name], field["schema"]) if coerce_text else raw[name]
        problem = schema_problem(field["schema"], value)
        if problem and location == "path":  # not an id A2E could have given: no such record, as for any unknown id
            raise MockError(404, 404, f"{name}: no record {value!r:.60} ({problem})")
        if problem:
            raise MockError(400, 400, f"{name}: {problem}")
        values[name] = value
    return values


def ids_fit(path_params: dict[str, str], op_id: str) -> bool:
    """Whether the path parameters a route captured satisfy their schemas (a record id is 24 hex characters)."""
    fields = {f["wire"]: f["schema"] for f in OPERATIONS[op_id]["params"] if f["in"] == "path"}
    return all(schema_problem(fields.get(name, {}), value) is None for name, value in path_params.items())


def coerce(text: str, schema: Schema) -> Any:
    """Query and path values arrive as text; read them as the schema's type when they spell one."""
    kind = schema["type"] if "type" in schema else None
    if kind == "integer" and re.fullmatch(r"-?\d+", text):
        return int(text)
    if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?", text):
        return float(text)
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


async def check_body(op: Operation, request: Request) -> dict[str, Any]:
    """The body's fields, checked as the spec types them, with their values as sent (JSON's 1024 stays an int: the
    generated model would make a `number` field 1024.0). A missing or empty body is `{}`, as an Express `json()`
    backend reads it, so only an operation that requires a field refuses it, naming that field."""
    if not op["body"]:
        return {}
    raw = await request.body()
    if not raw.strip():
        raw = b"{}"
    try:
        raw_fields = json.loads(raw)
    except ValueError:
        raise MockError(400, 400, "request body: not valid JSON") from None
    if isinstance(raw_fields, dict):
        # JSON types first, as the spec states them: pydantic's lax mode would take `false` or "1" for 1,
        # and its strict mode would refuse 1.0, which JSON Schema counts as an integer.
        check_parameters(op, "body", raw_fields, coerce_text=False)
    try:
        model = _wire.model(op["body"]).model_validate_json(raw)
    except ValidationError as exc:
        raise MockError(400, 400, describe(exc)) from None
    dumped = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if not isinstance(dumped, dict):
        return {}
    sent = raw_fields if isinstance(raw_fields, dict) else {}
    return {name: sent.get(name, value) for name, value in dumped.items()}


def describe(exc: ValidationError) -> str:
    """`audioSrc: Field required; anchor_type: Input should be 0 or 1` (model names dropped from paths)."""
    parts = []
    for error in exc.errors()[:3]:
        loc = [str(p) for p in error["loc"] if not re.fullmatch(r"[A-Z]\w*\d*", str(p))]
        parts.append(f"{'.'.join(loc) or 'request body'}: {error['msg']}")
    return "; ".join(dict.fromkeys(parts))


async def asset(state: MockState, request: Request, name: str) -> Response:
    """A result file: the sample of its type, or the fault its `fault` query parameter asks for."""
    suffix = name[name.rfind(".") :] if "." in name else ""
    if suffix not in ASSETS:
        return HTMLResponse(NOT_FOUND_PAGE, status_code=404)
    filename, media_type = ASSETS[suffix]
    spec = request.query_params.get(FAULT_PARAMETER)
    if not spec:
        return Response(asset_bytes(filename), media_type=media_type)
    try:
        fault = Fault.parse(spec, FILE_ITEMS)
    except FaultSpecError as exc:
        return PlainTextResponse(f"{FAULT_PARAMETER}: {exc}", status_code=400)
    redirect = fault.redirect_to(request)
    if redirect is not None:
        return redirect
    with state.lock:
        due = fault.due(state.asset_fault_counts, f"{request.url.path}?{spec}")
    if not due:
        return Response(asset_bytes(filename), media_type=media_type)
    if fault.delay:
        await asyncio.sleep(fault.delay)
    return fault.sending(fault.file_answer(asset_bytes(filename), media_type))


@cache
def asset_bytes(filename: str) -> bytes:
    return (files("a2e.mock") / "assets" / filename).read_bytes()
