import asyncio
import time

import a2e
import pytest


def test_sync_video(a2e_client, a2e_mock):
    voice = a2e_client.tts.list_voices()[0].children[0].value
    audio = a2e_client.tts.generate(msg="hi", tts_id=voice)
    task = a2e_client.videos.generate(anchor_id=a2e_client.videos.list_avatars()[0].id, anchor_type=0, audio_src=audio)
    record = a2e_client.videos.wait(task.id, poll_interval=0.01)
    assert record.result_urls
    assert ("POST", "/api/v1/video/generate") in a2e_mock.requests


def test_a_wait_with_the_default_interval_sees_the_task_move_promptly(a2e_client):
    task = a2e_client.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
    started, statuses = time.monotonic(), []
    a2e_client.caption_removal.wait(task.id, on_progress=lambda progress: statuses.append(progress.status))
    assert time.monotonic() - started < 1 and statuses[-1] == "completed" and len(set(statuses)) > 1


def test_requests_are_recorded_whole_without_the_key(a2e_client, a2e_mock):
    a2e_client.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
    [(method, path)] = a2e_mock.requests
    created = a2e_mock.requests[0]
    assert (method, path) == (created.method, created.path) == ("POST", "/api/v1/userCaptionRemoval/start")
    assert created.json == {"source_url": "https://example.com/v.mp4", "name": "x"}
    assert created.headers["authorization"] == "Bearer <redacted>"
    assert a2e_mock.token not in repr(created.headers) and a2e_mock.token.encode() not in created.body


def test_fault(a2e_client, a2e_mock):
    flaky = a2e_client.with_options(headers=a2e_mock.fault("status=503;times=1"))
    assert flaky.misc.remaining_coins().coins > 0
    assert len(a2e_mock.requests) == 2


def test_failure(a2e_client, a2e_mock):
    failing = a2e_client.with_options(headers=a2e_mock.task_failure())
    task = failing.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
    with pytest.raises(a2e.TaskFailedError):
        a2e_client.caption_removal.wait(task.id)


def test_async(async_a2e_client):
    async def run():
        task = await async_a2e_client.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
        return await async_a2e_client.caption_removal.wait(task.id)

    assert asyncio.run(run()).result_urls


def test_fresh_account(a2e_client):
    assert a2e_client.misc.remaining_coins().coins > 0
