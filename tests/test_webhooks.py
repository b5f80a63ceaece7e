"""a2e.webhooks: checking the token, typing the event, and the ASGI receiver, against the mock's real callbacks."""

from __future__ import annotations

import asyncio
import email.message
import json
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import a2e
import httpx2 as httpx
import pytest
import uvicorn
from _a2e_api.models.image_2_video_record import Image2VideoRecord
from _a2e_api.models.task_record import TaskRecord
from _a2e_api.models.video_record import VideoRecord
from a2e import webhooks
from conftest import first_anchor

TOKEN = "whk-0123456789abcdef"
WRONG = "whk-not-the-right-one"
CAP = 256  # max_body of the /small receiver


def wait_until(condition: Callable[[], Any], timeout: float = 5.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        if time.monotonic() > deadline:
            pytest.fail(f"not true within {timeout} s: {condition}")
        time.sleep(0.01)
    return result


# -- a receiver over real HTTP: uvicorn on loopback in a background thread -------------------------------------


class Receivers:
    """Several `webhooks.app`s behind one uvicorn server, chosen by the first path segment:
    /sync and /async (a plain and a coroutine `on_event` that record events), /boom (`on_event` raises),
    /small (max_body=CAP) and /capture (not ours: keeps the exact bytes and headers the mock sent)."""

    def __init__(self) -> None:
        self.inbox = webhooks.Inbox()  # /inbox: wakes the waits it is given to
        self.events: list[tuple[str, webhooks.WebhookEvent]] = []
        self.captured: list[tuple[bytes, list[tuple[bytes, bytes]]]] = []
        self.calls = 0  # on_event calls of every receiver

        def on_sync(event: webhooks.WebhookEvent) -> None:
            self.calls += 1
            self.events.append(("sync", event))

        async def on_async(event: webhooks.WebhookEvent) -> None:
            self.calls += 1
            await asyncio.sleep(0)
            self.events.append(("async", event))

        def on_boom(event: webhooks.WebhookEvent) -> None:
            self.calls += 1
            raise RuntimeError("database password is hunter2")

        self.routes = {
            "sync": webhooks.app(on_sync, token=TOKEN),
            "async": webhooks.app(on_async, token=TOKEN),
            "boom": webhooks.app(on_boom, token=TOKEN),
            "small": webhooks.app(on_sync, token=TOKEN, max_body=CAP),
            "capture": self.capture,
            "inbox": webhooks.app(self.inbox, token=TOKEN),
        }
        config = uvicorn.Config(
            self.route, host="127.0.0.1", port=0, log_level="warning", lifespan="on", interface="asgi3"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="webhook-receivers", daemon=True)
        self.url = ""

    async def route(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":  # answered by one of the apps: uvicorn fails to start if it is not
            await self.routes["sync"](scope, receive, send)
            return
        await self.routes[scope["path"].split("/")[1]](scope, receive, send)

    async def capture(self, scope: Any, receive: Any, send: Any) -> None:
        body, more = b"", True
        while more:
            message = await receive()
            body, more = body + message.get("body", b""), message.get("more_body", False)
        self.captured.append((body, list(scope["headers"])))
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})

    def start(self) -> None:
        self.thread.start()
        wait_until(lambda: self.server.started or not self.thread.is_alive(), timeout=10)
        assert self.server.started, "the receiver did not start"
        host, port = self.server.servers[0].sockets[0].getsockname()[:2]
        self.url = f"http://{host}:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def event_for(self, task_id: str) -> tuple[str, webhooks.WebhookEvent] | None:
        return next(((kind, e) for kind, e in self.events if e.task_id == task_id), None)

    def capture_for(self, task_id: str) -> tuple[bytes, list[tuple[bytes, bytes]]] | None:
        return next((c for c in self.captured if json.loads(c[0]).get("task_id") == task_id), None)


@pytest.fixture(scope="module")
def hooks() -> Iterator[Receivers]:
    receivers = Receivers()
    receivers.start()
    yield receivers
    receivers.stop()


def start_image_to_video(client: Any, **webhook: str) -> str:
    task = client.call(
        "image_to_video_start", name="wave", image_url="https://cdn.example/face.png", prompt="smile", **webhook
    )
    return str(task.id)


