"""The README's usage example, runnable against the embedded mock: `python examples/usage.py`.

With A2E_API_KEY set it would spend credits on the real API, so it always uses the mock.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import a2e
from a2e.mock import MockServer


def make_video(client: a2e.A2E, folder: Path) -> Path:
    groups = client.tts.list_voices(country="en", region="US")
    voice = next(v for group in groups for v in group.children or [])
    audio_url = client.tts.generate(msg="Hello from A2E!", tts_id=voice.value)
    anchor = client.videos.list_avatars(type="default")[0]
    task = client.videos.generate(anchor_id=anchor.id, anchor_type=0, audio_src=audio_url)
    video = client.videos.wait(task.id, poll_interval=0.01)  # raises a2e.TaskFailedError on `fail`
    path = client.download(video.result, folder / "hello.mp4")  # streamed; no partial file on failure
    coins = client.misc.remaining_coins().coins
    print(f"{path.name}: {path.stat().st_size} bytes; {coins} coins left")
    return path


def main() -> None:
    with MockServer() as server, a2e.A2E(server.token, base_url=server.url) as client:
        with tempfile.TemporaryDirectory() as folder:
            make_video(client, Path(folder))


if __name__ == "__main__":
    main()
