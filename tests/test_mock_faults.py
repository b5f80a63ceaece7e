"""The mock's faults on request (a2e.mock._faults), seen with plain httpx: each one does what its tests will rely on."""

from __future__ import annotations

import gzip
import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx2 as httpx
import pytest
from a2e.mock._app import asset_bytes
from a2e.mock._state import PRICE

COINS = "/api/v1/user/remainingCoins"
HEAD_SWAP = "/api/v1/headSwap/start"
HEAD_SWAPS = "/api/v1/headSwap/allRecords"
HEAD_SWAP_BODY = {"image_url": "https://cdn.example/face.png", "target_image_url": "https://cdn.example/body.png"}
PNG = "/mock-assets/sample.png"


@pytest.fixture(params=["loopback", "in-process"])
def http(server: Any, request: pytest.FixtureRequest) -> Iterator[httpx.Client]:
    """A plain client with the mock's key, over a loopback connection or the in-process transport (the testing
    plugin's): every fault must look the same through both. Fault counts and the request log start empty."""
    server.state.account(server.token).fault_counts.clear()
    server.state.asset_fault_counts.clear()
    server.state.requests.clear()
    transport = server.transport() if request.param == "in-process" else None
    headers = {"Authorization": f"Bearer {server.token}"}
    with httpx.Client(base_url=server.url, headers=headers, transport=transport) as client:
        yield client


def fault(spec: str) -> dict[str, str]:
    return {"x-a2e-mock-fault": spec}


def coins(http: httpx.Client) -> float:
    return float(http.get(COINS).json()["data"]["coins"])


def head_swap_ids(http: httpx.Client) -> set[str]:
    return {row["_id"] for row in http.get(HEAD_SWAPS, params={"pageSize": 100}).json()["data"]["rows"]}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def raw_get(http: httpx.Client, url: str, **kwargs: Any) -> tuple[httpx.Response, bytes]:
    """The answer and its body as sent (not decoded)."""
    with http.stream("GET", url, **kwargs) as response:
        return response, b"".join(response.iter_raw())


def timed_get(http: httpx.Client, url: str, **kwargs: Any) -> tuple[httpx.Response, float, float]:
    """The answer, the seconds until its headers and the seconds until its whole body."""
    start = time.monotonic()
    with http.stream("GET", url, **kwargs) as response:
        headers_at = time.monotonic() - start
        response.read()
    return response, headers_at, time.monotonic() - start


# -- API calls: the answer lost or late ----------------------------------------------------------------------------


def test_lost_runs_the_call_in_full_then_drops_the_connection(server, http):
    before, known = coins(http), head_swap_ids(http)
    hook = f"http://127.0.0.1:{closed_port()}/hook"
    server.state.requests.clear()
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(HEAD_SWAP, json={**HEAD_SWAP_BODY, "webhook_url": hook}, headers=fault("lost"))
    assert server.state.requests == [("POST", HEAD_SWAP)]  # sent once, not retried
    (created,) = head_swap_ids(http) - known
    assert coins(http) == before - PRICE
    record = http.get(f"/api/v1/headSwap/{created}").json()["data"]
    assert record["image_url"] == HEAD_SWAP_BODY["image_url"]
    # The task's webhook was scheduled as for an answer that arrived (here it finds no receiver).
    deadline = time.monotonic() + 5
    while not any(entry["task_id"] == created for entry in server.state.webhook_log):
        assert time.monotonic() < deadline, "no webhook attempt for the task whose answer was lost"
        time.sleep(0.02)


def test_lost_sends_the_headers_and_half_the_body(http):
    received = bytearray()
    with pytest.raises(httpx.RemoteProtocolError):
        with http.stream("GET", COINS, headers=fault("lost")) as response:
            length = int(response.headers["content-length"])
            for chunk in response.iter_raw():
                received += chunk
    assert response.status_code == 200 and len(received) == length // 2


def test_lost_with_times_loses_only_the_first_answers(http):
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(COINS, headers=fault("lost;times=1"))
    assert http.get(COINS, headers=fault("lost;times=1")).json()["code"] == 0


def test_late_holds_the_answer_after_the_call_ran(http):
    before, known = coins(http), head_swap_ids(http)
    with pytest.raises(httpx.ReadTimeout):
        http.post(HEAD_SWAP, json=HEAD_SWAP_BODY, headers=fault("late=2"), timeout=0.2)
    assert len(head_swap_ids(http) - known) == 1 and coins(http) == before - PRICE
    start = time.monotonic()
    answer = http.get(COINS, headers=fault("late=0.3"))
    assert answer.json()["code"] == 0 and time.monotonic() - start >= 0.3


