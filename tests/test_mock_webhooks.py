"""Task-end webhooks from the mock A2E: one POST to a loopback receiver when a task that asked for it ends."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import a2e
import httpx2 as httpx
import pytest
from _a2e_api.operations import OPERATIONS
from a2e.mock import MockConfig, MockServer, MockState
from a2e.mock._handlers import Call, generate_video
from a2e.mock._state import Account
from a2e.mock._webhooks import WebhookSender, is_loopback

TOKEN = "s3cret-token"


class Receiver:
    """A loopback HTTP server that records every POST; a path `/status/<code>` answers with that code."""

    def __init__(self) -> None:
        self.hits: list[dict[str, Any]] = []
        received = self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = {key.lower(): value for key, value in self.headers.items()}
                received.append({"path": self.path, "headers": headers, "json": json.loads(body)})
                code = int(self.path.rsplit("/", 1)[1]) if self.path.startswith("/status/") else 200
                self.send_response(code)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="webhook-receiver", daemon=True)

    def for_task(self, task_id: str) -> list[dict[str, Any]]:
        return [hit for hit in self.hits if hit["json"].get("task_id") == task_id]


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    running.thread.start()
    yield running
    running.server.shutdown()
    running.server.server_close()
    running.thread.join(timeout=5)


def wait_until(condition: Callable[[], Any], timeout: float = 5.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        if time.monotonic() > deadline:
            pytest.fail(f"not true within {timeout} s: {condition}")
        time.sleep(0.01)
    return result


def start(client: a2e.A2E, **webhook: str) -> str:
    task = client.call(
        "image_to_video_start",
        name="wave",
        image_url="https://cdn.example/face.png",
        prompt="smile",
        negative_prompt="blur",
        **webhook,
    )
    return task.id


def log_entry(server: MockServer, task_id: str) -> dict[str, Any] | None:
    return next((entry for entry in server.state.webhook_log if entry["task_id"] == task_id), None)


def delivered(server: MockServer, task_id: str) -> dict[str, Any]:
    """Wait until the mock has finished its attempt for the task, then return its log entry."""
    return wait_until(lambda: log_entry(server, task_id))


def flush(server: MockServer, client: a2e.A2E, receiver: Receiver) -> None:
    """Wait for a later task's webhook, so that every earlier one has had its (single) turn."""
    delivered(server, start(client, webhook_url=f"{receiver.url}/flush"))


def detail(server: MockServer, task_id: str) -> dict[str, Any]:
    path = re.sub(r"\{\w+\}", task_id, OPERATIONS["image_to_video_get"]["path"])
    answer = httpx.get(server.url + path, headers={"Authorization": f"Bearer {server.token}"})
    return answer.json()["data"]


def test_a_completed_task_posts_task_completed_once_with_the_token_and_final_record(server, client, receiver):
    task_id = start(client, webhook_url=f"{receiver.url}/hooks/a2e", webhook_token=TOKEN)
    hit = wait_until(lambda: receiver.for_task(task_id))[0]
    assert hit["path"] == "/hooks/a2e" and hit["headers"]["x-a2e-webhook-token"] == TOKEN
    assert hit["json"]["event"] == "task.completed" and hit["json"]["family"] == "image2video"
    assert hit["json"]["data"]["_id"] == task_id and hit["json"]["data"]["current_status"] == "completed"
    assert hit["json"]["data"]["result_url"].endswith(f"image2video-{task_id}.mp4")
    flush(server, client, receiver)
    assert len(receiver.for_task(task_id)) == 1
    assert log_entry(server, task_id) == {
        "url": f"{receiver.url}/hooks/a2e",
        "event": "task.completed",
        "task_id": task_id,
        "family": "image2video",
        "status_code": 200,
        "error": None,
        "skipped": False,
    }


def test_a_poll_after_the_webhook_shows_the_same_terminal_record(server, client, receiver):
    task_id = start(client, webhook_url=f"{receiver.url}/hooks/poll", webhook_token=TOKEN)
    hit = wait_until(lambda: receiver.for_task(task_id))[0]
    assert detail(server, task_id) == hit["json"]["data"]
    assert client.image_to_video.get(task_id).to_dict()["current_status"] == "completed"


def test_a_failing_task_posts_task_failed_with_its_failed_message(server, client, receiver):
    failing = client.with_options(headers={"x-a2e-mock-outcome": "fail"})
    task_id = start(failing, webhook_url=f"{receiver.url}/hooks/fail", webhook_token=TOKEN)
    hit = wait_until(lambda: receiver.for_task(task_id))[0]
    assert hit["json"]["event"] == "task.failed" and hit["json"]["data"]["current_status"] == "failed"
    assert "could not be processed" in hit["json"]["data"]["failed_message"]
    with pytest.raises(a2e.TaskFailedError):
        client.image_to_video.wait(task_id, poll_interval=0.001)