def delivery(server: Any, task_id: str) -> dict[str, Any]:
    """The mock's log entry for the task's (single) webhook, once it has been sent."""
    return wait_until(lambda: next((e for e in server.state.webhook_log if e["task_id"] == task_id), None))


# -- end to end: a create with the real client, the mock's callback, the ASGI app -----------------------------


@pytest.mark.parametrize("handler", ["sync", "async"])
def test_a_create_with_webhook_url_reaches_on_event_as_the_typed_record_of_its_family(server, client, hooks, handler):
    task_id = start_image_to_video(client, webhook_url=f"{hooks.url}/{handler}/a2e/done", webhook_token=TOKEN)
    kind, event = wait_until(lambda: hooks.event_for(task_id))
    assert kind == handler and isinstance(event, webhooks.WebhookEvent)
    assert (event.event, event.task_id, event.family) == ("task.completed", task_id, "image2video")
    assert isinstance(event.data, Image2VideoRecord)
    assert event.data.id == task_id and event.data.current_status == "completed" and event.data.name == "wave"
    assert event.data.result_url and event.data.result_url.endswith(f"image2video-{task_id}.mp4")
    assert event.raw["data"]["_id"] == task_id
    assert delivery(server, task_id)["status_code"] == 200


def test_a_failed_task_arrives_as_task_failed_with_its_message(server, client, hooks):
    failing = client.with_options(headers={"x-a2e-mock-outcome": "fail"})
    task_id = start_image_to_video(failing, webhook_url=f"{hooks.url}/sync/fail", webhook_token=TOKEN)
    _, event = wait_until(lambda: hooks.event_for(task_id))
    assert event.event == "task.failed" and event.data.current_status == "failed"
    assert "could not be processed" in event.data.failed_message


@pytest.mark.parametrize("token", [{"webhook_token": WRONG}, {}], ids=["wrong-token", "no-token"])
def test_a_callback_without_the_right_token_gets_401_and_on_event_is_not_called(server, client, hooks, token):
    calls = hooks.calls
    task_id = start_image_to_video(client, webhook_url=f"{hooks.url}/sync/a2e", **token)
    assert delivery(server, task_id)["status_code"] == 401
    assert hooks.event_for(task_id) is None and hooks.calls == calls


def test_an_on_event_that_raises_gives_500_and_logs_without_telling_the_sender(server, client, hooks, caplog):
    task_id = start_image_to_video(client, webhook_url=f"{hooks.url}/boom", webhook_token=TOKEN)
    assert delivery(server, task_id)["status_code"] == 500
    answer = httpx.post(f"{hooks.url}/boom", json={"task_id": "t1"}, headers={webhooks.TOKEN_HEADER: TOKEN})
    assert answer.status_code == 500 and answer.json() == {"ok": False, "error": "the event handler failed"}
    assert "hunter2" not in answer.text
    logged = [r for r in caplog.records if r.name == "a2e.webhooks"]
    assert logged and logged[-1].exc_info is not None and "t1" in logged[-1].getMessage()


# -- the ASGI app's answers over HTTP ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD"])
def test_a_method_other_than_post_gets_405(hooks, method):
    answer = httpx.request(method, f"{hooks.url}/sync/a2e", headers={webhooks.TOKEN_HEADER: TOKEN})
    assert answer.status_code == 405 and answer.headers["allow"] == "POST"


def test_a_wrong_token_gets_401_naming_neither_token(hooks):
    calls = hooks.calls
    answer = httpx.post(f"{hooks.url}/sync", json={"event": "task.completed"}, headers={webhooks.TOKEN_HEADER: WRONG})
    assert answer.status_code == 401 and answer.json()["ok"] is False
    assert TOKEN not in answer.text and WRONG not in answer.text and hooks.calls == calls


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_body_over_max_body_gets_413_and_on_event_is_not_called(hooks, chunked):
    calls = hooks.calls
    body = json.dumps({"event": "task.completed", "data": {"_id": "x", "pad": "a" * CAP}}).encode()
    content: Any = iter([body[:100], body[100:]]) if chunked else body
    answer = httpx.post(f"{hooks.url}/small", content=content, headers={webhooks.TOKEN_HEADER: TOKEN})
    assert answer.status_code == 413 and hooks.calls == calls
    small = httpx.post(f"{hooks.url}/small", json={"task_id": "fits"}, headers={webhooks.TOKEN_HEADER: TOKEN})
    assert small.status_code == 200 and small.json() == {"ok": True}


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b"null", b"", b"\xff\xfe"])
def test_a_body_that_is_not_a_json_object_gets_400(hooks, body):
    calls = hooks.calls
    answer = httpx.post(f"{hooks.url}/sync", content=body, headers={webhooks.TOKEN_HEADER: TOKEN})
    assert answer.status_code == 400 and answer.json()["ok"] is False and hooks.calls == calls


