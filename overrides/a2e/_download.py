"""Saving result files: streamed to a temporary file beside the target, renamed into place only when complete.

Result URLs live on A2E's CDN hosts, so downloads never carry the API key.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import httpx2

from . import _constants
from ._config import check_hop, check_seconds, check_url
from ._envelope import error_class, retry_after
from ._exceptions import (
    RETRY_AFTER_ERRORS,
    A2EError,
    APITimeoutError,
    ConfigurationError,
    DownloadError,
    InvalidRequestError,
    shown,
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
        raise InvalidRequestError(
            "download", "url", f"url: expected the result URL as a non-empty string, got {shown(url)}"
        )
    try:
        check_url(url, what="url")
    except ConfigurationError as exc:
        raise InvalidRequestError("download", "url", str(exc)) from None
    target = as_path(path)
    if target.is_dir():  # a folder, or a symlink to one: the file goes inside it
        target = target / (Path(url.split("?", 1)[0]).name or "download")
    if not target.parent.is_dir():
        raise InvalidRequestError("download", "path", f"path: folder {target.parent} does not exist")
    if os.path.lexists(target) and not overwrite:  # a symlink, even a dangling one, is a name taken too
        raise InvalidRequestError("download", "path", f"path: {target} exists; pass overwrite=True to replace it")
    return url, target


def as_path(path: object) -> Path:
    """The caller's `path` as a Path, or InvalidRequestError (pathlib and the OS would raise TypeError, ValueError)."""
    name = os.fspath(path) if isinstance(path, (str, os.PathLike)) else None
    if not isinstance(name, str) or "\0" in name:
        raise InvalidRequestError("download", "path", f"path: expected a file or folder path, got {shown(path)}")
    return Path(name)


# What os.link answers where the file system has no hard links (FAT, some network shares) or the system forbids
# them (SELinux, Android's sandbox): the move then falls back on a second look and a rename.
NO_HARD_LINKS = frozenset({errno.EPERM, errno.EACCES, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV})


