"""Many tasks at once: `wait_many` and `as_completed` over tasks of several families, on `A2E` and `AsyncA2E`."""

from __future__ import annotations

import asyncio

import a2e
import pytest
from conftest import first_anchor, first_voice

SOURCE = "https://example.com/v.mp4"


@pytest.fixture
def requests(server):
    server.state.requests.clear()
    return server.state.requests


def caption_tasks(client, n: int, **headers: str) -> list[tuple[str, str]]:
    target = client.with_options(headers=headers) if headers else client
    return [("caption_removal", target.caption_removal.start(source_url=SOURCE, name=f"many {i}").id) for i in range(n)]


def test_wait_many_returns_every_result_and_every_failure_in_order(client):
    audio = client.tts.generate(msg="Hi.", tts_id=first_voice(client))
    video = client.videos.generate(anchor_id=first_anchor(client), anchor_type=0, audio_src=audio).id
    good = caption_tasks(client, 3)
    bad = caption_tasks(client, 2, **{"x-a2e-mock-outcome": "fail"})
    tasks = [good[0], bad[0], ("videos", video), *good[1:], bad[1]]
    seen: list[a2e.TaskProgress] = []
    outcomes = client.wait_many(tasks, poll_interval=0.01, on_progress=seen.append)
    assert [(o.kind, o.task_id) for o in outcomes] == tasks
    assert [o.ok for o in outcomes] == [True, False, True, True, True, False]
    assert all(isinstance(o.error, a2e.TaskFailedError) for o in outcomes if not o.ok)
    assert outcomes[2].record.result and outcomes[0].record.result_url
    assert {p.task_id for p in seen} == {task_id for _, task_id in tasks}


def test_a_round_reads_a_family_through_its_batch_operation(client, requests):
    tasks = caption_tasks(client, 120)
    requests.clear()
    outcomes = client.wait_many(tasks, poll_interval=0.01)
    assert all(o.ok for o in outcomes)
    batch_reads = [p for m, p in requests if p.endswith("/batchDetail")]
    rounds = len(batch_reads) / 3  # 120 ids: 50 + 50 + 20 per round
    assert rounds == int(rounds) and len(requests) == len(batch_reads)


def test_tasks_still_running_at_the_timeout_end_with_wait_timeout_outcomes(client):
    tasks = caption_tasks(client, 2)
    outcomes = client.wait_many(tasks, timeout=0.05, poll_interval=10)
    assert all(isinstance(o.error, a2e.WaitTimeoutError) for o in outcomes)


def test_an_unknown_id_ends_as_not_found_and_the_others_finish(client):
    tasks = [*caption_tasks(client, 1), ("caption_removal", "0123456789abcdef01234567")]
    first, unknown = client.wait_many(tasks, poll_interval=0.01)
    assert first.ok and isinstance(unknown.error, a2e.NotFoundError)


def test_as_completed_yields_tasks_as_they_end(server):
    with a2e.A2E(server.token, base_url=server.url) as client:
        tasks = caption_tasks(client, 4)
        ended = [o.task_id for o in client.as_completed(tasks, poll_interval=0.01)]
    assert sorted(ended) == sorted(task_id for _, task_id in tasks)


def test_async_as_completed_yields_every_task(server):
    async def run() -> list[str]:
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            tasks = [
                ("caption_removal", (await client.caption_removal.start(source_url=SOURCE, name="a")).id)
                for _ in range(3)
            ]
            return [o.task_id async for o in client.as_completed(tasks, poll_interval=0.01) if o.ok]

    assert len(asyncio.run(run())) == 3


@pytest.mark.parametrize(
    ("tasks", "arguments"),
    [
        ([("no_such_group", "x")], {}),
        (["not a pair"], {}),
        ([("caption_removal", "x")], {"timeout": -1}),
        ([("caption_removal", "x")], {"poll_interval": 0}),
    ],
)
def test_bad_arguments_are_refused_before_any_request(client, requests, tasks, arguments):
    with pytest.raises(a2e.InvalidRequestError):
        client.wait_many(tasks, **arguments)
    assert requests == []


def test_every_finished_record_offers_its_output_urls_in_one_place(client):
    audio = client.tts.generate(msg="Hi.", tts_id=first_voice(client))
    video = client.videos.generate(anchor_id=first_anchor(client), anchor_type=0, audio_src=audio).id
    image = client.text_to_image.start(prompt="a red shoe", name="shoe").id
    caption = caption_tasks(client, 1)[0]
    outcomes = client.wait_many([("videos", video), ("text_to_image", image), caption], poll_interval=0.01)
    for outcome in outcomes:
        urls = outcome.record.result_urls
        assert urls and all(url.startswith("http") for url in urls), outcome
    assert outcomes[0].record.result_urls == [outcomes[0].record.result]