# -- parse: the exact bodies the mock sends ---------------------------------------------------------------------


def video_params(client: a2e.A2E) -> dict[str, Any]:
    return {"anchor_id": first_anchor(client), "anchor_type": 0, "audioSrc": "https://cdn.example/hello.mp3"}


@pytest.mark.parametrize(
    ("operation", "params", "family", "model"),
    [
        ("videos_generate", video_params, "video", VideoRecord),
        (
            "image_to_video_start",
            lambda c: {"image_url": "https://cdn.example/face.png"},
            "image2video",
            Image2VideoRecord,
        ),
        ("text_to_image_start", lambda c: {"prompt": "a red fox"}, "text_to_image", TaskRecord),
        ("wan_video_start_wan30", lambda c: {"model": "wan3.0-video", "input": {}, "parameters": {}}, "wan30", dict),
    ],
)
def test_the_body_the_mock_sends_parses_into_its_familys_record(server, hooks, operation, params, family, model):
    with a2e.A2E(server.token, base_url=server.url) as client:
        created = client.call(operation, webhook_url=f"{hooks.url}/capture", webhook_token=TOKEN, **params(client))
    task_id = created.id if hasattr(created, "id") else created["_id"]
    body, headers = wait_until(lambda: hooks.capture_for(task_id))
    event = webhooks.handle(body, headers, TOKEN)
    assert (event.event, event.task_id, event.family) == ("task.completed", task_id, family)
    assert type(event.data) is model and event.raw == json.loads(body)
    if model is dict:  # the family has no detail operation: the record stays as sent
        assert event.data["_id"] == task_id and event.data is event.raw["data"]
    else:
        assert event.data.id == task_id and event.data.to_dict() == event.raw["data"]


def test_unknown_fields_are_kept_and_missing_ones_are_none():
    body = {
        "event": "task.completed",
        "family": "image2video",
        "attempt": 1,
        "data": {"_id": "t9", "current_status": "completed", "seed": 42},
    }
    event = webhooks.parse(json.dumps(body))
    assert event.task_id is None and event.raw["attempt"] == 1
    assert isinstance(event.data, Image2VideoRecord) and event.data.additional_properties == {"seed": 42}
    assert event.data.result_url is None
    assert webhooks.parse(b"{}") == webhooks.WebhookEvent(raw={})
    assert webhooks.parse({"event": "task.future", "task_id": 7}).task_id == "7"


@pytest.mark.parametrize(
    ("data", "family"),
    [
        ({"current_status": "completed"}, "image2video"),
        ("oops", "image2video"),
        ({"_id": "t"}, "unheard_of"),
        ({"_id": "t"}, None),
        (None, "video"),
    ],
    ids=["no-_id", "not-an-object", "unknown-family", "no-family", "no-data"],
)
def test_a_record_that_cannot_be_typed_stays_as_sent(data, family):
    event = webhooks.parse({"event": "task.completed", "family": family, "data": data})
    assert event.data == data and event.family == family


@pytest.mark.parametrize(
    "body", [b"[]", b"null", b"3", b'"text"', b"{", b"", "\ud800", b"\xff", bytearray(b"[]"), 42, None, ["a"]]
)
def test_a_body_that_is_not_a_json_object_raises_unexpected_response_error(body):
    with pytest.raises(a2e.UnexpectedResponseError, match="webhook_task_ended: the webhook body") as caught:
        webhooks.parse(body)
    assert caught.value.operation == webhooks.OPERATION


def test_bytes_bytearray_memoryview_str_and_mapping_bodies_parse_alike():
    text = '{"event": "task.completed", "task_id": "t1", "family": "video", "data": {"_id": "t1", "status": "success"}}'
    events = [
        webhooks.parse(b)
        for b in (text, text.encode(), bytearray(text.encode()), memoryview(text.encode()), json.loads(text))
    ]
    assert all(e == events[0] for e in events) and isinstance(events[0].data, VideoRecord)


