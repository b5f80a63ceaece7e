"""Every task family through the client against the mock: create -> wait -> result, plus stateful extras."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import a2e
import httpx2 as httpx
import pytest
from _a2e_api.operations import OPERATIONS
from conftest import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec()
EXAMPLES = {
    op["operationId"]: op["requestBody"]["content"]["application/json"].get("example", {})
    for item in SPEC["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and "requestBody" in op
}
CREATES = sorted(
    op_id
    for op_id, op in OPERATIONS.items()
    if (op["resource"] or {}).get("role") == "create" and op["group"] != "videos"
)


def family_op(family: str, role: str) -> tuple[str, dict] | None:
    return next(((i, o) for i, o in OPERATIONS.items() if o["resource"] == {"role": role, "family": family}), None)


def family_wait(create: str) -> dict:
    """The operation that waits for a create's task: its family's read with an `x-a2e-wait` (its one-task read, or
    its list where A2E documents no other read)."""
    family = OPERATIONS[create]["resource"]["family"]
    return next(o for o in OPERATIONS.values() if (o["resource"] or {}).get("family") == family and o["wait"])


WAITED = {(o["resource"] or {}).get("family") for o in OPERATIONS.values() if o["wait"]}
FOLLOWED = [c for c in CREATES if OPERATIONS[c]["resource"]["family"] in WAITED]
START_ONLY = [c for c in CREATES if c not in FOLLOWED]


@pytest.mark.parametrize("create", FOLLOWED)
def test_each_task_family_goes_from_create_to_a_result(client, create):
    record = client.call(create, **EXAMPLES[create])
    assert record.to_dict()["current_status"] == "initialized"
    getter = family_wait(create)
    wait = getattr(getattr(client, getter["group"]), getter["wait"]["method"])
    wire = wait(record.id, poll_interval=0.001).to_dict()
    assert wire["current_status"] == "completed"
    assert wire.get("result_url") or wire.get("speaker_id") or wire.get("anchor_id")


@pytest.mark.parametrize("create", FOLLOWED)
def test_each_task_family_goes_from_create_to_a_result_on_the_async_client(server, create):
    getter = family_wait(create)

    async def flow() -> dict:
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            record = await client.call(create, **EXAMPLES[create])
            wait = getattr(getattr(client, getter["group"]), getter["wait"]["method"])
            return (await wait(record.id, poll_interval=0.001)).to_dict()

    wire = asyncio.run(flow())
    assert wire["current_status"] == "completed"
    assert wire.get("result_url") or wire.get("speaker_id") or wire.get("anchor_id")


@pytest.mark.parametrize("create", START_ONLY)
def test_families_with_only_a_start_endpoint_return_a_dialect_b_task(client, create):
    # A2E's catalogue lists no detail or list endpoint for these families; the task record is all there is.
    record = client.call(create, **EXAMPLES[create])
    assert len(record.id) == 24 and record.to_dict()["current_status"] == "initialized"


def test_a_failing_dialect_b_task_raises_task_failed_with_failed_message(client):
    failing = client.with_options(headers={"x-a2e-mock-outcome": "fail"})
    task = failing.image_to_video.start(
        name="t", image_url="https://cdn.example/p.png", prompt="smile", negative_prompt="blur"
    )
    with pytest.raises(a2e.TaskFailedError) as caught:
        client.image_to_video.wait(task.id, poll_interval=0.001)
    assert caught.value.status == "failed" and "could not be processed" in caught.value.message


def test_face_swap_failures_read_the_misspelled_faild_message(client):
    failing = client.with_options(headers={"x-a2e-mock-outcome": "fail"})
    task = failing.face_swap.start(
        name="t", face_url="https://cdn.example/f.png", video_url="https://cdn.example/v.mp4"
    )
    with pytest.raises(a2e.TaskFailedError) as caught:
        client.face_swap.wait(task.id, poll_interval=0.001)
    assert caught.value.record.faild_message == caught.value.message


def test_batch_detail_and_pages_see_created_tasks_and_deletes_remove_them(client):
    ids = [client.text_to_image.start(prompt=f"cat {i}").id for i in range(3)]
    assert {r.id for r in client.text_to_image.batch_detail(ids=ids)} == set(ids)
    page = client.text_to_image.list(page_num=1, page_size=2)
    assert [r.id for r in page.rows] == ids[::-1][:2] and page.count >= 3
    client.text_to_image.delete(ids[0])
    with pytest.raises(a2e.NotFoundError):
        client.text_to_image.get(ids[0])


def test_bodies_a2e_has_not_published_take_extra_fields_and_closed_ones_refuse_them():
    bodies = []

    def answer(request):
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={"code": 0, "data": {}})

    client = a2e.A2E("k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    client.custom_avatars.add(extra_body={"name": "Ava", "image_url": "https://cdn.example/a.png"})
    client.call("avatars_retry", _id="6600aa11bb22cc33dd44ee55")
    assert bodies == [{"name": "Ava", "image_url": "https://cdn.example/a.png"}, {"_id": "6600aa11bb22cc33dd44ee55"}]
    with pytest.raises(a2e.InvalidRequestError, match="unknown parameter 'duration'"):
        client.call("veo_start", prompt="waves", duration=8)
    assert len(bodies) == 2


def test_a_streaming_room_keeps_its_context_until_it_is_left(client):
    avatar = client.streaming.list_avatars()[0]
    room = client.streaming.start(avatar_id=avatar.id, expire_seconds=60)
    client.streaming.set_qa_context(channel=room.channel, text="We sell kites.")
    assert client.streaming.get_qa_context(channel=room.channel).text == "We sell kites."
    client.streaming.ask(channel=room.channel, text="What do you sell?")
    client.streaming.speak(channel=room.channel, text="Welcome!")
    client.streaming.leave(channel=room.channel)
    with pytest.raises(a2e.NotFoundError, match="not an open room"):
        client.streaming.speak(channel=room.channel, text="Still there?")


def test_credits_fall_on_creates_and_diamonds_cost_100_coins(client):
    before = client.misc.remaining_coins()
    client.dubbing.start(source_url="https://cdn.example/v.mp4", target_lang="de")
    client.misc.exchange_diamonds(diamonds=2)
    after = client.misc.remaining_coins()
    assert after.coins == before.coins - 10 - 200 and after.diamonds == before.diamonds + 2
    history = client.billing.credits_history(page_size=2).rows
    assert [row.to_dict()["type"] for row in history] == ["misc_exchange_diamonds", "dubbing_start"]


def test_backgrounds_and_face_images_are_kept_per_token(client, server):
    added = client.backgrounds.add(img_url="https://cdn.example/bg.png")
    assert added.id in [b.id for b in client.backgrounds.list()]
    faces = client.face_swap.add_image(face_url="https://cdn.example/face.png")
    assert any(f.face_url == "https://cdn.example/face.png" for f in faces)
    client.backgrounds.delete(id=added.id)
    assert added.id not in [b.id for b in client.backgrounds.list()]
    with pytest.raises(a2e.NotFoundError):
        client.backgrounds.delete(id=added.id)
    with a2e.A2E("sk_other", base_url=server.url) as stranger, pytest.raises(a2e.AuthenticationError):
        stranger.backgrounds.list()
