"""`A2E` and `AsyncA2E`: authentication, transport, retries and logging for every generated operation.

The typed groups (`client.videos.generate(...)`) come from the generated `_a2e_api.resources`; each of
their methods ends in `_call`, so everything here applies to all operations alike.
"""

from __future__ import annotations

import functools
import logging
import os
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Self

import httpx
from _a2e_api.resources import AsyncResources, Resources

from . import _constants, _download, _envelope, _logs, _operations, _retry
from ._config import (
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
    APITimeoutError,
    DownloadError,
    InvalidRequestError,
    OutcomeUnknownError,
    ServerError,
    UnexpectedResponseError,
    UploadError,
    WaitTimeoutError,
    carried_loss,
)
from ._options import ATTEMPT_DEADLINE, CallOptions

if TYPE_CHECKING:
    from _a2e_api.resources.raw import AsyncRawResources, RawResources

    from ._many import TaskOutcome
    from ._raw_response import RawResponse
    from .webhooks import Inbox

log = _logs.logger


MANY_IN_FLIGHT = 32  # reads of one `as_completed` round at a time, within the connection pool's 64
CANCEL_TIMEOUT = 10.0  # seconds for the cancel call of a wait that stopped
LIST_POLL_PAGES = 50  # pages a wait through a list reads in one poll at most (5,000 records at 100 a page)
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
ProgressCallback = Callable[[Any], object]
UploadProgress = Callable[[int, int], object]  # (bytes sent, file size)


