"""The async client against the mock A2E: the same operations, awaited."""

from __future__ import annotations

import asyncio

import a2e
import pytest
from a2e.mock._app import asset_bytes


def test_async_round_trip_from_voice_to_downloaded_video(server, tmp_path):
    async def flow():
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            voices, anchors, coins = await asyncio.gather(
                client.tts.list_voices(), client.videos.list_avatars(), client.misc.remaining_coins()
            )
            audio = await client.tts.generate(msg="Async hello.", tts_id=voices[0].children[0].value)
            task = await client.videos.generate(
                anchor_id=anchors[0].id, anchor_type=0, audio_src=audio, resolution=1080
            )
            record = await client.videos.wait(task.id, poll_interval=0.01)
            path = await client.download(record.result, tmp_path)
            after = await client.misc.remaining_coins()
            return record, path, coins.coins - after.coins

    record, path, spent = asyncio.run(flow())
    assert record.status == "success"
    assert path.name == f"video-{record.id}.mp4" and path.read_bytes() == asset_bytes("sample.mp4")
    assert spent == 10


def test_async_wait_raises_task_failed(server):
    async def flow():
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            anchors = await client.videos.list_avatars()
            failing = client.with_options(headers={"x-a2e-mock-outcome": "fail"})
            task = await failing.videos.generate(
                anchor_id=anchors[0].id, anchor_type=0, audio_src="https://cdn.example/a.mp3", resolution=720
            )
            await client.videos.wait(task.id, poll_interval=0.01)

    with pytest.raises(a2e.TaskFailedError, match="no face found"):
        asyncio.run(flow())


def test_async_errors_use_the_same_tree(server):
    async def flow():
        async with a2e.AsyncA2E("sk_wrong", base_url=server.url) as client:
            await client.misc.remaining_coins()

    with pytest.raises(a2e.AuthenticationError) as caught:
        asyncio.run(flow())
    assert caught.value.status_code == 401 and "sk_wrong" not in str(caught.value)
