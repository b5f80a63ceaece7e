"""The package as users get it: the built wheel in a fresh virtual environment, with its `a2e` command (its
help, the mock, `say` making an MP4) and a user's test suite (tests/data/user_suite) that uses only the pytest
plugin's fixtures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

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
    assert "5 passed" in result.stdout


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
