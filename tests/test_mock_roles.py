"""The mock's generic behaviours by role, called directly with hand-built operations, so most do not depend on
which operations the spec holds."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from _a2e_api.operations import OPERATIONS
from a2e.mock import MockConfig
from a2e.mock._handlers import HANDLERS, ROLES, Call, MockError, generate_video
from a2e.mock._state import Account, TaskJob

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generator"))
from generate import find_record_id  # noqa: E402  (the generator decides which parameter names the record)

BASE = "http://mock"


def operation(role: str, family: str, *params: tuple[str, str, bool], path: str = "/api/v1/x") -> dict[str, Any]:
    """A minimal operation-table row: `params` are (wire name, location, required); the record id is found as the
    generator finds it, with `video_id` marked as the spec marks it (`x-a2e-record-id`)."""
    fields = [
        {"wire": wire, "in": where, "required": required, "schema": {}, "record_id": wire == "video_id"}
        for wire, where, required in params
    ]
    record_id = find_record_id("test_op", fields)
    return {
        "path": path,
        "summary": f"{role} {family}",
        "charged": False,
        "params": fields,
        "record_id": record_id,
        "resource": {"role": role, "family": family},
    }


def call(account: Account, op: dict[str, Any], outcome: str | None = None, **params: Any) -> Call:
    return Call(
        f"{op['resource']['family']}_{op['resource']['role']}",
        op,
        account,
        params,
        BASE,
        MockConfig(process_steps=2),
        outcome,
    )


def run(account: Account, op: dict[str, Any], outcome: str | None = None, **params: Any) -> Any:
    return ROLES[op["resource"]["role"]](call(account, op, outcome, **params))


def create(account: Account, family: str, outcome: str | None = None, **body: Any) -> str:
    fields = [(name, "body", False) for name in body]
    return run(account, operation("create", family, *fields), outcome, **body)["_id"]


def finish(account: Account, family: str, task_id: str) -> TaskJob:
    job = account.family(family)[task_id]
    job.finish(MockConfig(), BASE)
    return job


@pytest.fixture
def account() -> Account:
    return Account(coins=1000)


def test_every_operation_has_a_mock_behaviour():
    missing = [
        op_id
        for op_id, op in OPERATIONS.items()
        if op_id not in HANDLERS and (op["resource"] or {}).get("role") not in ROLES
    ]
    assert missing == [], "give these an x-a2e-resource role the mock knows, or a handler in a2e.mock._handlers"


# -- which parameter carries the id ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "sent", "expected"),
    [
        ([("_id", "path", True)], {"_id": "a"}, ("a", True)),
        ([("id", "path", True)], {"id": "a"}, ("a", True)),
        ([("_id", "body", True)], {"_id": "a"}, ("a", False)),
        ([("_id", "query", True)], {"_id": "a"}, ("a", False)),
        ([("video_id", "query", True)], {"video_id": "a"}, ("a", False)),
        ([("_id", "body", True), ("id", "path", True)], {"_id": "b", "id": "a"}, ("a", True)),
        ([("id", "body", True), ("_id", "body", True)], {"_id": "a", "id": "b"}, ("a", False)),
        ([("_id", "body", False), ("name", "body", True)], {"name": "n"}, (None, False)),
        ([], {"_id": "a"}, ("a", False)),  # an open body that carried one
        ([], {"id": 7}, ("7", False)),
        ([], {}, (None, False)),
    ],
)
def test_the_record_id_is_the_required_id_parameter_path_first(account, params, sent, expected):
    found = call(account, operation("get", "f", *params), **sent)
    assert (found.record_id, found.id_in_path) == expected


@pytest.mark.parametrize(
    ("param", "status"), [(("id", "path", True), 404), (("_id", "body", True), 200), (("video_id", "query", True), 200)]
)
def test_an_unknown_id_is_a_404_in_the_path_and_an_error_envelope_elsewhere(account, param, status):
    with pytest.raises(MockError) as caught:
        run(account, operation("get", "qwen_image", param), **{param[0]: "nope"})
    assert (caught.value.status, caught.value.code) == (status, 404) and "nope" in caught.value.msg


@pytest.mark.parametrize("role", ["get", "delete", "mark", "rename"])
def test_roles_find_a_task_by_a_path_id_named_id(account, role):
    task_id = create(account, "photobook", prompt="a cat album")
    op = operation(role, "photobook", ("id", "path", True), ("name", "body", False))
    run(account, op, id=task_id, name="album")
    assert (task_id in account.family("photobook")) == (role != "delete")


def test_the_avatar_video_get_finds_a_video_by_query_video_id(account):
    op = operation("create", "video", ("anchor_id", "body", True), ("anchor_type", "body", True))
    video_id = generate_video(call(account, op, anchor_id="65f1a2b3c4d5e6f7a8b9c0d1", anchor_type=0))["_id"]
    record = run(account, operation("get", "video", ("video_id", "query", True)), video_id=video_id)
    assert record["_id"] == video_id and record["status"] == "start"


# -- rename, update, retry ---------------------------------------------------------------------------------


def test_rename_sets_the_task_name_and_returns_the_record(account):
    task_id = create(account, "kling", name="first", prompt="waves")
    op = operation("rename", "kling", ("_id", "path", True), ("name", "body", True), path="/api/v1/k/{_id}")
    record = run(account, op, _id=task_id, name="second")
    assert record["_id"] == task_id and record["name"] == "second"
    assert account.family("kling")[task_id].record["name"] == "second"
    with pytest.raises(MockError) as caught:
        run(account, op, _id="missing", name="x")
    assert caught.value.status == 404


def test_update_merges_the_sent_body_into_the_item(account):
    added = run(account, operation("add", "custom_avatar", ("name", "body", False)), name="Ann", look="casual")
    op = operation("update", "custom_avatar", ("_id", "path", True))
    updated = run(account, op, _id=added["_id"], look="formal", voice="warm")
    assert updated == {**added, "look": "formal", "voice": "warm", "updatedAt": updated["updatedAt"]}
    assert account.items["custom_avatar"][added["_id"]]["look"] == "formal"
    with pytest.raises(MockError) as caught:
        run(account, op, _id="missing", look="x")
    assert caught.value.status == 404


def test_retry_runs_a_failed_task_again_to_completion(account):
    task_id = create(account, "caption", outcome="fail", video_url="https://cdn.example/v.mp4")
    job = finish(account, "caption", task_id)
    assert job.record["current_status"] == "failed"
    retry = operation("retry", "caption", path="/api/v1/userCaptionRemoval/retry")
    assert run(account, retry, _id=task_id) == {"_id": task_id}
    assert job.record["current_status"] == "initialized" and job.record["failed_message"] is None
    assert finish(account, "caption", task_id).record["current_status"] == "completed"
    assert job.record["result_url"].endswith(f"caption-{task_id}.mp4")


def test_a_retried_task_that_asked_for_a_webhook_is_driven_to_its_end_again(account):
    task_id = create(account, "caption", outcome="fail", webhook_url="http://127.0.0.1:9/hook")
    finish(account, "caption", task_id)
    retry = call(account, operation("retry", "caption"), _id=task_id)
    ROLES["retry"](retry)
    assert retry.ending == [account.family("caption")[task_id]]


def test_retry_without_an_id_answers_an_empty_object_and_an_unknown_id_is_an_error_envelope(account):
    retry = operation("retry", "caption")
    assert run(account, retry) == {}
    with pytest.raises(MockError) as caught:
        run(account, retry, _id="missing")
    assert (caught.value.status, caught.value.code) == (200, 404)


def test_retry_refuses_a_task_that_has_not_failed(account):
    task_id = create(account, "avatar", name="me")
    with pytest.raises(MockError, match="has not failed"):
        run(account, operation("retry", "avatar"), _id=task_id)
    assert account.family("avatar")[task_id].record["current_status"] == "initialized"


# -- pages and lists -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "sent"),
    [
        ([("pageNum", "query", False), ("pageSize", "query", False)], {"pageNum": 2, "pageSize": 2}),
        ([("page", "query", False), ("page_size", "query", False)], {"page": 2, "page_size": 2}),
        ([("current", "query", False), ("pageSize", "query", False)], {"current": 2, "pageSize": 2}),
    ],
)
def test_pages_read_every_paging_style(account, params, sent):
    ids = [create(account, "gpt_image", prompt=f"cat {i}") for i in range(5)]
    answer = run(account, operation("page", "gpt_image", *params), **sent)
    assert [row["_id"] for row in answer["rows"]] == ids[::-1][2:4] and answer["count"] == 5


def test_a_page_without_paging_parameters_is_the_ten_newest(account):
    ids = [create(account, "qwen_image", prompt=f"dog {i}") for i in range(12)]
    answer = run(account, operation("page", "qwen_image"))
    assert [row["_id"] for row in answer["rows"]] == ids[::-1][:10] and answer["count"] == 12


def test_a_page_with_status_keeps_only_tasks_in_that_status(account):
    done, failed, running = (create(account, "flux2", outcome=o, prompt="p") for o in (None, "fail", None))
    finish(account, "flux2", done)
    finish(account, "flux2", failed)
    op = operation("page", "flux2", ("page", "query", False), ("status", "query", False))
    assert [r["_id"] for r in run(account, op, status="completed")["rows"]] == [done]
    assert [r["_id"] for r in run(account, op, status="failed")["rows"]] == [failed]
    assert [r["_id"] for r in run(account, op, status="initialized")["rows"]] == [running]
    assert run(account, op)["count"] == 3


def test_processing_lists_running_tasks_and_completed_lists_finished_ones(account):
    done, failed, running = (create(account, "dubbing", outcome=o, source_url="u") for o in (None, "fail", None))
    finish(account, "dubbing", done)
    finish(account, "dubbing", failed)
    assert [r["_id"] for r in run(account, operation("processing", "dubbing"))] == [running]
    assert [r["_id"] for r in run(account, operation("completed", "dubbing"))] == [done]


def test_list_all_of_a_family_without_a_fixed_catalogue_is_the_accounts_items(account):
    added = run(account, operation("add", "custom_avatar"), name="Ann")
    assert run(account, operation("list-all", "custom_avatar")) == [added]


def test_list_all_of_a_family_that_is_created_lists_its_tasks(account):
    # `avatar` is created as a task in the spec, so listing it whole does not turn it into plain items.
    task_id = create(account, "avatar", name="me")
    assert [r["_id"] for r in run(account, operation("list-all", "avatar"))] == [task_id]


def test_list_all_of_backgrounds_starts_with_a2es_own(account):
    added = run(account, operation("add", "background", ("name", "body", False)), name="beach")
    listed = run(account, operation("list-all", "background"))
    assert [b["type"] for b in listed] == ["default", "default", "custom"] and listed[-1]["_id"] == added["_id"]


# -- results ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("family", ["qwen_image", "kling_image", "photobook", "product_avatar"])
def test_image_families_end_with_image_urls(account, family):
    record = finish(account, family, create(account, family, prompt="p")).record
    assert record["image_urls"] == [record["result_url"]] and record["result_url"].endswith(".png")
    assert ("result_image_url" in record) == (family == "product_avatar")


def test_head_swap_ends_with_a_video(account):
    record = finish(account, "head_swap", create(account, "head_swap", prompt="p")).record
    assert record["result_url"].endswith(".mp4") and "image_urls" not in record


def test_the_app_answers_the_lifespan_protocol():
    import asyncio

    from a2e.mock import MockState, create_app

    sent: list[dict[str, Any]] = []
    incoming = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive() -> dict[str, Any]:
        return next(incoming)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(create_app(MockState({"t"}))({"type": "lifespan"}, receive, send))
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_importing_the_mock_without_its_extra_names_the_extra_to_install():
    import subprocess
    import sys

    code = "import sys; sys.modules['starlette'] = None; import a2e.mock"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1 and "pip install 'a2e[mock]'" in result.stderr


# -- time moves tasks for every reader ---------------------------------------------------------------------------


def left_alone(account: Account, family: str, seconds: float = 3600) -> str:
    """A task created `seconds` ago and never read since."""
    task_id = create(account, family, prompt="p")
    account.family(family)[task_id].created -= seconds
    return task_id


@pytest.mark.parametrize(
    ("role", "listed"),
    [
        ("page", True),
        ("all", True),
        ("list-all", True),
        ("completed", True),
        ("processing", False),
        ("status-list", False),
    ],
)
def test_time_alone_ends_a_task_for_every_list_role(account, role, listed):
    task_id = left_alone(account, "dubbing")
    answer = run(account, operation(role, "dubbing"))
    rows = {r["_id"]: r for r in (answer["rows"] if isinstance(answer, dict) else answer)}
    assert (task_id in rows) == listed
    if listed:
        assert rows[task_id]["current_status"] == "completed" and rows[task_id]["result_url"]


def test_time_alone_ends_a_task_for_a_batch_read_and_a_read_by_id(account):
    first, second = left_alone(account, "flux2"), left_alone(account, "flux2")
    op = operation("batch", "flux2", ("ids", "body", True))
    assert [r["current_status"] for r in run(account, op, ids=[first, second])] == ["completed"] * 2
    assert run(account, operation("get", "flux2", ("_id", "path", True)), _id=first)["current_status"] == "completed"


def test_a_task_not_yet_due_is_not_moved_by_a_list(account):
    task_id = create(account, "dubbing", prompt="p")
    for _ in range(3):
        rows = run(account, operation("page", "dubbing"))["rows"]
    assert [r["current_status"] for r in rows if r["_id"] == task_id] == ["initialized"]


@pytest.mark.parametrize("seconds_per_step", [None, 3600.0])
def test_a_list_shows_the_step_the_last_read_by_id_showed(account, seconds_per_step):
    task_id = create(account, "dubbing", prompt="p")
    config = MockConfig(process_steps=2, seconds_per_step=seconds_per_step)
    get = operation("get", "dubbing", ("_id", "path", True))
    shown = [
        ROLES["get"](Call("g", get, account, {"_id": task_id}, BASE, config, None))["current_status"] for _ in range(2)
    ]
    for role in ("page", "all"):
        answer = ROLES[role](Call("l", operation(role, "dubbing"), account, {}, BASE, config, None))
        rows = answer["rows"] if isinstance(answer, dict) else answer
        assert [r["current_status"] for r in rows] == shown[-1:] == ["pending"]