class BaseClient:
    """What the sync and async clients share: settings, headers, URLs and answer handling."""

    _settings: Settings
    _http_settings: Settings | None  # the settings the httpx client was made with, if this client made it

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        lang: str = DEFAULT_LANG,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._settings = resolve_settings(api_key, base_url, region, timeout, max_retries, lang, headers)
        _logs.configure_from_env()

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> httpx.Timeout:
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
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key='<redacted>')"

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client sharing this one's connections, with some settings changed (`headers` are added)."""
        changes: dict[str, Any] = {}
        if api_key is not None:
            changes["api_key"] = check_key(api_key)
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
        return clone

    def _http_options(self) -> dict[str, Any]:
        """What an httpx client this client makes for itself carries for every request, so calls need not."""
        return {"headers": self._settings.request_headers, "timeout": self._settings.timeout,
                "follow_redirects": False, "limits": CONNECTION_LIMITS, "verify": shared_tls()}  # fmt: skip

    def _request(
        self, http: httpx.Client | httpx.AsyncClient, op_id: str, prepared: _operations.PreparedRequest,
        options: CallOptions,
    ) -> tuple[httpx.Request, float | None]:  # fmt: skip
        """The request of a call, built once for all its attempts, and how long each attempt may take."""
        args: dict[str, Any] = {"method": prepared.method, "url": self._settings.base_url + prepared.path}
        # The httpx client already has these settings' headers and timeout unless it is shared or the user's.
        own = self._http_settings is self._settings
        if options.extra_headers:
            headers = self._settings.request_headers
            args["headers"] = {**headers, **check_extra_headers(op_id, options.extra_headers),
                               "Authorization": headers["Authorization"]}  # fmt: skip
        elif not own:
            args["headers"] = self._settings.request_headers
        budget = self._settings.attempt_seconds
        if options.timeout is not None:
            args["timeout"] = call_timeout(op_id, options.timeout)
            budget = attempt_seconds(args["timeout"])
        elif not own:
            args["timeout"] = self._settings.timeout
        query = prepared.query
        if options.extra_query:
            query = {**query, **check_extra_query(op_id, options.extra_query)}
        if query:  # httpx parses the URL again whenever `params` is given, even empty
            args["params"] = query
        body = prepared.body
        if options.extra_body:
            body = {**(body or {}), **check_extra(op_id, "extra_body", options.body())}
        if body is not None:
            problem = _operations.json_problem(body)
            if problem:
                raise InvalidRequestError(op_id, problem.split(":", 1)[0], problem)
            args["json"] = body
        return http.build_request(**args), budget

    def _answered(self, op_id: str, response: httpx.Response, body: _envelope.Body, started: float) -> Any:
        content = body.content()
        response._content = content  # the body was streamed (to cap its size); keep `http_response.content` usable
        return self._outcome(op_id, response, started)

    def _failure(self, op_id: str, exc: Exception, response: httpx.Response | None) -> A2EError:
        """What an attempt's exception means, as an A2EError (never a raw httpx error; it becomes the cause)."""
        if isinstance(exc, A2EError):
            return exc
        error = self._wrapped(op_id, exc, response)
        error.__cause__ = exc
        return error

    def _wrapped(self, op_id: str, exc: Exception, response: httpx.Response | None) -> A2EError:
        if isinstance(exc, httpx.DecodingError):
            encoding = response.headers.get("content-encoding", "?") if response is not None else "?"
            return UnexpectedResponseError(
                f"{op_id}: the answer could not be decoded (Content-Encoding {encoding}): {scrub(str(exc), self)}",
                status_code=response.status_code if response is not None else None,
                operation=op_id,
            )
        if isinstance(exc, httpx.TransportError):
            return transport_error(op_id, exc, self)
        return APIConnectionError(f"{op_id}: {type(exc).__name__}: {scrub(str(exc), self)}", operation=op_id)

    def _give_up(self, op_id: str, prepared: _operations.PreparedRequest, error: A2EError, sent_at: float) -> A2EError:
        """The error to raise when no retry follows: for a charged call whose answer was lost after it may have
        reached A2E, an OutcomeUnknownError that says so and how to find out."""
        if not _operations.get_operation(op_id)["charged"] or not outcome_unknown(error):
            return error
        body = error.body if isinstance(error, UnexpectedResponseError) else ""
        return self._lost(op_id, prepared, f"the request may have reached A2E but its answer was lost ({error})",
                          sent_at, error, body)  # fmt: skip

    def _lost(
        self, op_id: str, prepared: _operations.PreparedRequest, what: str, sent_at: float, error: A2EError | None,
        body: str = "",
    ) -> OutcomeUnknownError:  # fmt: skip
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
            operation=op_id, name=name, list_operation=list_op, sent_at=sent_at, cause=error, body=body,
        )  # fmt: skip

    def _parsed(
        self, op_id: str, prepared: _operations.PreparedRequest, params: Mapping[str, Any], data: Any,
        response: httpx.Response, sent_at: float,
    ) -> Any:  # fmt: skip
        """`data` as the spec's model. An answer that cannot be read is, for a create, a refusal the spec
        recognises (an NSFW report in place of a task) or, for a charged call, an OutcomeUnknownError: A2E said
        it succeeded, so the task may well exist."""
        try:
            return _operations.parse_data(op_id, data, params)
        except UnexpectedResponseError as error:
            op = _operations.get_operation(op_id)
            if op["charged"] or (op["resource"] or {}).get("role") == "create":
                refusal = _envelope.refusal(op_id, response.status_code, response.content, data)
                if refusal is not None:
                    raise refusal from error
            if not op["charged"]:
                raise
            raise self._lost(op_id, prepared, f"A2E answered success, but the answer cannot be read ({error})",
                             sent_at, error, body=_envelope.as_text(response.content)) from error  # fmt: skip

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
        self, http: httpx.Client | httpx.AsyncClient, url: str, timeout: float | None, method: str = "GET",
        headers: Mapping[str, str] | None = None, content: Any = None,
    ) -> httpx.Request:  # fmt: skip
        """A request to a file host (a result to fetch, an upload to store): no API key (file hosts must never
        see it), only our User-Agent and `headers`."""
        request: httpx.Request = http.build_request(
            method, url, headers={"User-Agent": USER_AGENT, **(headers or {})}, content=content,
            timeout=as_timeout(timeout or DOWNLOAD_TIMEOUT),
        )  # fmt: skip
        # Everything a client's own httpx client adds for A2E (its key, x-lang, the user's headers) stays out.
        sent_to_a2e = {*self._settings.request_headers, *(self._http_settings or self._settings).request_headers}
        for name in sent_to_a2e - {"User-Agent", *(headers or {})}:
            request.headers.pop(name, None)
        return request

    def _transfer_retry(self, label: str, attempt: int, transient: _download.Transient) -> float:
        """Seconds before the next try of a download or upload; its error when the planner says to stop."""
        delay = self._retry_delay(label, attempt, transient.error, _download.OPERATION)
        if delay is None:
            error = DownloadError if label == "download" else UploadError
            raise error(f"{label} failed: {transient.error}") from transient.error
        return delay

    def _outcome(self, op_id: str, response: httpx.Response, started: float) -> Any:
        """`data` of an answer whose body was read; the error it describes otherwise."""
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            log.debug("%s %s -> HTTP %s in %.0f ms (trace_id %s)", op_id, response.request.url.path,
                      response.status_code, elapsed, _envelope.trace_id(response.content))  # fmt: skip
        return _envelope.unwrap(op_id, response.status_code, response.headers, response.content)

    def _raw(self, data: Any, response: httpx.Response, started: float) -> RawResponse[Any]:
        from ._raw_response import RawResponse

        return RawResponse(
            data=data,
            status_code=response.status_code,
            headers=response.headers,
            trace_id=_envelope.trace_id(response.content),
            elapsed=time.perf_counter() - started,
            http_response=response,
        )

    def _retry_delay(
        self, label: str, attempt: int, error: A2EError, op: Mapping[str, Any] | None = None,
        deadline: float | None = None,
    ) -> float | None:  # fmt: skip
        """The planner's decision for a call (`op` read from the table by `label`) or a download; logged."""
        op = op if op is not None else _operations.get_operation(label)
        delay = _retry.retry_delay(op, attempt, self._settings.max_retries, error, deadline)
        if delay is not None:
            log.info("%s: %s; retry %d in %.1f s", label, type(error).__name__, attempt + 1, delay)
        return delay


