"""Downloads against a hostile file host, a busy folder and an unlucky moment, sync and async.

A redirect that steps down (https to plain http, a public host to a loopback, link-local or private address) is
refused before it is followed, whatever the user's own httpx2 client would do. A name already taken at the target,
by a symlink of any kind too, is never replaced without `overwrite=True`, not even when it appears while the file
arrives. An interrupt at any point leaves no temporary file and no open descriptor.
"""

from __future__ import annotations

import asyncio
import builtins
import errno
import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import a2e
import httpx2 as httpx
import pytest
from a2e import _download
from conftest import Synced

VIDEO = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 8
ORIGIN = "https://cdn.example.com/video.mp4?X-Amz-Signature=origin-secret"


@pytest.fixture
def requests(server):
    """The requests that reached the mock during the test, as (method, path)."""
    server.state.requests.clear()
    return server.state.requests


def asset(server, spec: str = "", name: str = "sample.mp4") -> str:
    return f"{server.url}/mock-assets/{name}" + (f"?fault={quote(spec)}" if spec else "")


def asset_requests(requests: list[tuple[str, str]]) -> int:
    return sum(1 for _, path in requests if path.startswith("/mock-assets/"))


def original(server) -> bytes:
    return httpx.get(asset(server)).content


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def held_open(folder: Path) -> list[str]:
    """What this process holds open inside `folder` (a deleted file shows as `... (deleted)`), after a collection:
    the descriptors a download leaked. The mock and the connection pools open sockets in this same process, so
    the descriptors are told apart by what they point to rather than counted."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("no /proc/self/fd to list open descriptors on this system")
    gc.collect()
    inside = str(folder.resolve())
    found = []
    for entry in fds.iterdir():
        try:
            where = os.readlink(entry)
        except OSError:
            continue  # the descriptor the listing itself used, closed by now
        if where.startswith(inside):
            found.append(where)
    return found


# --- a file host of our own: https://cdn.example.com ----------------------------------------------------------


class Host:
    """The file host behind a user's `http_client=`: `ORIGIN`'s path answers 302 to `location`; a URL of the mock
    is forwarded to it (so a redirect followed there would save its real file); any other URL serves VIDEO."""

    def __init__(self, server: Any) -> None:
        self.server, self.location, self.sent = server, "", []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        self.sent.append(url)
        if request.url.host == "cdn.example.com" and request.url.path == "/video.mp4":
            return httpx.Response(302, headers={"location": self.location})
        if url.startswith(self.server.url):
            real = httpx.get(url)
            return httpx.Response(real.status_code, headers={"content-type": "video/mp4"}, content=real.content)
        return httpx.Response(200, headers={"content-type": "video/mp4"}, content=VIDEO)


@pytest.fixture(params=["sync", "async"])
def hosted(request, server) -> Iterator[Callable[..., tuple[Any, Host]]]:
    """Build a client (sync, then async) whose own httpx2 client reaches only a `Host`; returns (client, host)."""
    closers: list[Callable[[], Any]] = []
    runner = asyncio.Runner() if request.param == "async" else None

    def build(follow_redirects: bool = False) -> tuple[Any, Host]:
        host = Host(server)
        transport = httpx.MockTransport(host)
        if runner is None:
            http = httpx.Client(transport=transport, follow_redirects=follow_redirects)
            closers.append(http.close)
            return a2e.A2E("sk_test", max_retries=0, http_client=http), host
        async_http = httpx.AsyncClient(transport=transport, follow_redirects=follow_redirects)
        closers.append(lambda: runner.run(async_http.aclose()))
        return Synced(a2e.AsyncA2E("sk_test", max_retries=0, http_client=async_http), runner), host

    yield build
    for close in closers:
        close()
    if runner is not None:
        runner.close()


# --- redirects --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["the mock's root", "the mock's real file"])
def test_an_https_host_may_not_redirect_to_plain_http_on_loopback(hosted, server, requests, tmp_path, where):
    client, host = hosted()
    real = asset(server) + "?X-Amz-Signature=target-secret"
    host.location = f"{server.url}/" if where == "the mock's root" else real
    with pytest.raises(a2e.DownloadError, match="from https down to plain http") as caught:
        client.download(ORIGIN, tmp_path / "video.mp4")
    assert "secret" not in str(caught.value)  # both URLs are shown cut at "?"
    assert "https://cdn.example.com/video.mp4 redirects" in str(caught.value)
    assert host.sent == [ORIGIN]
    assert requests == []
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "location",
    [
        "https://10.0.0.1/v.mp4",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]/v.mp4",
        "https://127.1/v.mp4",
        "https://0x7f.0.0.1/v.mp4",
        "https://[::ffff:192.168.0.1]/v.mp4",
        "https://localhost/v.mp4",
    ],
)
def test_a_public_host_may_not_redirect_to_an_internal_address(hosted, tmp_path, location):
    client, host = hosted()
    host.location = location
    with pytest.raises(a2e.DownloadError, match="loopback, link-local or private"):
        client.download(ORIGIN, tmp_path / "video.mp4")
    assert host.sent == [ORIGIN]
    assert leftovers(tmp_path) == []


def test_a_public_host_may_redirect_to_another_public_https_host(hosted, tmp_path):
    client, host = hosted()
    host.location = "https://files.example.net/v.mp4?sig=1"
    assert client.download(ORIGIN, tmp_path / "video.mp4").read_bytes() == VIDEO
    assert host.sent == [ORIGIN, "https://files.example.net/v.mp4?sig=1"]
    assert leftovers(tmp_path) == ["video.mp4"]


def test_redirects_among_loopback_urls_still_work(client, server, requests, tmp_path):
    path = client.download(asset(server, "redirect=2"), tmp_path / "video.mp4")
    assert path.read_bytes() == original(server)
    assert asset_requests(requests) == 3 + 1  # three hops, and the reading of the original here
    assert leftovers(tmp_path) == ["video.mp4"]


def test_a_users_http_client_that_follows_redirects_still_gets_the_checks(hosted, tmp_path):
    client, host = hosted(follow_redirects=True)
    host.location = "https://10.0.0.1/v.mp4"
    with pytest.raises(a2e.DownloadError, match="loopback, link-local or private"):
        client.download(ORIGIN, tmp_path / "video.mp4")
    assert host.sent == [ORIGIN]
    assert leftovers(tmp_path) == []


# --- the target's name: taken by anything there, before and during the download --------------------------------


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """A folder outside the download's, with a file `old.mp4` and an empty folder `dir` for symlinks to point at."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "old.mp4").write_bytes(b"old")
    (folder / "dir").mkdir()
    return folder


