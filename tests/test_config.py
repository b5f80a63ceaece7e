"""Client settings: key, base URL and region, plain-http refusal, headers, timeouts, downloads."""

from __future__ import annotations

import asyncio
from pathlib import Path

import a2e
import httpx2 as httpx
import pytest
from conftest import load_spec


def recording_client(**kwargs):
    seen = []

    def answer(request):
        seen.append(request)
        return httpx.Response(200, json={"code": 0, "data": {"coins": 5, "diamonds": 1}})

    client = a2e.A2E(http_client=httpx.Client(transport=httpx.MockTransport(answer)), **kwargs)
    return client, seen


def test_the_key_comes_from_the_argument_or_a2e_api_key(monkeypatch):
    monkeypatch.setenv("A2E_API_KEY", "sk_from_env")
    client, seen = recording_client()
    client.misc.remaining_coins()
    assert seen[0].headers["authorization"] == "Bearer sk_from_env"
    client, seen = recording_client(api_key="sk_from_arg")
    client.misc.remaining_coins()
    assert seen[0].headers["authorization"] == "Bearer sk_from_arg"


def test_a_missing_key_is_a_configuration_error_naming_the_fix(monkeypatch):
    monkeypatch.delenv("A2E_API_KEY", raising=False)
    with pytest.raises(a2e.ConfigurationError, match="A2E_API_KEY"):
        a2e.A2E()


def test_regions_and_base_url(monkeypatch):
    monkeypatch.delenv("A2E_BASE_URL", raising=False)
    assert a2e.A2E("k").base_url == "https://video.a2e.ai"
    assert a2e.A2E("k", region="china").base_url == "https://video.a2e.com.cn"
    monkeypatch.setenv("A2E_BASE_URL", "https://proxy.example/a2e/")
    assert a2e.A2E("k").base_url == "https://proxy.example/a2e"
    assert a2e.A2E("k", region="global").base_url == "https://video.a2e.ai"
    with pytest.raises(a2e.ConfigurationError, match="region='mars'"):
        a2e.A2E("k", region="mars")
    with pytest.raises(a2e.ConfigurationError, match="not both"):
        a2e.A2E("k", region="china", base_url="https://x.example")


@pytest.mark.parametrize("url", ["http://video.a2e.ai", "http://10.0.0.5:8000", "ftp://video.a2e.ai", "video.a2e.ai"])
def test_plain_http_is_refused_except_for_loopback(url):
    with pytest.raises(a2e.ConfigurationError, match="https"):
        a2e.A2E("k", base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9"])
def test_loopback_http_is_allowed(url):
    assert a2e.A2E("k", base_url=url).base_url == url


def test_every_request_sends_json_accept_user_agent_and_a_configurable_x_lang():
    client, seen = recording_client(api_key="k", lang="zh-CN", headers={"X-Extra": "1"})
    client.misc.remaining_coins()
    headers = seen[0].headers
    assert headers["x-lang"] == "zh-CN" and headers["accept"] == "application/json"
    assert headers["user-agent"].startswith("a2e-python/") and headers["x-extra"] == "1"
    default, seen = recording_client(api_key="k")
    default.misc.remaining_coins()
    assert seen[0].headers["x-lang"] == "en-US"


def test_the_default_timeout_is_finite_and_with_options_changes_it():
    client, seen = recording_client(api_key="k")
    client.misc.remaining_coins()
    assert seen[0].extensions["timeout"]["read"] == 60.0
    client.with_options(timeout=5).misc.remaining_coins()
    assert seen[1].extensions["timeout"]["read"] == 5.0
    with pytest.raises(a2e.ConfigurationError):
        client.with_options(timeout=-1)


def test_repr_and_settings_never_show_the_key():
    client = a2e.A2E("sk_very_secret_value")
    assert "sk_very_secret_value" not in repr(client)
    assert "sk_very_secret_value" not in repr(client._settings)


def test_download_sends_no_key_and_leaves_nothing_when_the_body_is_short(tmp_path):
    seen = []

    def answer(request):
        seen.append(request)
        return httpx.Response(200, headers={"content-length": "1000"}, content=b"only ten b")

    client = a2e.A2E("sk_secret", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    with pytest.raises(a2e.A2EError):
        client.download("https://cdn.example/video.mp4", tmp_path / "video.mp4")
    assert "authorization" not in seen[0].headers
    assert list(tmp_path.iterdir()) == []


def test_download_refuses_to_overwrite_plain_http_and_missing_folders(tmp_path):
    client = a2e.A2E("k")
    existing = tmp_path / "v.mp4"
    existing.write_bytes(b"keep")
    for url, path, message in [
        ("https://cdn.example/v.mp4", existing, "overwrite=True"),
        ("http://cdn.example/v.mp4", tmp_path / "new.mp4", "https"),
        ("https://cdn.example/v.mp4", tmp_path / "missing" / "v.mp4", "does not exist"),
    ]:
        with pytest.raises(a2e.InvalidRequestError, match=message):
            client.download(url, path)
    assert existing.read_bytes() == b"keep"


def test_download_of_an_expired_url_is_a_download_error(tmp_path):
    client = a2e.A2E("k", http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(403))))
    with pytest.raises(a2e.DownloadError, match="HTTP 403"):
        client.download("https://cdn.example/v.mp4", tmp_path / "v.mp4")
    assert list(tmp_path.iterdir()) == []


