"""Saving result files: streamed to a temporary file beside the target, renamed into place only when complete.

Result URLs live on A2E's CDN hosts, so downloads never carry the API key.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx2

from . import _constants
from ._config import check_seconds, check_url
from ._envelope import error_class, retry_after
from ._exceptions import (
    RETRY_AFTER_ERRORS,
    A2EError,
    APITimeoutError,
    ConfigurationError,
    DownloadError,
    InvalidRequestError,
)
from ._transport import transport_error

if TYPE_CHECKING:
    from ._retry import Charged


def check_download(
    url: str | None, path: str | os.PathLike[str], overwrite: bool, timeout: float | None
) -> tuple[str, Path]:
    """Validate the URL, destination and timeout before any byte is requested; return URL and path, checked."""
    if timeout is not None:
        try:
            check_seconds(timeout)
        except ConfigurationError as exc:
            raise InvalidRequestError("download", "timeout", str(exc)) from None
    if not isinstance(url, str) or not url:
        raise InvalidRequestError("download", "url", f"url: expected the result URL as a non-empty string, got {url!r}")
    try:
        check_url(url, what="url")
    except ConfigurationError as exc:
        raise InvalidRequestError("download", "url", str(exc)) from None
    target = Path(path)
    if target.is_dir():
        target = target / (Path(url.split("?", 1)[0]).name or "download")
    if not target.parent.is_dir():
        raise InvalidRequestError("download", "path", f"path: folder {target.parent} does not exist")
    if target.exists() and not overwrite:
        raise InvalidRequestError("download", "path", f"path: {target} exists; pass overwrite=True to replace it")
    return url, target


class PartFile:
    """A temporary file in the target's folder; `commit` renames it into place, `discard` removes it.

    Created with the user's normal permissions (0666 less the umask), as any file they save would be.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = target.with_name(f".{target.name}.{os.urandom(6).hex()}.part")
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except OSError as exc:
            raise DownloadError(f"cannot write in {target.parent}: {exc.strerror}") from exc
        self.handle: IO[bytes] = os.fdopen(fd, "wb", buffering=0)  # chunks are large: no second copy in a buffer
        self.size = 0

    def write(self, chunk: bytes) -> None:
        try:
            self.handle.write(chunk)
        except OSError as exc:
            self.discard()
            raise DownloadError(f"could not write {self.target}: {exc.strerror}") from exc
        self.size += len(chunk)

    def commit(self, received: int, expected: int | None) -> Path:
        """Rename into place if `received` (bytes off the wire) is what the server announced."""
        self.handle.close()
        if expected is not None and received != expected:
            self.discard()
            raise DownloadError(f"download of {self.target.name} stopped at {received} of {expected} bytes")
        try:
            os.replace(self.path, self.target)
        except OSError as exc:
            self.discard()
            raise DownloadError(f"could not move the finished download to {self.target}: {exc.strerror}") from exc
        return self.target

    def discard(self) -> None:
        self.handle.close()
        self.path.unlink(missing_ok=True)


def expected_size(headers: Mapping[str, str]) -> int | None:
    value = headers.get("content-length")
    return int(value) if value and value.isdigit() else None


REDIRECTS = (301, 302, 303, 307, 308)
NOT_MEDIA = ("text/html", "application/json", "application/xhtml+xml", "application/problem+json")
OPERATION: Charged = {"charged": False}  # for the retry planner: downloading spends nothing and may be repeated
RETRIED_STATUSES = (408, 429)  # and every 5xx


class Transient(Exception):
    """A failure the retry planner decides about (a transport error, 408, 429, 5xx); `error` is what it judges."""

    def __init__(self, error: A2EError) -> None:
        self.error = error
        super().__init__(str(error))


def redirect_target(response: httpx2.Response, url: str, hops: int) -> str | None:
    """Where a redirect points (checked like any result URL), or None if this is not a redirect."""
    if response.status_code not in REDIRECTS:
        return None
    location = response.headers.get("location")
    where = url.split("?", 1)[0]
    if not location:
        raise DownloadError(f"download failed: HTTP {response.status_code} without a Location from {where}")
    if hops >= _constants.MAX_REDIRECTS:
        raise DownloadError(f"download failed: more than {_constants.MAX_REDIRECTS} redirects from {where}")
    target = str(httpx2.URL(url).join(location))
    try:
        return check_url(target, what="redirect")
    except ConfigurationError as exc:
        raise DownloadError(f"download failed: {where} redirects to an unusable address ({exc})") from None