@functools.cache
def shared_tls() -> ssl.SSLContext:
    """One TLS context for every client of this process: building one (loading the CA bundle) costs about 20 ms
    and 800 KiB, which a client made per request or per test would pay each time. It is httpx's default context
    (certifi's CA bundle, or SSL_CERT_FILE / SSL_CERT_DIR as set when the first client is made); pass an
    `http_client=` of your own for any other."""
    return httpx.create_ssl_context()


async def async_sleep(seconds: float) -> None:
    import asyncio  # only async users pay for importing asyncio

    await asyncio.sleep(seconds)


def transport_error(op_id: str, exc: httpx.TransportError, client: BaseClient | None = None) -> APIConnectionError:
    sent = not isinstance(exc, NOT_SENT)
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    if kind is APITimeoutError:
        what = "timed out"
    else:
        what = "lost the connection after sending" if sent else "could not reach A2E"
    detail = scrub(str(exc), client) if client is not None else str(exc)
    return kind(f"{op_id}: {what} ({type(exc).__name__}: {detail})", operation=op_id, request_sent=sent)


def scrub(text: str, client: BaseClient) -> str:
    """`text` without the API key, should a library have put it there."""
    key = client._settings.api_key.reveal()
    return text.replace(key, "<redacted>") if key in text else text


def outcome_unknown(error: A2EError) -> bool:
    """Whether a failed attempt may have been carried out by A2E without our learning so."""
    if isinstance(error, APIConnectionError):
        return error.request_sent
    if isinstance(error, UnexpectedResponseError):  # an unreadable answer; A2E's errors are readable envelopes
        return error.status_code is None or 200 <= error.status_code < 300 or error.status_code >= 500
    return isinstance(error, ServerError) and error.code is None  # a gateway's page, not A2E's own error


def has_paths(params: Mapping[str, Any]) -> bool:
    """Whether any argument is a local file path (to upload before the call)."""
    for value in params.values():
        if isinstance(value, PurePath) or (
            isinstance(value, (list, tuple)) and any(isinstance(item, PurePath) for item in value)
        ):
            return True
    return False


def check_put(response: httpx.Response, target: str) -> None:
    from ._upload import check_put as check

    check(response, target)


def lost_call(error: object) -> OutcomeUnknownError:
    """The OutcomeUnknownError behind `error`: itself, or the one an interrupted charged call carries."""
    lost = error if isinstance(error, OutcomeUnknownError) else None
    if lost is None and isinstance(error, BaseException):
        lost = carried_loss(error)
    if not isinstance(lost, OutcomeUnknownError):
        raise InvalidRequestError(
            "find_created", "error", "find_created: pass the OutcomeUnknownError a call raised (or the "
            "KeyboardInterrupt or CancelledError that stopped a charged call, which carries one)"
        )  # fmt: skip
    return lost


def check_lost(error: object) -> tuple[OutcomeUnknownError, str, dict[str, Any]]:
    """The lost call, the list operation and the parameters that look up the task of a call that raised `error`."""
    lost = lost_call(error)
    params = _operations.lookup_call(lost.operation, lost.name, lost.list_operation)
    return lost, str(lost.list_operation), params


def check_extra_headers(op_id: str, headers: Mapping[str, str]) -> Mapping[str, str]:
    for name, value in headers.items():
        problem = header_problem(name, value)
        if problem:
            raise InvalidRequestError(op_id, "extra_headers", f"extra_headers: {problem}")
    return headers


