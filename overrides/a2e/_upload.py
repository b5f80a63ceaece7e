"""Local files into A2E's storage: a presigned URL from A2E, then the bytes PUT straight to the storage host
(never with the API key: it would break the signature), streamed from disk. The file's public URL is what
create calls take. Imported by the first upload, not by `import a2e`.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any

import httpx2

from . import _operations
from ._config import check_hop
from ._exceptions import (
    ConfigurationError,
    InvalidRequestError,
    UnexpectedResponseError,
    UploadError,
    shown,
)

OPERATION = "storage_presign_upload"
CHUNK = 1 << 20
UploadProgress = Callable[[int, int], object]  # (bytes sent, file size)
SPECIAL_FILE = (
    "reports a size of 0 bytes but has content: a special file such as /proc/... cannot be uploaded as it is; "
    "copy it to a regular file first"
)


class LocalFile:
    """A checked local file, opened once: its path, size, content type and the storage key it goes under.

    Every attempt reads the same handle from its start, so a file renamed or deleted after the upload began still
    sends the bytes that were measured. A file that changes while it is read fails the upload for good (sending it
    again would not help). Whoever makes one closes it (`close`).
    """

    __slots__ = ("path", "size", "content_type", "key", "_failure", "_file", "_stat")

    def __init__(self, path: object, content_type: str | None = None, key: str | None = None) -> None:
        try:
            if not isinstance(path, (str, os.PathLike)):
                raise TypeError
            self.path = Path(path)  # a PathLike whose __fspath__ gives no text is a TypeError too
        except TypeError:
            raise InvalidRequestError("upload", "path", f"path: expected a file path, got {shown(path)}") from None
        self._failure: UploadError | None = None
        with self._reading():  # stat fails (EACCES) under a folder this process may not search
            problem = "" if self.path.is_file() else "is not a file" if self.path.exists() else "does not exist"
        if problem:  # a FIFO is refused here too: opening one would block
            raise InvalidRequestError("upload", "path", f"path: {self.path} {problem}")
        with self._reading():
            self._file = open(self.path, "rb")  # held for the whole upload; close() ends it
        try:
            with self._reading():
                self._stat = os.fstat(self._file.fileno())
            self.size = self._stat.st_size
            if self.size == 0:
                with self._reading():
                    content = self._file.read(1)
                raise self._failed(SPECIAL_FILE if content else "is empty (0 bytes): there is nothing to upload")
        except BaseException:
            self._file.close()
            raise
        guessed = mimetypes.guess_type(self.path.name)[0]
        self.content_type = content_type or guessed or "application/octet-stream"
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", self.path.name).strip("-") or "file"
        self.key = key or f"{os.urandom(8).hex()}-{safe}"

    def presign_params(self) -> dict[str, Any]:
        return {"key": self.key, "contentType": self.content_type, "contentLength": self.size}

    def chunks(self, on_progress: UploadProgress | None) -> Iterator[bytes]:
        """Exactly `size` bytes from the file's start, or an UploadError before the last of them is handed
        over: the storage host then gets a short body and stores nothing."""
        with self._reading():
            self._file.seek(0)
        sent = 0
        while sent < self.size:
            with self._reading():
                chunk = self._file.read(min(CHUNK, self.size - sent))
            if not chunk:
                raise self._failed(f"shrank from {self.size} to {self._current().st_size} bytes while it was sent")
            sent += len(chunk)
            if sent == self.size:
                self._check_unchanged()
            yield chunk
            if on_progress is not None:
                on_progress(sent, self.size)

    async def achunks(self, on_progress: UploadProgress | None) -> AsyncIterator[bytes]:
        for chunk in self.chunks(on_progress):  # reads of 1 MiB from a local disk: short enough not to hand off
            yield chunk

    def raise_failure(self) -> None:
        """Raise the read failure that ended an attempt, if there was one: the HTTP stack may pass it on as it
        is, wrap it, or (a custom transport) swallow it; the caller must see it either way."""
        if self._failure is not None:
            raise self._failure

    def close(self) -> None:
        self._file.close()

    def _check_unchanged(self) -> None:
        """Once the last byte is read, before it is sent: the file must not have grown or been rewritten."""
        with self._reading():
            more = self._file.read(1)
        now = self._current()
        if more or now.st_size > self.size:
            raise self._failed(f"grew while it was sent (it had {self.size} bytes, now {now.st_size})")
        if now.st_size < self.size:
            raise self._failed(f"shrank from {self.size} to {now.st_size} bytes while it was sent")
        if now.st_mtime_ns != self._stat.st_mtime_ns:
            raise self._failed("was modified while it was sent")

    def _current(self) -> os.stat_result:
        with self._reading():
            return os.fstat(self._file.fileno())

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except OSError as exc:
            raise self._failed(f"cannot be read: {exc.strerror or exc}") from exc

    def _failed(self, what: str) -> UploadError:
        """The error for this file, kept for `raise_failure`."""
        self._failure = UploadError(f"upload failed: {self.path} {what}")
        return self._failure


def check_target(origin: str, target: str) -> None:
    """The presigned uploadUrl passes the checks a redirect from A2E does (see `check_hop`): A2E's answer must not
    send the file over plain http, or from a public host to this machine or a private network. The query string
    (the signature) stays out of the message."""
    where = target.split("?", 1)[0]
    try:
        check_hop(origin, where, what="uploadUrl")
    except ConfigurationError as exc:
        raise UploadError(f"upload refused: {exc}") from exc


def urls(grant: Any) -> tuple[str, str]:
    """Where to PUT the bytes and the public URL to use afterwards, from the presign answer."""
    wire = grant.to_dict() if hasattr(grant, "to_dict") else grant
    wire = wire if isinstance(wire, Mapping) else {}
    target, public = wire.get("uploadUrl"), wire.get("cdnUrl") or wire.get("publicUrl")
    if not isinstance(target, str) or not isinstance(public, str):
        raise UnexpectedResponseError(
            f"{OPERATION}: the answer has no uploadUrl and cdnUrl to upload with: {dict(wire)!r:.300}",
            operation=OPERATION,
        )
    return target, public


def check_put(response: httpx2.Response, target: str) -> None:
    """A 2xx stored the file; 408, 429 and 5xx are worth another try (Transient); anything else is final."""
    from ._download import raise_if_transient

    status = response.status_code
    if 200 <= status < 300:
        return
    where = target.split("?", 1)[0]
    raise_if_transient(response, f"from the storage host for {where}", "upload")
    hint = " (the signed URL expired or was altered)" if status in (401, 403) else ""
    raise UploadError(f"upload failed: HTTP {status} from the storage host for {where}{hint}")


def local_files(operation_id: str, params: Mapping[str, Any]) -> list[tuple[str, int | None, PurePath]]:
    """The local paths among a call's arguments, as (wire name, list index or None, path); a path is only
    taken where the spec says the field is a URL A2E fetches (`format: uri`)."""
    found: list[tuple[str, int | None, PurePath]] = []
    fields = {f["wire"]: f["schema"] for f in _operations.get_operation(operation_id)["params"]}
    for name, value in params.items():
        items = list(enumerate(value)) if isinstance(value, (list, tuple)) else [(None, value)]
        for index, item in items:
            if not isinstance(item, PurePath):
                continue
            schema = fields.get(name, {})
            if index is not None:
                schema = schema["items"] if "items" in schema else {}
            if "format" not in schema or schema["format"] != "uri":
                raise InvalidRequestError(operation_id, name, f"{name}: takes text, not a file path ({item})")
            found.append((name, index, item))
    return found


def replaced(params: Mapping[str, Any], urls_by_path: Mapping[tuple[str, int | None], str]) -> dict[str, Any]:
    """`params` with each uploaded path replaced by its public URL."""
    result = dict(params)
    for (name, index), url in urls_by_path.items():
        if index is None:
            result[name] = url
        else:
            result[name] = [url if i == index else v for i, v in enumerate(result[name])]
    return result
