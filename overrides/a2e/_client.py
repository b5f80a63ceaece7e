"""What `A2E` and `AsyncA2E` share without I/O: settings, headers, requests, answers, errors and retry decisions.

The two clients (`_async_client.py`, the source, and `_sync_client.py`, written from it) send and wait; every
generated operation ends in their `_call`, so everything here applies to all operations alike.
"""

from __future__ import annotations

import functools
import logging
import os
import ssl
import sys
import time
import weakref
from collections.abc import Callable, Mapping
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Self

import httpx2

from . import _envelope, _logs, _operations, _retry
from ._config import (
    Secret,
    Settings,
    as_timeout,
    attempt_seconds,
    check_headers,
    check_key,
    check_retries,
    header_problem,
    resolve_base_url,
    resolve_settings,
)
from ._constants import CONNECTION_LIMITS, DEFAULT_LANG, DEFAULT_MAX_RETRIES, DOWNLOAD_TIMEOUT, USER_AGENT
from ._exceptions import (
    A2EError,
    APIConnectionError,
    ClientClosedError,
    DownloadError,
    InvalidRequestError,
    OutcomeUnknownError,
    UnexpectedResponseError,
    UploadError,
    carried_loss,
    shown,
)
from ._options import CallOptions
from ._transport import outcome_unknown, scrub, transport_error

if TYPE_CHECKING:
    from . import _download
    from ._raw_response import RawResponse
    from ._retry import Charged
    from ._waiting import Poller

log = _logs.logger


MANY_IN_FLIGHT = 32  # reads of one `as_completed` round at a time, within the connection pool's 64
CANCEL_TIMEOUT = 10.0  # seconds for the cancel call of a wait that stopped
LIST_POLL_PAGES = 50  # pages a wait through a list reads in one poll at most (5,000 records at 100 a page)
ProgressCallback = Callable[[Any], object]
UploadProgress = Callable[[int, int], object]  # (bytes sent, file size)


class Lifecycle:
    """Whether a client's connections were closed, and where: shared by a client and its `with_options` copies,
    so a call on any of them says which line closed them."""

    __slots__ = ("closed_at",)

    def __init__(self) -> None:
        self.closed_at: str | None = None

    def close_here(self) -> None:
        """Record the caller's line that closed the client (the first frame outside a2e)."""
        frame = sys._getframe(1)
        while frame.f_back is not None and frame.f_code.co_filename.startswith(PACKAGE_DIR):
            frame = frame.f_back
        self.closed_at = self.closed_at or f"{frame.f_code.co_filename}:{frame.f_lineno}"


PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


