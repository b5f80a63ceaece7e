"""`iter_<list>`: every record of a paged list, lazily, in each of A2E's paging styles, on both clients.

Against the mock over HTTP, each test on an account of its own (a fresh token), so the counts are exact.
"""

from __future__ import annotations

import asyncio
import json
import math
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import a2e
import httpx2 as httpx
import pytest
from _a2e_api.operations import OPERATIONS
from a2e.mock._handlers import Call, store
from a2e.mock._state import TaskJob, VideoJob, new_id, now_iso
from conftest import generate_from, load_spec

ROOT = Path(__file__).resolve().parent.parent
PAGED = sorted(op_id for op_id, op in OPERATIONS.items() if op["pagination"])


def make_video(client: Any, i: int) -> str:
    audio = client.tts.generate(msg=f"Hello {i}.", tts_id=client.tts.list_voices()[0].children[0].value)
    anchor = client.videos.list_avatars()[0].id
    return str(client.videos.generate(anchor_id=anchor, anchor_type=0, audio_src=audio, title=f"v{i}").id)


# family -> (how one task is created, the list operation; its page-number parameter is in the spec)
FAMILIES: dict[str, tuple[Callable[[Any, int], str], str]] = {
    "videos": (make_video, "videos_list"),  # `current`, records in `data`, no total
    "face_swap": (
        lambda c, i: (
            c.face_swap.start(
                name=f"swap {i}", face_url="https://cdn.example/f.png", video_url="https://cdn.example/v.mp4"
            ).id
        ),
        "face_swap_list",
    ),
    "dubbing": (
        lambda c, i: c.dubbing.start(source_url=f"https://cdn.example/{i}.mp4", target_lang="de").id,
        "dubbing_list",
    ),  # `pageNum`, records in `rows`, total in `count`
    "flux2": (lambda c, i: c.flux2.start(name=f"flux {i}", prompt="a kite").id, "flux2_list"),  # `page`
}


@pytest.fixture
def token(server) -> str:
    """A token of its own: an account with no tasks yet."""
    fresh = f"sk_pages_{uuid.uuid4().hex}"
    server.state.tokens.add(fresh)
    return fresh


@pytest.fixture
def sync_client(server, token):
    with a2e.A2E(token, base_url=server.url) as client:
        yield client


def list_requests(server, op_id: str) -> int:
    path = OPERATIONS[op_id]["path"]
    return sum(1 for method, seen in server.state.requests if seen == path and method == OPERATIONS[op_id]["method"])


def expected_requests(op_id: str, created: int, size: int) -> int:
    """One per page; one more, empty, when the last page is full and the answer gives no total."""
    full_last_page = created % size == 0
    return math.ceil(created / size) + (1 if full_last_page and OPERATIONS[op_id]["pagination"]["total"] is None else 0)


def test_the_spec_gives_every_paging_style_its_facts():
    styles = {(OPERATIONS[o]["pagination"]["page"], OPERATIONS[o]["pagination"]["size"]) for o in PAGED}
    assert styles == {("current", "pageSize"), ("pageNum", "pageSize"), ("page", "page_size")}
    assert {FAMILIES[f][1] for f in FAMILIES} <= set(PAGED)
    assert not [
        o
        for o, op in OPERATIONS.items()
        if op["pagination"]
        and (op["resource"] or {}).get("role") in ("all", "list-all", "completed", "processing", "status-list")
    ]