def check_extra_query(op_id: str, query: Mapping[str, object]) -> dict[str, str]:
    for name, value in query.items():
        if not isinstance(name, str) or not isinstance(value, (str, int, float)):
            raise InvalidRequestError(
                op_id,
                "extra_query",
                f"extra_query: {name!r:.40} needs a str, int, float or bool value, got {value!r:.40}",
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


def call_timeout(op_id: str, timeout: float | httpx.Timeout) -> httpx.Timeout:
    try:
        return as_timeout(timeout)
    except A2EError as exc:
        raise InvalidRequestError(op_id, "timeout", str(exc)) from None


class A2E(BaseClient, Resources):
    """Synchronous A2E client.

    >>> client = A2E()                      # API key from A2E_API_KEY
    >>> client.misc.remaining_coins().coins

    Operations are grouped as in A2E's docs (`client.tts`, `client.videos`, ...); `client.call(id, **wire)`
    reaches any operation by its operationId with A2E's wire names.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        lang: str = DEFAULT_LANG,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(api_key, base_url=base_url, region=region, timeout=timeout, max_retries=max_retries,
                         lang=lang, headers=headers)  # fmt: skip
        self._http = http_client or httpx.Client(**self._http_options())
        self._owns_http = http_client is None
        if self._owns_http:
            from ._attempt import bound_attempts

            bound_attempts(self._http)
        self._http_settings = self._settings if http_client is None else None

    def call(self, operation_id: str, /, **params: Any) -> Any:
        """Run any operation by its operationId, with parameters named as on the wire (`_id`, `audioSrc`)."""
        return self._call(operation_id, params)

    def _call(self, operation_id: str, params: Mapping[str, Any], **options: Any) -> Any:
        if has_paths(params):
            params = self._uploaded(operation_id, params)
        prepared = _operations.prepare(operation_id, params)
        data, response, _, sent_at = self._send(operation_id, prepared, CallOptions(**options))
        return self._parsed(operation_id, prepared, params, data, response, sent_at)

    def _call_raw(self, operation_id: str, params: Mapping[str, Any], **options: Any) -> RawResponse[Any]:
        if has_paths(params):
            params = self._uploaded(operation_id, params)
        prepared = _operations.prepare(operation_id, params)
        data, response, started, sent_at = self._send(operation_id, prepared, CallOptions(**options))
        return self._raw(self._parsed(operation_id, prepared, params, data, response, sent_at), response, started)

    def _send(
        self, op_id: str, prepared: _operations.PreparedRequest, options: CallOptions
    ) -> tuple[Any, httpx.Response, float, float]:
        """Send with retries; return the envelope's `data`, the answer, when the successful attempt began and when
        the call was first sent (Unix time). An interrupt or cancellation keeps its type; for a charged call it
        carries a note that A2E may have created the task (see `_interrupted`)."""
        request, budget = self._request(self._http, op_id, prepared, options)
        sent_at = time.time()
        attempt = 0
        try:
            while True:
                started = time.perf_counter()
                deadline = ATTEMPT_DEADLINE.set(time.monotonic() + budget) if budget is not None else None
                response = None
                try:
                    response = self._http.send(request, stream=True)
                    try:
                        body = _envelope.Body(op_id, response.status_code, response.headers)
                        for chunk in response.iter_bytes():
                            if body.add(chunk):
                                break
                    finally:
                        response.close()
                    return self._answered(op_id, response, body, started), response, started, sent_at
                except (httpx.HTTPError, httpx.StreamError, A2EError) as exc:
                    error = self._failure(op_id, exc, response)
                finally:
                    if deadline is not None:
                        ATTEMPT_DEADLINE.reset(deadline)
                delay = self._retry_delay(op_id, attempt, error, deadline=options.deadline)
                if delay is None:
                    final = self._give_up(op_id, prepared, error, sent_at)
                    if final is error:
                        raise error
                    raise final from error
                time.sleep(delay)
                attempt += 1
        except BaseException as stop:
            if not isinstance(stop, Exception):  # KeyboardInterrupt, a cancellation
                self._interrupted(op_id, prepared, stop, sent_at)
            raise

    def _wait(
        self, op_id: str, task_id: str, *, timeout: float, poll_interval: float, on_progress: ProgressCallback | None,
        cancel_on_timeout: bool = False,
    ) -> Any:  # fmt: skip
        op = _operations.get_operation(op_id)
        from ._waiting import Poller  # imported by the first wait, not by `import a2e`

        poller = Poller(op_id, task_id, op["wait"]["dialect"], timeout, time.monotonic(), poll_interval, on_progress)
        params = _operations.wait_params(op_id, task_id)
        try:
            while True:
                data = self._poll(op_id, params, [task_id], poller.deadline)
                snapshot, done = poller.observe(_operations.wait_answer(op, data, task_id), time.monotonic())
                if on_progress is not None:
                    on_progress(snapshot)
                if done:
                    return snapshot.record
                time.sleep(poller.next_sleep(time.monotonic()))
        except (WaitTimeoutError, KeyboardInterrupt) as stopped:
            if cancel_on_timeout:
                cancel_op, cancel_params = _operations.cancel_call(op, task_id)
                try:
                    self._call(cancel_op, cancel_params, timeout=CANCEL_TIMEOUT)
                    stopped.add_note(f"a2e: {cancel_op} was called on task {task_id}")
                except A2EError as failed:
                    stopped.add_note(f"a2e: could not cancel task {task_id}: {failed}")
            raise

    def _poll(self, op_id: str, params: dict[str, Any], task_ids: list[str], deadline: float | None) -> Any:
        """One status read of a wait. A wait through a family's list reads its pages from the newest until every
        task is found or the list ends (at most LIST_POLL_PAGES pages), and answers the records found."""
        if not _operations.waits_via_list(_operations.get_operation(op_id)):
            return self._call(op_id, params, deadline=deadline)
        from ._pages import Paging

        paging, search = Paging(op_id, {}, None, {}), _operations.ListSearch(task_ids)
        for _ in range(LIST_POLL_PAGES):
            if paging.done or not search.wanted:
                break
            search.take(paging.take(self._call(op_id, paging.request(), deadline=deadline)))
        return search.found

    def as_completed(
        self, tasks: Iterable[tuple[str, str]], *, timeout: float = 600.0, poll_interval: float = 2.0,
        on_progress: ProgressCallback | None = None, inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome]:  # fmt: skip
        """Wait for many tasks of any families; yield each `TaskOutcome` as its task ends, failures included.

        `tasks` are `(group, task id)` pairs (`("face_swap", id)`, `("videos", id)`; a group with two kinds of
        task takes the wait operation's id, such as `"wan_video_get_spicy"`). One polling loop reads every
        family through its batch operation (50 ids a request) where it has one. Tasks still running after
        `timeout` end with a `WaitTimeoutError` outcome; a task's failure never stops the others. With an
        `a2e.webhooks.Inbox` fed by your webhook receiver, a reported task is polled at once, not at the next poll.
        """
        from ._many import Tracker

        tracker = Tracker(tasks, timeout, poll_interval, on_progress, time.monotonic())
        while tracker.pending:
            for op_id, params, entries in tracker.reads():
                try:
                    data, error = self._poll(op_id, params, [e.task_id for e in entries], tracker.deadline), None
                except A2EError as failed:
                    data, error = None, failed
                yield from tracker.observe(entries, data, error, time.monotonic())
            if not tracker.pending:
                return
            delay = tracker.next_sleep(time.monotonic())
            if delay is None:
                yield from tracker.expire()
                return
            if inbox is None:
                time.sleep(delay)
            else:
                inbox.wait(delay, tracker.task_ids())
                inbox.take(tracker.task_ids())

    def wait_many(
        self, tasks: Iterable[tuple[str, str]], *, timeout: float = 600.0, poll_interval: float = 2.0,
        on_progress: ProgressCallback | None = None, inbox: Inbox | None = None,
    ) -> list[TaskOutcome]:  # fmt: skip
        """Wait for many tasks; every `TaskOutcome` (record or error), in the order the tasks were given.
        See `as_completed`."""
        outcomes = self.as_completed(tasks, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress,
                                     inbox=inbox)  # fmt: skip
        return sorted(outcomes, key=lambda outcome: outcome.position)

    def find_created(self, error: OutcomeUnknownError | BaseException) -> Any:
        """After an `OutcomeUnknownError`: the task the lost call created, found by the name it sent among the
        newest 100 of its family's tasks, or None when A2E shows no such task there."""
        lost, op_id, params = check_lost(error)
        page = self._call(op_id, params)
        return _operations.find_named(page, str(lost.name))

    def upload(
        self, path: str | os.PathLike[str], *, content_type: str | None = None, key: str | None = None,
        on_progress: UploadProgress | None = None, timeout: float | None = None,
    ) -> str:  # fmt: skip
        """Store a local file with A2E and return its public URL, for any parameter that takes a media URL.

        The file is streamed from disk straight to A2E's storage host through a presigned URL (the API key is
        never sent there); `on_progress(sent, size)` follows it. The presign call is charged (for API tokens) and
        never resent once it may have reached A2E; the upload itself is retried like a read (`UploadError` at the
        end).
        Parameters that take a media URL also accept a `pathlib.Path`, uploaded this way first.
        """
        from ._upload import LocalFile, urls

        file = LocalFile(path, content_type, key)
        target, public = urls(self._call("storage_presign_upload", file.presign_params()))
        headers = {"Content-Type": file.content_type, "Content-Length": str(file.size)}
        attempt = 0
        while True:
            try:
                request = self._file_request(self._http, target, timeout, "PUT", headers, file.chunks(on_progress))
                try:
                    response = self._http.send(request)
                except httpx.TransportError as exc:
                    raise _download.Transient(transport_error("upload", exc)) from exc
                check_put(response, target)
                return public
            except _download.Transient as transient:
                time.sleep(self._transfer_retry("upload", attempt, transient))
                attempt += 1

    def _uploaded(self, operation_id: str, params: Mapping[str, Any]) -> dict[str, Any]:
        from ._upload import local_files, replaced

        found = local_files(operation_id, params)
        return replaced(params, {(name, index): self.upload(path) for name, index, path in found})

    def download(
        self, url: str | None, path: str | os.PathLike[str], *, overwrite: bool = False, timeout: float | None = None
    ) -> Path:
        """Stream a result file to `path` (a file or a folder); return the file's path.

        Writes to a temporary file in the same folder and renames it only when every byte arrived, so a
        failed download leaves nothing behind. No API key is sent to the file host. `timeout` (seconds) bounds
        each attempt as a whole; without it an attempt ends when nothing arrives for 300 s, or fewer than 32 KiB
        in 30 s. Failed attempts are retried like a read (`max_retries`).
        """
        url, target = _download.check_download(url, path, overwrite, timeout)
        attempt = 0
        while True:  # the same retry decisions as calls: a download is a read
            deadline = ATTEMPT_DEADLINE.set(time.monotonic() + timeout) if timeout is not None else None
            try:
                return self._download_once(url, target, timeout)
            except _download.Transient as transient:
                delay = self._transfer_retry("download", attempt, transient)
            finally:
                if deadline is not None:
                    ATTEMPT_DEADLINE.reset(deadline)
            time.sleep(delay)
            attempt += 1

    def _download_once(self, url: str, target: Path, timeout: float | None) -> Path:
        current = url
        for hops in range(_constants.MAX_REDIRECTS + 1):
            request = self._file_request(self._http, current, timeout)
            saver = None
            try:
                response = self._http.send(request, stream=True)
                try:
                    next_url = _download.redirect_target(response, current, hops)
                    if next_url is None:
                        saver = _download.Saver(response, current, target)
                        for chunk in response.iter_raw() if saver.raw else response.iter_bytes():
                            saver.write(chunk)
                        return saver.finish()
                finally:
                    response.close()
            except BaseException as exc:  # nothing stays on disk, whatever stopped the download
                if saver is not None:
                    saver.abort()
                if isinstance(exc, (httpx.HTTPError, httpx.StreamError)):
                    raise _download.body_error(exc, current) from exc
                raise
            current = next_url
        raise AssertionError("unreachable: redirect_target stops after MAX_REDIRECTS")

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, each answering a `RawResponse`: HTTP status, headers, `trace_id`, elapsed time
        and the parsed `data` (`client.with_raw_response.videos.generate(...)`)."""
        from _a2e_api.resources.raw import RawResources

        return RawResources(self)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> A2E:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncA2E(BaseClient, AsyncResources):
    """Asynchronous A2E client; the same groups and methods as `A2E`, each awaitable."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        lang: str = DEFAULT_LANG,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(api_key, base_url=base_url, region=region, timeout=timeout, max_retries=max_retries,
                         lang=lang, headers=headers)  # fmt: skip
        self._http = http_client or httpx.AsyncClient(**self._http_options())
        self._owns_http = http_client is None
        if self._owns_http:
            from ._attempt import bound_attempts

            bound_attempts(self._http)
        self._http_settings = self._settings if http_client is None else None

    async def call(self, operation_id: str, /, **params: Any) -> Any:
        """Run any operation by its operationId, with parameters named as on the wire (`_id`, `audioSrc`)."""
        return await self._call(operation_id, params)

    async def _call(self, operation_id: str, params: Mapping[str, Any], **options: Any) -> Any:
        if has_paths(params):
            params = await self._uploaded(operation_id, params)
        prepared = _operations.prepare(operation_id, params)
        data, response, _, sent_at = await self._send(operation_id, prepared, CallOptions(**options))
        return self._parsed(operation_id, prepared, params, data, response, sent_at)

    async def _call_raw(self, operation_id: str, params: Mapping[str, Any], **options: Any) -> RawResponse[Any]:
        if has_paths(params):
            params = await self._uploaded(operation_id, params)
        prepared = _operations.prepare(operation_id, params)
        data, response, started, sent_at = await self._send(operation_id, prepared, CallOptions(**options))
        return self._raw(self._parsed(operation_id, prepared, params, data, response, sent_at), response, started)

    async def _send(
        self, op_id: str, prepared: _operations.PreparedRequest, options: CallOptions
    ) -> tuple[Any, httpx.Response, float, float]:
        """Send with retries; return the envelope's `data`, the answer, when the successful attempt began and when
        the call was first sent (Unix time). An interrupt or cancellation keeps its type; for a charged call it
        carries a note that A2E may have created the task (see `_interrupted`)."""
        request, budget = self._request(self._http, op_id, prepared, options)
        sent_at = time.time()
        attempt = 0
        try:
            while True:
                started = time.perf_counter()
                deadline = ATTEMPT_DEADLINE.set(time.monotonic() + budget) if budget is not None else None
                response = None
                try:
                    response = await self._http.send(request, stream=True)
                    try:
                        body = _envelope.Body(op_id, response.status_code, response.headers)
                        async for chunk in response.aiter_bytes():
                            if body.add(chunk):
                                break
                    finally:
                        await response.aclose()
                    return self._answered(op_id, response, body, started), response, started, sent_at
                except (httpx.HTTPError, httpx.StreamError, A2EError) as exc:
                    error = self._failure(op_id, exc, response)
                finally:
                    if deadline is not None:
                        ATTEMPT_DEADLINE.reset(deadline)
                delay = self._retry_delay(op_id, attempt, error, deadline=options.deadline)
                if delay is None:
                    final = self._give_up(op_id, prepared, error, sent_at)
                    if final is error:
                        raise error
                    raise final from error
                await async_sleep(delay)
                attempt += 1
        except BaseException as stop:
            if not isinstance(stop, Exception):  # KeyboardInterrupt, a cancellation
                self._interrupted(op_id, prepared, stop, sent_at)
            raise

    async def _wait(
        self, op_id: str, task_id: str, *, timeout: float, poll_interval: float, on_progress: ProgressCallback | None,
        cancel_on_timeout: bool = False,
    ) -> Any:  # fmt: skip
        import asyncio

        op = _operations.get_operation(op_id)
        from ._waiting import Poller  # imported by the first wait, not by `import a2e`

        poller = Poller(op_id, task_id, op["wait"]["dialect"], timeout, time.monotonic(), poll_interval, on_progress)
        params = _operations.wait_params(op_id, task_id)
        try:
            while True:
                data = await self._poll(op_id, params, [task_id], poller.deadline)
                snapshot, done = poller.observe(_operations.wait_answer(op, data, task_id), time.monotonic())
                if on_progress is not None:
                    on_progress(snapshot)
                if done:
                    return snapshot.record
                await async_sleep(poller.next_sleep(time.monotonic()))
        except (WaitTimeoutError, KeyboardInterrupt, asyncio.CancelledError) as stopped:
            if cancel_on_timeout:
                cancel_op, cancel_params = _operations.cancel_call(op, task_id)
                try:  # shielded: a cancelled wait still gets its cancel call through
                    await asyncio.shield(self._call(cancel_op, cancel_params, timeout=CANCEL_TIMEOUT))
                    stopped.add_note(f"a2e: {cancel_op} was called on task {task_id}")
                except A2EError as failed:
                    stopped.add_note(f"a2e: could not cancel task {task_id}: {failed}")
            raise

    async def _poll(self, op_id: str, params: dict[str, Any], task_ids: list[str], deadline: float | None) -> Any:
        """One status read of a wait (see `A2E._poll`)."""
        if not _operations.waits_via_list(_operations.get_operation(op_id)):
            return await self._call(op_id, params, deadline=deadline)
        from ._pages import Paging

        paging, search = Paging(op_id, {}, None, {}), _operations.ListSearch(task_ids)
        for _ in range(LIST_POLL_PAGES):
            if paging.done or not search.wanted:
                break
            search.take(paging.take(await self._call(op_id, paging.request(), deadline=deadline)))
        return search.found

    async def as_completed(
        self, tasks: Iterable[tuple[str, str]], *, timeout: float = 600.0, poll_interval: float = 2.0,
        on_progress: ProgressCallback | None = None, inbox: Inbox | None = None,
    ) -> AsyncIterator[TaskOutcome]:  # fmt: skip
        """Wait for many tasks; yield each `TaskOutcome` as its task ends. See `A2E.as_completed`; a round's
        reads run concurrently (at most MANY_IN_FLIGHT at a time)."""
        import asyncio

        from ._many import Tracker

        tracker = Tracker(tasks, timeout, poll_interval, on_progress, time.monotonic())
        limit = asyncio.Semaphore(MANY_IN_FLIGHT)

        async def read(op_id: str, params: dict[str, Any], ids: list[str]) -> tuple[Any, A2EError | None]:
            async with limit:
                try:
                    return await self._poll(op_id, params, ids, tracker.deadline), None
                except A2EError as failed:
                    return None, failed

        while tracker.pending:
            reads = tracker.reads()
            answers = await asyncio.gather(*(read(op_id, params, [e.task_id for e in entries])
                                             for op_id, params, entries in reads))  # fmt: skip
            for (_, _, entries), (data, error) in zip(reads, answers, strict=True):
                for outcome in tracker.observe(entries, data, error, time.monotonic()):
                    yield outcome
            if not tracker.pending:
                return
            delay = tracker.next_sleep(time.monotonic())
            if delay is None:
                for outcome in tracker.expire():
                    yield outcome
                return
            if inbox is None:
                await async_sleep(delay)
            else:
                await inbox.async_wait(delay, tracker.task_ids())
                inbox.take(tracker.task_ids())

    async def wait_many(
        self, tasks: Iterable[tuple[str, str]], *, timeout: float = 600.0, poll_interval: float = 2.0,
        on_progress: ProgressCallback | None = None, inbox: Inbox | None = None,
    ) -> list[TaskOutcome]:  # fmt: skip
        """Wait for many tasks; every `TaskOutcome`, in the order given. See `A2E.as_completed`."""
        outcomes = [o async for o in self.as_completed(tasks, timeout=timeout, poll_interval=poll_interval,
                                                       on_progress=on_progress, inbox=inbox)]  # fmt: skip
        return sorted(outcomes, key=lambda outcome: outcome.position)

    async def find_created(self, error: OutcomeUnknownError | BaseException) -> Any:
        """After an `OutcomeUnknownError`: the created task, or None. See `A2E.find_created`."""
        lost, op_id, params = check_lost(error)
        page = await self._call(op_id, params)
        return _operations.find_named(page, str(lost.name))

    async def upload(
        self, path: str | os.PathLike[str], *, content_type: str | None = None, key: str | None = None,
        on_progress: UploadProgress | None = None, timeout: float | None = None,
    ) -> str:  # fmt: skip
        """Store a local file with A2E and return its public URL. See `A2E.upload`."""
        from ._upload import LocalFile, urls

        file = LocalFile(path, content_type, key)
        target, public = urls(await self._call("storage_presign_upload", file.presign_params()))
        headers = {"Content-Type": file.content_type, "Content-Length": str(file.size)}
        attempt = 0
        while True:
            try:
                request = self._file_request(self._http, target, timeout, "PUT", headers, file.achunks(on_progress))
                try:
                    response = await self._http.send(request)
                except httpx.TransportError as exc:
                    raise _download.Transient(transport_error("upload", exc)) from exc
                check_put(response, target)
                return public
            except _download.Transient as transient:
                await async_sleep(self._transfer_retry("upload", attempt, transient))
                attempt += 1

    async def _uploaded(self, operation_id: str, params: Mapping[str, Any]) -> dict[str, Any]:
        from ._upload import local_files, replaced

        found = local_files(operation_id, params)
        return replaced(params, {(name, index): await self.upload(path) for name, index, path in found})

    async def download(
        self, url: str | None, path: str | os.PathLike[str], *, overwrite: bool = False, timeout: float | None = None
    ) -> Path:
        """Stream a result file to `path` (a file or a folder); return the file's path. See `A2E.download`."""
        url, target = _download.check_download(url, path, overwrite, timeout)
        attempt = 0
        while True:  # the same retry decisions as calls: a download is a read
            deadline = ATTEMPT_DEADLINE.set(time.monotonic() + timeout) if timeout is not None else None
            try:
                return await self._download_once(url, target, timeout)
            except _download.Transient as transient:
                delay = self._transfer_retry("download", attempt, transient)
            finally:
                if deadline is not None:
                    ATTEMPT_DEADLINE.reset(deadline)
            await async_sleep(delay)
            attempt += 1

    async def _download_once(self, url: str, target: Path, timeout: float | None) -> Path:
        current = url
        for hops in range(_constants.MAX_REDIRECTS + 1):
            request = self._file_request(self._http, current, timeout)
            saver = None
            try:
                response = await self._http.send(request, stream=True)
                try:
                    next_url = _download.redirect_target(response, current, hops)
                    if next_url is None:
                        saver = _download.Saver(response, current, target)
                        async for chunk in response.aiter_raw() if saver.raw else response.aiter_bytes():
                            saver.write(chunk)
                        return saver.finish()
                finally:
                    await response.aclose()
            except BaseException as exc:  # nothing stays on disk, whatever stopped the download
                if saver is not None:
                    saver.abort()
                if isinstance(exc, (httpx.HTTPError, httpx.StreamError)):
                    raise _download.body_error(exc, current) from exc
                raise
            current = next_url
        raise AssertionError("unreachable: redirect_target stops after MAX_REDIRECTS")

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, each answering a `RawResponse` (see `A2E.with_raw_response`)."""
        from _a2e_api.resources.raw import AsyncRawResources

        return AsyncRawResources(self)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncA2E:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