@pytest.mark.parametrize("url", ["https://hooks.example.com/a2e", "https://0.0.0.0:{port}/hooks/outside"])
def test_a_webhook_to_a_host_other_than_loopback_is_skipped_and_logged(server, client, receiver, url):
    # 0.0.0.0 would reach the receiver's port if the mock dialled it: the skip is decided by name, before any
    # connection.
    # (Plain http is refused for any host but loopback, as A2E calls HTTPS only: see the spec's WebhookUrl.)
    url = url.format(port=receiver.server.server_port)
    task_id = start(client, webhook_url=url, webhook_token=TOKEN)
    entry = delivered(server, task_id)
    assert entry["skipped"] is True and entry["status_code"] is None and entry["event"] == "task.completed"
    flush(server, client, receiver)
    assert receiver.for_task(task_id) == []


def test_a_receiver_answering_500_is_not_retried(server, client, receiver):
    task_id = start(client, webhook_url=f"{receiver.url}/status/500", webhook_token=TOKEN)
    assert delivered(server, task_id)["status_code"] == 500
    flush(server, client, receiver)
    assert len(receiver.for_task(task_id)) == 1


def test_an_unreachable_receiver_is_recorded_as_an_error(server, client):
    task_id = start(client, webhook_url=f"http://127.0.0.1:{unused_port()}/gone")
    entry = delivered(server, task_id)
    assert entry["skipped"] is False and entry["status_code"] is None and "ConnectError" in entry["error"]


def test_without_webhook_url_nothing_is_sent_and_polls_move_the_task(server, client, receiver):
    task_id = start(client)
    flush(server, client, receiver)
    assert log_entry(server, task_id) is None and receiver.for_task(task_id) == []
    assert client.image_to_video.get(task_id).to_dict()["current_status"] == "sent"


def test_polls_before_the_delay_see_a_running_task_and_stopping_the_server_drops_the_webhook(receiver, caplog):
    with MockServer(config=MockConfig(webhook_delay=60)) as slow, a2e.A2E(slow.token, base_url=slow.url) as client:
        task_id = start(client, webhook_url=f"{receiver.url}/hooks/slow", webhook_token=TOKEN)
        assert client.image_to_video.get(task_id).to_dict()["current_status"] == "sent"
        began = time.monotonic()
    assert time.monotonic() - began < 5
    assert slow.state.webhook_log == [] and receiver.for_task(task_id) == []
    assert not [r for r in caplog.records if r.name == "asyncio"], "a pending webhook task was not cancelled"


def unused_port() -> int:
    """A loopback port that nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# -- the pieces, without a server -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8080/hook", True),
        ("http://localhost/hook", True),
        ("http://LOCALHOST:9/hook", True),
        ("http://[::1]:8080/hook", True),
        ("https://127.0.0.1/hook", True),
        ("http://0.0.0.0:8080/hook", False),
        ("http://127.0.0.2/hook", False),
        ("http://localhost.example.com/hook", False),
        ("https://hooks.example.com/a2e", False),
        ("ftp://127.0.0.1/hook", False),
        ("http://[::1/hook", False),
    ],
)
def test_only_loopback_hosts_receive_webhooks(url, loopback):
    assert is_loopback(url) is loopback


def video_call(**params: Any) -> Call:
    op = {**OPERATIONS["videos_generate"], "resource": {"role": "create", "family": "video"}}
    anchor = "65f1a2b3c4d5e6f7a8b9c0d1"  # a system anchor of the mock's catalogue
    return Call(
        "videos_generate",
        op,
        Account(coins=100),
        {"anchor_id": anchor, "anchor_type": 0, **params},
        "http://mock",
        MockConfig(process_steps=2),
        None,
    )


def test_an_avatar_video_with_webhook_url_is_driven_to_success_and_reported():
    call = video_call(webhook_url="https://hooks.example.com/video", webhook_token=TOKEN)
    task_id = generate_video(call)["_id"]
    [job] = call.ending
    assert job.webhook.family == "video" and job.webhook.token == TOKEN and job.status == "init"
    state = MockState({"sk"}, MockConfig(webhook_delay=0))
    asyncio.run(WebhookSender(state).report(job, job.webhook, "http://mock"))
    assert job.record["status"] == "success" and job.record["result"] == f"http://mock/mock-assets/video-{task_id}.mp4"
    assert state.webhook_log == [
        {
            "url": "https://hooks.example.com/video",
            "event": "task.completed",
            "task_id": task_id,
            "family": "video",
            "status_code": None,
            "error": None,
            "skipped": True,
        }
    ]


def test_an_avatar_video_without_webhook_url_is_left_to_polls():
    call = video_call()
    generate_video(call)
    assert call.ending == []


def test_finishing_a_task_twice_reports_the_same_record():
    call = video_call(webhook_url="http://127.0.0.1:9/x")
    generate_video(call)
    job = call.ending[0]
    first = dict(job.finish(call.config, call.base_url))
    second = dict(job.finish(call.config, call.base_url))
    assert first["status"] == second["status"] == "success" and first["result"] == second["result"]
