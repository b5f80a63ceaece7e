import asyncio

import a2e
import pytest


def test_sync_video(a2e_client, a2e_mock):
    voice = a2e_client.tts.list_voices()[0].children[0].value
    audio = a2e_client.tts.generate(msg="hi", tts_id=voice)
    task = a2e_client.videos.generate(anchor_id=a2e_client.videos.list_avatars()[0].id, anchor_type=0, audio_src=audio)
    record = a2e_client.videos.wait(task.id, poll_interval=0.01)
    assert record.result_urls
    assert ("POST", "/api/v1/video/generate") in a2e_mock.requests


def test_fault(a2e_client, a2e_mock):
    flaky = a2e_client.with_options(headers=a2e_mock.fault("status=503;times=1"))
    assert flaky.misc.remaining_coins().coins > 0
    assert len(a2e_mock.requests) == 2


def test_failure(a2e_client, a2e_mock):
    failing = a2e_client.with_options(headers=a2e_mock.task_failure())
    task = failing.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
    with pytest.raises(a2e.TaskFailedError):
        a2e_client.caption_removal.wait(task.id, poll_interval=0.01)


def test_async(async_a2e_client):
    async def run():
        task = await async_a2e_client.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
        return await async_a2e_client.caption_removal.wait(task.id, poll_interval=0.01)

    assert asyncio.run(run()).result_urls


def test_fresh_account(a2e_client):
    assert a2e_client.misc.remaining_coins().coins > 0
