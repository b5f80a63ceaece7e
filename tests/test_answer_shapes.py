"""What A2E really answers, on both clients: a record as an object, an array or a `{"0": ...}` map; a read that
leaves out the id it was asked for; an answer a charged create cannot read; an NSFW report in place of a task;
and a charged create stopped by Ctrl-C or a cancellation while A2E may already have created the task."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import a2e
import httpx2 as httpx
import pytest

TASK = "6600aa11bb22cc33dd44ee55"
OTHER = "6600aa11bb22cc33dd44ee56"
NAME = "shapes-test-1"
Handler = Callable[[httpx.Request], httpx.Response]


def envelope(data: Any, msg: str = "success") -> httpx.Response:
    return httpx.Response(200, json={"code": 0, "msg": msg, "data": data, "trace_id": "t-1"})


def record(task_id: str = TASK, **fields: Any) -> dict[str, Any]:
    return {"_id": task_id, "name": NAME, "current_status": "initialized", **fields}


def recorded(handler: Handler, seen: list[httpx.Request]) -> Handler:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    return answer


def run_sync(handler: Handler, call: Callable[[a2e.A2E], Any]) -> Any:
    with a2e.A2E("sk_test", http_client=httpx.Client(transport=httpx.MockTransport(handler))) as client:
        return call(client)


def run_async(handler: Handler, call: Callable[[a2e.AsyncA2E], Any]) -> Any:
    async def main() -> Any:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            return await call(a2e.AsyncA2E("sk_test", http_client=http))

    return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Callable[[Handler, str, dict[str, Any]], Any]:
    """`run(handler, operation, params)`: the call through `A2E` or `AsyncA2E` against `handler`."""

    def go(handler: Handler, operation: str, params: dict[str, Any]) -> Any:
        if request.param == "sync":
            return run_sync(handler, lambda client: client.call(operation, **params))
        return run_async(handler, lambda client: client.call(operation, **params))

    return go


START = ("text_to_image_start", {"name": NAME, "prompt": "a lighthouse at dusk"})


@pytest.mark.parametrize(
    "data",
    [record(), [record()], {"0": record()}],
    ids=["object", "array", "index-map"],
)
def test_a_charged_create_reads_its_record_in_every_shape(run, data):
    task = run(lambda request: envelope(data), *START)
    assert task.id == TASK
    assert task.name == NAME
    assert "more_records" not in task.additional_properties


@pytest.mark.parametrize(
    "data", [[record(), record(OTHER)], {"0": record(), "1": record(OTHER)}], ids=["array", "index-map"]
)
def test_several_records_answer_the_first_and_keep_the_others(run, data):
    task = run(lambda request: envelope(data), "kling_image_start", {"name": NAME, "prompt": "p", "n": 2})
    assert task.id == TASK
    assert [r["_id"] for r in task.additional_properties["more_records"]] == [OTHER]


def test_a_read_that_leaves_out_the_asked_id_is_given_it(run):
    item = {"result": "https://cdn.example.com/v.mp4", "status": "success", "process": 100}
    records = run(lambda request: envelope([item]), "videos_status", {"_id": TASK})
    assert [r.id for r in records] == [TASK]
    assert records[0].status == "success"
    got = run(lambda request: envelope({"current_status": "completed"}), "face_swap_get", {"_id": TASK})
    assert got.id == TASK


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_video_wait_ends_when_awsresult_items_have_no_id(kind):
    item = {"result": "https://cdn.example.com/v.mp4", "status": "success", "process": 100}
    handler = lambda request: envelope([item])  # noqa: E731
    if kind == "sync":
        video = run_sync(handler, lambda client: client.videos.wait(TASK, timeout=5, poll_interval=0.01))
    else:
        video = run_async(handler, lambda client: client.videos.wait(TASK, timeout=5, poll_interval=0.01))
    assert (video.id, video.result) == (TASK, item["result"])


UNREADABLE = {
    "a string": "created",
    "null": None,
    "an empty array": [],
    "a record without an id": {"name": NAME, "current_status": "initialized"},
    "an array of numbers": [1, 2],
    "an index map of text": {"0": "x"},
}


@pytest.mark.parametrize("data", list(UNREADABLE.values()), ids=list(UNREADABLE))
def test_a_charged_create_whose_answer_cannot_be_read_is_outcome_unknown(run, data):
    seen: list[httpx.Request] = []
    with pytest.raises(a2e.OutcomeUnknownError) as caught:
        run(recorded(lambda request: envelope(data), seen), *START)
    lost = caught.value
    assert len(seen) == 1, "a charged create is never resent"
    assert lost.operation == "text_to_image_start"
    assert (lost.name, lost.list_operation) == (NAME, "text_to_image_list")
    assert isinstance(lost.cause, a2e.UnexpectedResponseError)
    assert json.loads(lost.body)["data"] == data  # the answer's body as it came
    assert "may have created the task and charged for it" in str(lost)
    assert "find_created" in str(lost)


def test_an_unreadable_answer_of_an_uncharged_read_stays_unexpected(run):
    with pytest.raises(a2e.UnexpectedResponseError) as caught:
        run(lambda request: envelope("nonsense"), "face_swap_list", {})
    assert not isinstance(caught.value, a2e.OutcomeUnknownError)


@pytest.mark.parametrize("operation", ["nano_banana_start", "gpt_image_start", "flux2_start"])
def test_an_nsfw_report_in_place_of_a_task_is_content_rejected(run, operation):
    report = {"nsfw": True, "message": "NSFW content detected"}
    params = {"name": NAME, "prompt": "p"}
    if operation == "nano_banana_start":
        params["input_images"] = ["https://cdn.example.com/in.png"]
    seen: list[httpx.Request] = []
    with pytest.raises(a2e.ContentRejectedError) as caught:
        run(recorded(lambda request: envelope(report, msg="NSFW content detected"), seen), operation, params)
    assert "NSFW content detected" in str(caught.value)
    assert "no task was created" in str(caught.value)
    assert len(seen) == 1


def test_a_task_whose_prompt_mentions_nsfw_is_still_a_task(run):
    task = run(lambda request: envelope(record(prompt="no nsfw please")), *START)
    assert task.id == TASK


def lost_then_listed(request: httpx.Request) -> httpx.Response:
    """A create answered unreadably; the family's list shows the task it created."""
    if request.method == "POST":
        return envelope("created")
    return envelope({"rows": [record(OTHER, name="else"), record()], "count": 2})


