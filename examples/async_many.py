"""Many tasks at once on the async client: upload a local photo, start image-to-video tasks from it, wait for all
of them in one polling loop, and download every result. `python examples/async_many.py` (against the mock).
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import a2e
from a2e.mock import MockServer

PROMPTS = ["smiles", "waves", "nods", "laughs", "looks up"]


async def animate(client: a2e.AsyncA2E, photo: Path, folder: Path) -> list[Path]:
    url = await client.upload(photo, on_progress=lambda sent, size: print(f"upload: {sent}/{size} bytes"))
    tasks = []
    for prompt in PROMPTS:  # a media URL field also takes the Path itself; here the URL is reused
        task = await client.image_to_video.start(name=f"photo {prompt}", image_url=url, prompt=prompt)
        tasks.append(("image_to_video", str(task.id)))
    saved: list[Path] = []
    async for outcome in client.as_completed(tasks, timeout=600, poll_interval=0.05):
        if outcome.record is None:  # it failed or timed out: `error` says how
            print(f"{outcome.task_id}: {outcome.error}")
            continue
        for index, result in enumerate(outcome.record.result_urls):
            saved.append(await client.download(result, folder / f"{outcome.task_id}-{index}.mp4"))
    return saved


async def main() -> None:
    with MockServer() as server, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photo = folder / "me.png"
        photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4096))
        async with a2e.AsyncA2E(server.token, base_url=server.url) as client:
            saved = await animate(client, photo, folder)
        print(f"{len(saved)} videos saved: {', '.join(p.name for p in saved)}")


if __name__ == "__main__":
    asyncio.run(main())
