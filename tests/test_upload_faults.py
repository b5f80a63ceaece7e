"""Uploads whose local file or upload URL misbehaves: every failure is an `UploadError` (or an
`InvalidRequestError` for a bad argument) naming the file, never a raw OSError or httpx2 error; a file that
changed while it was sent leaves nothing on the storage host; the file handle is closed on every path."""

from __future__ import annotations

import asyncio
import builtins
import errno
import io
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import a2e
import httpx2 as httpx
import pytest
from a2e import _upload
from conftest import IN_PROCESS_TOO, Synced, clients

SIZE = 3_072_000  # three reads of 1 MiB: the faults below strike after the first one
API = "https://api.a2e.example"


@pytest.fixture(params=IN_PROCESS_TOO)
def client(server, request):
    """Each upload fault through loopback connections and through the testing plugin's in-process transport."""
    yield from clients(server, request.param)


@pytest.fixture
def requests(server):
    server.state.requests.clear()
    return server.state.requests


@pytest.fixture
def photo(tmp_path) -> Path:
    path = tmp_path / "my face.png"
    path.write_bytes(bytes(range(256)) * (SIZE // 256))
    hour_ago = time.time_ns() - 3600 * 10**9  # a change in place must move the modification time
    os.utime(path, ns=(hour_ago, hour_ago))
    return path


def open_handles(folder: Path) -> list[str]:
    """What this process holds open under `folder` (a deleted file too: its link ends in " (deleted)")."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


@pytest.fixture(autouse=True)
def no_handle_left(tmp_path) -> Iterator[None]:
    """Every test here ends with no file of its own left open, whatever the upload did."""
    yield
    if os.path.isdir("/proc/self/fd"):
        assert open_handles(tmp_path) == []


@pytest.fixture
def stored(server) -> Callable[[], dict[str, bytes]]:
    """What the storage host kept since the test began (settled: a cut-off PUT ends on the server's side later)."""
    before = set(server.state.uploads)

    def new() -> dict[str, bytes]:
        time.sleep(0.2)
        return {key: value[0] for key, value in server.state.uploads.items() if key not in before}

    return new


def puts(requests) -> int:
    deadline = time.monotonic() + 2
    while not any(method == "PUT" for method, _ in requests) and time.monotonic() < deadline:
        time.sleep(0.01)
    return sum(method == "PUT" for method, _ in requests)


def once(action: Callable[[], object]) -> Callable[[int, int], None]:
    """An `on_progress` that runs `action` after the first chunk has been sent."""
    done: list[bool] = []

    def progress(sent: int, size: int) -> None:
        if not done:
            done.append(True)
            action()

    return progress


def failed(client, path: Path, fragment: str, **options: Any) -> a2e.UploadError:
    with pytest.raises(a2e.UploadError) as caught:
        client.upload(path, **options)
    assert str(path) in str(caught.value) and fragment in str(caught.value)
    return caught.value


# The file changes while it is read


def test_a_file_deleted_after_the_call_starts_still_sends_the_bytes_checked(
    client, requests, photo, stored, monkeypatch, fast_retries
):
    content = photo.read_bytes()
    presigned = _upload.urls

    def urls_then_delete(grant: Any) -> tuple[str, str]:
        photo.unlink()
        return presigned(grant)

    monkeypatch.setattr(_upload, "urls", urls_then_delete)
    url = client.upload(photo)
    assert httpx.get(url).content == content
    assert puts(requests) == 1 and list(stored().values()) == [content]


def test_a_file_truncated_while_it_is_sent_fails_and_nothing_is_stored(client, requests, photo, stored, fast_retries):
    half = SIZE // 2
    failed(client, photo, f"shrank from {SIZE} to {half} bytes", on_progress=once(lambda: os.truncate(photo, half)))
    assert puts(requests) == 1 and stored() == {}


def test_a_file_growing_while_it_is_sent_fails_and_nothing_is_stored(client, requests, photo, stored, fast_retries):
    def grow() -> None:
        with photo.open("ab") as file:
            file.write(b"more" * 250)

    failed(client, photo, "grew", on_progress=once(grow))
    assert puts(requests) == 1 and stored() == {}


def rewrite_the_start(path: Path) -> None:
    """Change bytes already sent, keeping the size."""
    with path.open("r+b") as file:
        file.write(b"\xff" * 100)


def test_a_file_changed_in_place_while_it_is_sent_fails_and_nothing_is_stored(
    client, requests, photo, stored, fast_retries
):
    failed(client, photo, "modified", on_progress=once(lambda: rewrite_the_start(photo)))
    assert puts(requests) == 1 and stored() == {}


def open_with(monkeypatch, target: Path, opener: Callable[..., Any]) -> None:
    """However the upload opens `target` (`open()` or `Path.open()`), `opener` does it; other files open as usual."""
    real = io.open

    def patched(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)) and os.fspath(file) == str(target):
            return opener(file, *args, **kwargs)
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", patched)
    monkeypatch.setattr(io, "open", patched)


class BadDisk(io.FileIO):
    """A file whose reads fail past the first chunk, as on a failing disk or a dropped network share."""

    def read(self, size: int = -1, /) -> bytes:
        if self.tell() >= _upload.CHUNK:
            raise OSError(errno.EIO, "Input/output error")
        return super().read(size)


def test_a_read_error_while_sending_fails_and_nothing_is_stored(
    client, requests, photo, stored, fast_retries, monkeypatch
):
    open_with(monkeypatch, photo, lambda path, *args, **kwargs: BadDisk(path, "r"))
    failed(client, photo, "cannot be read: Input/output error")
    assert puts(requests) == 1 and stored() == {}  # a failing disk is not retried


def test_a_retry_reads_the_same_handle_though_the_file_is_gone(client, requests, photo, stored, fast_retries):
    content = photo.read_bytes()
    flaky = client.with_options(headers={"x-a2e-mock-outcome": "upload:halfway;times=1"})
    url = flaky.upload(photo, on_progress=once(photo.unlink))
    assert httpx.get(url).content == content
    assert puts(requests) == 2 and list(stored().values()) == [content]


# Files refused before anything is sent (the presign call is charged)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused_before_the_presign(client, requests, photo):
    photo.chmod(0)
    try:
        failed(client, photo, "cannot be read: Permission denied")
    finally:
        photo.chmod(0o600)
    assert requests == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder")
def test_a_file_in_a_folder_that_cannot_be_searched_is_refused_before_the_presign(client, requests, tmp_path):
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"png")
    folder.chmod(0)
    try:
        failed(client, folder / "photo.png", "cannot be read: Permission denied")
    finally:
        folder.chmod(0o700)
    assert requests == []


def test_a_file_that_cannot_be_opened_is_refused_before_the_presign(client, requests, photo, monkeypatch):
    def refused(path: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    open_with(monkeypatch, photo, refused)  # what chmod 000 does, for root as well
    failed(client, photo, "cannot be read: Permission denied")
    assert requests == []


@pytest.mark.skipif(not os.path.isfile("/proc/self/status"), reason="no /proc")
def test_a_special_file_reporting_a_size_of_zero_is_refused(client, requests):
    error = failed(client, Path("/proc/self/status"), "reports a size of 0 bytes")
    assert "copy it to a regular file first" in str(error)
    assert requests == []


def test_an_empty_file_is_refused(client, requests, tmp_path):
    empty = tmp_path / "empty.png"
    empty.touch()
    error = failed(client, empty, "is empty")
    assert "special file" not in str(error)  # the advice for /proc files would mislead here
    assert requests == []


def test_a_path_of_the_wrong_type_is_an_invalid_request_even_if_its_repr_fails(client, requests):
    class Unprintable:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    class NotAPath(os.PathLike[str]):
        def __fspath__(self) -> Any:
            return 42

    for wrong in (42, Unprintable(), NotAPath()):
        with pytest.raises(a2e.InvalidRequestError) as caught:
            client.upload(wrong)
        assert caught.value.field == "path"
    assert requests == []


# The upload URL A2E answers


@pytest.fixture(params=["sync", "async"])
def mocked(request) -> Iterator[Callable[..., Any]]:
    """A client of either kind whose A2E and storage host are one `httpx2.MockTransport` handler."""
    with asyncio.Runner() as runner:

        def make(handler: Callable[[httpx.Request], httpx.Response], transport: Any = None, **options: Any) -> Any:
            transport = transport or httpx.MockTransport(handler)
            if request.param == "sync":
                return a2e.A2E("sk_x", base_url=API, http_client=httpx.Client(transport=transport, **options))
            http = httpx.AsyncClient(transport=transport, **options)
            return Synced(a2e.AsyncA2E("sk_x", base_url=API, http_client=http), runner)

        yield make


def presigning(upload_url: str, seen: list[httpx.Request], put: Callable[[httpx.Request], httpx.Response]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "PUT":
            return put(request)
        data = {"uploadUrl": upload_url, "cdnUrl": "https://cdn.example/f.png"}
        return httpx.Response(200, json={"code": 0, "data": data})

    return answer


@pytest.mark.parametrize(
    ("upload_url", "why"),
    [
        ("http://r2.example/put?X-Amz-Signature=s3cr3t", "plain http"),
        ("https://10.1.2.3/put?X-Amz-Signature=s3cr3t", "private address"),
        ("https://127.0.0.1/put?X-Amz-Signature=s3cr3t", "loopback"),
    ],
)
def test_an_upload_url_that_fails_the_url_checks_is_refused_before_any_byte(mocked, photo, upload_url, why):
    seen: list[httpx.Request] = []
    client = mocked(presigning(upload_url, seen, lambda request: httpx.Response(200)))
    with pytest.raises(a2e.UploadError) as caught:
        client.upload(photo)
    message = str(caught.value)
    assert "uploadUrl" in message and why in message and upload_url.split("?")[0] in message
    assert "s3cr3t" not in message
    assert [request.method for request in seen] == ["POST"]


def test_the_put_never_follows_a_redirect_even_on_a_following_http_client(mocked, photo):
    seen: list[httpx.Request] = []

    def put(request: httpx.Request) -> httpx.Response:
        if request.url.host == "r2.example":
            return httpx.Response(307, headers={"Location": "https://elsewhere.example/put"})
        return httpx.Response(200)

    client = mocked(presigning("https://r2.example/put?sig=1", seen, put), follow_redirects=True)
    with pytest.raises(a2e.UploadError, match="HTTP 307"):
        client.upload(photo)
    assert [request.url.host for request in seen if request.method == "PUT"] == ["r2.example"]


class Hiding(httpx.MockTransport):
    """A transport that passes a failure reading the request body on as a WriteError of its own ("wrap") or
    drops it and answers 200 ("swallow"), as some HTTP stacks may."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response], mode: str) -> None:
        super().__init__(handler)
        self.mode, self.puts = mode, 0

    def hide(self, request: httpx.Request, exc: Exception) -> httpx.Response:
        self.puts += request.method == "PUT"
        if self.mode == "wrap":
            raise httpx.WriteError("the request body failed", request=request) from exc
        return httpx.Response(200)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return super().handle_request(request)
        except a2e.UploadError as exc:
            return self.hide(request, exc)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except a2e.UploadError as exc:
            return self.hide(request, exc)


@pytest.mark.parametrize("mode", ["wrap", "swallow"])
def test_a_changed_file_fails_however_the_http_stack_passes_the_failure_on(mocked, photo, mode, fast_retries):
    answer = presigning("https://r2.example/put?sig=1", [], lambda request: httpx.Response(200))
    transport = Hiding(answer, mode)
    client = mocked(answer, transport=transport)
    failed(client, photo, "modified", on_progress=once(lambda: rewrite_the_start(photo)))
    assert transport.puts == 1  # final: not sent again


# The file handle is closed however the upload ends


def test_an_interrupted_upload_closes_the_file(client, photo, tmp_path):
    def interrupt() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        client.upload(photo, on_progress=once(interrupt))
    assert open_handles(tmp_path) == []


def test_a_cancelled_async_upload_closes_the_file(server, photo, tmp_path):
    async def main() -> None:
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            tasks: list[asyncio.Task[str]] = []
            tasks.append(asyncio.ensure_future(client.upload(photo, on_progress=once(lambda: tasks[0].cancel()))))
            with pytest.raises(asyncio.CancelledError):
                await tasks[0]
            assert open_handles(tmp_path) == []

    asyncio.run(main())


def test_a_successful_upload_closes_the_file(client, photo, tmp_path):
    client.upload(photo)
    assert open_handles(tmp_path) == []


def test_every_path_of_a_call_is_checked_before_the_first_presign_is_paid(client, requests, photo, tmp_path):
    missing = tmp_path / "gone.png"
    with pytest.raises(a2e.InvalidRequestError, match="gone.png"):
        client.call("virtual_try_on_start", image_urls=[photo, missing])
    assert requests == []  # no presign for the first file, no PUT
