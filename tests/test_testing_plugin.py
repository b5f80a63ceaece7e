"""The package as users get it: the built wheel in a fresh virtual environment, with its `a2e` command (its
help, the mock, `say` making an MP4) and a user's test suite (tests/data/user_suite) that uses only the pytest
plugin's fixtures."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import venv
from pathlib import Path

import a2e
import pytest
from conftest import free_port, wait_listening

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "tests" / "data" / "user_suite"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the built wheel installed (and its `a2e` script); returns its folder."""
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder / "dist"), str(ROOT)],
        check=True,
    )
    wheel = next((folder / "dist").glob("a2e-*.whl"))
    env_dir = folder / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
    )
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # The dependencies (httpx, the mock extra, pytest) come from this environment, as plain paths: its editable
    # `a2e` is not activated there, so the wheel's is the one imported.
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    where = subprocess.run(
        [str(python), "-c", "import a2e; print(a2e.__file__)"], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert where.startswith(str(site)) and (Path(where).parent / "py.typed").exists()
    return env_dir


def test_a_user_suite_passes_with_the_plugin_from_the_built_wheel(installed, tmp_path):
    suite = tmp_path / "suite"
    shutil.copytree(SUITE, suite)
    result = subprocess.run(
        [str(installed / "bin" / "python"), "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider"],
        cwd=suite,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 passed" in result.stdout


def test_the_installed_command_runs_the_mock_and_says_hello_into_an_mp4(installed, tmp_path):
    command = str(installed / "bin" / "a2e")
    help_text = subprocess.run([command, "--help"], capture_output=True, text=True, timeout=60)
    assert help_text.returncode == 0 and "say" in help_text.stdout and "130" in help_text.stdout
    port = free_port()
    mock = subprocess.Popen(
        [command, "mock", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_listening(port, mock, 30)
        from a2e.mock import DEFAULT_TOKEN

        env = {**os.environ, "A2E_API_KEY": DEFAULT_TOKEN, "A2E_BASE_URL": f"http://127.0.0.1:{port}"}
        voices = subprocess.run([command, "voices"], env=env, capture_output=True, text=True, timeout=60)
        avatars = subprocess.run([command, "avatars"], env=env, capture_output=True, text=True, timeout=60)
        assert voices.returncode == 0 and avatars.returncode == 0, voices.stderr + avatars.stderr
        voice = _first(voices.stdout, "value")
        avatar = _first(avatars.stdout, "_id")
        target = tmp_path / "hello.mp4"
        said = subprocess.run(
            [
                command,
                "say",
                "Hello from the wheel",
                "--avatar",
                avatar,
                "--voice",
                voice,
                "-o",
                str(target),
                "--poll-interval",
                "0.05",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert said.returncode == 0, said.stderr
        assert target.read_bytes()[4:8] == b"ftyp"
    finally:
        mock.terminate()
        mock.communicate(timeout=10)


def _first(output: str, field: str) -> str:
    """The first value of `field` anywhere in a JSON answer (voices come grouped, avatars as a list)."""
    import json

    def walk(value: object) -> str | None:
        if isinstance(value, dict):
            if isinstance(value.get(field), str):
                return value[field]
            value = list(value.values())
        if isinstance(value, list):
            return next((found for item in value if (found := walk(item)) is not None), None)
        return None

    found = walk(json.loads(output))
    assert found is not None, output[:300]
    return found


# -- the fixtures in this very session (the plugin is installed with the package) ------------------------------

ANCHOR = "65f1a2b3c4d5e6f7a8b9c0d1"  # a system avatar of the mock's catalogue
AUDIO = "https://example.com/a.mp3"
PROMPT_WAIT = 0.5  # seconds: far below the 2 s a wait sleeps between polls by default


class Seen:
    """The statuses a wait's polls saw (its `on_progress`), and how long it took."""

    def __init__(self) -> None:
        self.statuses: list[str | None] = []
        self.started = time.monotonic()

    def __call__(self, progress: a2e.TaskProgress[object]) -> None:
        self.statuses.append(progress.status)

    def check(self, final: str | None) -> None:
        """Prompt, ending with `final` (None: a failure, raised rather than reported), having seen a task running."""
        assert time.monotonic() - self.started < PROMPT_WAIT
        assert final is None or self.statuses[-1] == final
        assert set(self.statuses) - {final}, self.statuses


def test_a_wait_on_the_plugin_s_client_sees_the_task_move_without_sleeping_its_interval(a2e_client):
    task = a2e_client.videos.generate(anchor_id=ANCHOR, anchor_type=0, audio_src=AUDIO)
    seen = Seen()
    assert a2e_client.videos.wait(task.id, on_progress=seen).status == "success"
    seen.check("success")


def test_a_copy_of_the_plugin_s_client_waits_as_promptly_and_sees_failures(a2e_client, a2e_mock):
    failing = a2e_client.with_options(headers=a2e_mock.task_failure())
    task = failing.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
    seen = Seen()
    with pytest.raises(a2e.TaskFailedError):
        failing.caption_removal.wait(task.id, on_progress=seen)
    seen.check(None)


def test_wait_many_on_the_plugin_s_client_is_prompt(a2e_client):
    tasks = [a2e_client.caption_removal.start(source_url="https://example.com/v.mp4", name=str(n)) for n in range(3)]
    seen = Seen()
    outcomes = a2e_client.wait_many(tasks, on_progress=seen)
    assert [outcome.ok for outcome in outcomes] == [True, True, True]
    seen.check("completed")


def test_the_plugin_s_async_client_waits_promptly(async_a2e_client):
    async def run() -> tuple[Seen, Seen]:
        task = await async_a2e_client.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
        one = Seen()
        await async_a2e_client.caption_removal.wait(task.id, on_progress=one)
        other = await async_a2e_client.caption_removal.start(source_url="https://example.com/v.mp4", name="y")
        many = Seen()
        assert [outcome.ok for outcome in await async_a2e_client.wait_many([other], on_progress=many)] == [True]
        return one, many

    for seen in asyncio.run(run()):
        seen.check("completed")


@pytest.mark.parametrize("interval", [0, -1, float("nan"), True, "1"])
def test_a_poll_interval_any_client_refuses_is_refused_by_the_plugin_s_clients(a2e_client, interval):
    task = a2e_client.caption_removal.start(source_url="https://example.com/v.mp4", name="x")
    with pytest.raises(a2e.InvalidRequestError, match="poll_interval"):
        a2e_client.caption_removal.wait(task.id, poll_interval=interval)
    with pytest.raises(a2e.InvalidRequestError, match="poll_interval"):
        a2e_client.wait_many([task], poll_interval=interval)


@pytest.fixture
def tls_builds(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every TLS context httpx2 builds from the CA bundle from now on (the process's shared one exists first)."""
    import httpcore2
    from a2e._client import shared_tls

    shared_tls()
    built: list[object] = []
    build = httpcore2.default_ssl_context

    def counted(**options: object) -> object:
        built.append(options)
        return build(**options)  # type: ignore[arg-type]

    monkeypatch.setattr(httpcore2, "default_ssl_context", counted)
    return built


@pytest.mark.parametrize("fixture", ["a2e_client", "async_a2e_client"])
def test_the_plugin_s_clients_build_no_tls_context_of_their_own(fixture, request, tls_builds):
    request.getfixturevalue(fixture)  # set up now, while builds are counted
    assert tls_builds == []  # each would read the CA bundle: 20 ms or more


def test_the_mock_builds_no_tls_context_per_webhook(a2e_client, a2e_mock, tls_builds):
    a2e_client.caption_removal.start(
        source_url="https://example.com/v.mp4", name="x", webhook_url="http://127.0.0.1:9/"
    )
    deadline = time.monotonic() + 5
    while not a2e_mock.state.webhook_log and time.monotonic() < deadline:
        time.sleep(0.005)
    assert a2e_mock.state.webhook_log and tls_builds == []


def test_a_poll_moves_a_task_as_many_steps_as_configured():
    from a2e.mock import MockConfig, MockServer

    config = MockConfig(process_steps=2, seconds_per_step=None, steps_per_poll=2)
    with MockServer(config=config) as server, a2e.A2E(server.token, base_url=server.url) as client:
        task = client.videos.generate(anchor_id=ANCHOR, anchor_type=0, audio_src=AUDIO)
        statuses = [client.videos.status(task.id)[0].status for _ in range(4)]
    # init, start, pending, process 0%, process 50%, copy, success: two steps a poll
    assert statuses == ["pending", "process", "success", "success"]


def test_each_test_s_account_is_closed_after_it(_a2e_mock_server):
    from a2e.testing import MockA2E

    mock = MockA2E(_a2e_mock_server)
    mock.reset()
    first = mock.token
    mock.reset()
    with a2e.A2E(first, base_url=mock.url, max_retries=0) as client:
        assert client.misc.remaining_coins().coins > 0  # a reset within a test leaves the key it replaced usable
        mock._retire()
        with pytest.raises(a2e.AuthenticationError):
            client.misc.remaining_coins()
    assert {first, mock.token}.isdisjoint(_a2e_mock_server.state.accounts)


def test_the_first_validated_request_builds_only_the_models_it_needs():
    code = """
import sys
import a2e
from a2e.mock import MockServer
with MockServer() as server, a2e.A2E(server.token, base_url=server.url) as client:
    client.videos.generate(anchor_id="65f1a2b3c4d5e6f7a8b9c0d1", anchor_type=0, audio_src="https://example.com/a.mp3")
    try:
        client.videos.generate(anchor_id="65f1a2b3c4d5e6f7a8b9c0d1", anchor_type=0, audio_src="not a url")
    except a2e.InvalidRequestError:
        pass
print("_a2e_api.wire" in sys.modules)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False", result.stderr


def test_the_models_built_one_by_one_are_the_generated_ones():
    import _a2e_api.wire as wire
    from _a2e_api.operations import OPERATIONS
    from a2e.mock import _wire

    for name in sorted({op["body"] for op in OPERATIONS.values() if op["body"]}):
        assert _wire.model(name).model_json_schema() == getattr(wire, name).model_json_schema(), name


def test_a2e_mock_records_each_request_whole(a2e_client, a2e_mock):
    a2e_client.tts.list_voices(country="en", region="US")
    a2e_client.videos.generate(anchor_id=ANCHOR, anchor_type=0, audio_src=AUDIO)
    voices, created = a2e_mock.requests
    assert (voices.method, voices.path, voices.query, voices.json) == (
        "GET",
        "/api/v1/anchor/voice_list",
        {"country": "en", "region": "US"},
        None,
    )
    assert created.method == "POST" and created.path == "/api/v1/video/generate" and created.query == {}
    assert created.json == {"anchor_id": ANCHOR, "anchor_type": 0, "audioSrc": AUDIO}
    assert json.loads(created.body) == created.json
    assert created.headers["authorization"] == "Bearer <redacted>"
    assert created.headers["content-type"] == "application/json"
    with pytest.raises(AttributeError):
        created.path = "/elsewhere"  # type: ignore[misc]


def test_a2e_mock_requests_still_read_as_method_and_path_pairs(a2e_client, a2e_mock):
    a2e_client.misc.remaining_coins()
    assert a2e_mock.requests == [("GET", "/api/v1/user/remainingCoins")]
    assert ("GET", "/api/v1/user/remainingCoins") in a2e_mock.requests
    [(method, path)] = a2e_mock.requests
    assert (method, path) == a2e_mock.requests[0][:2] == ("GET", "/api/v1/user/remainingCoins")


def test_the_key_never_appears_in_a_recorded_request(a2e_mock):
    import httpx2

    key = a2e_mock.token
    with httpx2.Client(base_url=a2e_mock.url) as http:
        http.post(
            "/api/v1/video/generate",
            params={"echo": f"k={key}"},
            headers={"Authorization": f"Bearer {key}", "x-echo": f"my key is {key}"},
            json={"anchor_id": ANCHOR, "anchor_type": 0, "audioSrc": AUDIO, "title": key, key: [key]},
        )
        http.put(  # no Authorization (a presigned URL), the key inside a file's bytes, beyond the recorded size
            "/mock-upload/a.bin?signature=mock",
            content=key.encode() + bytes(300_000) + key.encode(),
            headers={"content-type": "application/octet-stream"},
        )
        http.get(f"/mock-storage/{key}")
    created, uploaded, fetched = a2e_mock.requests
    for record in (created, uploaded, fetched):
        seen = repr((record.method, record.path, record.query, record.headers, record.json))
        assert key not in seen and key.encode() not in record.body
    assert created.headers["authorization"] == "Bearer <redacted>" and created.json["title"] == "<redacted>"
    assert uploaded.json is None and uploaded.body.startswith(b"<redacted>") and len(uploaded.body) < 300_000
