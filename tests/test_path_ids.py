"""Ids that go in the URL's path are checked before anything is sent: never empty, `.` or `..` (which would name
the collection or the route above it), and never able to leave their segment."""

from __future__ import annotations

import asyncio

import a2e
import httpx2
import pytest


@pytest.fixture
def requests(server):
    server.state.requests.clear()
    return server.state.requests


@pytest.mark.parametrize("task_id", ["", ".", ".."])
@pytest.mark.parametrize("call", ["get", "delete"])
def test_an_id_that_names_no_record_is_refused_before_sending(client, requests, call, task_id):
    with pytest.raises(a2e.InvalidRequestError, match=r"id is '\.{0,2}': it must name one record") as refused:
        getattr(client.qwen_image, call)(task_id)
    assert refused.value.field == "id" and refused.value.operation == f"qwen_image_{call}"
    assert requests == []


@pytest.mark.parametrize("task_id", ["../../user/remainingCoins", "a/b", "x?y=1", "x#y", "%2e%2e", "..%2f"])
def test_an_id_never_leaves_its_path_segment(task_id):
    sent: list[bytes] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request.url.raw_path)
        return httpx2.Response(200, json={"code": 0, "data": {"_id": "x", "current_status": "completed"}})

    with a2e.A2E("sk_test", http_client=httpx2.Client(transport=httpx2.MockTransport(answer))) as client:
        client.qwen_image.get(task_id)

    async def run() -> None:
        transport = httpx2.MockTransport(answer)
        async with a2e.AsyncA2E("sk_test", http_client=httpx2.AsyncClient(transport=transport)) as client:
            await client.qwen_image.get(task_id)

    asyncio.run(run())
    prefix = b"/api/v1/userQwen2Image/detail/"
    assert len(sent) == 2 and all(path.startswith(prefix) for path in sent), sent
    assert all(b"/" not in path[len(prefix) :] and b"?" not in path and b"#" not in path for path in sent), sent