def test_a2e_region_picks_the_region_and_a2e_base_url_wins_over_it(monkeypatch):
    monkeypatch.delenv("A2E_BASE_URL", raising=False)
    monkeypatch.setenv("A2E_REGION", "china")
    assert a2e.A2E("k").base_url == a2e.REGIONS["china"] == "https://video.a2e.com.cn"
    monkeypatch.setenv("A2E_BASE_URL", "http://127.0.0.1:9")
    assert a2e.A2E("k").base_url == "http://127.0.0.1:9"
    monkeypatch.delenv("A2E_BASE_URL")
    monkeypatch.setenv("A2E_REGION", "mars")
    with pytest.raises(a2e.ConfigurationError, match="region='mars'"):
        a2e.A2E("k")


def test_regions_come_from_the_spec_servers():
    spec = load_spec()
    assert dict(a2e.REGIONS) == {s["x-a2e-region"]: s["url"] for s in spec["servers"]}
    assert next(iter(a2e.REGIONS)) == "global"


def test_a2e_log_debug_prints_lines_with_the_operation_and_trace_id_and_never_the_key(server):
    import subprocess
    import sys

    code = (
        f"import a2e; c = a2e.A2E('sk_secret_for_log_test', base_url={server.url!r})\n"
        f"c.with_options(api_key={server.token!r}).misc.remaining_coins()"
    )
    env = {"A2E_LOG": "debug", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stderr.splitlines() if "misc_remaining_coins" in line)
    assert "DEBUG" in line and "trace_id" in line and "HTTP 200" in line
    assert server.token not in result.stderr and "sk_secret_for_log_test" not in result.stderr


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_client_and_its_with_options_copies_each_send_their_own_key_timeout_and_headers(server, kind):
    async def check_async() -> None:
        async with a2e.AsyncA2E("sk_wrong", base_url=server.url) as client:
            with pytest.raises(a2e.AuthenticationError):
                await client.misc.remaining_coins()
            assert (await client.with_options(api_key=server.token).misc.remaining_coins()).coins is not None
            with pytest.raises(a2e.AuthenticationError):
                await client.misc.remaining_coins()  # the copy changed nothing of the original

    if kind == "async":
        asyncio.run(check_async())
        return
    with a2e.A2E("sk_wrong", base_url=server.url) as client:
        with pytest.raises(a2e.AuthenticationError):
            client.misc.remaining_coins()
        assert client.with_options(api_key=server.token).misc.remaining_coins().coins is not None
        with pytest.raises(a2e.APITimeoutError):
            client.with_options(
                api_key=server.token, timeout=0.2, max_retries=0, headers={"x-a2e-mock-fault": "delay=1"}
            ).misc.remaining_coins()
        with pytest.raises(a2e.AuthenticationError):
            client.misc.remaining_coins()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_default_client_sends_no_key_and_no_client_headers_to_a_file_host(tmp_path, kind):
    import http.server
    import threading

    seen: list[dict[str, str]] = []

    class FileHost(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(dict(self.headers))
            self.send_response(200)
            self.send_header("content-length", "4")
            self.end_headers()
            self.wfile.write(b"mp4!")

        def log_message(self, *args: object) -> None:
            pass

    host = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FileHost)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{host.server_address[1]}/video.mp4"
    try:
        if kind == "sync":
            with a2e.A2E("sk_secret", headers={"X-Team": "t"}) as client:
                saved = client.download(url, tmp_path)
        else:

            async def fetch() -> Path:
                async with a2e.AsyncA2E("sk_secret", headers={"X-Team": "t"}) as client:
                    return await client.download(url, tmp_path)

            saved = asyncio.run(fetch())
    finally:
        host.shutdown()
        host.server_close()
    assert saved.read_bytes() == b"mp4!"
    sent = {name.lower() for name in seen[0]}
    assert not sent & {"authorization", "x-lang", "x-team"} and seen[0]["User-Agent"].startswith("a2e-python/")