# -- verify and handle ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["X-A2e-Webhook-Token", "x-a2e-webhook-token", "X-A2E-WEBHOOK-TOKEN"])
@pytest.mark.parametrize(
    "shape",
    [
        lambda n, v: {n: v},
        lambda n, v: {n.encode(): v.encode()},
        lambda n, v: [(n.encode(), v.encode())],
        lambda n, v: [("content-type", "application/json"), (n, v)],
        lambda n, v: httpx.Headers({n: v}),
        lambda n, v: message(n, v),
    ],
    ids=["dict", "bytes-dict", "asgi-pairs", "str-pairs", "httpx", "email"],
)
def test_verify_finds_the_header_in_any_case_and_shape(name, shape):
    assert webhooks.verify(shape(name, TOKEN), TOKEN) is True
    assert webhooks.verify(shape(name, WRONG), TOKEN) is False
    assert webhooks.verify(shape(name, TOKEN), WRONG) is False
    assert webhooks.verify(shape("X-Other-Header", TOKEN), TOKEN) is False


def message(name: str, value: str) -> email.message.Message:
    headers = email.message.Message()
    headers[name] = value
    return headers


@pytest.mark.parametrize(
    ("headers", "expected", "verified"),
    [
        ({}, TOKEN, False),
        ([], TOKEN, False),
        ({webhooks.TOKEN_HEADER: ""}, "", False),  # an empty expected token never verifies
        ({webhooks.TOKEN_HEADER: TOKEN[:-1]}, TOKEN, False),
        ({webhooks.TOKEN_HEADER: TOKEN + "x"}, TOKEN, False),
        ({webhooks.TOKEN_HEADER: f" {TOKEN}\t"}, TOKEN, True),  # optional whitespace around a header value
        ([(b"x-a2e-webhook-token", TOKEN.encode())] * 2, TOKEN, False),  # sent twice: ambiguous
        ({webhooks.TOKEN_HEADER: "jeton-\u00e9t\u00e9"}, "jeton-\u00e9t\u00e9", True),
        ({webhooks.TOKEN_HEADER: "jeton-\u00e9t\u00e9".encode().decode("latin-1")}, "jeton-\u00e9t\u00e9", True),
        ([(b"x-a2e-webhook-token", "jeton-\u00e9t\u00e9".encode())], "jeton-\u00e9t\u00e9", True),
        ({webhooks.TOKEN_HEADER: "\u4ee4\u724c"}, "\u4ee4\u724c", True),
    ],
)
def test_verify_edge_cases(headers, expected, verified):
    assert webhooks.verify(headers, expected) is verified


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "has no X-A2e-Webhook-Token header"),
        ({webhooks.TOKEN_HEADER: WRONG}, "does not match the webhook_token given on create"),
        ([(webhooks.TOKEN_HEADER, TOKEN), (webhooks.TOKEN_HEADER, WRONG)], "has 2 X-A2e-Webhook-Token headers"),
    ],
)
def test_handle_refuses_a_missing_or_wrong_token_with_a_401_that_names_neither_token(headers, reason):
    with pytest.raises(a2e.AuthenticationError, match=reason) as caught:
        webhooks.handle(b'{"event": "task.completed"}', headers, TOKEN)
    error = caught.value
    assert error.status_code == 401 and error.operation == webhooks.OPERATION
    shown = f"{error} {error!r} {error.args} {error.body}"
    assert TOKEN not in shown and WRONG not in shown


def test_handle_verifies_before_it_parses():
    with pytest.raises(a2e.AuthenticationError):
        webhooks.handle(b"not json", {}, TOKEN)
    with pytest.raises(a2e.UnexpectedResponseError):
        webhooks.handle(b"not json", {webhooks.TOKEN_HEADER: TOKEN}, TOKEN)
    assert webhooks.handle(b'{"task_id": "t"}', {webhooks.TOKEN_HEADER: TOKEN}, TOKEN).task_id == "t"


# -- the ASGI app in process ------------------------------------------------------------------------------------


