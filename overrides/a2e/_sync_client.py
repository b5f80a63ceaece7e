# Written by generator/codegen/unasync.py from _async_client.py: do not edit. Change
# _async_client.py and run `make generate`; `make check-generated` fails when this file differs
# from what its source gives.
"""`A2E`: sending, retrying, waiting, uploading and downloading, for every generated operation.

generator/codegen/unasync.py writes the sync client (`_sync_client.py`) from the async one (`_async_client.py`), the one
source of both: change behaviour there, once, and run `make generate`; `make check-generated` fails if the copy
was edited by hand. What truly differs between the two clients lives in `_concurrency.py`, and what needs no I/O
in `BaseClient` (`_client.py`).
The typed groups (`client.videos.generate(...)`) come from the generated `_a2e_api.resources`; each of their
methods ends in `_call`.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Iterator, Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import httpx2
from _a2e_api.resources import Resources

from . import _constants, _envelope, _operations
from ._client import (
    CANCEL_TIMEOUT,
    LIST_POLL_PAGES,
    MANY_IN_FLIGHT,
    BaseClient,
    ProgressCallback,
    UploadProgress,
    check_lost,
    has_paths,
)
from ._concurrency import each, shield, sleep, stops
from ._config import Secret, check_http_client
from ._constants import DEFAULT_LANG, DEFAULT_MAX_RETRIES
from ._exceptions import A2EError, OutcomeUnknownError, WaitTimeoutError
from ._options import ATTEMPT_DEADLINE, RAW_RESPONSE, CallOptions
from ._transport import transport_error

if TYPE_CHECKING:
    from _a2e_api.resources import TaskRecords, Waitable
    from _a2e_api.resources.raw import RawResources

    from ._many import Entry, TaskOutcome
    from ._upload import LocalFile
    from ._waiting import TaskProgress
    from .webhooks import Inbox


class A2E(BaseClient, Resources):
    """Synchronous A2E client.

    >>> client = A2E()  # API key from A2E_API_KEY
    >>> balance = client.misc.remaining_coins()

    Operations are grouped as in A2E's docs (`client.tts`, `client.videos`, ...); `client.call(id, **wire)`
    reaches any operation by its operationId with A2E's wire names.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        lang: str = DEFAULT_LANG,
        headers: Mapping[str, str] | None = None,
        http_client: httpx2.Client | None = None,
    ) -> None:
        """Make a client; nothing is sent until the first call.

        `api_key`: your A2E API token (Account > API Token); default `A2E_API_KEY`. `base_url` or `region`
        (`"global"`, `"china"`; default `A2E_BASE_URL`, then `A2E_REGION`, then global): where A2E is; plain
        http only to this machine (the mock). `timeout`: seconds each attempt may take as a whole (default 60;
        or an `httpx2.Timeout`). `max_retries`: further attempts of a failed read (default 2; a call that spends
        credits is resent only when it surely did not reach A2E). `lang`: A2E's `x-lang` for its messages.
        `headers`: sent with every call. `http_client`: an `httpx2.Client` of your own (proxies, TLS),
        which this client then never closes. Bad settings raise `ConfigurationError` here, naming the setting.
        """
        key = Secret.given(api_key)
        del api_key  # from here on only wrapped: no frame that can raise holds the key in plain text
        super().__init__(
            key,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            lang=lang,
            headers=headers,
        )
        check_http_client(http_client, httpx2.Client)
        self._http = http_client or httpx2.Client(**self._http_options())
        self._own_http(self._http, http_client is None)

    def _call(self, operation_id: str, params: Mapping[str, Any], **options: Any) -> Any:
        """Every operation goes through here: local files uploaded, arguments checked, the request sent with
        retries, the answer read. Under `with_raw_response` it answers a `RawResponse`."""
        raw = RAW_RESPONSE.get()
        if raw:
            RAW_RESPONSE.set(False)  # the calls this one makes (an upload's presign) answer as usual
        if has_paths(params):
            params = self._uploaded(operation_id, params)
        prepared = _operations.prepare(operation_id, params)
        (data, trace_id), response, started, sent_at = self._send(operation_id, prepared, CallOptions(**options))
        parsed = self._parsed(operation_id, prepared, params, data, trace_id, response, sent_at)
        return self._raw(parsed, trace_id, response, started) if raw else parsed

    def _send(
        self, op_id: str, prepared: _operations.PreparedRequest, options: CallOptions
    ) -> tuple[tuple[Any, str | None], httpx2.Response, float, float]:
        """Send with retries; return the envelope's `data` and `trace_id`, the answer, when the successful attempt
        began and when the call was first sent (Unix time). An interrupt or cancellation keeps its type; for a
        charged call it carries a note that A2E may have created the task (see `_interrupted`)."""
        request, budget = self._request(self._http, op_id, prepared, options)
        sent_at = time.time()
        attempt = 0
        try:
            while True:
                started = time.perf_counter()
                self._check_open(self._http)
                deadline = ATTEMPT_DEADLINE.set(time.monotonic() + budget) if budget is not None else None
                response = None
                try:
                    # Never redirected, even by a user's http_client that follows redirects: the key goes to A2E only.
                    response = self._http.send(request, stream=True, follow_redirects=False)
                    try:
                        body = _envelope.Body(op_id, response.status_code, response.headers)
                        for chunk in response.iter_bytes():
                            if body.add(chunk):
                                break
                    finally:
                        response.close()
                    return self._answered(op_id, response, body, started), response, started, sent_at
                except (httpx2.HTTPError, httpx2.StreamError, A2EError) as exc:
                    error = self._failure(op_id, exc, response)
                finally:
                    if deadline is not None:
                        ATTEMPT_DEADLINE.reset(deadline)
                sleep(self._next_try(op_id, prepared, attempt, error, sent_at, options))
                attempt += 1
        except BaseException as stop:
            if not isinstance(stop, Exception):  # KeyboardInterrupt, a cancellation
                self._interrupted(op_id, prepared, stop, sent_at)
            raise

    def _wait(
        self,
        op_id: str,
        task_id: str,
        *,
        timeout: float,
        poll_interval: float,
        on_progress: ProgressCallback | None,
        cancel_on_timeout: bool = False,
    ) -> Any:
        op = _operations.get_operation(op_id)
        poller = self._poller(op_id, task_id, timeout, poll_interval, on_progress)
        params = _operations.wait_params(op_id, task_id)
        try:
            while True:
                data = self._poll(op_id, params, [task_id], poller.deadline)
                snapshot, done = poller.observe(_operations.wait_answer(op, data, task_id), time.monotonic())
                if on_progress is not None:
                    on_progress(snapshot)
                if done:
                    return snapshot.record
                sleep(poller.next_sleep(time.monotonic()))
        except stops(WaitTimeoutError) as stopped:
            if cancel_on_timeout:
                cancel_op, cancel_params = _operations.cancel_call(op_id, task_id)
                try:  # shielded: a cancelled wait still gets its cancel call through
                    shield(self._call(cancel_op, cancel_params, timeout=CANCEL_TIMEOUT))
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

    def _as_completed(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Any]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> Iterator[TaskOutcome[Any]]:
        """`as_completed` (typed by overloads in the generated base class)."""
        from ._many import Tracker

        tracker = Tracker(tasks, timeout, poll_interval, on_progress, time.monotonic())

        def read(request: tuple[str, dict[str, Any], list[Entry]]) -> tuple[Any, A2EError | None]:
            op_id, params, entries = request
            try:
                return self._poll(op_id, params, [e.task_id for e in entries], tracker.deadline), None
            except A2EError as failed:
                return None, failed

        while tracker.pending:
            for (_, _, entries), (data, error) in each(tracker.reads(), read, MANY_IN_FLIGHT):
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
                sleep(delay)
            else:
                inbox.wait(delay, tracker.task_ids())
                inbox.take(tracker.task_ids())

    def _wait_many(
        self,
        tasks: Iterable[Waitable],
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[TaskProgress[Any]], object] | None = None,
        inbox: Inbox | None = None,
    ) -> list[TaskOutcome[Any]]:
        """`wait_many` (typed by overloads in the generated base class)."""
        waiting = self._as_completed(
            tasks, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress, inbox=inbox
        )
        outcomes = [outcome for outcome in waiting]
        outcomes.sort(key=lambda outcome: outcome.position)  # in place: one list of 50,000 outcomes, not two
        return outcomes

    def find_created(self, error: OutcomeUnknownError | BaseException) -> TaskRecords | None:
        """After an `OutcomeUnknownError`: the task the lost call created, found by the name it sent among the
        newest 100 of its family's tasks, or None when A2E shows no such task there."""
        lost, op_id, params = check_lost(error)
        page = self._call(op_id, params)
        return cast("TaskRecords | None", _operations.find_named(page, str(lost.name)))  # a record of its list

    def upload(
        self,
        path: str | os.PathLike[str],
        *,
        content_type: str | None = None,
        key: str | None = None,
        on_progress: UploadProgress | None = None,
        timeout: float | None = None,
    ) -> str:
        """Store a local file with A2E and return its public URL, for any parameter that takes a media URL.

        The file is streamed from disk straight to A2E's storage host through a presigned URL (the API key is
        never sent there); `on_progress(sent, size)` follows it. The presign call is charged (for API tokens) and
        never resent once it may have reached A2E; the upload itself is retried like a read (`UploadError` at the
        end).
        The file is opened and measured once, before the presign call: what is sent is those bytes, even if the
        file is renamed or deleted meanwhile; a file that cannot be read, is empty, or changes while it is sent
        is an `UploadError`, and the storage host keeps nothing of it.
        Parameters that take a media URL also accept a `pathlib.Path`, uploaded this way first.
        """
        from ._upload import LocalFile

        file = LocalFile(path, content_type, key)  # before the presign: an unreadable file costs nothing
        try:
            return self._store(file, on_progress, timeout)
        finally:
            file.close()

    def _store(self, file: LocalFile, on_progress: UploadProgress | None, timeout: float | None) -> str:
        """The presign call, then the PUT of `file` (retried like a read); its public URL."""
        from . import _download
        from ._upload import check_put, check_target, urls

        target, public = urls(self._call("storage_presign_upload", file.presign_params()))
        check_target(self.base_url, target)
        headers = {"Content-Type": file.content_type, "Content-Length": str(file.size)}
        attempt = 0
        while True:
            try:
                body = file.chunks(on_progress)
                request = self._file_request(self._http, target, timeout, "PUT", headers, body)
                try:
                    # Not redirected even by a user's client that follows redirects: the bytes go only where the
                    # checked URL says.
                    response = self._http.send(request, follow_redirects=False)
                except httpx2.TransportError as exc:
                    file.raise_failure()  # a changed or unreadable file: final, whatever the stack made of it
                    raise _download.Transient(transport_error("upload", exc)) from exc
                file.raise_failure()
                check_put(response, target)
                return public
            except _download.Transient as transient:
                sleep(self._transfer_retry("upload", attempt, transient))
                attempt += 1

    def _uploaded(self, operation_id: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """`params` with every local path uploaded; all files are checked and opened before the first presign
        call is paid for, so a bad second file costs nothing."""
        from ._upload import LocalFile, local_files, replaced

        found = local_files(operation_id, params)
        files: list[LocalFile] = []
        try:
            for _, _, path in found:
                files.append(LocalFile(path))
            stored = [self._store(file, None, None) for file in files]
        finally:
            for file in files:
                file.close()
        return replaced(params, {(name, index): url for (name, index, _), url in zip(found, stored, strict=True)})

    def download(
        self, url: str | None, path: str | os.PathLike[str], *, overwrite: bool = False, timeout: float | None = None
    ) -> Path:
        """Stream a result file to `path` (a file or a folder); return the file's path.

        Writes to a temporary file in the same folder and renames it only when every byte arrived, so a
        failed download leaves nothing behind. No API key is sent to the file host. `timeout` (seconds) bounds
        each attempt as a whole; without it an attempt ends when nothing arrives for 300 s, or fewer than 32 KiB
        in 30 s. Failed attempts are retried like a read (`max_retries`).
        Redirects go to https only (plain http only from one loopback host to another), never from a public host
        to a loopback, link-local or private address. Without `overwrite`, nothing at `path` is replaced (a
        symlink neither), not even what appears there while the file arrives.
        """
        from . import _download  # imported by the first download, not by `import a2e`

        url, target = _download.check_download(url, path, overwrite, timeout)
        attempt = 0
        while True:  # the same retry decisions as calls: a download is a read
            deadline = ATTEMPT_DEADLINE.set(time.monotonic() + timeout) if timeout is not None else None
            try:
                return self._download_once(url, target, overwrite, timeout)
            except _download.Transient as transient:
                delay = self._transfer_retry("download", attempt, transient)
            finally:
                if deadline is not None:
                    ATTEMPT_DEADLINE.reset(deadline)
            sleep(delay)
            attempt += 1

    def _download_once(self, url: str, target: Path, overwrite: bool, timeout: float | None) -> Path:
        from . import _download

        current = url
        for hops in range(_constants.MAX_REDIRECTS + 1):
            request = self._file_request(self._http, current, timeout)
            saver = None
            try:
                # Redirects are followed here, each one checked, even when a user's http_client would follow them.
                response = self._http.send(request, stream=True, follow_redirects=False)
                try:
                    next_url = _download.redirect_target(response, current, hops)
                    if next_url is None:
                        saver = _download.Saver(response, current, target, overwrite)
                        for chunk in response.iter_raw() if saver.raw else response.iter_bytes():
                            saver.write(chunk)
                        return saver.finish()
                finally:
                    response.close()
            except BaseException as exc:  # nothing stays on disk, whatever stopped the download
                if saver is not None:
                    saver.abort()
                if isinstance(exc, (httpx2.HTTPError, httpx2.StreamError)):
                    raise _download.body_error(exc, current) from exc
                raise
            current = next_url
        raise AssertionError("unreachable: redirect_target stops after MAX_REDIRECTS")

    @functools.cached_property
    def with_raw_response(self) -> RawResources:
        """The same operations, each answering a `RawResponse`: HTTP status, headers, `trace_id`, elapsed time
        and the parsed `data` (`client.with_raw_response.videos.generate(...)`)."""
        from _a2e_api.resources.raw import RawResources

        return RawResources(self)

    def close(self) -> None:
        """Close the connections this client made (not an `http_client=` of yours); later calls raise
        `ClientClosedError`, which names the line that closed it."""
        if self._owns_http and not self._http.is_closed:
            self._life.close_here()
            self._http.close()

    def __enter__(self) -> A2E:
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        """Only the outermost `with` block on a client closes it: one nested in another leaves it open."""
        self._depth -= 1
        if self._depth <= 0:
            self.close()