class PartFile:
    """A temporary file in the target's folder; `commit` moves it into place, `discard` removes it.

    Its name is known from the start and `discard` removes whatever is there under it, so an interrupt at any
    point (before, during or after the file's creation) leaves nothing once `discard` has run. Created with the
    user's normal permissions (0666 less the umask), as any file they save would be.
    """

    def __init__(self, target: Path, overwrite: bool) -> None:
        self.target, self.overwrite = target, overwrite
        self.path = target.with_name(f".{target.name}.{os.urandom(6).hex()}.part")
        self.handle: BinaryIO | None = None
        self.owned = False  # whether a file at `path` may be ours, for `discard` to remove
        self.size = 0

    def create(self) -> None:
        self.owned = True  # from here on: an interrupt may land once the file exists, before `open` returns
        try:
            # One call that answers an object closing its descriptor when dropped, so nothing leaks between two
            # steps; unbuffered, as chunks are large (no second copy in a buffer).
            self.handle = open(self.path, "xb", buffering=0)
        except OSError as exc:
            self.owned = False  # nothing was made here; a file of that name is not ours to remove
            raise DownloadError(f"cannot write in {self.target.parent}: {exc.strerror}") from exc

    def write(self, chunk: bytes) -> None:
        assert self.handle is not None, "create() comes first"
        view = memoryview(chunk)
        try:
            while view:  # an unbuffered write may take only part of the chunk
                view = view[self.handle.write(view) :]
        except OSError as exc:
            raise DownloadError(f"could not write {self.target}: {exc.strerror}") from exc
        self.size += len(chunk)

    def commit(self, received: int, expected: int | None) -> Path:
        """Move into place if `received` (bytes off the wire) is what the server announced. The part file is gone
        afterwards in every case (after a hard link, its name is a second one of the finished file)."""
        try:
            self.close()
            if expected is not None and received != expected:
                raise DownloadError(f"download of {self.target.name} stopped at {received} of {expected} bytes")
            self.move()
        except FileExistsError:
            raise DownloadError(
                f"download failed: {self.target} exists; pass overwrite=True to replace it (it appeared while the "
                "file arrived)"
            ) from None
        except OSError as exc:
            raise DownloadError(f"could not move the finished download to {self.target}: {exc.strerror}") from exc
        finally:
            self.discard()
        return self.target

    def move(self) -> None:
        """Put the file at the target; without `overwrite`, never over anything that appeared meanwhile."""
        if self.overwrite:
            os.replace(self.path, self.target)
            return
        try:
            os.link(self.path, self.target)  # refused as one step (FileExistsError) when the name is taken
        except OSError as exc:
            if exc.errno not in NO_HARD_LINKS:
                raise
            # No hard links here: look again and rename, the best a file system without them allows.
            if os.path.lexists(self.target):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(self.target)) from None
            os.replace(self.path, self.target)

    def close(self) -> None:
        handle, self.handle = self.handle, None
        if handle is not None:
            try:
                handle.close()
            except OSError as exc:  # a network file system may report a failed write only now
                raise DownloadError(f"could not write {self.target}: {exc.strerror}") from exc

    def discard(self) -> None:
        """Close what is open and remove the file; never raises, as the failure that led here is the one to tell."""
        handle, self.handle = self.handle, None
        try:
            if handle is not None:
                handle.close()
        except OSError:
            pass
        finally:
            if self.owned:
                with contextlib.suppress(OSError):
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
    """Where a redirect points, or None if this is not a redirect. The step is checked as a hop (`check_hop`):
    https only, never down to plain http, never from a public host to an internal address."""
    if response.status_code not in REDIRECTS:
        return None
    location = response.headers.get("location")
    where = url.split("?", 1)[0]
    if not location:
        raise DownloadError(f"download failed: HTTP {response.status_code} without a Location from {where}")
    if hops >= _constants.MAX_REDIRECTS:
        raise DownloadError(f"download failed: more than {_constants.MAX_REDIRECTS} redirects from {where}")
    target = str(httpx2.URL(url).join(location))
    try:  # judged on the URLs cut at "?", so that no signature shows in the message
        check_hop(where, target.split("?", 1)[0], what="redirect")
    except ConfigurationError as exc:
        raise DownloadError(f"download failed: {where} redirects to a refused address ({exc})") from None
    return target


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

    def __init__(self, response: httpx2.Response, url: str, target: Path, overwrite: bool) -> None:
        check_status(response, url)
        self.response, self.url = response, url
        self.part = PartFile(target, overwrite)  # named before it exists: `abort` removes it from its first instant
        encoding = response.headers.get("content-encoding", "").strip().lower()
        self.streamed = not response.is_stream_consumed  # False for an answer built in memory (a mock transport)
        # Nothing to undo: take the bytes as they come off the wire.
        self.raw = self.streamed and encoding in ("", "identity")
        self.window_started, self.window_bytes = time.monotonic(), 0

    def write(self, chunk: bytes) -> None:
        if not self.part.owned:  # the first chunk: the file is made once the answer looks like the file
            check_media(self.response, chunk, self.url)
            self.part.create()
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
        if not self.part.owned:  # an empty file: made all the same
            self.write(b"")
        received = self.response.num_bytes_downloaded if self.streamed else self.part.size
        return self.part.commit(received, expected_size(self.response.headers))

    def abort(self) -> None:
        self.part.discard()


def body_error(exc: httpx2.HTTPError | httpx2.StreamError, url: str) -> Exception:
    """A failure while the file arrives: transport errors are retried, anything else is final."""
    if isinstance(exc, httpx2.TransportError):
        return Transient(transport_error("download", exc))
    where = url.split("?", 1)[0]
    return DownloadError(f"download failed: {where}: {type(exc).__name__}: {exc}")
