"""The main job end to end: voices -> TTS -> avatars -> video -> wait -> download the MP4.

Runs against the embedded mock A2E server. To run it against the real API (it spends credits):
    A2E_API_KEY=sk_... A2E_DEMO_LIVE=1 make demo        # optional: A2E_BASE_URL or A2E_REGION=china
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import a2e

OUTPUT = Path(__file__).resolve().parent.parent / "demo-output"


@contextlib.contextmanager
def connect() -> Iterator[a2e.A2E]:
    if os.environ.get("A2E_DEMO_LIVE") == "1":
        region = None if os.environ.get("A2E_BASE_URL") else os.environ.get("A2E_REGION", "global")
        with a2e.A2E(region=region) as client:
            print(f"live A2E at {client.base_url} (this spends credits)")
            yield client
        return
    if os.environ.get("A2E_API_KEY"):
        print("A2E_API_KEY is set but A2E_DEMO_LIVE=1 is not: using the mock server")
    from a2e.mock import MockServer

    with MockServer() as server, a2e.A2E(server.token, base_url=server.url) as client:
        print(f"mock A2E at {server.url}")
        yield client


def show(progress: a2e.TaskProgress[object]) -> None:
    percent = progress.progress or 0
    bar = "#" * (percent // 5)
    line = f"  {progress.status or 'waiting':<8} [{bar:<20}] {percent:3d}%  {progress.elapsed:5.1f} s"
    if sys.stdout.isatty():
        print("\r" + line, end="", flush=True)
    else:
        print(line)


def main() -> int:
    started = time.perf_counter()
    with connect() as client:
        credits = client.misc.remaining_coins()
        print(f"credits: {credits.coins:g} coins, {credits.diamonds:g} diamonds")
        groups = client.tts.list_voices(country="en", region="US")
        voice = next(v for group in groups for v in group.children or [])
        print(f"voice: {voice.label} ({voice.value})")
        audio = client.tts.generate(msg="Hello! This video was made with the a2e Python client.", tts_id=voice.value)
        print(f"speech: {audio}")
        anchor = client.videos.list_avatars(type="default")[0]
        print(f"avatar: {anchor.name} ({anchor.id})")
        task = client.videos.generate(
            title="a2e demo",
            anchor_id=anchor.id,
            anchor_type=0,
            audio_src=audio,
            resolution=720,
            skip_smart_motion=True,
        )
        print(f"video task: {task.id}")
        record = client.videos.wait(task.id, poll_interval=0.25, timeout=1800, on_progress=show)
        if sys.stdout.isatty():
            print()
        OUTPUT.mkdir(exist_ok=True)
        path = client.download(record.result, OUTPUT / f"{task.id}.mp4", overwrite=True)
        print(f"done in {time.perf_counter() - started:.1f} s; video saved to:")
        print(path)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except a2e.A2EError as exc:
        print(f"\ndemo failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