@pytest.mark.parametrize(("created", "size"), [(5, 2), (6, 3)])
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_iterating_yields_every_record_once_in_as_many_requests_as_pages(server, sync_client, family, created, size):
    make, op_id = FAMILIES[family]
    ids = [make(sync_client, i) for i in range(created)]
    group = getattr(sync_client, OPERATIONS[op_id]["group"])
    server.state.requests.clear()
    records = list(getattr(group, f"iter_{OPERATIONS[op_id]['name']}")(page_size=size))
    assert [r.id for r in records] == ids[::-1]  # newest first, each once
    assert list_requests(server, op_id) == expected_requests(op_id, created, size)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_the_async_client_iterates_the_same_records_with_async_for(server, token, family):
    make, op_id = FAMILIES[family]
    with a2e.A2E(token, base_url=server.url) as maker:
        ids = [make(maker, i) for i in range(5)]

    async def collect() -> list[str]:
        async with a2e.AsyncA2E(token, base_url=server.url) as client:
            group = getattr(client, OPERATIONS[op_id]["group"])
            return [r.id async for r in getattr(group, f"iter_{OPERATIONS[op_id]['name']}")(page_size=2)]

    server.state.requests.clear()
    assert asyncio.run(collect()) == ids[::-1]
    assert list_requests(server, op_id) == expected_requests(op_id, 5, 2)


def test_nothing_is_sent_until_the_first_record_is_asked_for(server, sync_client):
    ids = [sync_client.dubbing.start(source_url=f"https://cdn.example/{i}.mp4", target_lang="de").id for i in range(3)]
    server.state.requests.clear()
    records = sync_client.dubbing.iter_list(page_size=2)
    assert server.state.requests == []
    assert next(records).id == ids[-1]
    assert list_requests(server, "dubbing_list") == 1
    next(records)
    assert list_requests(server, "dubbing_list") == 1  # the second record was on the first page
    assert next(records).id == ids[0] and list_requests(server, "dubbing_list") == 2
    with pytest.raises(StopIteration):
        next(records)
    assert list_requests(server, "dubbing_list") == 2  # the short second page was the last


def test_nothing_is_sent_until_the_first_record_is_asked_for_on_the_async_client(server, token):
    async def run() -> list[int]:
        seen = []
        async with a2e.AsyncA2E(token, base_url=server.url) as client:
            await client.flux2.start(name="kite", prompt="a kite")
            server.state.requests.clear()
            records = client.flux2.iter_list(page_size=2)
            await asyncio.sleep(0)
            seen.append(len(server.state.requests))
            await anext(records)
            seen.append(list_requests(server, "flux2_list"))
        return seen

    assert asyncio.run(run()) == [0, 1]


def test_max_items_stops_early_and_asks_for_no_more_pages_than_needed(server, sync_client):
    ids = [sync_client.flux2.start(name=f"f{i}", prompt="p").id for i in range(7)]
    server.state.requests.clear()
    assert [r.id for r in sync_client.flux2.iter_list(page_size=2, max_items=3)] == ids[::-1][:3]
    assert list_requests(server, "flux2_list") == 2
    server.state.requests.clear()
    assert [r.id for r in sync_client.flux2.iter_list(max_items=4)] == ids[::-1][:4]  # one page of 4
    assert list_requests(server, "flux2_list") == 1
    server.state.requests.clear()
    assert list(sync_client.flux2.iter_list(max_items=0)) == [] and server.state.requests == []


def test_max_items_on_the_async_client(server, token):
    async def run() -> list[str]:
        async with a2e.AsyncA2E(token, base_url=server.url) as client:
            for i in range(4):
                await client.gpt_image.start(name=f"g{i}", prompt="p")
            return [r.id async for r in client.gpt_image.iter_list(page_size=3, max_items=2)]

    assert len(asyncio.run(run())) == 2


def test_filters_pass_through_to_every_page(server, sync_client):
    for i in range(3):
        sync_client.flux2.start(name=f"f{i}", prompt="p")
    statuses = [r.current_status for r in sync_client.flux2.iter_list(page_size=1, status="initialized")]
    assert statuses == ["initialized"] * 3
    assert list(sync_client.flux2.iter_list(page_size=1, status="failed")) == []


def seed(server, token: str, op_id: str, count: int) -> list[str]:
    """`count` records where the mock lists them for `op_id`, oldest first; their ids."""
    op, account = OPERATIONS[op_id], server.state.account(token)
    ids = [new_id() for _ in range(count)]
    for i, record_id in enumerate(ids):
        record = {"_id": record_id, "name": f"r{i}", "current_status": "initialized", "createdAt": now_iso()}
        if op_id == "billing_credits_history":
            account.transactions.append({**record, "coins": -1, "type": "test"})
        elif op["group"] == "videos":
            account.family("video")[record_id] = VideoJob({**record, "status": "init"}, False, 3)
        else:
            where = store(Call(op_id, op, account, {}, server.url, server.state.config, None))
            where[record_id] = TaskJob(op["resource"]["family"], record, False, 3)
    return ids


