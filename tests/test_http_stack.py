"""a2e sends through httpx2: an `http_client=` of another kind (an httpx 0.28 client, or the sync kind for the async
client) is refused when the client is made, naming the argument and what to pass, instead of failing at the first
call with a raw error."""

from __future__ import annotations

import a2e
import httpx2
import pytest


@pytest.mark.parametrize(
    ("client_class", "given", "expected"),
    [(a2e.A2E, httpx2.AsyncClient, "httpx2.Client"), (a2e.AsyncA2E, httpx2.Client, "httpx2.AsyncClient")],
)
def test_a_client_of_the_other_kind_is_refused_by_name(client_class, given, expected):
    http = given()
    try:
        with pytest.raises(a2e.ConfigurationError, match=rf"http_client: pass an {expected} .* got a httpx2\."):
            client_class("sk_test", http_client=http)
    finally:
        if isinstance(http, httpx2.Client):
            http.close()


@pytest.mark.parametrize(("client_class", "name"), [(a2e.A2E, "Client"), (a2e.AsyncA2E, "AsyncClient")])
def test_an_httpx_0_28_client_is_refused_by_name(client_class, name):
    httpx = pytest.importorskip("httpx")  # installed by the dev requirements, for the bench's comparison
    http = getattr(httpx, name)()
    try:
        with pytest.raises(a2e.ConfigurationError, match=rf"pass an httpx2\.{name} .* got a httpx\.{name}"):
            client_class("sk_test", http_client=http)
    finally:
        if name == "Client":
            http.close()
