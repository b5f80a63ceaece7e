"""The error tree: every way a call can fail ends in one documented a2e.A2EError subclass."""

from __future__ import annotations

import asyncio
import json
import logging
import socket

import a2e
import httpx2 as httpx
import pytest
from _a2e_api.operations import OPERATIONS
from a2e import _envelope, _operations
from conftest import fault, first_anchor
from hypothesis import given, seed, settings
from hypothesis import strategies as st


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_html_page_is_reported_as_not_the_envelope(client):
    with pytest.raises(a2e.UnexpectedResponseError, match="HTML page") as caught:
        fault(client, "html").misc.remaining_coins()
    assert caught.value.status_code == 404


def test_a_wrong_base_path_is_reported_as_a_wrong_endpoint(server):
    with a2e.A2E(server.token, base_url=server.url + "/wrong") as client:
        with pytest.raises(a2e.UnexpectedResponseError, match="wrong base URL or path"):
            client.misc.remaining_coins()


def test_broken_json_is_reported_as_not_the_envelope(client):
    with pytest.raises(a2e.UnexpectedResponseError, match="not the A2E envelope"):
        fault(client, "badjson").misc.remaining_coins()


def test_a_nonzero_code_inside_http_200_is_an_api_error_with_code_msg_and_trace_id(client):
    with pytest.raises(a2e.APIError) as caught:
        fault(client, "code=-1").misc.remaining_coins()
    error = caught.value
    assert type(error) is a2e.APIError
    assert (error.status_code, error.code, error.msg) == (200, -1, "mock fault") and error.trace_id
    assert "code -1" in str(error) and error.trace_id in str(error)


def test_code_1001_means_streaming_hosts_are_occupied(client):
    with pytest.raises(a2e.HostsOccupiedError):
        fault(client, "code=1001").misc.remaining_coins()


@pytest.mark.parametrize(
    ("spec", "error"),
    [
        ("status=401", a2e.AuthenticationError),
        ("status=403", a2e.PermissionDeniedError),
        ("code=401", a2e.AuthenticationError),
        ("code=403", a2e.PermissionDeniedError),
        ("status=404", a2e.NotFoundError),
        ("status=400", a2e.BadRequestError),
        ("status=402", a2e.InsufficientCreditsError),
        ("code=402", a2e.InsufficientCreditsError),
        ("status=500", a2e.ServerError),
        ("status=503;html", a2e.ServiceUnavailableError),
        ("status=503", a2e.ServiceUnavailableError),
        ("status=403;code=1003", a2e.ContentRejectedError),
        ("status=400;code=1004", a2e.MinorSuspectedError),
        ("code=30005", a2e.BadRequestError),
        ("status=429;retry-after=7", a2e.RateLimitError),
    ],
)
def test_http_statuses_map_to_their_error_class(client, spec, error):
    with pytest.raises(error) as caught:
        fault(client.with_options(max_retries=0), spec).misc.remaining_coins()
    if error is a2e.RateLimitError:
        assert caught.value.retry_after == 7


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (400, {"code": 400, "msg": "Insufficient coins: 3 left, 10 needed"}, a2e.InsufficientCreditsError),
        (200, {"code": -1, "msg": "not enough credits for this task"}, a2e.InsufficientCreditsError),
        (403, {"code": 1003, "msg": "minor detected"}, a2e.ContentRejectedError),
        (200, {"code": 1004, "msg": "suspected minor"}, a2e.MinorSuspectedError),
        (500, {"code": 400, "msg": "boom"}, a2e.ServerError),
        (200, {"code": 400, "msg": "bad"}, a2e.BadRequestError),
        (200, {"code": 7, "msg": "odd"}, a2e.APIError),
    ],
)
def test_codes_messages_and_statuses_map_as_the_spec_table_says(status, body, error):
    with pytest.raises(a2e.APIError) as caught:
        _envelope.unwrap("misc_remaining_coins", status, {}, json.dumps(body).encode())
    assert type(caught.value) is error
    assert (caught.value.status_code, caught.value.code) == (status, body["code"])


def test_a_permission_error_is_also_an_authentication_error_and_minors_are_content_rejections():
    assert issubclass(a2e.PermissionDeniedError, a2e.AuthenticationError)
    assert issubclass(a2e.MinorSuspectedError, a2e.ContentRejectedError)
    assert issubclass(a2e.ServiceUnavailableError, a2e.ServerError)