def test_late_with_times_holds_only_the_first_answers(http):
    with pytest.raises(httpx.ReadTimeout):
        http.get(COINS, headers=fault("late=2;times=1"), timeout=0.2)
    assert http.get(COINS, headers=fault("late=2;times=1"), timeout=1).json()["code"] == 0


# -- API calls: how the answer is sent -----------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "status"), [("trickle=0.004", 200), ("status=503;trickle=0.004", 503)])
def test_trickle_sends_the_headers_at_once_and_the_body_a_byte_at_a_time(http, spec, status):
    response, headers_at, took = timed_get(http, COINS, headers=fault(spec))
    expected = len(response.content) * 0.004
    assert response.status_code == status and response.json()["code"] == (0 if status == 200 else 503)
    assert headers_at < expected / 2 and expected * 0.9 <= took < expected * 3 + 0.5


def test_gzip_compresses_the_answer_with_its_compressed_length(http):
    response, raw = raw_get(http, COINS, headers=fault("gzip"))
    assert response.headers["content-encoding"] == "gzip" and int(response.headers["content-length"]) == len(raw)
    assert json.loads(gzip.decompress(raw))["code"] == 0


def test_badgzip_claims_gzip_and_fails_to_decode(http):
    with http.stream("GET", COINS, headers=fault("badgzip")) as response:
        assert response.headers["content-encoding"] == "gzip"
        with pytest.raises(httpx.DecodingError):
            response.read()


def test_big_pads_the_success_envelope_to_n_bytes_with_content_length(http):
    size = 300_000
    response, raw = raw_get(http, COINS, headers=fault(f"big={size}"))
    assert int(response.headers["content-length"]) == size == len(raw)
    body = json.loads(raw)
    assert body["code"] == 0 and set(body["data"]) == {"coins", "diamonds"}


def test_big_chunked_has_no_content_length(http):
    size = 300_000
    response, raw = raw_get(http, COINS, headers=fault(f"big={size};chunked"))
    assert "content-length" not in response.headers and response.headers["transfer-encoding"] == "chunked"
    assert len(raw) == size and json.loads(raw)["code"] == 0


def test_big_smaller_than_the_envelope_sends_it_unpadded(http):
    response = http.get(COINS, headers=fault("big=10"))
    assert response.json()["code"] == 0 and len(response.content) > 10


@pytest.mark.parametrize(("spec", "status"), [("bigmsg=100000", 500), ("bigmsg=100000;status=503;retry-after=1", 503)])
def test_bigmsg_is_an_error_envelope_with_an_n_character_message(http, spec, status):
    response = http.get(COINS, headers=fault(spec))
    body = response.json()
    assert response.status_code == status and body["code"] == status and len(body["msg"]) == 100_000
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.headers.get("retry-after") == ("1" if status == 503 else None)


def test_the_older_items_answer_as_before(http):
    assert http.get(COINS, headers=fault("html")).status_code == 404
    assert http.get(COINS, headers=fault("badjson")).text == '{"code": 0, "data": ['
    coded = http.get(COINS, headers=fault("code=-1"))
    assert (coded.status_code, coded.json()["code"], coded.json()["msg"]) == (200, -1, "mock fault")
    limited = http.get(COINS, headers=fault("status=429;retry-after=7"))
    assert (limited.status_code, limited.json()["code"], limited.headers["retry-after"]) == (429, 429, "7")
    assert [http.get(COINS, headers=fault("status=502;times=2")).status_code for _ in range(3)] == [502, 502, 200]


def test_an_unknown_item_or_a_bad_value_is_a_400_naming_it(http):
    for spec, named in [("redirect=2", "redirect"), ("status=abc", "status"), ("lost=1", "lost")]:
        answer = http.get(COINS, headers=fault(spec))
        assert answer.status_code == 400 and named in answer.json()["msg"]


# -- the request log -----------------------------------------------------------------------------------------------


def test_the_request_log_lists_every_request_that_reached_the_server(server, http):
    http.get(COINS)
    http.get(COINS, headers=fault("status=503"))
    http.get(PNG, params={"fault": "status=500"})
    http.get("/nowhere")
    assert server.state.requests == [("GET", COINS), ("GET", COINS), ("GET", PNG), ("GET", "/nowhere")]


