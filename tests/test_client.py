"""The sync client against the mock A2E over real HTTP: every core operation, waiting and downloading."""

from __future__ import annotations

import asyncio
import json

import a2e
import httpx2 as httpx
import pytest
from a2e.mock._app import asset_bytes
from conftest import first_anchor, first_voice


def make_video(client, **extra):
    audio = client.tts.generate(msg="Hello there.", tts_id=first_voice(client))
    return client.videos.generate(
        anchor_id=first_anchor(client), anchor_type=0, audio_src=audio, resolution=720, **extra
    )


def test_voice_tts_video_wait_download_round_trip(client, tmp_path):
    groups = client.tts.list_voices(country="en", region="US")
    voice = groups[0].children[0]
    audio = client.tts.generate(msg="Hello from the tests.", tts_id=voice.value, speech_rate=1.2)
    assert audio.startswith(client.base_url) and audio.endswith(".mp3")
    task = client.videos.generate(anchor_id=first_anchor(client), anchor_type=0, audio_src=audio, resolution=720)
    seen = []
    record = client.videos.wait(task.id, poll_interval=0.01, on_progress=seen.append)
    assert record.status == "success" and record.id == task.id
    assert [p.status for p in seen][-2:] == ["copy", "success"]
    progress = [p.progress for p in seen if p.progress is not None]
    assert progress == sorted(progress) and progress[-1] == 100
    path = client.download(record.result, tmp_path / "video.mp4")
    assert path.read_bytes() == asset_bytes("sample.mp4")
    assert path.read_bytes()[4:8] == b"ftyp"


def test_voice_filter_narrows_the_catalogue(client):
    chinese = client.tts.list_voices(country="zh")
    assert [v.label for g in chinese for v in g.children] == ["Yunxi"]


def test_status_returns_the_dialect_a_array_and_an_unknown_id_gives_an_empty_one(client):
    task = make_video(client)
    records = client.videos.status(task.id)
    assert len(records) == 1 and records[0].status in {"init", "start", "pending"}
    assert client.videos.status("0" * 24) == []


def test_generic_call_takes_wire_names_and_returns_the_same_models(client):
    task = make_video(client)
    by_call = client.call("videos_status", _id=task.id)
    assert type(by_call[0]).__name__ == "VideoRecord" and by_call[0].id == task.id
    coins = client.call("misc_remaining_coins")
    assert coins.coins == client.misc.remaining_coins().coins


def test_creating_a_video_spends_coins(client):
    before = client.misc.remaining_coins().coins
    make_video(client)
    assert client.misc.remaining_coins().coins == before - 10


def test_video_list_pages_newest_first_and_stops_at_a_short_page(client):
    made = [make_video(client, title=f"page test {i}").id for i in range(3)]
    first = client.videos.list(current=1, page_size=2).data
    second = client.videos.list(current=2, page_size=2).data
    assert [r.id for r in first] == made[::-1][:2]
    assert second[0].id == made[0]


def test_delete_removes_the_video_and_a_second_delete_is_not_found(client):
    task = make_video(client)
    client.videos.delete(task.id)
    assert client.videos.status(task.id) == []
    with pytest.raises(a2e.NotFoundError) as caught:
        client.videos.delete(task.id)
    assert caught.value.status_code == 404 and caught.value.trace_id


def test_wait_raises_task_failed_with_a2e_message(client):
    failing = client.with_options(headers={"x-a2e-mock-outcome": "fail"})
    task = make_video(failing)
    with pytest.raises(a2e.TaskFailedError) as caught:
        client.videos.wait(task.id, poll_interval=0.01)
    assert caught.value.status == "fail" and "no face found" in caught.value.message
    assert caught.value.task_id == task.id


def test_wait_gives_up_after_its_timeout_and_says_what_it_last_saw(client):
    task = make_video(client)
    with pytest.raises(a2e.WaitTimeoutError) as caught:
        client.videos.wait(task.id, poll_interval=0.05, timeout=0.01)
    assert caught.value.task_id == task.id and caught.value.last_status in {"start", "pending", "init"}


def test_wait_reports_an_id_that_never_appears_as_not_found(client):
    with pytest.raises(a2e.NotFoundError):
        client.videos.wait("f" * 24, poll_interval=0.001)


def test_bad_arguments_are_refused_before_anything_is_sent():
    sent = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200, json={"code": 0}))
    client = a2e.A2E("sk_test", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=transport))
    cases = [
        (lambda: client.tts.generate(msg="x" * 1001, tts_id="v"), "msg", "at most 1000 are accepted (split the text)"),
        (
            lambda: client.talking_photo.start(
                name="n", image_url="https://x/a.png", prompt="p", negative_prompt="n", webhook_url="http://x.com/hook"
            ),
            "webhook_url",
            "is not an HTTPS URL",
        ),
        (lambda: client.tts.generate(msg="hi"), "tts_id", "pass tts_id or user_voice_id"),
        (lambda: client.videos.status("not-an-id"), "id (wire name '_id')", "does not match"),
        (
            lambda: client.videos.generate(
                anchor_id="a" * 24, anchor_type=0, audio_src="https://x/a.mp3", title="t" * 41
            ),
            "title",
            "at most 40",
        ),
        (
            lambda: client.videos.generate(
                anchor_id="a" * 24, anchor_type=0, audio_src="https://x/a.mp3", back_id="b", custom_back_id="c"
            ),
            "back_id and custom_back_id",
            "exclude each other",
        ),
        (
            lambda: client.image_to_video.start(image_url="https://x/a.png", model_type="FLF2V"),
            "end_image_url",
            "required when model_type is 'FLF2V'",
        ),
        (lambda: client.sora.start(prompt="waves"), "image_urls", "'image-to-video' (its default)"),
        (lambda: client.videos.list(page_size=0), "page_size", "below the minimum 1"),
        (lambda: client.call("videos_status", id="a" * 24), "'id'", "unknown parameter"),
        (lambda: client.call("videos_status"), "_id", "is required"),
        (lambda: client.call("video_status", _id="a" * 24), "video_status", "did you mean videos_status"),
    ]
    for action, field, message in cases:
        with pytest.raises(a2e.InvalidRequestError) as caught:
            action()
        assert field in str(caught.value) and message in str(caught.value)
    assert sent == []