def test_an_invalid_key_is_an_authentication_error_that_never_shows_the_key(server, caplog):
    caplog.set_level(logging.DEBUG)
    secret = "sk_this_is_a_secret_key_42"
    with a2e.A2E(secret, base_url=server.url) as client:
        with pytest.raises(a2e.AuthenticationError) as caught:
            client.misc.remaining_coins()
        shown = [str(caught.value), repr(caught.value), repr(client), str(caught.value.body), caplog.text]
    assert caught.value.status_code == 401
    assert not any(secret in text for text in shown)


def test_a_transient_server_error_on_a_read_is_retried(client, fast_retries):
    coins = fault(client, "status=503;times=1;retry-after=0").misc.remaining_coins()
    assert coins.coins >= 0


def test_rate_limits_are_retried_after_retry_after(client):
    coins = fault(client, "status=429;times=2;retry-after=0").misc.remaining_coins()
    assert coins.coins >= 0


def test_a_charged_create_is_not_retried_after_a_server_error(client, fast_retries):
    before = client.misc.remaining_coins().coins
    videos_before = len(client.videos.list(page_size=100).data)
    failing = fault(client, "status=502;times=1")
    with pytest.raises(a2e.ServerError):
        failing.videos.generate(
            anchor_id=first_anchor(client), anchor_type=0, audio_src="https://cdn.example/a.mp3", resolution=720
        )
    # The fault answers only once: a retry would have created (and charged) a video.
    assert len(client.videos.list(page_size=100).data) == videos_before
    assert client.misc.remaining_coins().coins == before


def test_a_slow_answer_raises_a_timeout(client):
    slow = fault(client, "delay=1").with_options(timeout=0.2, max_retries=0)
    with pytest.raises(a2e.APITimeoutError):
        slow.misc.remaining_coins()


def test_an_unreachable_server_raises_a_connection_error_saying_nothing_was_sent(fast_retries):
    with a2e.A2E("sk_test", base_url=f"http://127.0.0.1:{closed_port()}", max_retries=1) as client:
        with pytest.raises(a2e.APIConnectionError) as caught:
            client.misc.remaining_coins()
    assert caught.value.request_sent is False and not isinstance(caught.value, a2e.APITimeoutError)


def test_every_error_class_is_an_a2e_error():
    for name in a2e.__all__:
        value = getattr(a2e, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, a2e.A2EError), name


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)

ENVELOPE = st.fixed_dictionaries(
    {"code": st.sampled_from([0, 0, 0, 1, -1, 1001, "0", None, True]), "data": JSON},
    optional={"msg": JSON, "message": JSON, "trace_id": JSON},
)


@seed(20261124)
@settings(max_examples=300, deadline=None)
@given(
    operation=st.sampled_from(sorted(OPERATIONS)),
    status=st.sampled_from([200, 201, 400, 401, 404, 429, 500, 502]),
    body=st.one_of(JSON, ENVELOPE).map(lambda v: httpx.Response(200, json=v).content) | st.binary(max_size=40),
)
def test_no_raw_exception_escapes_the_answer_handling(operation, status, body):
    try:
        data, trace_id = _envelope.unwrap(operation, status, {}, body)
        _operations.parse_data(operation, data, {}, trace_id)
    except a2e.A2EError:
        pass


@seed(20261124)
@settings(max_examples=300, deadline=None)
@given(operation=st.sampled_from(sorted(OPERATIONS)), data=JSON)
def test_any_data_either_parses_or_raises_unexpected_response(operation, data):
    try:
        _operations.parse_data(operation, data)
    except a2e.UnexpectedResponseError as exc:
        assert operation in str(exc)


def test_a_create_beyond_the_balance_is_an_insufficient_credits_error_on_both_clients():
    from a2e.mock import MockConfig, MockServer

    with MockServer(config=MockConfig(start_coins=5)) as poor:
        with a2e.A2E(poor.token, base_url=poor.url) as client, pytest.raises(a2e.InsufficientCreditsError) as sync:
            client.upscale.start(source_url="https://cdn.example/in.png")

        async def attempt() -> None:
            async with a2e.AsyncA2E(poor.token, base_url=poor.url) as client:
                await client.upscale.start(source_url="https://cdn.example/in.png")

        with pytest.raises(a2e.InsufficientCreditsError) as asynchronous:
            asyncio.run(attempt())
    assert "Insufficient coins" in sync.value.msg and asynchronous.value.code == sync.value.code
