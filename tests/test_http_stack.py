"""a2e sends through httpx 0.28: an `http_client=` of another kind is refused when the client is made, naming the
argument and what to pass, instead of failing at the first call with a raw error."""

from __future__ import annotations

import a2e
import httpx
import pytest


@pytest.mark.parametrize(
    ("client_class", "given", "expected"),
    [(a2e.A2E, httpx.AsyncClient, "httpx.Client"), (a2e.AsyncA2E, httpx.Client, "httpx.AsyncClient")],
)
def test_a_client_of_the_other_kind_is_refused_by_name(client_class, given, expected):
    http = given()
    try:
        with pytest.raises(a2e.ConfigurationError, match=rf"http_client: pass an {expected} .* got a httpx\."):
            client_class("sk_test", http_client=http)
    finally:
        if isinstance(http, httpx.Client):
            http.close()


@pytest.mark.parametrize(("client_class", "name"), [(a2e.A2E, "Client"), (a2e.AsyncA2E, "AsyncClient")])
def test_another_http_library_is_refused_by_name(client_class, name):
    httpx2 = pytest.importorskip("httpx2")  # installed by the dev requirements, for the bench's comparison
    http = getattr(httpx2, name)()
    try:
        with pytest.raises(a2e.ConfigurationError, match=rf"pass an httpx\.{name} .* got a httpx2\.{name}"):
            client_class("sk_test", http_client=http)
    finally:
        if name == "Client":
            http.close()
