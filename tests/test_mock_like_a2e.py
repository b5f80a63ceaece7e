"""The mock behaves as A2E does where real clients rely on it: tasks move with time whoever reads them, paths
route case-insensitively, the public ids of working apps are known, numbers are echoed as sent, a missing body
is an empty one, and answers come in the shapes A2E uses (see ../shared/a2e/evidence/mock-vs-real-clients.md)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import a2e
import httpx2 as httpx
import pytest
from _a2e_api.operations import OPERATIONS
from a2e.mock import MockConfig, MockServer
from a2e.mock._state import PRICE

AVATAR = "65f1a2b3c4d5e6f7a8b9c0d1"  # the mock's first system anchor, used across the project's tests and docs
AUDIO = "https://cdn.example/hello.mp3"
SOURCE = "https://cdn.example/v.mp4"
COINS = "/api/v1/user/remainingCoins"
CAPTION_START = "/api/v1/userCaptionRemoval/start"
CAPTIONS = "/api/v1/userCaptionRemoval/allRecords"
BY_ID_ROLES = ("get", "status", "batch")


@pytest.fixture(scope="module")
def quick() -> Iterator[MockServer]:
    """A mock whose tasks take 10 ms a step with time alone: a task is over within a tenth of a second."""
    with MockServer(config=MockConfig(process_steps=2, seconds_per_step=0.01)) as running:
        yield running


@pytest.fixture
def http(server: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.token}"}) as client:
        yield client


def client_of(server: MockServer) -> a2e.A2E:
    return a2e.A2E(server.token, base_url=server.url)


def eventually(read: Callable[[], Any], done: Callable[[Any], bool], seconds: float = 3.0) -> Any:
    """Read until `done` holds (or the time is up); the last read."""
    deadline = time.monotonic() + seconds
    while True:
        value = read()
        if done(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


READS = [op for op in OPERATIONS.values() if (op["resource"] or {}).get("role") in BY_ID_ROLES]
LITERAL = {(op["method"], op["path"].lower()) for op in OPERATIONS.values() if "{" not in op["path"]}
LITERAL_READS = {(op["method"], op["path"].lower()) for op in READS if "{" not in op["path"]}
TEMPLATED_READS = [
    (op["method"], re.compile(re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(op["path"])), re.IGNORECASE))
    for op in READS
    if "{" in op["path"]
]


def reads_by_id(server: MockServer) -> list[tuple[str, str]]:
    """The requests that read tasks by id (a detail, a status or a batch read) rather than through a list."""

    def by_id(method: str, path: str) -> bool:
        if (method, path.lower()) in LITERAL:
            return (method, path.lower()) in LITERAL_READS  # awsResult, batchDetail: yes; allRecords: no
        return any(method == m and rx.fullmatch(path) for m, rx in TEMPLATED_READS)

    return [(m, p) for m, p in server.state.requests if by_id(m, p)]


def data_record(body: dict[str, Any]) -> dict[str, Any]:
    """The one record of a create answer, whichever shape A2E sent it in."""
    data = body["data"]
    if isinstance(data, list):
        return dict(data[0])
    if isinstance(data, dict) and list(data) == ["0"]:
        return dict(data["0"])
    return dict(data)


# -- 1. time moves tasks for every reader -----------------------------------------------------------------------


def test_an_avatar_video_left_alone_shows_success_in_aws_list_without_a_read_by_id(quick):
    with client_of(quick) as client:
        task = client.videos.generate(anchor_id=AVATAR, anchor_type=0, audio_src=AUDIO)
        quick.state.requests.clear()
        listed = eventually(
            lambda: {r.id: r for r in client.videos.list(page_size=50).data},
            lambda rows: rows[task.id].status == "success",
        )
    assert listed[task.id].status == "success" and listed[task.id].result.endswith(".mp4")
    assert reads_by_id(quick) == []


def test_a_task_left_alone_shows_completed_in_all_records_without_a_read_by_id(quick):
    with client_of(quick) as client:
        task = client.caption_removal.start(source_url=SOURCE, name="left alone")
        quick.state.requests.clear()
        records = eventually(
            lambda: {r["_id"]: r for r in client.caption_removal.list(page_size=50).to_dict()["rows"]},
            lambda rows: rows[task.id]["current_status"] == "completed",
        )
    assert records[task.id]["current_status"] == "completed" and records[task.id]["result_url"].endswith(".mp4")
    assert reads_by_id(quick) == []


def test_an_avatar_left_alone_shows_completed_in_user_video_twin_records(quick):
    with client_of(quick) as client:
        task = client.avatars.create(name="me", image_url="https://cdn.example/me.png")
        quick.state.requests.clear()
        rows = eventually(
            lambda: {r["_id"]: r for r in client.avatars.list(page_size=50).to_dict()["rows"]},
            lambda rows: rows[task.id]["current_status"] == "completed",
        )
    assert rows[task.id]["current_status"] == "completed" and reads_by_id(quick) == []


def test_a_list_read_soon_after_the_steps_have_passed_shows_completed(quick):
    with client_of(quick) as client:
        task = client.caption_removal.start(source_url=SOURCE, name="filtered")
        time.sleep(0.3)
        done = client.call("caption_removal_list", pageSize=50).to_dict()["rows"]
    assert task.id in {r["_id"] for r in done if r["current_status"] == "completed"}


def test_a_list_read_never_shows_less_than_a_get_showed(server):
    with client_of(server) as client:
        task = client.caption_removal.start(source_url=SOURCE, name="get then list")
        shown = [client.caption_removal.get(task.id).to_dict()["current_status"] for _ in range(2)]
        listed = {r["_id"]: r for r in client.caption_removal.list(page_size=100).to_dict()["rows"]}
    order = ["initialized", "sent", "pending", "processing", "completed"]
    assert order.index(listed[task.id]["current_status"]) >= order.index(shown[-1])


def test_the_default_step_time_ends_a_default_task_within_a_few_seconds():
    from a2e.mock._state import TaskJob, VideoJob

    config = MockConfig()
    assert config.seconds_per_step is not None and 0 < config.seconds_per_step < 1
    video = VideoJob({"_id": "v"}, False, config.process_steps)
    task = TaskJob("caption", {"_id": "t"}, False, config.process_steps)
    assert (len(video.stages()) - 1) * config.seconds_per_step <= 3
    assert (len(task.stages()) - 1) * config.seconds_per_step <= 3


# -- 2. case-insensitive routing ------------------------------------------------------------------------------


def test_user_text2image_with_a_lowercase_i_routes_like_the_documented_spelling(server, http):
    started = http.post("/api/v1/userText2image/start", json={"prompt": "a red kite", "name": "kite"})
    assert started.status_code == 200 and started.json()["code"] == 0
    task_id = data_record(started.json())["_id"]
    got = http.get(f"/api/v1/userText2image/{task_id}")
    assert got.status_code == 200 and got.json()["data"]["_id"] == task_id
    listed = http.get("/api/v1/userText2image/allRecords", params={"pageSize": 100}).json()["data"]
    assert task_id in {row["_id"] for row in listed["rows"]}
    shouting = http.get("/API/V1/USERTEXT2IMAGE/ALLRECORDS", params={"pageSize": 100})
    assert shouting.status_code == 200 and task_id in {row["_id"] for row in shouting.json()["data"]["rows"]}
    made = http.post("/api/v1/userText2image/quickaddavatar", json={"_id": task_id})
    assert made.status_code == 200 and made.json()["code"] == 0


def test_path_parameter_values_keep_their_case(http):
    answer = http.get("/api/v1/userText2image/AbCdEf0123456789aBcDeF01")
    assert answer.status_code == 404 and "AbCdEf0123456789aBcDeF01" in answer.json()["msg"]


# -- 3. the public ids of working apps --------------------------------------------------------------------------


EVIDENCE_VOICES = [
    "63a549c1ad2a27fe43d9669a",
    "63a549c1ad2a27fe43d966e1",
    "6625ebd4613f49985c349f95",
    "66d3fb1bc051cfb134c60f20",
    "66d3fb89357648b14c4f4f26",
    "66dc61ec5148817d26f5b79e",
]
STREAMING_AVATAR = "68af59a86eeedd0042ca7e27"


@pytest.mark.parametrize("tts_id", EVIDENCE_VOICES)
def test_each_public_voice_of_working_apps_speaks_through_the_client(server, tts_id):
    with client_of(server) as client:
        audio = client.tts.generate(msg="Hello from a copied voice id.", tts_id=tts_id)
        assert audio.startswith(server.url) and audio.endswith(".mp3")
        video = client.videos.generate(anchor_id=AVATAR, anchor_type=0, audio_src=audio)
    assert len(video.id) == 24


def test_the_public_streaming_avatar_opens_a_room_and_is_listed(server):
    with client_of(server) as client:
        assert STREAMING_AVATAR in {a.id for a in client.streaming.list_avatars()}
        room = client.streaming.start(avatar_id=STREAMING_AVATAR, expire_seconds=60)
        assert room.to_dict()["channel"]
        client.call("streaming_leave", channel=room.to_dict()["channel"])


def test_russian_voices_are_listed_for_ru_ru(server):
    with client_of(server) as client:
        groups = client.tts.list_voices(country="ru", region="RU", voice_map_type="ru-RU")
    voices = {v.value: v.label for g in groups for v in g.children}
    assert "63a549c1ad2a27fe43d9669a" in voices
    assert [g.value for g in groups if "63a549c1ad2a27fe43d9669a" in {v.value for v in g.children}] == ["female"]


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "ru-RU", "el-GR", "zh-CN", "de-DE", "es-ES", "fr-FR", "tr-TR"])
def test_each_language_has_voices_and_each_listed_voice_speaks(server, locale):
    country, region = locale.split("-")
    with client_of(server) as client:
        voices = [v.value for g in client.tts.list_voices(country=country, region=region) for v in g.children]
        assert voices
        for tts_id in voices:
            assert client.tts.generate(msg="Hi.", tts_id=tts_id).endswith(".mp3")
        assert locale in {lang.value for lang in client.call("misc_list_languages")}


def test_the_project_ids_keep_working_and_brian_is_brian(server):
    with client_of(server) as client:
        labels = {v.value: v.label for g in client.tts.list_voices() for v in g.children}
        assert labels["6625ebd4613f49985c349f95"] == "Brian - English"
        assert AVATAR in {a.id for a in client.videos.list_avatars()}
        audio = client.tts.generate(msg="Still here.", tts_id="6625ebd4613f49985c349f95")
        assert client.videos.generate(anchor_id=AVATAR, anchor_type=0, audio_src=audio).id


# -- 4. numbers echoed as sent ----------------------------------------------------------------------------------


def test_a_video_record_echoes_numbers_as_sent(http):
    body = {"anchor_id": AVATAR, "anchor_type": 0, "audioSrc": AUDIO, "web_bg_width": 1024, "web_bg_height": 576.5}
    task_id = http.post("/api/v1/video/generate", json=body).json()["data"]["_id"]
    raw = http.get("/api/v1/video/awsList", params={"pageSize": 100}).text
    record = next(r for r in json.loads(raw)["data"]["data"] if r["_id"] == task_id)
    assert record["anchor_type"] == "0"
    assert record["web_bg_width"] == 1024 and type(record["web_bg_width"]) is int
    assert record["web_bg_height"] == 576.5
    assert '"anchor_type":"0.0"' not in raw and '"web_bg_width":1024.0' not in raw


def test_a_task_record_echoes_numbers_as_sent(http):
    answer = http.post("/api/v1/userText2Image/start", json={"prompt": "p", "width": 1024, "height": 768.0})
    record = data_record(answer.json())
    assert type(record["width"]) is int and record["width"] == 1024
    assert type(record["height"]) is float and record["height"] == 768.0


# -- 5. a missing or empty body is an empty object where nothing is required -----------------------------------


@pytest.mark.parametrize("path", ["/api/v1/custom_back/list", "/api/v1/userCaptionRemoval/retry"])
@pytest.mark.parametrize("content", [None, b"", b"  "])
def test_no_body_is_an_empty_object_where_the_document_requires_nothing(http, path, content):
    answer = http.post(path, content=content, headers={"content-type": "application/json"} if content else {})
    assert answer.status_code == 200 and answer.json()["code"] == 0


def test_no_body_where_fields_are_required_is_a_400_naming_the_field(http):
    answer = http.post("/api/v1/userText2Image/start")
    assert answer.status_code == 400 and "prompt" in answer.json()["msg"]
    empty = http.post(CAPTION_START, content=b"", headers={"content-type": "application/json"})
    assert empty.status_code == 400 and ("name" in empty.json()["msg"] or "source_url" in empty.json()["msg"])


# -- 7. answers in A2E's shapes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("shape", "wrap"), [("array", lambda d: [d]), ("index-map", lambda d: {"0": d})])
def test_the_shape_fault_rewraps_a_success_answers_data(http, shape, wrap):
    answer = http.post(
        CAPTION_START, json={"name": "s", "source_url": SOURCE}, headers={"x-a2e-mock-fault": f"shape={shape}"}
    ).json()
    record = data_record(answer)
    assert answer["code"] == 0 and answer["data"] == wrap(record) and len(record["_id"]) == 24
    coins = http.get(COINS, headers={"x-a2e-mock-fault": f"shape={shape}"}).json()["data"]
    assert coins == wrap(unwrap(coins)) and set(unwrap(coins)) == {"coins", "diamonds"}


def coins_of(http: httpx.Client) -> float:
    return float(http.get(COINS).json()["data"]["coins"])


def unwrap(data: Any) -> Any:
    return data[0] if isinstance(data, list) else data["0"]


def test_the_shape_fault_leaves_data_that_is_not_an_object_and_refuses_an_unknown_shape(http):
    voice = "6625ebd4613f49985c349f95"
    said = http.post(
        "/api/v1/video/send_tts", json={"msg": "hi", "tts_id": voice}, headers={"x-a2e-mock-fault": "shape=array"}
    ).json()
    assert isinstance(said["data"], str)
    refused = http.get(COINS, headers={"x-a2e-mock-fault": "shape=list"})
    assert refused.status_code == 400 and "shape" in refused.json()["msg"]
    once = [http.get(COINS, headers={"x-a2e-mock-fault": "shape=array;times=1"}).json()["data"] for _ in range(2)]
    assert isinstance(once[0], list) and isinstance(once[1], dict)


def test_an_operation_sent_as_array_answers_a_one_element_array_by_default(http, monkeypatch):
    monkeypatch.setitem(OPERATIONS["caption_removal_start"]["data"], "sent_as", "array")
    data = http.post(CAPTION_START, json={"name": "arr", "source_url": SOURCE}).json()["data"]
    assert isinstance(data, list) and len(data) == 1 and len(data[0]["_id"]) == 24
    monkeypatch.setitem(OPERATIONS["caption_removal_start"]["data"], "sent_as", "object")
    assert isinstance(http.post(CAPTION_START, json={"name": "obj", "source_url": SOURCE}).json()["data"], dict)


def test_the_client_reads_a_create_answered_as_an_array(server, monkeypatch):
    monkeypatch.setitem(OPERATIONS["caption_removal_start"]["data"], "sent_as", "array")
    with client_of(server) as client:
        raw = client.with_raw_response.caption_removal.start(source_url=SOURCE, name="array answer")
        assert isinstance(raw.http_response.json()["data"], list)
        assert client.caption_removal.get(raw.data.id).id == raw.data.id


def test_the_nsfw_outcome_answers_200_without_a_task_or_a_charge(http):
    before = coins_of(http)
    known = {r["_id"] for r in http.get(CAPTIONS, params={"pageSize": 100}).json()["data"]["rows"]}
    answer = http.post(CAPTION_START, json={"name": "n", "source_url": SOURCE}, headers={"x-a2e-mock-outcome": "nsfw"})
    body = answer.json()
    assert answer.status_code == 200 and body["code"] == 0 and body["msg"] == "NSFW content detected"
    assert body["data"] == {"nsfw": True, "message": "NSFW content detected; no task was created"}
    assert coins_of(http) == before
    assert {r["_id"] for r in http.get(CAPTIONS, params={"pageSize": 100}).json()["data"]["rows"]} == known
    # A call that creates nothing ignores it.
    assert http.get(COINS, headers={"x-a2e-mock-outcome": "nsfw"}).json()["data"]["coins"] == before
    charged = http.post(CAPTION_START, json={"name": "ok", "source_url": SOURCE})
    assert charged.json()["code"] == 0 and coins_of(http) == before - PRICE
