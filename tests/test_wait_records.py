"""`wait_many` and `as_completed` take the records start calls return (each remembers the operation that made
it) as well as (group, id) pairs; a wrong group name gets "did you mean". Sync and async alike."""

from __future__ import annotations

import a2e
import pytest
from _a2e_api.models.task_record import TaskRecord
from _a2e_api.models.video_record import VideoRecord
from _a2e_api.models.video_task import VideoTask
from conftest import first_anchor, first_voice

SOURCE = "https://example.com/v.mp4"


def test_records_from_start_calls_of_several_families_are_waited_for_as_they_are(client):
    audio = client.tts.generate(msg="Hi.", tts_id=first_voice(client))
    video = client.videos.generate(anchor_id=first_anchor(client), anchor_type=0, audio_src=audio)
    captions = client.caption_removal.start(source_url=SOURCE, name="record waited")
    image = client.qwen_image.start(name="record waited", prompt="a cat")
    outcomes = client.wait_many([video, captions, image], poll_interval=0.01)
    assert [o.task_id for o in outcomes] == [video.id, captions.id, image.id]
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    assert isinstance(outcomes[0].record, VideoRecord)  # videos.generate answers a VideoTask; its wait a VideoRecord
    assert [o.kind for o in outcomes] == ["videos_status", "caption_removal_get", "qwen_image_get"]


def test_records_and_pairs_mix_and_as_completed_takes_records_too(client):
    first = client.caption_removal.start(source_url=SOURCE, name="mixed 1")
    second = client.caption_removal.start(source_url=SOURCE, name="mixed 2")
    outcomes = client.wait_many([first, ("caption_removal", second.id)], poll_interval=0.01)
    assert [o.task_id for o in outcomes] == [first.id, second.id] and all(o.ok for o in outcomes)
    if isinstance(client, a2e.A2E):  # the async one's as_completed is an async iterator (tests/test_many_async.py)
        assert [o.task_id for o in client.as_completed([first], poll_interval=0.01)] == [first.id]


def test_a_record_made_by_hand_of_a_class_one_family_answers_is_waited_for_by_its_class(client):
    video = client.videos.generate(
        anchor_id=first_anchor(client),
        anchor_type=0,
        audio_src=client.tts.generate(msg="Hi.", tts_id=first_voice(client)),
    )
    by_hand = VideoTask.from_dict(video.to_dict())
    (outcome,) = client.wait_many([by_hand], poll_interval=0.01)
    assert outcome.ok and outcome.kind == "videos_status"


def test_a_record_made_by_hand_of_a_class_many_families_answer_is_refused_with_the_fix(client):
    by_hand = TaskRecord.from_dict({"_id": "0123456789abcdef01234567"})
    with pytest.raises(a2e.InvalidRequestError, match=r"tasks\[0\]: this TaskRecord does not say which kind.*pairs"):
        client.wait_many([by_hand])


@pytest.mark.parametrize(("given", "suggested"), [("caption_remval", "caption_removal"), ("video", "videos")])
def test_a_misspelt_group_gets_did_you_mean(client, given, suggested):
    with pytest.raises(a2e.InvalidRequestError, match=rf"'{given}' has no wait; did you mean {suggested}"):
        client.wait_many([(given, "0123456789abcdef01234567")])


def test_something_that_is_neither_a_record_nor_a_pair_says_what_is_taken(client):
    with pytest.raises(
        a2e.InvalidRequestError, match="expected a record a start call returned, or \\(group, task id\\)"
    ):
        client.wait_many(["0123456789abcdef01234567"])
