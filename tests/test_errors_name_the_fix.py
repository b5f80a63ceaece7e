"""Refusals name the fix in Python's terms: A2E's wire names given to a typed method, misspellings, a local file
where a URL is due, a record passed where its id is due; `.field` is always the Python name, `.wire` A2E's."""

from __future__ import annotations

import a2e
import pytest


@pytest.fixture
def requests(server):
    server.state.requests.clear()
    return server.state.requests


def test_a_wire_name_given_to_a_typed_method_says_which_argument_to_pass(client, requests):
    with pytest.raises(
        a2e.InvalidRequestError, match="audioSrc is A2E's wire name for audio_src: pass audio_src="
    ) as e:
        client.videos.generate(anchor_id="507f1f77bcf86cd799439011", anchor_type=0, audioSrc="https://x.example/a.mp3")
    assert (e.value.field, e.value.wire) == ("audio_src", "audioSrc")
    assert requests == []


def test_a_misspelt_argument_of_a_typed_method_gets_did_you_mean(client, requests):
    with pytest.raises(a2e.InvalidRequestError, match="unexpected argument 'promt'; did you mean prompt"):
        client.qwen_image.start(name="x", prompt="a cat", promt="a dog")
    with pytest.raises(a2e.InvalidRequestError, match="did you mean max_items"):
        list(client.actor_swap.iter_list(max_item=3))
    assert requests == []


def test_call_given_a_python_name_says_to_use_the_wire_name_and_misspellings_get_did_you_mean(client, requests):
    with pytest.raises(a2e.InvalidRequestError, match="call\\(\\) takes A2E's wire names; pass audioSrc="):
        client.call("videos_generate", anchor_id="507f1f77bcf86cd799439011", anchor_type=0, audio_src="x")
    with pytest.raises(a2e.InvalidRequestError, match="did you mean audioSrc"):
        client.call("videos_generate", anchor_id="507f1f77bcf86cd799439011", anchor_type=0, audioSrcc="x")
    assert requests == []


@pytest.mark.parametrize("text", ["me.mp4", "clips/interview.mov"])
def test_a_local_file_name_where_a_url_is_due_says_to_pass_a_path(client, requests, text):
    with pytest.raises(a2e.InvalidRequestError, match=r"is a local file, not a URL: pass pathlib.Path\(") as e:
        client.caption_removal.start(source_url=text, name="x")
    assert "does not match" not in str(e.value)  # no regex shown to the user
    assert e.value.field == "source_url"
    assert requests == []


def test_a_record_passed_where_its_id_is_due_stands_for_its_id(client):
    task = client.qwen_image.start(name="record for id", prompt="a cat")
    assert client.qwen_image.get(task).id == task.id


def test_a_record_passed_where_other_text_is_due_says_which_attribute_to_pass(client, requests):
    task = client.qwen_image.start(name="record for text", prompt="a cat")
    requests.clear()
    with pytest.raises(
        a2e.InvalidRequestError, match=r"prompt: takes text, got a \w+ record \(its id is '\w+': pass \.id\)"
    ):
        client.qwen_image.start(name="x", prompt=task)
    assert requests == []


def test_field_is_the_python_name_and_wire_a2es_name_on_every_refusal(client, requests):
    with pytest.raises(a2e.InvalidRequestError) as e:
        client.videos.generate(anchor_id="507f1f77bcf86cd799439011", anchor_type=0, audio_src="not a url")
    assert (e.value.field, e.value.wire) == ("audio_src", "audioSrc")
    with pytest.raises(a2e.InvalidRequestError) as e:
        client.call("videos_generate", anchor_id="507f1f77bcf86cd799439011", anchor_type=0, audioSrc=5)
    assert (e.value.field, e.value.wire) == ("audio_src", "audioSrc")
    assert requests == []


def test_anchor_type_takes_0_or_1_and_resolution_any_whole_number(client, requests):
    with pytest.raises(a2e.InvalidRequestError, match="anchor_type: 2 is not one of 0, 1"):
        client.videos.generate(anchor_id="507f1f77bcf86cd799439011", anchor_type=2, audio_src="https://x.example/a.mp3")
    assert requests == []


def test_every_start_call_says_which_wait_follows_its_task():
    from _a2e_api.operations import OPERATIONS
    from _a2e_api.operations.indexes import FAMILY_WAITS
    from a2e import _operations

    client = a2e.A2E("sk_test_docstrings")
    missing = []
    for op_id, op in OPERATIONS.items():
        if _operations.role_of(op) == "create" and _operations.family_of(op) in FAMILY_WAITS:
            method = getattr(getattr(client, op["group"]), op["name"])
            if "waits for it to end" not in (method.__doc__ or ""):
                missing.append(op_id)
    assert missing == []