class BaseClient:
    """What the sync and async clients share: settings, headers, URLs and answer handling."""

    _settings: Settings
    _http_settings: Settings | None  # the settings the httpx2 client was made with, if this client made it
    _life: Lifecycle
    _depth: int  # `with` blocks entered on this client and not yet left: only the outermost one closes it

    def __init__(
        self,
        api_key: Secret | None = None,
        *,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        lang: str = DEFAULT_LANG,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._settings = resolve_settings(api_key, base_url, region, timeout, max_retries, lang, headers)
        self._life, self._depth = Lifecycle(), 0
        _logs.configure_from_env()

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> httpx2.Timeout:
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._settings.max_retries

    @property
    def lang(self) -> str:
        return self._settings.lang

    @property
    def headers(self) -> Mapping[str, str]:
        """Extra headers sent on every call (never the Authorization header)."""
        return dict(self._settings.headers)

    def __repr__(self) -> str:
        settings = getattr(self, "_settings", None)  # None while `__init__` has not finished (a traceback's locals)
        base_url = repr(settings.base_url) if settings is not None else "<not built>"
        return f"{type(self).__name__}(base_url={base_url}, api_key='<redacted>')"

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client sharing this one's connections, with some settings changed (`headers` are added)."""
        key = Secret.given(api_key)
        del api_key  # from here on only wrapped: no frame that can raise holds the key in plain text
        changes: dict[str, Any] = {}
        if key is not None:
            changes["api_key"] = check_key(key)
        if base_url is not None:
            changes["base_url"] = resolve_base_url(base_url, None)
        if timeout is not None:
            changes["timeout"] = as_timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = check_retries(max_retries)
        if headers is not None:
            changes["headers"] = {**self._settings.headers, **check_headers(headers)}
        clone = object.__new__(type(self))
        clone._settings = self._settings.replace(**changes)
        clone._http, clone._owns_http = self._http, False  # type: ignore[attr-defined]
        clone._http_settings = self._http_settings
        clone._life, clone._depth = self._life, 0
        return clone

    def _http_options(self) -> dict[str, Any]:
        """What an httpx2 client this client makes for itself carries for every request, so calls need not."""
        return {
            "headers": self._settings.request_headers,
            "timeout": self._settings.timeout,
            "follow_redirects": False,
            **self._connections(),
        }

    def _connections(self) -> dict[str, Any]:
        """How that httpx2 client connects: its pool's limits and the process's TLS context."""
        return {"limits": CONNECTION_LIMITS, "verify": shared_tls()}

    def _request(
        self,
        http: httpx2.Client | httpx2.AsyncClient,
        op_id: str,
        prepared: _operations.PreparedRequest,
        options: CallOptions,
    ) -> tuple[httpx2.Request, float | None]:
        """The request of a call, built once for all its attempts, and how long each attempt may take."""
        args: dict[str, Any] = {"method": prepared.method, "url": self._settings.base_url + prepared.path}
        # The httpx2 client already has these settings' headers and timeout unless it is shared or the user's.
        own = self._http_settings is self._settings
        extra_headers = check_extra_headers(op_id, options.extra_headers) if options.extra_headers else None
        budget = self._settings.attempt_seconds
        if options.timeout is not None:
            args["timeout"] = call_timeout(op_id, options.timeout)
            budget = attempt_seconds(args["timeout"])
        elif not own:
            args["timeout"] = self._settings.timeout
        query = prepared.query
        if options.extra_query:
            query = {**query, **check_extra_query(op_id, options.extra_query)}
        if query:  # httpx2 parses the URL again whenever `params` is given, even empty
            args["params"] = query
        body = prepared.body
        if options.extra_body:
            check_mapping(op_id, "extra_body", options.extra_body)
            body = {**(body or {}), **check_extra(op_id, "extra_body", options.body())}
        if body is not None:
            problem = _operations.json_problem(body)
            if problem:
                raise InvalidRequestError(op_id, problem.split(":", 1)[0], problem)
            args["json"] = body
        # Headers last, once every check has passed: no frame that can raise on a caller's mistake holds the key.
        if extra_headers:
            args["headers"] = self._settings.with_headers(extra_headers)
        elif not own:
            args["headers"] = self._settings.request_headers
        return http.build_request(**args), budget

    def _check_open(self, http: httpx2.Client | httpx2.AsyncClient) -> None:
        """Before each attempt: a closed client (or a user's closed `http_client`) is a ClientClosedError."""
        if not http.is_closed:
            return
        if self._life.closed_at is not None:
            where = f"it was closed at {self._life.closed_at} (by close() or the end of its outermost with block)"
        else:
            where = "the http_client= it was given was closed by its owner"
        raise ClientClosedError(f"this {type(self).__name__} cannot send: {where}; make a new client")

    def _own_http(self, http: httpx2.Client | httpx2.AsyncClient, owned: bool) -> None:
        """Record whether this client made its httpx2 client `http` (and so closes it and bounds its attempts)."""
        self._owns_http = owned
        self._http_settings = self._settings if owned else None
        if owned:
            if pooled(http):  # else no connection of its own is made (a transport given by the testing plugin)
                from ._attempt import bound_attempts

                bound_attempts(http)
            if isinstance(http, httpx2.Client):
                # A client dropped without close() (and its with_options copies with it) still closes its pooled
                # connections when collected, instead of leaving sockets to the interpreter's ResourceWarning. The
                # async pool's sockets can only be closed by awaiting: `async with` or `await client.close()`.
                weakref.finalize(http, http._transport.close)

    def _next_try(
        self,
        op_id: str,
        prepared: _operations.PreparedRequest,
        attempt: int,
        error: A2EError,
        sent_at: float,
        options: CallOptions,
    ) -> float:
        """Seconds before the next attempt of a call whose attempt failed with `error`; when no retry follows,
        the error to raise (for a charged call whose answer was lost, an OutcomeUnknownError)."""
        delay = self._retry_delay(op_id, attempt, error, deadline=options.deadline)
        if delay is None:
            final = self._give_up(op_id, prepared, error, sent_at)
            if final is error:
                raise error
            raise final from error
        return delay

    def _poller(
        self, op_id: str, task_id: str, timeout: float, poll_interval: float, on_progress: ProgressCallback | None
    ) -> Poller:
        from ._waiting import Poller  # imported by the first wait, not by `import a2e`

        dialect = _operations.wait_of(op_id)["dialect"]
        return Poller(op_id, task_id, dialect, timeout, time.monotonic(), poll_interval, on_progress)

    def _answered(
        self, op_id: str, response: httpx2.Response, body: _envelope.Body, started: float
    ) -> tuple[Any, str | None]:
        content = self._settings.api_key.scrubbed(body.content())  # a server that echoes the key gets it cut
        response._content = content  # the body was streamed (to cap its size); keep `http_response.content` usable
        return self._outcome(op_id, response, started)

    def _failure(self, op_id: str, exc: Exception, response: httpx2.Response | None) -> A2EError:
        """What an attempt's exception means, as an A2EError (never a raw httpx2 error; it becomes the cause)."""
        if isinstance(exc, A2EError):
            return exc
        error = self._wrapped(op_id, exc, response)
        error.__cause__ = exc
        return error

    def _wrapped(self, op_id: str, exc: Exception, response: httpx2.Response | None) -> A2EError:
        secret = self._settings.api_key
        if isinstance(exc, httpx2.DecodingError):
            encoding = response.headers.get("content-encoding", "?") if response is not None else "?"
            return UnexpectedResponseError(
                f"{op_id}: the answer could not be decoded (Content-Encoding {encoding}): {scrub(str(exc), secret)}",
                status_code=response.status_code if response is not None else None,
                operation=op_id,
            )
        if isinstance(exc, httpx2.TransportError):
            return transport_error(op_id, exc, secret)
        return APIConnectionError(f"{op_id}: {type(exc).__name__}: {scrub(str(exc), secret)}", operation=op_id)

    def _give_up(self, op_id: str, prepared: _operations.PreparedRequest, error: A2EError, sent_at: float) -> A2EError:
        """The error to raise when no retry follows: for a charged call whose answer was lost after it may have
        reached A2E, an OutcomeUnknownError that says so and how to find out."""
        if not _operations.get_operation(op_id)["charged"] or not outcome_unknown(error):
            return error
        body = error.body if isinstance(error, UnexpectedResponseError) else ""
        return self._lost(
            op_id, prepared, f"the request may have reached A2E but its answer was lost ({error})", sent_at, error, body
        )

    def _lost(
        self,
        op_id: str,
        prepared: _operations.PreparedRequest,
        what: str,
        sent_at: float,
        error: A2EError | None,
        body: str = "",
    ) -> OutcomeUnknownError:
        """For a charged call: the OutcomeUnknownError saying `what` happened, that A2E may have created and charged
        the task, and how to find it."""
        op = _operations.get_operation(op_id)
        name = _operations.task_name(prepared.body)
        list_op = _operations.list_operation(op)
        if name is not None and list_op is not None:
            advice = f"client.find_created(<this error>) looks for a task named {name!r} in {list_op}"
        elif list_op is not None:
            advice = f"no name was sent to tell it apart: look through {list_op} (give each create a unique name)"
        else:
            advice = "check your A2E account's records"
        return OutcomeUnknownError(
            f"{op_id}: {what}; A2E may have created the task and charged for it. Do not send it again blindly: "
            f"{advice}",
            operation=op_id,
            name=name,
            list_operation=list_op,
            sent_at=sent_at,
            cause=error,
            body=body,
        )

    def _parsed(
        self,
        op_id: str,
        prepared: _operations.PreparedRequest,
        params: Mapping[str, Any],
        data: Any,
        trace_id: str | None,
        response: httpx2.Response,
        sent_at: float,
    ) -> Any:
        """`data` as the spec's model. An answer that cannot be read is, for a create, a refusal the spec
        recognises (an NSFW report in place of a task) or, for a charged call, an OutcomeUnknownError: A2E said
        it succeeded, so the task may well exist."""
        try:
            return _operations.parse_data(op_id, data, params, trace_id)
        except UnexpectedResponseError as error:
            op = _operations.get_operation(op_id)
            if op["charged"] or _operations.role_of(op) == "create":
                refusal = _envelope.refusal(op_id, response.status_code, response.content, data)
                if refusal is not None:
                    raise refusal from error
            if not op["charged"]:
                raise
            raise self._lost(
                op_id,
                prepared,
                f"A2E answered success, but the answer cannot be read ({error})",
                sent_at,
                error,
                body=_envelope.as_text(response.content),
            ) from error

    def _interrupted(
        self, op_id: str, prepared: _operations.PreparedRequest, stop: BaseException, sent_at: float
    ) -> None:
        """Note on an interrupt or cancellation of a charged call in flight that A2E may have created the task;
        the exception keeps its type and carries the OutcomeUnknownError as `a2e_outcome_unknown`."""
        if not _operations.get_operation(op_id)["charged"] or hasattr(stop, "a2e_outcome_unknown"):
            return
        lost = self._lost(op_id, prepared, "interrupted after the request may have reached A2E", sent_at, None)
        stop.a2e_outcome_unknown = lost  # type: ignore[attr-defined]
        stop.add_note(f"a2e: {lost}")

    def _file_request(
        self,
        http: httpx2.Client | httpx2.AsyncClient,
        url: str,
        timeout: float | None,
        method: str = "GET",
        headers: Mapping[str, str] | None = None,
        content: Any = None,
    ) -> httpx2.Request:
        """A request to a file host (a result to fetch, an upload to store): no API key (file hosts must never
        see it), only our User-Agent and `headers`."""
        self._check_open(http)
        request: httpx2.Request = http.build_request(
            method,
            url,
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            content=content,
            timeout=as_timeout(timeout or DOWNLOAD_TIMEOUT),
        )
        # Everything a client's own httpx2 client adds for A2E (its key, x-lang, the user's headers) stays out.
        sent_to_a2e = {*self._settings.request_headers, *(self._http_settings or self._settings).request_headers}
        for name in sent_to_a2e - {"User-Agent", *(headers or {})}:
            request.headers.pop(name, None)
        return request

    def _transfer_retry(self, label: str, attempt: int, transient: _download.Transient) -> float:
        """Seconds before the next try of a download or upload; its error when the planner says to stop."""
        from ._download import OPERATION

        delay = self._retry_delay(label, attempt, transient.error, OPERATION)
        if delay is None:
            error = DownloadError if label == "download" else UploadError
            raise error(f"{label} failed: {transient.error}") from transient.error
        return delay

    def _outcome(self, op_id: str, response: httpx2.Response, started: float) -> tuple[Any, str | None]:
        """`data` and `trace_id` of an answer whose body was read; the error it describes otherwise."""
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            log.debug(
                "%s %s -> HTTP %s in %.0f ms (trace_id %s)",
                op_id,
                response.request.url.path,
                response.status_code,
                elapsed,
                _envelope.trace_id(response.content),
            )
        return _envelope.unwrap(op_id, response.status_code, response.headers, response.content)

    def _raw(self, data: Any, trace_id: str | None, response: httpx2.Response, started: float) -> RawResponse[Any]:
        from ._raw_response import RawResponse

        return RawResponse(
            data=data,
            status_code=response.status_code,
            headers=response.headers,
            trace_id=trace_id,
            elapsed=time.perf_counter() - started,
            http_response=response,
        )

    def _retry_delay(
        self,
        label: str,
        attempt: int,
        error: A2EError,
        op: Charged | None = None,
        deadline: float | None = None,
    ) -> float | None:
        """The planner's decision for a call (`op` read from the table by `label`) or a download; logged."""
        op = op if op is not None else _operations.get_operation(label)
        delay = _retry.retry_delay(op, attempt, self._settings.max_retries, error, deadline)
        if delay is not None:
            log.info("%s: %s; retry %d in %.1f s", label, type(error).__name__, attempt + 1, delay)
        return delay


@functools.cache
def shared_tls() -> ssl.SSLContext:
    """One TLS context for every client of this process: building one (loading the CA bundle) costs about 20 ms
    and 800 KiB, which a client made per request or per test would pay each time. It is httpx2's default context:
    SSL_CERT_FILE or SSL_CERT_DIR as set when the first client is made, otherwise the system's trust store (its CA
    bundle on Linux; Windows' and macOS's own stores through truststore); pass an `http_client=` of your own for
    any other."""
    return httpx2.create_ssl_context()


def pooled(http: httpx2.Client | httpx2.AsyncClient) -> bool:
    """Whether an httpx2 client makes connections of its own (through httpx2's HTTP transports)."""
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    return any(isinstance(transport, (httpx2.HTTPTransport, httpx2.AsyncHTTPTransport)) for transport in transports)


def has_paths(params: Mapping[str, Any]) -> bool:
    """Whether any argument is a local file path (to upload before the call)."""
    for value in params.values():
        if isinstance(value, PurePath) or (
            isinstance(value, (list, tuple)) and any(isinstance(item, PurePath) for item in value)
        ):
            return True
    return False


def lost_call(error: object) -> OutcomeUnknownError:
    """The OutcomeUnknownError behind `error`: itself, or the one an interrupted charged call carries."""
    lost = error if isinstance(error, OutcomeUnknownError) else None
    if lost is None and isinstance(error, BaseException):
        lost = carried_loss(error)
    if not isinstance(lost, OutcomeUnknownError):
        raise InvalidRequestError(
            "find_created",
            "error",
            "find_created: pass the OutcomeUnknownError a call raised (or the "
            "KeyboardInterrupt or CancelledError that stopped a charged call, which carries one)",
        )
    return lost


def check_lost(error: object) -> tuple[OutcomeUnknownError, str, dict[str, Any]]:
    """The lost call, the list operation and the parameters that look up the task of a call that raised `error`."""
    lost = lost_call(error)
    params = _operations.lookup_call(lost.operation, lost.name, lost.list_operation)
    return lost, str(lost.list_operation), params


def check_mapping(op_id: str, option: str, value: object) -> None:
    if not isinstance(value, Mapping):
        raise InvalidRequestError(op_id, option, f"{option}: expected a mapping (a dict), got {type(value).__name__}")


def check_extra_headers(op_id: str, headers: Mapping[str, str]) -> Mapping[str, str]:
    check_mapping(op_id, "extra_headers", headers)
    for name, value in headers.items():
        problem = header_problem(name, value)
        if problem:
            raise InvalidRequestError(op_id, "extra_headers", f"extra_headers: {problem}")
    return headers


def check_extra_query(op_id: str, query: Mapping[str, object]) -> dict[str, str]:
    check_mapping(op_id, "extra_query", query)
    for name, value in query.items():
        if not isinstance(name, str) or not isinstance(value, (str, int, float)):
            raise InvalidRequestError(
                op_id,
                "extra_query",
                f"extra_query: {shown(name, 40)} needs a str, int, float or bool value, got {shown(value, 40)}",
            )
        problem = _operations.json_problem(value)
        if problem:
            raise InvalidRequestError(op_id, "extra_query", f"extra_query: {name}: {problem}")
    return {name: _operations.query_text(value) for name, value in query.items()}


def check_extra(op_id: str, option: str, values: Mapping[str, Any]) -> Mapping[str, Any]:
    problem = _operations.json_problem(values)
    if problem:
        raise InvalidRequestError(op_id, option, f"{option}: {problem}")
    return values


def call_timeout(op_id: str, timeout: float | httpx2.Timeout) -> httpx2.Timeout:
    try:
        return as_timeout(timeout)
    except A2EError as exc:
        raise InvalidRequestError(op_id, "timeout", str(exc)) from None