def test_python_names_become_wire_names_and_required_defaults_are_sent():
    bodies = []

    def answer(request):
        bodies.append(request.read())
        return httpx.Response(200, json={"code": 0, "data": {"_id": "a" * 24}})

    client = a2e.A2E(
        "sk_test", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )
    client.videos.generate(
        anchor_id="b" * 24, anchor_type=0, audio_src="https://x.example/a.mp3", skip_smart_motion=True
    )
    client.wan_video.start_wan30(input={"prompt": "waves"}, parameters={"duration": 5})
    video, wan = (httpx.Response(200, content=body).json() for body in bodies)
    assert video["audioSrc"] == "https://x.example/a.mp3" and video["isSkipRs"] is True
    assert "title" not in video and "web_bg_width" not in video
    assert wan["model"] == "wan3.0-video"  # required by A2E, with a published default


def recording(kind: str, seen: list[httpx.Request], **options):
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"code": 0, "data": {"_id": "a" * 24, "current_status": "initialized"}, "trace_id": "t-123"}
        )

    if kind == "sync":
        return a2e.A2E("sk_test", http_client=httpx.Client(transport=httpx.MockTransport(answer)), **options)
    return a2e.AsyncA2E("sk_test", http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)), **options)


def run(result):
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_per_call_headers_query_body_and_timeout_are_sent_and_the_key_stays(kind):
    seen: list[httpx.Request] = []
    client = recording(kind, seen)
    run(
        client.upscale.start(
            source_url="https://x/a.png",
            extra_headers={"X-Trace": "1", "Authorization": "Bearer no"},
            extra_query={"debug": True},
            extra_body={"priority": 2},
            timeout=7,
        )
    )
    request = seen[0]
    assert request.headers["X-Trace"] == "1" and request.headers["Authorization"] == "Bearer sk_test"
    assert request.url.params["debug"] == "true"
    assert json.loads(request.content) == {"source_url": "https://x/a.png", "priority": 2}
    assert request.extensions["timeout"]["read"] == 7


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_raw_view_gives_status_headers_trace_id_elapsed_and_the_parsed_data(kind):
    seen: list[httpx.Request] = []
    client = recording(kind, seen)
    raw = run(client.with_raw_response.upscale.get("a" * 24))
    assert isinstance(raw, a2e.RawResponse)
    assert (raw.status_code, raw.trace_id, raw.data.id) == (200, "t-123", "a" * 24)
    assert raw.headers["content-type"] == "application/json" and raw.elapsed >= 0
    assert raw.http_response.request is seen[0]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_with_options_changes_key_base_url_timeout_retries_and_headers_and_settings_are_readable(kind):
    seen: list[httpx.Request] = []
    client = recording(kind, seen, max_retries=1, headers={"X-A": "1"})
    other = client.with_options(
        api_key="sk_other", base_url="http://127.0.0.1:9", timeout=3, max_retries=0, headers={"X-B": "2"}
    )
    assert (other.base_url, other.max_retries, other.timeout.read) == ("http://127.0.0.1:9", 0, 3)
    assert other.headers == {"X-A": "1", "X-B": "2"} and client.headers == {"X-A": "1"}
    assert (client.max_retries, client.lang) == (1, "en-US")
    run(other.upscale.get("a" * 24))
    assert str(seen[0].url) == "http://127.0.0.1:9/api/v1/userUpscale/" + "a" * 24
    assert seen[0].headers["Authorization"] == "Bearer sk_other" and "sk_other" not in repr(other)


def test_answers_missing_optional_fields_parse_to_none_and_keep_unknown_fields_and_nulls():
    from a2e import _operations

    record = _operations.parse_data("videos_get", {"_id": "v1", "process": None, "new_field": [1]})
    assert (record.id, record.status, record.process, record.result) == ("v1", None, None, None)
    assert record.additional_properties == {"new_field": [1]}
    assert record.to_dict() == {"_id": "v1", "process": None, "new_field": [1]}  # as sent: null kept, absent left out
    groups = _operations.parse_data("tts_list_voices", [{"label": "F", "children": [{"value": "v", "x": 1}]}, {}])
    assert groups[0].children[0].value == "v" and groups[0].children[0]["x"] == 1
    with pytest.raises(a2e.MissingFieldError, match="children"):  # always sent, so typed list[Voice]: not None
        groups[1].children  # noqa: B018 (reading it is the test)
    with pytest.raises(a2e.UnexpectedResponseError, match="_id"):
        _operations.parse_data("videos_get", {"status": "success"})  # without its id a record is of no use