@pytest.mark.parametrize("op_id", PAGED)
def test_every_paged_list_the_mock_serves_pages_to_its_end(server, sync_client, token, op_id):
    op = OPERATIONS[op_id]
    records = getattr(getattr(sync_client, op["group"]), f"iter_{op['name']}")
    server.state.requests.clear()
    assert list(records(page_size=2)) == [] and list_requests(server, op_id) == 1
    ids = seed(server, token, op_id, 5)
    server.state.requests.clear()
    assert [r.to_dict()["_id"] for r in records(page_size=2)] == ids[::-1]
    assert list_requests(server, op_id) == 3


# -- the runtime on hand-made answers: sent parameters, stop rules -------------------------------------------------


def scripted(pages: list[Any]) -> tuple[a2e.A2E, list[dict[str, str]]]:
    """A client whose every call answers the next of `pages` (the envelope's `data`); the queries sent."""
    sent: list[dict[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(dict(request.url.params) | (json.loads(request.content) if request.content else {}))
        data = pages[len(sent) - 1] if len(sent) <= len(pages) else {}
        return httpx.Response(200, json={"code": 0, "data": data})

    return a2e.A2E("k", http_client=httpx.Client(transport=httpx.MockTransport(answer))), sent


def rows(*ids: str) -> list[dict[str, str]]:
    return [{"_id": i} for i in ids]


def test_the_page_number_counts_from_the_first_page_and_the_size_defaults_to_the_largest_allowed():
    client, sent = scripted([{"rows": rows("a", "b"), "count": 3}, {"rows": rows("c"), "count": 3}])
    assert [r.id for r in client.face_swap.iter_list()] == ["a", "b"]  # a short page is the last
    assert sent == [{"pageNum": "1", "pageSize": "100"}]
    client, sent = scripted([{"rows": rows("a", "b"), "count": 3}, {"rows": rows("c"), "count": 3}])
    assert [r.id for r in client.face_swap.iter_list(page_size=2)] == ["a", "b", "c"]
    assert sent == [{"pageNum": "1", "pageSize": "2"}, {"pageNum": "2", "pageSize": "2"}]


def test_the_total_ends_the_iteration_without_an_empty_page():
    client, sent = scripted([{"rows": rows("a", "b"), "count": 4}, {"rows": rows("c", "d"), "count": 4}])
    assert [r.id for r in client.dubbing.iter_list(page_size=2)] == ["a", "b", "c", "d"]
    assert len(sent) == 2


def test_without_a_total_a_full_last_page_is_followed_by_one_empty_page():
    client, sent = scripted([{"data": rows("a", "b")}, {"data": []}])
    assert [r.id for r in client.videos.iter_list(page_size=2)] == ["a", "b"]
    assert [s["current"] for s in sent] == ["1", "2"]


def test_a_body_paged_list_sends_its_page_in_the_body(monkeypatch):
    # No operation of the spec pages in its body any more (the one that did, an inferred POST twin of
    # videos_list, was removed), so videos_list's row is turned into one for this test.
    row = OPERATIONS["videos_list"]
    monkeypatch.setitem(row, "method", "POST")
    monkeypatch.setitem(row, "params", [{**param, "in": "body"} for param in row["params"]])
    monkeypatch.setitem(row, "body", "VideoListRequest")
    client, sent = scripted([{"data": rows("a")}])
    assert [r.id for r in client.videos.iter_list(page_size=5)] == ["a"]
    assert sent == [{"current": 1, "pageSize": 5}]


def test_a_server_that_ignores_the_page_number_does_not_loop_forever():
    same = {"rows": rows("a", "b")}
    client, sent = scripted([same, same, same])
    assert [r.id for r in client.wan_video.iter_list(page_size=2)] == ["a", "b"]
    assert len(sent) == 2


def test_errors_surface_where_the_iteration_is_and_bad_arguments_before_it():
    client, sent = scripted([])
    with pytest.raises(a2e.InvalidRequestError, match="max_items"):
        client.flux2.iter_list(max_items=-1)
    with pytest.raises(a2e.InvalidRequestError, match="page size"):
        client.flux2.iter_list(page_size=0)
    records = client.flux2.iter_list(page_size=500)  # above the spec's maximum: refused by the first call
    with pytest.raises(a2e.InvalidRequestError, match="above the maximum 100"):
        next(records)
    assert sent == []


def test_the_runtime_reads_bare_array_answers(monkeypatch):
    from a2e import _pages

    op = {
        **OPERATIONS["videos_list"],
        "pagination": {**OPERATIONS["videos_list"]["pagination"], "items": "$", "items_attr": None},
    }
    monkeypatch.setattr(_pages, "get_operation", lambda op_id: op)

    class Client:
        def __init__(self) -> None:
            self.calls: list[dict[str, Any]] = []

        def _call(self, op_id: str, params: dict[str, Any], **options: Any) -> list[str]:
            self.calls.append(params)
            return [["a", "b"], ["c"]][params["current"] - 1]

    client = Client()
    assert list(_pages.iterate(client, "videos_list", {"pageSize": 2})) == ["a", "b", "c"]
    assert client.calls == [{"current": 1, "pageSize": 2}, {"current": 2, "pageSize": 2}]


def test_importing_a2e_does_not_import_the_paging_module():
    code = "import sys, a2e; a2e.A2E('k').face_swap; assert 'a2e._pages' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_iterated_records_are_typed_for_strict_type_checkers(tmp_path):
    user = tmp_path / "user.py"
    user.write_text(
        "import a2e\n\n\n"
        "def ids(client: a2e.A2E) -> list[str]:\n"
        "    return [rec.id for rec in client.face_swap.iter_list(page_size=2)]\n\n\n"
        "async def names(client: a2e.AsyncA2E) -> list[str | None]:\n"
        "    return [rec.name async for rec in client.flux2.iter_list(status='completed')]\n\n\n"
        "def wrong(client: a2e.A2E) -> None:\n"
        "    client.videos.iter_list(current=2)\n"
    )
    result = subprocess.run(
        [str(Path(sys.executable).parent / "mypy"), "--strict", "--no-incremental", str(user)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "user.py:13:" in errors[0] and '"current"' in errors[0], result.stdout


# -- the generator checks the extension ----------------------------------------------------------------------------


def wrong_page_parameter(spec: dict) -> None:
    spec["paths"]["/api/v1/userDubbing/allRecords"]["get"]["x-a2e-pagination"]["page"] = "pageNumber"


def wrong_item_field(spec: dict) -> None:
    spec["paths"]["/api/v1/userFlux2/list"]["get"]["x-a2e-pagination"]["items"] = "records"


def bare_array_on_an_object_answer(spec: dict) -> None:
    spec["paths"]["/api/v1/video/awsList"]["get"]["x-a2e-pagination"]["items"] = "$"


def unknown_key(spec: dict) -> None:
    spec["paths"]["/api/v1/userFlux2/list"]["get"]["x-a2e-pagination"]["offset"] = "skip"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            wrong_page_parameter,
            "dubbing_list: x-a2e-pagination: page names parameter 'pageNumber', which dubbing_list "
            "does not have (parameters: pageNum, pageSize)",
        ),
        (
            wrong_item_field,
            "items names 'records', which is not an array of a named schema in the answer TaskRecordPage",
        ),
        (bare_array_on_an_object_answer, "items '$' needs an answer whose data is an array"),
        (unknown_key, "flux2_list: x-a2e-pagination must be a mapping with page, size and items"),
    ],
)
def test_a_wrong_pagination_fact_fails_the_build(tmp_path, change, message):
    spec = load_spec()
    change(spec)
    result = generate_from(spec, tmp_path)
    assert result.returncode == 1 and message in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()
