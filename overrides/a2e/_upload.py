"""Local files into A2E's storage: a presigned URL from A2E, then the bytes PUT straight to the storage host
(never with the API key: it would break the signature), streamed from disk. The file's public URL is what
create calls take. Imported by the first upload, not by `import a2e`.
"""

from __future__ import annotations

import mimetypes
import os
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any

import httpx2

from . import _operations
from ._exceptions import InvalidRequestError, UnexpectedResponseError, UploadError

OPERATION = "storage_presign_upload"
CHUNK = 1 << 20
UploadProgress = Callable[[int, int], object]  # (bytes sent, file size)


class LocalFile:
    """A checked local file: its path, size, content type and the storage key it goes under."""

    __slots__ = ("path", "size", "content_type", "key")

    def __init__(self, path: object, content_type: str | None = None, key: str | None = None) -> None:
        if not isinstance(path, (str, os.PathLike)):
            raise InvalidRequestError("upload", "path", f"path: expected a file path, got {path!r:.60}")
        self.path = Path(path)
        if not self.path.is_file():
            problem = "does not exist" if not self.path.exists() else "is not a file"
            raise InvalidRequestError("upload", "path", f"path: {self.path} {problem}")
        self.size = self.path.stat().st_size
        guessed = mimetypes.guess_type(self.path.name)[0]
        self.content_type = content_type or guessed or "application/octet-stream"
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", self.path.name).strip("-") or "file"
        self.key = key or f"{os.urandom(8).hex()}-{safe}"

    def presign_params(self) -> dict[str, Any]:
        return {"key": self.key, "contentType": self.content_type, "contentLength": self.size}

    def chunks(self, on_progress: UploadProgress | None) -> Iterator[bytes]:
        sent = 0
        with self.path.open("rb") as file:
            while chunk := file.read(CHUNK):
                yield chunk
                sent += len(chunk)
                if on_progress is not None:
                    on_progress(sent, self.size)

    async def achunks(self, on_progress: UploadProgress | None) -> AsyncIterator[bytes]:
        for chunk in self.chunks(on_progress):  # reads of 1 MiB from a local disk: short enough not to hand off
            yield chunk


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