def check_media(response: httpx2.Response, first: bytes, url: str) -> None:
    """Refuse a web page or a JSON error where a file is due (CDNs serve their error pages with 200)."""
    kind = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    start = first.lstrip()[:64].lower()
    page = kind in NOT_MEDIA or kind.endswith("+json") or start.startswith((b"<!doctype html", b"<html"))
    if page:
        excerpt = " ".join(first[:200].decode("utf-8", "replace").split())
        raise DownloadError(
            f"download failed: {url.split('?', 1)[0]} answered a page ({kind or 'no type'}) instead of the file; "
            f"the link may have expired (read the task again for a fresh URL): {excerpt!r}"
        )


def raise_if_transient(response: httpx2.Response, what: str, label: str) -> None:
    """Raise Transient for a file host's answer worth another try: 408, 429 (with its Retry-After) and 5xx."""
    status = response.status_code
    if status in RETRIED_STATUSES or status >= 500:
        cls = error_class(status, None, "")
        common: dict[str, Any] = {"status_code": status, "operation": label}
        if issubclass(cls, RETRY_AFTER_ERRORS):
            common["retry_after"] = retry_after(response.headers)
        raise Transient(cls(f"HTTP {status} {what}", **common))


def check_status(response: httpx2.Response, url: str) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    where = url.split("?", 1)[0]
    raise_if_transient(response, f"for {where}", "download")
    expired = " (result URLs expire after a few days: read the task again)" if status in (403, 404, 410) else ""
    raise DownloadError(f"download failed: HTTP {status} for {where}{expired}")


class Saver:
    """One answer's body into a PartFile: status and content checked first, size compared with what the
    server announced (bytes on the wire, before any Content-Encoding is undone), nothing left on failure."""

    def __init__(self, response: httpx2.Response, url: str, target: Path) -> None:
        check_status(response, url)
        self.response, self.url, self.target = response, url, target
        self.part: PartFile | None = None
        encoding = response.headers.get("content-encoding", "").strip().lower()
        self.streamed = not response.is_stream_consumed  # False for an answer built in memory (a mock transport)
        # Nothing to undo: take the bytes as they come off the wire.
        self.raw = self.streamed and encoding in ("", "identity")
        self.window_started, self.window_bytes = time.monotonic(), 0

    def write(self, chunk: bytes) -> None:
        if self.part is None:
            check_media(self.response, chunk, self.url)
            self.part = PartFile(self.target)
        self.part.write(chunk)
        self.check_pace(len(chunk))

    def check_pace(self, size: int) -> None:
        """Raise Transient (a timeout, retried like a read) when the file arrives too slowly to be a transfer."""
        self.window_bytes += size
        elapsed = time.monotonic() - self.window_started
        if elapsed < _constants.SLOW_DOWNLOAD_SECONDS:
            return
        if self.window_bytes < _constants.SLOW_DOWNLOAD_BYTES:
            where = self.url.split("?", 1)[0]
            needed = f"{_constants.SLOW_DOWNLOAD_BYTES} in {_constants.SLOW_DOWNLOAD_SECONDS:g} s"
            got = f"{self.window_bytes} bytes in {elapsed:.1f} s"
            message = f"download: timed out: {got} from {where} (a transfer needs {needed})"
            raise Transient(APITimeoutError(message, operation="download"))
        self.window_started, self.window_bytes = time.monotonic(), 0

    def finish(self) -> Path:
        if self.part is None:
            self.write(b"")
        assert self.part is not None
        received = self.response.num_bytes_downloaded if self.streamed else self.part.size
        return self.part.commit(received, expected_size(self.response.headers))

    def abort(self) -> None:
        if self.part is not None:
            self.part.discard()


def body_error(exc: httpx2.HTTPError | httpx2.StreamError, url: str) -> Exception:
    """A failure while the file arrives: transport errors are retried, anything else is final."""
    if isinstance(exc, httpx2.TransportError):
        return Transient(transport_error("download", exc))
    where = url.split("?", 1)[0]
    return DownloadError(f"download failed: {where}: {type(exc).__name__}: {exc}")
