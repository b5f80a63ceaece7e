"""Mistakes a type checker must catch in user code (read by tests/test_typing.py; never run).

Each line marked `# error` must be reported by mypy --strict and by pyright; no other line may be.
"""

from __future__ import annotations

import a2e


def misuse(client: a2e.A2E) -> None:
    a2e.A2E(base_ur="https://video.a2e.ai")  # error: misspelt option
    client.tts.generate(msg=42, tts_id="v")  # error: msg is text
    client.image_to_video.start(image_url="https://x/a.png", model_type="FLF3V")  # error: not an allowed value
    task = client.videos.generate(anchor_id="a", anchor_type=0, audio_src="https://x/a.mp3")
    record = client.videos.wait(task.id)
    record.result.upper()  # error: result may be None
    client.download(record.result, "out.mp4").upper()  # error: download returns a Path
    client.with_options(max_retry=1)  # error: misspelt option
    client.face_swap.start(name="n", video_url="https://x/v.mp4")  # error: face_url is required
    client.vidoes.list()  # error: misspelt group
    client.videos.generate(anchor_id="a", anchor_type=0, audioSrc="https://x/a.mp3")  # error: A2E's wire name
    for outcome in client.wait_many([task]):
        if outcome.record is not None:
            print(outcome.record.reslt_urls)  # error: misspelt field of the VideoRecord the wait returns
    client.wait_many([task], on_progress=lambda p: p.record.upper())  # error: a progress record is no str
    client.videos.generate(anchor_id="a", anchor_type=2, audio_src="https://x/a.mp3")  # error: 0 or 1
    print(client.call("misc_remaining_coins").coinz)  # error: call() answers what the typed method answers