def symlink_at(out: Path, elsewhere: Path, kind: str) -> tuple[Path, Path]:
    """(the path to pass, the symlink) for a symlink of `kind` at the download's target, `out/sample.mp4`. A path
    given as a symlink to a folder means "inside that folder", so that kind is reached by passing `out`."""
    pointed = {"dangling": elsewhere / "gone.mp4", "file": elsewhere / "old.mp4", "folder": elsewhere / "dir"}[kind]
    link = out / "sample.mp4"
    link.symlink_to(pointed)
    return (out if kind == "folder" else link), link


def assert_untouched(elsewhere: Path) -> None:
    assert (elsewhere / "old.mp4").read_bytes() == b"old"
    assert list((elsewhere / "dir").iterdir()) == []
    assert leftovers(elsewhere) == ["dir", "old.mp4"]


@pytest.mark.parametrize("kind", ["dangling", "file", "folder"])
def test_a_symlink_at_the_target_is_a_taken_name_without_overwrite(client, server, requests, tmp_path, elsewhere, kind):
    out = tmp_path / "out"
    out.mkdir()
    given, link = symlink_at(out, elsewhere, kind)
    pointed = os.readlink(link)
    with pytest.raises(a2e.InvalidRequestError, match="exists; pass overwrite=True"):
        client.download(asset(server), given)
    assert link.is_symlink() and os.readlink(link) == pointed
    assert requests == []
    assert leftovers(out) == ["sample.mp4"]
    assert_untouched(elsewhere)


@pytest.mark.parametrize("kind", ["dangling", "file", "folder"])
def test_with_overwrite_the_symlink_itself_is_replaced_by_the_file(client, server, requests, tmp_path, elsewhere, kind):
    out = tmp_path / "out"
    out.mkdir()
    given, link = symlink_at(out, elsewhere, kind)
    path = client.download(asset(server), given, overwrite=True)
    assert path == link and not link.is_symlink()
    assert link.read_bytes() == original(server)
    assert asset_requests(requests) == 1 + 1  # the download, and the reading of the original here
    assert leftovers(out) == ["sample.mp4"]
    assert_untouched(elsewhere)


