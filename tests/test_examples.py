"""The examples run as users would run them, against the embedded mock."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import free_port, wait_listening

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_usage_example_makes_a_video_from_the_mock():
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "usage.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    size = int(re.search(r"hello\.mp4: (\d+) bytes", result.stdout).group(1))
    assert size > 1000


def test_the_webhook_receiver_example_prints_each_event_and_refuses_a_wrong_token(server):
    import os
    import time

    import a2e

    port = free_port()
    env = {**os.environ, "A2E_WEBHOOK_TOKEN": "s3cret", "PORT": str(port)}
    receiver = subprocess.Popen(
        [sys.executable, str(ROOT / "examples" / "webhook_receiver.py")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_listening(port, receiver, 20)
        hook = f"http://127.0.0.1:{port}/a2e"
        with a2e.A2E(server.token, base_url=server.url) as client:
            good = client.call(
                "image_to_video_start",
                name="wave",
                image_url="https://cdn.example/f.png",
                prompt="smile",
                webhook_url=hook,
                webhook_token="s3cret",
            ).id
            bad = client.call(
                "image_to_video_start",
                name="wave",
                image_url="https://cdn.example/f.png",
                prompt="smile",
                webhook_url=hook,
                webhook_token="wrong",
            ).id
        statuses: dict[str, int] = {}
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(statuses) < 2:
            statuses = {e["task_id"]: e["status_code"] for e in server.state.webhook_log if e["task_id"] in (good, bad)}
            time.sleep(0.05)
        assert statuses == {good: 200, bad: 401}
    finally:
        receiver.terminate()
        out, _ = receiver.communicate(timeout=10)
    assert f"task.completed: image2video task {good}" in out and bad not in out


def test_the_webhook_receiver_example_needs_its_token():
    import os

    env = {k: v for k, v in os.environ.items() if k != "A2E_WEBHOOK_TOKEN"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "webhook_receiver.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "A2E_WEBHOOK_TOKEN" in result.stderr


def test_the_async_many_tasks_example_uploads_starts_waits_and_downloads():
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "async_many.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "upload: " in result.stdout and "5 videos saved" in result.stdout


def test_the_command_line_example_makes_a_video_from_the_mock():
    import os

    port = free_port()
    scripts = str(Path(sys.executable).parent)  # where `a2e` is installed next to this interpreter
    env = {**os.environ, "PORT": str(port), "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        ["bash", str(ROOT / "examples" / "cli.sh")], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    saved = Path(result.stdout.strip().splitlines()[-1].removeprefix("saved "))
    assert saved.read_bytes()[4:8] == b"ftyp"