def test_find_created_finds_the_task_of_an_unreadable_create():
    def sync(client: a2e.A2E) -> Any:
        with pytest.raises(a2e.OutcomeUnknownError) as caught:
            client.call(START[0], **START[1])
        return client.find_created(caught.value)

    async def in_async(client: a2e.AsyncA2E) -> Any:
        with pytest.raises(a2e.OutcomeUnknownError) as caught:
            await client.call(START[0], **START[1])
        return await client.find_created(caught.value)

    for found in (run_sync(lost_then_listed, sync), run_async(lost_then_listed, in_async)):
        assert found is not None and found.id == TASK


# -- interrupts and cancellations ---------------------------------------------------------------------------


def interrupting(seen: list[httpx.Request]) -> Handler:
    """Ctrl-C while the request is with A2E; the look-up afterwards finds the task."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            raise KeyboardInterrupt
        return envelope({"rows": [record()], "count": 1})

    return answer


def test_ctrl_c_during_a_charged_create_keeps_its_type_and_says_the_task_may_exist():
    seen: list[httpx.Request] = []
    with a2e.A2E("sk_test", http_client=httpx.Client(transport=httpx.MockTransport(interrupting(seen)))) as client:
        with pytest.raises(KeyboardInterrupt) as caught:
            client.text_to_image.start(name=NAME, prompt="a lighthouse")
        stop = caught.value
        assert len(seen) == 1
        notes = getattr(stop, "__notes__", [])
        assert len(notes) == 1 and "text_to_image_start" in notes[0]
        assert "may have created the task and charged for it" in notes[0]
        assert NAME in notes[0] and "text_to_image_list" in notes[0]
        lost = stop.a2e_outcome_unknown  # type: ignore[attr-defined]
        assert isinstance(lost, a2e.OutcomeUnknownError) and lost.cause is None
        found = client.find_created(stop)
    assert found is not None and found.id == TASK


def test_ctrl_c_during_a_read_adds_nothing():
    def answer(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    with a2e.A2E("sk_test", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as client:
        with pytest.raises(KeyboardInterrupt) as caught:
            client.text_to_image.get(TASK)
    assert not getattr(caught.value, "__notes__", [])
    assert not hasattr(caught.value, "a2e_outcome_unknown")
    with pytest.raises(a2e.InvalidRequestError, match="find_created"):
        a2e.A2E("sk_test").find_created(caught.value)


async def stalled_create(cancel: Callable[[asyncio.Task[Any]], Any]) -> BaseException:
    """Start a charged create whose answer never comes, stop it with `cancel`, and return what it raised."""
    arrived = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            arrived.set()
            await asyncio.sleep(3600)
        return envelope({"rows": [record()], "count": 1})

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
        client = a2e.AsyncA2E("sk_test", http_client=http)
        task = asyncio.ensure_future(client.text_to_image.start(name=NAME, prompt="a lighthouse"))
        await arrived.wait()
        try:
            await cancel(task)
        except BaseException as stopped:  # noqa: BLE001 - what the caller sees, whatever it is
            found = await client.find_created(stopped)  # the interrupt, or the TimeoutError raised from it
            assert found is not None and found.id == TASK
            return stopped
    raise AssertionError("the create was not stopped")


def test_a_cancelled_async_create_keeps_cancelled_error_and_says_the_task_may_exist():
    async def cancel(task: asyncio.Task[Any]) -> Any:
        task.cancel()
        return await task

    stopped = asyncio.run(stalled_create(cancel))
    assert isinstance(stopped, asyncio.CancelledError)
    assert "may have created the task and charged for it" in "".join(getattr(stopped, "__notes__", []))
    assert isinstance(stopped.a2e_outcome_unknown, a2e.OutcomeUnknownError)  # type: ignore[attr-defined]


def test_an_outer_timeout_on_an_async_create_chains_the_noted_cancellation():
    async def time_out(task: asyncio.Task[Any]) -> Any:
        return await asyncio.wait_for(task, 0.05)

    stopped = asyncio.run(stalled_create(time_out))
    assert isinstance(stopped, TimeoutError)
    cancelled = stopped.__cause__ or stopped.__context__
    assert isinstance(cancelled, asyncio.CancelledError)
    assert "may have created the task" in "".join(getattr(cancelled, "__notes__", []))


def test_the_error_repr_holds_no_key():
    with pytest.raises(a2e.OutcomeUnknownError) as caught:
        run_sync(lambda request: envelope(None), lambda client: client.call(START[0], **START[1]))
    assert "sk_test" not in str(caught.value) + repr(caught.value) + json.dumps(caught.value.body)


# -- the same against the mock over HTTP (both clients) -------------------------------------------------------


def test_text_to_image_start_answered_as_a_one_element_array_by_the_mock_is_a_task(client):
    task = client.text_to_image.start(name="mock-array", prompt="a lighthouse at dusk")
    assert len(task.id) == 24 and task.name == "mock-array"
    done = client.text_to_image.wait(task.id, timeout=60, poll_interval=0.05)
    assert done.current_status == "completed" and done.result_urls


@pytest.mark.parametrize("shape", ["array", "index-map", "object"])
def test_a_charged_create_in_any_shape_from_the_mock_is_a_task(client, shape):
    from conftest import fault

    task = fault(client, f"shape={shape}").caption_removal.start(
        source_url="https://cdn.example.com/clip.mp4", name=f"mock-shape-{shape}"
    )
    assert len(task.id) == 24
    assert client.caption_removal.get(task.id).id == task.id


def test_an_nsfw_answer_from_the_mock_is_content_rejected_and_costs_nothing(client):
    before = client.misc.remaining_coins().coins
    refusing = client.with_options(headers={"x-a2e-mock-outcome": "nsfw"})
    with pytest.raises(a2e.ContentRejectedError, match="no task was created"):
        refusing.nano_banana.start(name="mock-nsfw", prompt="p", input_images=["https://cdn.example.com/in.png"])
    assert client.misc.remaining_coins().coins == before


def test_an_empty_object_is_not_a_record_even_when_the_id_is_known(run):
    with pytest.raises(a2e.UnexpectedResponseError):
        run(lambda request: envelope({}), "face_swap_get", {"_id": TASK})


def test_a_read_that_mentions_nsfw_and_cannot_be_read_is_not_a_refusal(run):
    with pytest.raises(a2e.UnexpectedResponseError) as caught:
        run(lambda request: envelope([{"name": "nsfw filter test"}]), "tts_list_cloned_voices", {})
    assert not isinstance(caught.value, a2e.ContentRejectedError)


def test_an_object_that_says_nothing_of_the_task_is_not_given_the_asked_id(run):
    with pytest.raises(a2e.UnexpectedResponseError):
        run(lambda request: envelope({"message": "record not found"}), "face_swap_get", {"_id": TASK})
    with pytest.raises(a2e.UnexpectedResponseError):
        run(lambda request: envelope([{"message": "record not found"}]), "videos_status", {"_id": TASK})


def test_of_several_records_a_read_answers_the_one_it_asked_for(run):
    records = [record(OTHER, current_status="failed"), record(TASK, current_status="completed")]
    got = run(lambda request: envelope(records), "face_swap_get", {"_id": TASK})
    assert got.id == TASK and got.current_status == "completed"


def test_an_unreadable_charged_answer_keeps_the_start_of_the_body_as_sent(run):
    with pytest.raises(a2e.OutcomeUnknownError) as caught:
        run(lambda request: envelope("created"), *START)
    assert caught.value.body.startswith('{"code":0') and '"data":"created"' in caught.value.body


def test_a_create_echoing_a_prompt_that_says_nsfw_without_an_id_is_outcome_unknown_not_refused(run):
    answer = {"task_id": "t-1", "name": NAME, "prompt": "a cat, nsfw, lowres"}
    with pytest.raises(a2e.OutcomeUnknownError):
        run(lambda request: envelope(answer), *START)


def test_a_refusal_without_words_of_its_own_says_nsfw_not_success(run):
    with pytest.raises(a2e.ContentRejectedError, match="A2E reported NSFW content; no task was created"):
        run(lambda request: envelope({"nsfw": True}), "flux2_start", {"name": NAME, "prompt": "p"})


def test_the_command_line_keeps_every_other_note_of_the_client():
    from a2e.cli._output import describe

    stopped = a2e.WaitTimeoutError(TASK, 5, "process")
    stopped.add_note(f"a2e: could not cancel task {TASK}: HTTP 500")
    assert f"could not cancel task {TASK}" in describe(stopped)


def test_the_command_line_says_an_outer_timeout_may_have_created_the_task():
    from a2e.cli._output import describe

    async def time_out(task: asyncio.Task[Any]) -> Any:
        return await asyncio.wait_for(task, 0.05)

    line = describe(asyncio.run(stalled_create(time_out)))
    assert line.startswith("TimeoutError: ") and "`a2e text_to_image list`" in line and NAME in line