def test_a_path_given_as_a_symlink_to_a_folder_saves_inside_that_folder(client, server, tmp_path, elsewhere):
    link = tmp_path / "videos"
    link.symlink_to(elsewhere / "dir")
    path = client.download(asset(server), link)
    assert path == link / "sample.mp4"
    assert leftovers(elsewhere / "dir") == ["sample.mp4"]


def appearing(monkeypatch: pytest.MonkeyPatch, target: Path, kind: str) -> None:
    """Make `kind` (a file, a dangling symlink) appear at `target` when the first chunk is written."""
    write = _download.PartFile.write

    def write_and_appear(self: Any, chunk: bytes) -> None:
        if not os.path.lexists(target):
            if kind == "file":
                target.write_bytes(b"newcomer")
            else:
                target.symlink_to(target.with_name("nowhere"))
        write(self, chunk)

    monkeypatch.setattr(_download.PartFile, "write", write_and_appear)


def assert_newcomer_kept(target: Path, kind: str) -> None:
    if kind == "file":
        assert not target.is_symlink() and target.read_bytes() == b"newcomer"
    else:
        assert target.is_symlink() and os.readlink(target) == str(target.with_name("nowhere"))


@pytest.mark.parametrize("kind", ["file", "dangling symlink"])
def test_what_appears_at_the_target_during_the_download_is_not_replaced(
    client, server, requests, tmp_path, monkeypatch, kind
):
    target = tmp_path / "video.mp4"
    appearing(monkeypatch, target, kind)
    with pytest.raises(a2e.DownloadError, match="exists; pass overwrite=True"):
        client.download(asset(server), target)
    assert_newcomer_kept(target, kind)
    assert asset_requests(requests) == 1
    assert leftovers(tmp_path) == ["video.mp4"]
    assert held_open(tmp_path) == []


def test_with_overwrite_what_appears_during_the_download_is_replaced(client, server, requests, tmp_path, monkeypatch):
    target = tmp_path / "video.mp4"
    appearing(monkeypatch, target, "file")
    assert client.download(asset(server), target, overwrite=True).read_bytes() == original(server)
    assert asset_requests(requests) == 1 + 1
    assert leftovers(tmp_path) == ["video.mp4"]


def refusing(code: int) -> Callable[..., None]:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError(code, os.strerror(code))

    return refuse


