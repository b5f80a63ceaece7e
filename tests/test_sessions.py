"""Live streaming-avatar sessions: the room is opened on entry and always left, on `A2E` and `AsyncA2E`."""

from __future__ import annotations

import asyncio

import a2e
import pytest
from conftest import fault


def avatar(client) -> str:
    return str(client.streaming.list_avatars()[0].id)


def rooms(server) -> dict:
    return server.state.account(server.token).rooms


def test_a_session_opens_talks_and_leaves(server):
    with a2e.A2E(server.token, base_url=server.url) as client, client.streaming.session(avatar(client)) as room:
        room.set_context("You sell running shoes.")
        assert room.get_context().text == "You sell running shoes."
        room.ask("Which shoe for a marathon?")
        room.speak("Thanks for watching!")
        channel = room.channel
        assert room.token.token and rooms(server)[channel]["open"]
    state = rooms(server)[channel]
    assert not state["open"]
    assert [text for _, text in state["said"]] == ["Which shoe for a marathon?", "Thanks for watching!"]


@pytest.mark.parametrize("stop", [RuntimeError("boom"), KeyboardInterrupt()])
def test_the_room_is_left_when_the_body_raises_or_is_interrupted(server, stop):
    with a2e.A2E(server.token, base_url=server.url) as client:
        with pytest.raises(type(stop)), client.streaming.session(avatar(client)) as room:
            channel = room.channel
            raise stop
    assert not rooms(server)[channel]["open"]


def test_an_error_inside_a_session_keeps_its_class_and_the_room_is_left(server):
    server.state.account(server.token).fault_counts.clear()
    with a2e.A2E(server.token, base_url=server.url) as client:
        with pytest.raises(a2e.ServerError), client.streaming.session(avatar(client)) as room:
            channel = room.channel
            # The ask fails, the leave (the same spec again) goes through.
            room.client = fault(client, "status=500;times=1").with_options(max_retries=0)
            room.ask("this fails")
    assert not rooms(server)[channel]["open"]


def test_a_failed_leave_is_noted_on_the_error_on_its_way_out(server):
    with a2e.A2E(server.token, base_url=server.url) as client:
        with pytest.raises(RuntimeError) as caught, client.streaming.session(avatar(client)) as room:
            room.client = fault(client, "status=400")
            raise RuntimeError("the body failed")
    assert any("leaving the room also failed" in note for note in caught.value.__notes__)


def test_a_room_used_after_leaving_is_a_clear_error(server):
    with a2e.A2E(server.token, base_url=server.url) as client:
        with client.streaming.session(avatar(client)) as room:
            pass
        with pytest.raises(a2e.A2EError, match="not open"):
            room.ask("anyone?")


def test_an_async_session_is_left_when_its_task_is_cancelled(server):
    async def run() -> str:
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            avatar_id = (await client.streaming.list_avatars())[0].id
            opened: asyncio.Future[str] = asyncio.get_running_loop().create_future()

            async def talk() -> None:
                async with client.streaming.session(avatar_id) as room:
                    await room.set_context("context")
                    opened.set_result(str(room.channel))
                    await asyncio.sleep(60)

            task = asyncio.create_task(talk())
            channel = await opened
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return channel

    assert not rooms(server)[asyncio.run(run())]["open"]


def test_an_async_session_talks_and_leaves(server):
    async def run() -> str:
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            avatar_id = (await client.streaming.list_avatars())[0].id
            async with client.streaming.session(avatar_id) as room:
                await room.ask("hello")
                assert (await room.get_context()).text == ""
                return str(room.channel)

    assert not rooms(server)[asyncio.run(run())]["open"]
