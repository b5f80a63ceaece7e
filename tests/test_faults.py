"""The fault matrix: every way a server, a network or a caller can go wrong ends in an `a2e.A2EError` subclass,
sync and async, with the number of requests that reached the server known, no charged call sent twice, nothing
left on disk and the key nowhere. Faults are played by the mock (`x-a2e-mock-fault`, `?fault=` on files)."""

from __future__ import annotations

import asyncio
import logging
import math
import os
import time
from typing import Any

import a2e
import httpx2 as httpx
import pytest
from a2e import _constants, _retry
from conftest import IN_PROCESS_TOO, clients, fault

CHARGED = ("caption_removal_start", {"source_url": "https://example.com/video.mp4"})
READ = ("misc_remaining_coins", {})


@pytest.fixture(params=IN_PROCESS_TOO)
def client(server, request):
    """Every fault over both clients, through loopback connections and through the testing plugin's in-process
    transport: a client must see the same thing either way."""
    yield from clients(server, request.param)


@pytest.fixture
def requests(server):
    """The requests that reached the mock during the test, as (method, path)."""
    server.state.requests.clear()
    return server.state.requests


def unique_name(request: pytest.FixtureRequest) -> str:
    return f"fault-{request.node.name}-{time.monotonic_ns()}"


def assert_key_nowhere(error: BaseException, key: str) -> None:
    """Neither the error nor anything in its chain shows the key, in str or repr."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        assert key not in str(current) and key not in repr(current)
        current = current.__cause__ or current.__context__


def api_calls(requests: list[tuple[str, str]], path: str) -> int:
    return sum(1 for _, p in requests if p == path)


# --- answers the client cannot read --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["read", "charged"])
def test_a_body_that_claims_gzip_and_is_not_is_a_typed_error_and_a_charged_call_is_not_resent(
    client, server, requests, kind, request
):
    op_id, params = READ if kind == "read" else (CHARGED[0], {**CHARGED[1], "name": unique_name(request)})
    expected = a2e.UnexpectedResponseError if kind == "read" else a2e.OutcomeUnknownError
    with pytest.raises(expected) as caught:
        fault(client, "badgzip").call(op_id, **params)
    assert "could not be decoded" in str(caught.value)
    assert len(requests) == 1
    assert_key_nowhere(caught.value, server.token)


def test_a_correctly_gzipped_answer_is_read(client, requests):
    assert fault(client, "gzip").misc.remaining_coins().coins is not None
    assert len(requests) == 1


def test_a_trickling_answer_is_cut_at_the_attempt_timeout(client, server, requests):
    slow = fault(client, "trickle=0.05").with_options(max_retries=0)
    started = time.monotonic()
    with pytest.raises(a2e.APITimeoutError) as caught:
        slow.misc.remaining_coins(timeout=0.5)
    assert time.monotonic() - started < 1.5  # unbounded, the body would take several seconds
    assert len(requests) == 1
    assert_key_nowhere(caught.value, server.token)


def test_a_trickling_answer_to_a_charged_call_is_an_unknown_outcome_not_a_resend(client, requests, request):
    name = unique_name(request)
    with pytest.raises(a2e.OutcomeUnknownError) as caught:
        fault(client, "trickle=0.05").caption_removal.start(source_url=CHARGED[1]["source_url"], name=name, timeout=0.5)
    assert isinstance(caught.value.cause, a2e.APITimeoutError)
    assert api_calls(requests, "/api/v1/userCaptionRemoval/start") == 1


@pytest.mark.parametrize("chunked", [False, True])
def test_an_answer_above_the_cap_is_refused_while_it_arrives(client, requests, monkeypatch, chunked):
    monkeypatch.setattr(_constants, "MAX_ANSWER_BYTES", 64 << 10)
    spec = f"big={1 << 20}" + (";chunked" if chunked else "")
    with pytest.raises(a2e.UnexpectedResponseError, match="refused unread"):
        fault(client, spec).misc.remaining_coins()
    assert len(requests) == 1


def test_a_huge_error_message_is_cut_to_an_excerpt(client, requests):
    with pytest.raises(a2e.ServerError) as caught:
        fault(client, "bigmsg=200000;status=500").with_options(max_retries=0).misc.remaining_coins()
    assert len(str(caught.value)) < 1200
    assert "characters in all" in str(caught.value)


# --- charged calls whose answer was lost ----------------------------------------------------------------------


@pytest.mark.parametrize("spec", ["lost", "late=1.5"])
def test_a_lost_answer_to_a_charged_call_says_so_and_find_created_finds_the_task_without_paying_twice(
    client, server, requests, spec, request
):
    name = unique_name(request)
    before = client.misc.remaining_coins().coins
    requests.clear()
    with pytest.raises(a2e.OutcomeUnknownError) as caught:
        fault(client, spec).caption_removal.start(source_url=CHARGED[1]["source_url"], name=name, timeout=0.5)
    error = caught.value
    assert api_calls(requests, "/api/v1/userCaptionRemoval/start") == 1  # never resent
    assert error.name == name and error.list_operation == "caption_removal_list" and error.request_sent
    assert "Do not send it again blindly" in str(error) and "find_created" in str(error)
    assert_key_nowhere(error, server.token)
    time.sleep(1.6 if spec.startswith("late") else 0)  # the held answer's task exists from the start
    found = client.find_created(error)
    assert found is not None and found.to_dict()["name"] == name
    assert client.misc.remaining_coins().coins < before  # charged once, by the one request


def test_find_created_answers_none_when_no_task_has_the_name(client):
    error = a2e.OutcomeUnknownError(
        "lost",
        operation="caption_removal_start",
        name="never-created-xyz",
        list_operation="caption_removal_list",
        sent_at=time.time(),
        cause=a2e.APIConnectionError("x"),
    )
    assert client.find_created(error) is None


def test_find_created_needs_a_name_and_the_error_it_came_from(client):
    error = a2e.OutcomeUnknownError(
        "lost",
        operation="caption_removal_start",
        name=None,
        list_operation="caption_removal_list",
        sent_at=time.time(),
        cause=a2e.APIConnectionError("x"),
    )
    with pytest.raises(a2e.InvalidRequestError, match="unique name"):
        client.find_created(error)
    with pytest.raises(a2e.InvalidRequestError, match="OutcomeUnknownError"):
        client.find_created(ValueError("no"))


def test_a_dropped_connection_on_a_read_is_retried(client, requests, fast_retries):
    coins = fault(client, "lost;times=1").misc.remaining_coins()
    assert coins.coins is not None
    assert len(requests) == 2


# --- Retry-After ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2", 2.0),
        ("0.5", 0.5),
        ("0", None),
        ("-3", None),
        ("nan", None),
        ("inf", None),
        ("soon", None),
        ("", None),
        (None, None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", None),
    ],
)
def test_retry_after_values_and_nonsense(value, expected):
    assert _retry.parse_retry_after(value) == expected


def test_retry_after_as_an_http_date():
    from email.utils import formatdate

    now = time.time()
    assert _retry.parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, abs=1)


def test_a_retry_after_beyond_the_cap_raises_at_once_with_the_value(client, requests):
    started = time.monotonic()
    with pytest.raises(a2e.RateLimitError) as caught:
        fault(client, "status=429;retry-after=3600").misc.remaining_coins()
    assert caught.value.retry_after == 3600
    assert time.monotonic() - started < 1
    assert len(requests) == 1


def test_a_503_waits_its_retry_after_and_one_beyond_the_cap_raises_at_once(client, requests):
    assert fault(client, "status=503;retry-after=0.3;times=1").misc.remaining_coins().coins is not None
    assert len(requests) == 2
    requests.clear()
    with pytest.raises(a2e.ServiceUnavailableError) as caught:
        fault(client, "status=503;retry-after=3600").misc.remaining_coins()
    assert caught.value.retry_after == 3600
    assert len(requests) == 1


def test_a_503_retry_after_sets_the_pause_before_the_next_attempt():
    error = a2e.ServiceUnavailableError("busy", status_code=503, retry_after=7.0)
    assert _retry.planned_delay({"charged": False}, 0, 2, error) == 7.0
    assert _retry.planned_delay({"charged": True}, 0, 2, error) is None  # a charged call is not resent on a 503


def test_a_nonsense_retry_after_falls_back_to_backoff(client, requests, fast_retries):
    assert fault(client, "status=429;retry-after=-5;times=1").misc.remaining_coins().coins is not None
    assert len(requests) == 2


# --- keys, headers and arguments: refused before anything is sent --------------------------------------------


@pytest.mark.parametrize("key", ["sk_abc\ndef", "sk_abc\r\nX-Evil: 1", "sk_clé_secrète", "sk_abc def", "sk\x00abc"])
def test_a_key_that_cannot_go_in_a_header_is_refused_when_the_client_is_built_without_showing_it(key):
    for build in (lambda: a2e.A2E(key), lambda: a2e.AsyncA2E(key), lambda: a2e.A2E("sk_ok").with_options(api_key=key)):
        with pytest.raises(a2e.ConfigurationError) as caught:
            build()
        assert key.strip() not in str(caught.value) and "position" in str(caught.value)


@pytest.mark.parametrize("headers", [{"X-Bad": "a\r\nb"}, {"X-Bad": "naïve"}, {"Bad Name": "x"}, {"X-Num": 3}])
def test_headers_that_cannot_be_sent_are_refused(client, requests, headers):
    with pytest.raises(a2e.ConfigurationError, match="header"):
        a2e.A2E("sk_x", headers=headers)
    with pytest.raises(a2e.ConfigurationError, match="header"):
        client.with_options(headers=headers)
    with pytest.raises(a2e.InvalidRequestError, match="extra_headers") as caught:
        client.misc.remaining_coins(extra_headers=headers)
    assert caught.value.field == "extra_headers"
    assert requests == []


@pytest.mark.parametrize(
    ("extra_body", "field"),
    [
        ({"x": object()}, "extra_body"),
        ({"x": math.nan}, "extra_body"),
        ({"x": {1, 2}}, "extra_body"),
        ({"x": b"bytes"}, "extra_body"),
        ({"x": {3: "non-text key"}}, "extra_body"),
    ],
)
def test_values_that_are_not_json_are_refused(client, requests, extra_body, field):
    with pytest.raises(a2e.InvalidRequestError) as caught:
        client.tts.list_voices_post(extra_body=extra_body)
    assert caught.value.field == field
    assert requests == []


def test_nan_numbers_bad_query_values_and_bad_timeouts_are_refused(client, requests):
    with pytest.raises(a2e.InvalidRequestError, match="finite"):
        client.call(
            "videos_generate",
            anchor_id="a" * 24,
            anchor_type=0,
            audioSrc="https://x.example/a.mp3",
            web_bg_width=math.nan,
        )
    with pytest.raises(a2e.InvalidRequestError, match="extra_query"):
        client.misc.remaining_coins(extra_query={"x": [1, 2]})
    with pytest.raises(a2e.InvalidRequestError, match="timeout"):
        client.misc.remaining_coins(timeout=-1)
    with pytest.raises(a2e.InvalidRequestError, match="timeout"):
        client.misc.remaining_coins(timeout=math.nan)
    assert requests == []


@pytest.mark.parametrize("operation", [None, 42, "no_such_operation"])
def test_call_with_a_bad_operation_id_is_refused(client, requests, operation):
    with pytest.raises(a2e.InvalidRequestError):
        client.call(operation)
    assert requests == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "C:\\Users\\me\\face.jpg",
        "face.jpg",
        "https://",
        "https://example.com/a b.jpg",
        "ftp://example.com/a.jpg",
    ],
)
def test_url_fields_take_only_http_urls(client, requests, url):
    with pytest.raises(a2e.InvalidRequestError) as caught:
        client.caption_removal.start(source_url=url, name="x")
    assert caught.value.field == "source_url"
    assert requests == []


def test_webhook_url_takes_an_http_url_or_nothing(client, requests):
    with pytest.raises(a2e.InvalidRequestError, match="webhook_url"):
        client.caption_removal.start(source_url=CHARGED[1]["source_url"], name="x", webhook_url="file:///tmp/x")
    assert requests == []


def test_an_id_with_a_trailing_newline_is_refused(client, requests):
    with pytest.raises(a2e.InvalidRequestError, match="user_video_twin_id"):
        client.videos.list_avatars(user_video_twin_id="0123456789abcdef01234567\n")
    assert requests == []


# --- wait ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "arguments",
    [
        {"timeout": None},
        {"timeout": -1},
        {"timeout": math.nan},
        {"timeout": "10"},
        {"poll_interval": -1},
        {"poll_interval": 0},
        {"poll_interval": math.inf},
        {"on_progress": "print"},
    ],
)
def test_wait_checks_its_arguments_before_the_first_request(client, requests, arguments):
    with pytest.raises(a2e.InvalidRequestError) as caught:
        client.caption_removal.wait("0123456789abcdef01234567", **arguments)
    assert caught.value.field in arguments
    assert requests == []


def test_wait_ends_by_its_timeout_plus_one_status_call(client, requests):
    task = client.caption_removal.start(source_url=CHARGED[1]["source_url"], name="slow status")
    requests.clear()
    slow = fault(client, "delay=0.6")
    started = time.monotonic()
    with pytest.raises(a2e.WaitTimeoutError):
        slow.caption_removal.wait(task.id, timeout=0.3, poll_interval=0.05)
    elapsed = time.monotonic() - started
    assert elapsed < 0.3 + 0.6 + 0.5
    assert len(requests) <= 2


# --- downloads -----------------------------------------------------------------------------------------------


def asset(server, spec: str = "", name: str = "sample.mp4") -> str:
    from urllib.parse import quote

    return f"{server.url}/mock-assets/{name}" + (f"?fault={quote(spec)}" if spec else "")


def original(server, name: str = "sample.mp4") -> bytes:
    return httpx.get(asset(server, name=name)).content


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_download_follows_redirects_and_sends_no_key(client, server, requests, tmp_path):
    path = client.download(asset(server, "redirect=2"), tmp_path / "video.mp4")
    assert path.read_bytes() == original(server)
    assert len([r for r in requests if r[1].startswith("/mock-assets/")]) >= 3


def test_a_redirect_loop_is_refused_and_leaves_nothing(client, server, tmp_path):
    with pytest.raises(a2e.DownloadError, match="redirects"):
        client.download(asset(server, "loop"), tmp_path / "video.mp4")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("spec", ["html", "json"])
def test_a_page_where_a_file_is_due_is_refused_and_leaves_nothing(client, server, tmp_path, spec):
    with pytest.raises(a2e.DownloadError, match="instead of the file"):
        client.download(asset(server, spec), tmp_path / "video.mp4")
    assert leftovers(tmp_path) == []


def test_a_gzipped_file_is_saved_decoded_and_its_size_checked_on_the_wire(client, server, tmp_path):
    path = client.download(asset(server, "gzip"), tmp_path / "video.mp4")
    assert path.read_bytes() == original(server)


def test_a_file_that_claims_gzip_and_is_not_fails_cleanly(client, server, tmp_path):
    with pytest.raises(a2e.DownloadError):
        client.download(asset(server, "badgzip"), tmp_path / "video.mp4")
    assert leftovers(tmp_path) == []


def test_a_short_file_is_retried_then_refused_and_leaves_nothing(client, server, requests, tmp_path, fast_retries):
    with pytest.raises(a2e.DownloadError):
        client.download(asset(server, "short"), tmp_path / "video.mp4")
    assert leftovers(tmp_path) == []
    assert asset_requests(requests) == 1 + client.max_retries


def asset_requests(requests: list[tuple[str, str]]) -> int:
    return len([r for r in requests if r[1].startswith("/mock-assets/")])


def test_a_file_that_trickles_in_is_cut_retried_and_refused_and_leaves_nothing(
    client, server, requests, tmp_path, fast_retries, monkeypatch
):
    monkeypatch.setattr(_constants, "SLOW_DOWNLOAD_SECONDS", 0.2)  # 9,743 bytes one every 0.02 s: 195 s uncut
    started = time.monotonic()
    with pytest.raises(a2e.DownloadError, match=r"timed out: \d+ bytes in [\d.]+ s .*needs 32768 in 0.2 s") as caught:
        client.download(asset(server, "trickle=0.02"), tmp_path / "video.mp4")
    assert isinstance(caught.value.__cause__, a2e.APITimeoutError)
    assert time.monotonic() - started < 30
    assert asset_requests(requests) == 1 + client.max_retries
    assert leftovers(tmp_path) == []


def test_a_download_timeout_bounds_each_attempt_as_a_whole(client, server, requests, tmp_path, fast_retries):
    started = time.monotonic()  # 9,743 bytes one every 0.01 s: no read waits long, the attempt takes 97 s
    with pytest.raises(a2e.DownloadError, match="timed out"):
        client.download(asset(server, "trickle=0.01"), tmp_path / "video.mp4", timeout=0.3)
    assert time.monotonic() - started < 30
    assert asset_requests(requests) == 1 + client.max_retries
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("timeout", [0, -1, math.nan, math.inf, "5", True])
def test_a_bad_download_timeout_is_refused_before_any_request(client, server, requests, tmp_path, timeout):
    with pytest.raises(a2e.InvalidRequestError, match="timeout"):
        client.download(asset(server), tmp_path / "video.mp4", timeout=timeout)
    assert requests == []


def test_a_failed_rename_leaves_nothing_and_raises_a_download_error(client, server, tmp_path, monkeypatch):
    def refuse(*args: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(os, "link", refuse)  # the move without overwrite links, then falls back to a rename
    with pytest.raises(a2e.DownloadError, match="could not move"):
        client.download(asset(server), tmp_path / "video.mp4")
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_reported_before_any_request(client, server, requests, tmp_path):
    with pytest.raises(a2e.InvalidRequestError, match="does not exist"):
        client.download(asset(server), tmp_path / "nowhere" / "video.mp4")
    assert requests == []


def test_a_downloaded_file_has_the_users_normal_permissions(client, server, tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    path = client.download(asset(server), tmp_path / "video.mp4")
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_download_without_a_content_type_is_saved(client, server, tmp_path):
    assert client.download(asset(server, "notype"), tmp_path / "v.mp4").read_bytes() == original(server)


# --- the key, whatever the failure ---------------------------------------------------------------------------


def test_the_key_appears_in_no_log_line_whatever_the_failure(client, server, caplog, tmp_path, fast_retries):
    caplog.set_level(logging.DEBUG, logger="a2e")
    for spec in ["badgzip", "lost", "status=500", "status=429;retry-after=3600", "html", "badjson"]:
        with pytest.raises(a2e.A2EError) as caught:
            fault(client, spec).misc.remaining_coins()
        assert_key_nowhere(caught.value, server.token)
    with pytest.raises(a2e.A2EError):
        client.download(asset(server, "html"), tmp_path / "x.mp4")
    assert caplog.records and all(server.token not in r.getMessage() for r in caplog.records)


# --- whatever comes back: a value or an A2EError, nothing else ----------------------------------------------

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def nested(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)


ENVELOPES = st.fixed_dictionaries(
    {},
    optional={
        "code": st.one_of(st.integers(-(2**40), 2**40), st.text(max_size=6), st.none(), st.booleans(), st.floats()),
        "msg": st.one_of(st.text(max_size=300), st.none(), st.integers()),
        "data": st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20), nested, max_leaves=8),
        "trace_id": st.one_of(st.text(max_size=40), st.none(), st.integers()),
    },
)
BODIES = st.one_of(
    st.binary(max_size=300),
    ENVELOPES.map(lambda body: __import__("json").dumps(body).encode()),
    st.sampled_from([b"", b"<html>502</html>", b"null", b"[]", b"[1,2]", b'{"code": 0}', b"\xff\xfe{"]),
)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "content-type": st.sampled_from(["application/json", "text/html", "text/plain", "", "application/x-gzip"]),
        "content-encoding": st.sampled_from(["gzip", "br", "deflate", "identity", "zstd", "nonsense"]),
        "retry-after": st.one_of(st.text(max_size=30), st.sampled_from(["1", "0", "-1", "nan", "1e308"])),
        "content-length": st.sampled_from(["0", "5", "999999999999", "x"]),
    },
)


@seed(20261125)
@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(status=st.integers(100, 599), headers=HEADERS, body=BODIES, charged=st.booleans())
def test_any_answer_gives_a_value_or_an_a2e_error(status, headers, body, charged):
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, headers=[(k, v.encode("latin-1", "replace")) for k, v in headers.items()], content=body
        )

    def outcome(error: BaseException | None) -> str:
        assert error is None or isinstance(error, a2e.A2EError), repr(error)
        assert "sk_property_key" not in str(error) and "sk_property_key" not in repr(error)
        return type(error).__name__

    transport = httpx.MockTransport(answer)
    with a2e.A2E("sk_property_key", max_retries=0, http_client=httpx.Client(transport=transport)) as client:
        try:
            if charged:
                client.caption_removal.start(source_url="https://example.com/v.mp4", name="p")
            else:
                client.misc.remaining_coins()
            sync = outcome(None)
        except Exception as error:  # noqa: BLE001 - the assertion is that it is an A2EError
            sync = outcome(error)

    async def run_async() -> str:
        async with a2e.AsyncA2E(
            "sk_property_key", max_retries=0, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            try:
                if charged:
                    await client.caption_removal.start(source_url="https://example.com/v.mp4", name="p")
                else:
                    await client.misc.remaining_coins()
                return outcome(None)
            except Exception as error:  # noqa: BLE001
                return outcome(error)

    assert asyncio.run(run_async()) == sync  # both clients judge an answer alike


# --- wait: cancelling the remote task when asked ------------------------------------------------------------


def video_task(client) -> str:
    from test_client import make_video

    return str(make_video(client).id)


def gone(client, task_id: str) -> bool:
    return client.videos.status(task_id) == []


def test_wait_cancels_the_video_on_timeout_only_when_asked(client, requests):
    kept = video_task(client)
    with pytest.raises(a2e.WaitTimeoutError):
        client.videos.wait(kept, timeout=0.05, poll_interval=0.01)
    assert not gone(client, kept)

    cancelled = video_task(client)
    requests.clear()
    with pytest.raises(a2e.WaitTimeoutError) as caught:
        client.videos.wait(cancelled, timeout=0.05, poll_interval=0.01, cancel_on_timeout=True)
    assert any("videos_delete was called" in note for note in caught.value.__notes__)
    assert [r for r in requests if r[0] == "DELETE"] == [("DELETE", f"/api/v1/video/{cancelled}")]
    assert gone(client, cancelled)


def test_ctrl_c_during_a_sync_wait_cancels_the_video_when_asked(server, requests):
    with a2e.A2E(server.token, base_url=server.url) as client:
        task_id = video_task(client)

        def interrupt(progress: a2e.TaskProgress) -> None:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt) as caught:
            client.videos.wait(task_id, poll_interval=0.01, on_progress=interrupt, cancel_on_timeout=True)
        assert any("was called" in note for note in caught.value.__notes__)
        assert gone(client, task_id)


def test_cancelling_an_async_wait_cancels_the_video_when_asked(server):
    async def run() -> tuple[bool, bool]:
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            voice = (await client.tts.list_voices())[0].children[0].value
            audio = await client.tts.generate(msg="hi", tts_id=voice)
            anchor = (await client.videos.list_avatars())[0].id
            task = await client.videos.generate(anchor_id=anchor, anchor_type=0, audio_src=audio)
            waiting = asyncio.create_task(
                client.videos.wait(task.id, poll_interval=0.01, timeout=60, cancel_on_timeout=True)
            )
            await asyncio.sleep(0.05)
            waiting.cancel()
            try:
                await waiting
            except asyncio.CancelledError:
                pass
            return waiting.cancelled(), await client.videos.status(task.id) == []

    assert asyncio.run(run()) == (True, True)
