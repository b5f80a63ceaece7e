"""Saving result files: streamed to a temporary file beside the target, renamed into place only when complete.

Result URLs live on A2E's CDN hosts, so downloads never carry the API key.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

import httpx

from ._config import check_url
from ._envelope import error_class, retry_after
from ._exceptions import A2EError, ConfigurationError, DownloadError, InvalidRequestError, RateLimitError


def check_download(url: str | None, path: str | os.PathLike[str], overwrite: bool) -> tuple[str, Path]:
    """Validate the URL and destination before any byte is requested; return both, checked."""
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
    """A temporary file in the target's folder; `commit` renames it into place, `discard` removes it."""

    def __init__(self, target: Path) -> None:
        self.target = target
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        self.path = Path(name)
        self.handle: IO[bytes] = os.fdopen(fd, "wb")
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.handle.write(chunk)
        self.size += len(chunk)

    def commit(self, expected: int | None) -> Path:
        self.handle.close()
        if expected is not None and self.size != expected:
            self.discard()
            raise DownloadError(f"download of {self.target.name} stopped at {self.size} of {expected} bytes")
        os.replace(self.path, self.target)
        return self.target

    def discard(self) -> None:
        self.handle.close()
        self.path.unlink(missing_ok=True)


def expected_size(headers: Mapping[str, str]) -> int | None:
    value = headers.get("content-length")
    return int(value) if value and value.isdigit() else None


OPERATION = {"charged": False}  # for the retry planner: downloading spends nothing and may be repeated
RETRIED_STATUSES = (408, 429)  # and every 5xx


class Transient(Exception):
    """A failure the retry planner decides about (a transport error, 408, 429, 5xx); `error` is what it judges."""

    def __init__(self, error: A2EError) -> None:
        self.error = error
        super().__init__(str(error))


def check_status(response: httpx.Response, url: str) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    where = url.split("?", 1)[0]
    if status in RETRIED_STATUSES or status >= 500:
        cls = error_class(status, None, "")
        common: dict[str, Any] = {"status_code": status, "operation": "download"}
        if issubclass(cls, RateLimitError):
            common["retry_after"] = retry_after(response.headers)
        raise Transient(cls(f"HTTP {status} for {where}", **common))
    raise DownloadError(f"download failed: HTTP {status} for {where} (result URLs expire after a few days)")
