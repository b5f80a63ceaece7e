"""What a user writes in their first hour, type-checked strictly (by tests/test_typing.py; never run): fields A2E
always sends are read without narrowing, the records start calls return go straight to `wait_many`, and each
outcome's record is typed as its family's wait returns it. mypy --strict --disallow-any-expr and pyright in strict
mode must report nothing: no expression of type Any comes from a2e.
"""

# pyright: strict

from __future__ import annotations

from pathlib import Path

import a2e
from a2e.models import VideoRecord


def videos(client: a2e.A2E, texts: list[str], folder: Path) -> list[Path]:
    if client.misc.remaining_coins().coins <= 0 or client.call("misc_remaining_coins").diamonds < 0:
        return []
    voice = client.tts.list_voices(country="en", region="US")[0].children[0].value
    anchor = client.videos.list_avatars(type="default")[0]
    tasks = [
        client.videos.generate(anchor_id=anchor.id, anchor_type=0, audio_src=client.tts.generate(msg=t, tts_id=voice))
        for t in texts
    ]
    saved: list[Path] = []
    for outcome in client.wait_many(tasks, on_progress=show):
        if outcome.record is None:
            print(outcome.task_id, outcome.error)
            continue
        for url in outcome.record.result_urls:
            saved.append(client.download(url, folder / f"{outcome.task_id}.mp4", overwrite=True))
    return saved


def show(progress: a2e.TaskProgress[VideoRecord]) -> None:
    record = progress.record
    print(progress.task_id, progress.status, record.result_urls if record is not None else [])


async def captions(client: a2e.AsyncA2E, sources: list[str]) -> list[str]:
    tasks = [await client.caption_removal.start(source_url=s, name=f"captions {i}") for i, s in enumerate(sources)]
    done: list[str] = []
    async for outcome in client.as_completed(tasks):
        if outcome.record is not None:
            done.extend(outcome.record.result_urls)
    return done