# -- result files --------------------------------------------------------------------------------------------------


def test_a_file_without_a_fault_is_the_sample(http):
    response = http.get(PNG)
    assert response.content == asset_bytes("sample.png") and response.headers["content-type"] == "image/png"


def test_redirect_takes_n_absolute_hops_then_serves_the_file(server, http):
    first = http.get(PNG, params={"fault": "redirect=3"})
    assert first.status_code == 302 and first.headers["location"].startswith(server.url + PNG)
    server.state.requests.clear()
    response = http.get(PNG, params={"fault": "redirect=3"}, follow_redirects=True)
    assert response.status_code == 200 and response.content == asset_bytes("sample.png")
    assert len(response.history) == 3 and server.state.requests == [("GET", PNG)] * 4


def test_redirect_passes_the_other_items_to_the_last_hop(http):
    response = http.get(PNG, params={"fault": "redirect=2;status=503"}, follow_redirects=True)
    assert response.status_code == 503 and len(response.history) == 2


def test_loop_redirects_to_itself_forever(server, http):
    first = http.get(PNG, params={"fault": "loop"})
    assert first.status_code == 302 and first.headers["location"] == str(first.request.url)
    server.state.requests.clear()
    with httpx.Client(max_redirects=5) as looping:
        with pytest.raises(httpx.TooManyRedirects):
            looping.get(f"{server.url}{PNG}", params={"fault": "loop"}, follow_redirects=True)
    assert server.state.requests == [("GET", PNG)] * 6


def test_html_is_a_page_served_with_200(http):
    response = http.get(PNG, params={"fault": "html"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>")


def test_json_is_an_a2e_error_envelope_served_with_200(http):
    response = http.get(PNG, params={"fault": "json"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert response.json()["code"] != 0 and response.json()["msg"]


def test_status_answers_that_status_with_a_short_text_and_retry_after(http):
    response = http.get(PNG, params={"fault": "status=503;retry-after=2"})
    assert response.status_code == 503 and response.headers["retry-after"] == "2"
    assert response.headers["content-type"].startswith("text/plain") and len(response.content) < 100


def test_times_counts_per_file_and_spec_then_serves_the_file(http):
    statuses = [http.get(PNG, params={"fault": "status=503;times=2"}).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert http.get("/mock-assets/other.png", params={"fault": "status=503;times=2"}).status_code == 503
    assert http.get(PNG, params={"fault": "status=503;times=2"}).content == asset_bytes("sample.png")


def test_gzip_sends_the_compressed_file_with_its_compressed_length(http):
    response, raw = raw_get(http, PNG, params={"fault": "gzip"})
    assert response.headers["content-encoding"] == "gzip" and int(response.headers["content-length"]) == len(raw)
    assert gzip.decompress(raw) == asset_bytes("sample.png")
    assert http.get(PNG, params={"fault": "gzip"}).content == asset_bytes("sample.png")


def test_badgzip_claims_gzip_for_the_plain_file(http):
    with http.stream("GET", PNG, params={"fault": "badgzip"}) as response:
        assert response.headers["content-encoding"] == "gzip"
        with pytest.raises(httpx.DecodingError):
            response.read()


def test_short_announces_the_whole_file_and_sends_half(http):
    received = bytearray()
    with pytest.raises(httpx.RemoteProtocolError):
        with http.stream("GET", PNG, params={"fault": "short"}) as response:
            for chunk in response.iter_raw():
                received += chunk
    size = len(asset_bytes("sample.png"))
    assert int(response.headers["content-length"]) == size and bytes(received) == asset_bytes("sample.png")[: size // 2]


def test_trickle_sends_the_file_a_byte_at_a_time(http):
    response, headers_at, took = timed_get(http, PNG, params={"fault": "trickle=0.001"})
    expected = len(asset_bytes("sample.png")) * 0.001
    assert response.content == asset_bytes("sample.png")
    assert headers_at < expected / 2 and expected * 0.9 <= took < expected * 4 + 0.5


def test_notype_sends_the_file_without_a_content_type(http):
    response = http.get(PNG, params={"fault": "notype"})
    assert "content-type" not in response.headers and response.content == asset_bytes("sample.png")


def test_a_file_fault_the_route_does_not_know_is_a_400(http):
    response = http.get(PNG, params={"fault": "lost"})
    assert response.status_code == 400 and "lost" in response.text