def run_asgi(app: webhooks.ASGIApp, scope: dict[str, Any], incoming: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []
    queue = list(incoming)

    async def receive() -> dict[str, Any]:
        return queue.pop(0)

    async def send(message: Any) -> None:
        sent.append(dict(message))

    asyncio.run(app(scope, receive, send))
    return sent


def test_the_app_answers_lifespan_startup_and_shutdown():
    app = webhooks.app(lambda event: None, token=TOKEN)
    sent = run_asgi(app, {"type": "lifespan"}, [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    assert sent == [{"type": "lifespan.startup.complete"}, {"type": "lifespan.shutdown.complete"}]


def test_the_app_sends_nothing_when_the_sender_hangs_up_and_refuses_websockets():
    seen: list[webhooks.WebhookEvent] = []
    app = webhooks.app(seen.append, token=TOKEN)
    scope = {"type": "http", "method": "POST", "path": "/", "headers": [(b"x-a2e-webhook-token", TOKEN.encode())]}
    assert (
        run_asgi(app, scope, [{"type": "http.request", "body": b"{", "more_body": True}, {"type": "http.disconnect"}])
        == []
    )
    assert seen == []
    assert run_asgi(app, {"type": "websocket", "path": "/"}, [{"type": "websocket.connect"}]) == [
        {"type": "websocket.close", "code": 1008}
    ]


@pytest.mark.parametrize("token", ["", None])
def test_the_app_needs_a_token(token):
    with pytest.raises(a2e.ConfigurationError, match="token="):
        webhooks.app(lambda event: None, token=token)


def test_import_a2e_does_not_load_the_webhooks_module():
    code = "import sys, a2e; assert 'a2e.webhooks' not in sys.modules; from a2e import webhooks; print(webhooks.app)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_handler_log_record_is_an_error_of_the_a2e_webhooks_logger(caplog):
    def boom(event: webhooks.WebhookEvent) -> None:
        raise ValueError("no")

    scope = {"type": "http", "method": "POST", "path": "/", "headers": [(b"x-a2e-webhook-token", TOKEN.encode())]}
    with caplog.at_level(logging.ERROR, logger="a2e.webhooks"):
        sent = run_asgi(webhooks.app(boom, token=TOKEN), scope, [{"type": "http.request", "body": b'{"task_id": "z"}'}])
    assert sent[0]["status"] == 500 and json.loads(sent[1]["body"]) == {
        "ok": False,
        "error": "the event handler failed",
    }
    assert [r.levelno for r in caplog.records if r.name == "a2e.webhooks"] == [logging.ERROR]


# -- waiting ends early on a webhook, polling stays the fallback ---------------------------------------------


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_wait_many_with_an_inbox_ends_when_the_webhooks_arrive_not_at_the_next_poll(hooks, kind):
    from a2e.mock import MockConfig, MockServer

    with MockServer(config=MockConfig(webhook_delay=1.0, process_steps=50)) as slow:
        webhook = {"webhook_url": f"{hooks.url}/inbox", "webhook_token": TOKEN}

        def run_sync(inbox: webhooks.Inbox | None) -> list[a2e.TaskOutcome]:
            with a2e.A2E(slow.token, base_url=slow.url) as client:
                tasks = [("image_to_video", start_image_to_video(client, **webhook)) for _ in range(3)]
                return client.wait_many(tasks, poll_interval=30, timeout=4, inbox=inbox)

        async def run_async(inbox: webhooks.Inbox | None) -> list[a2e.TaskOutcome]:
            async with a2e.AsyncA2E(slow.token, base_url=slow.url) as client:
                tasks = []
                for _ in range(3):
                    task = await client.call(
                        "image_to_video_start",
                        name="wave",
                        image_url="https://cdn.example/f.png",
                        prompt="smile",
                        **webhook,
                    )
                    tasks.append(("image_to_video", str(task.id)))
                return await client.wait_many(tasks, poll_interval=30, timeout=4, inbox=inbox)

        def run(inbox: webhooks.Inbox | None) -> tuple[list[a2e.TaskOutcome], float]:
            started = time.monotonic()
            outcomes = run_sync(inbox) if kind == "sync" else asyncio.run(run_async(inbox))
            return outcomes, time.monotonic() - started

        woken, elapsed = run(hooks.inbox)
        assert all(o.ok for o in woken) and elapsed < 3  # the webhooks come about 1 s after the creates
        polled_only, elapsed = run(None)  # without the inbox: the next poll is the last one, at the deadline
        assert all(o.ok for o in polled_only) and elapsed >= 4