def refuse_links(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    monkeypatch.setattr(os, "link", refusing(code))


@pytest.mark.parametrize("appears", [False, True])
def test_without_hard_links_the_target_is_checked_again_before_the_move(
    client, server, requests, tmp_path, monkeypatch, appears
):
    target = tmp_path / "video.mp4"
    refuse_links(monkeypatch, errno.EPERM)  # what a FAT or SMB folder answers
    if appears:
        appearing(monkeypatch, target, "file")
        with pytest.raises(a2e.DownloadError, match="exists; pass overwrite=True"):
            client.download(asset(server), target)
        assert_newcomer_kept(target, "file")
    else:
        assert client.download(asset(server), target).read_bytes() == original(server)
    assert asset_requests(requests) == 1 + (not appears)
    assert leftovers(tmp_path) == ["video.mp4"]


@pytest.mark.parametrize(
    ("refused", "overwrite"),
    [("link", False), ("replace", True), ("link (none here) and replace", False)],
)
def test_a_failed_final_move_is_a_download_error_and_leaves_nothing(
    client, server, requests, tmp_path, monkeypatch, refused, overwrite
):
    if refused.startswith("link"):
        refuse_links(monkeypatch, errno.ENOTSUP if "none here" in refused else errno.EIO)
    if "replace" in refused:
        monkeypatch.setattr(os, "replace", refusing(errno.EACCES))
    with pytest.raises(a2e.DownloadError, match="could not move the finished download"):
        client.download(asset(server), tmp_path / "video.mp4", overwrite=overwrite)
    assert asset_requests(requests) == 1
    assert (leftovers(tmp_path), held_open(tmp_path)) == ([], [])


# --- interrupts: nothing left, nothing held open ------------------------------------------------------------------


def is_part(path: Any) -> bool:
    return isinstance(path, (str, os.PathLike)) and os.fspath(path).endswith(".part")


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # the dropped file object closes itself, and says so
def test_an_interrupt_right_after_the_temporary_file_is_created_leaves_nothing(
    client, server, requests, tmp_path, monkeypatch
):
    """Whatever call creates the `.part` file, the interrupt lands as it returns, before its caller keeps it."""
    real_open, real_os_open = builtins.open, os.open

    def open_then_interrupt(file: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_part(file):
            return real_open(file, *args, **kwargs)
        real_open(file, *args, **kwargs)
        raise KeyboardInterrupt

    def os_open_then_interrupt(path: Any, *args: Any, **kwargs: Any) -> int:
        fd = real_os_open(path, *args, **kwargs)
        if is_part(path):
            raise KeyboardInterrupt
        return fd

    monkeypatch.setattr(builtins, "open", open_then_interrupt)
    monkeypatch.setattr(os, "open", os_open_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        client.download(asset(server), tmp_path / "video.mp4")
    monkeypatch.undo()
    assert asset_requests(requests) == 1
    assert (leftovers(tmp_path), held_open(tmp_path)) == ([], [])


def test_an_interrupt_during_a_write_leaves_nothing(client, server, requests, tmp_path, monkeypatch):
    write = _download.PartFile.write

    def write_then_interrupt(self: Any, chunk: bytes) -> None:
        write(self, chunk)
        raise KeyboardInterrupt

    monkeypatch.setattr(_download.PartFile, "write", write_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        client.download(asset(server), tmp_path / "video.mp4")
    assert asset_requests(requests) == 1
    assert (leftovers(tmp_path), held_open(tmp_path)) == ([], [])


@pytest.mark.parametrize("overwrite", [False, True])
@pytest.mark.parametrize("moment", ["before the move", "after the move"])
def test_an_interrupt_during_the_commit_leaves_no_part_file(
    client, server, requests, tmp_path, monkeypatch, overwrite, moment
):
    def interrupting(real: Callable[..., Any]) -> Callable[..., Any]:
        def move(source: Any, *args: Any, **kwargs: Any) -> Any:
            if not is_part(source):
                return real(source, *args, **kwargs)
            if moment == "after the move":
                real(source, *args, **kwargs)
            raise KeyboardInterrupt

        return move

    monkeypatch.setattr(os, "link", interrupting(os.link))
    monkeypatch.setattr(os, "replace", interrupting(os.replace))
    with pytest.raises(KeyboardInterrupt):
        client.download(asset(server), tmp_path / "video.mp4", overwrite=overwrite)
    monkeypatch.undo()
    assert asset_requests(requests) == 1
    assert leftovers(tmp_path) == ([] if moment == "before the move" else ["video.mp4"])
    if moment == "after the move":  # the move is done: the file is whole
        assert (tmp_path / "video.mp4").read_bytes() == original(server)
    assert held_open(tmp_path) == []


@pytest.mark.parametrize("chunk", [1, 2])
def test_cancelling_an_async_download_as_a_chunk_is_written_leaves_nothing(
    server, requests, tmp_path, monkeypatch, chunk
):
    """Chunk 1: the temporary file has just been created; chunk 2: it is being written."""
    write, seen = _download.PartFile.write, []

    def write_then_cancel(self: Any, data: bytes) -> None:
        write(self, data)
        seen.append(data)
        if len(seen) == chunk:
            asyncio.current_task().cancel()  # lands at the download's next await

    monkeypatch.setattr(_download.PartFile, "write", write_then_cancel)

    async def run() -> None:
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            await client.download(asset(server, "trickle=0.001"), tmp_path / "video.mp4")  # a byte a chunk

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(run())
    assert len(seen) == chunk
    assert asset_requests(requests) == 1
    assert (leftovers(tmp_path), held_open(tmp_path)) == ([], [])


# --- caller-given values: refused by class, never a raw error ----------------------------------------------------


class Unprintable:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


@pytest.mark.parametrize(
    ("url", "path", "field"),
    [
        (Unprintable(), "video.mp4", "url"),
        ("ok", None, "path"),
        ("ok", b"video.mp4", "path"),
        ("ok", "vid\0eo.mp4", "path"),
    ],
)
def test_a_bad_url_or_path_is_refused_by_field_before_any_request(client, server, requests, tmp_path, url, path, field):
    url = asset(server) if url == "ok" else url
    path = tmp_path / path if isinstance(path, str) else path
    with pytest.raises(a2e.InvalidRequestError) as caught:
        client.download(url, path)
    assert caught.value.field == field
    assert requests == []
    assert leftovers(tmp_path) == []