def flaky_file_host(statuses: list[int]) -> tuple[list[httpx.Request], httpx.MockTransport]:
    """Answers with each status in turn (the last one repeats): 200 carries a 4-byte file."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = statuses[min(len(seen), len(statuses)) - 1]
        return httpx.Response(status, content=b"mp4!" if status == 200 else b"busy")

    return seen, httpx.MockTransport(answer)


def download_with(kind: str, transport: httpx.MockTransport, target: Path) -> Path:
    url = "https://cdn.example/video.mp4"
    if kind == "sync":
        with a2e.A2E("k", http_client=httpx.Client(transport=transport), max_retries=2) as client:
            return client.download(url, target)

    async def fetch() -> Path:
        async with a2e.AsyncA2E("k", http_client=httpx.AsyncClient(transport=transport), max_retries=2) as client:
            return await client.download(url, target)

    return asyncio.run(fetch())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_downloads_retry_busy_file_hosts_as_reads_are_retried(tmp_path, fast_retries, kind):
    seen, transport = flaky_file_host([503, 429, 200])
    assert download_with(kind, transport, tmp_path / "v.mp4").read_bytes() == b"mp4!"
    assert len(seen) == 3


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_download_that_stays_unavailable_fails_after_the_retries_and_leaves_nothing(tmp_path, fast_retries, kind):
    seen, transport = flaky_file_host([503])
    with pytest.raises(a2e.DownloadError, match="HTTP 503"):
        download_with(kind, transport, tmp_path / "v.mp4")
    assert len(seen) == 3 and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_expired_result_url_is_not_retried(tmp_path, fast_retries, kind):
    seen, transport = flaky_file_host([403])
    with pytest.raises(a2e.DownloadError, match="HTTP 403"):
        download_with(kind, transport, tmp_path / "v.mp4")
    assert len(seen) == 1


def test_every_client_of_a_process_shares_one_tls_context(monkeypatch):
    """Building a TLS context costs about 20 ms: clients made per request or per test must not each pay it."""
    from a2e import _client

    made = []

    def counting() -> object:
        made.append(1)
        return real()

    real = httpx.create_ssl_context
    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    _client.shared_tls.cache_clear()
    try:
        clients = [a2e.A2E("sk_tls_test") for _ in range(3)]
        contexts = {id(c._http._transport._pool._ssl_context) for c in clients}  # type: ignore[attr-defined]

        async def async_context() -> int:
            async with a2e.AsyncA2E("sk_tls_test") as client:
                return id(client._http._transport._pool._ssl_context)  # type: ignore[attr-defined]

        contexts.add(asyncio.run(async_context()))
        for c in clients:
            c.close()
    finally:
        _client.shared_tls.cache_clear()
    assert len(made) == 1 and len(contexts) == 1
