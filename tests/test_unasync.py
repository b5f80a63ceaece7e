"""The sync client is written from the async one (generator/codegen/unasync.py): its rules, and its check of a
hand edit."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator" / "codegen"))

import unasync  # noqa: E402


def test_every_sync_copy_is_what_its_async_source_gives():
    assert unasync.run(ROOT, check=True) == []


def test_the_rules_turn_async_code_into_its_sync_twin():
    source = (
        "from ._async_session import AsyncRoom\n"
        "class AsyncA2E(BaseClient, AsyncResources):\n"
        '    """Asynchronous client (see `_async_client.py`)."""\n'
        "    async def __aenter__(self) -> AsyncA2E:\n"
        "        async for chunk in response.aiter_bytes():\n"
        "            await async_sleep(1)\n"
        "        await response.aclose()\n"
        "        return [o async for o in self.as_completed(x)]\n"
        "    def _client(self) -> httpx.AsyncClient: ...\n"
    )
    expected = (
        "from ._sync_session import Room\n"
        "class A2E(BaseClient, Resources):\n"
        '    """Synchronous client (see `_async_client.py`)."""\n'
        "    def __enter__(self) -> A2E:\n"
        "        for chunk in response.iter_bytes():\n"
        "            sleep(1)\n"
        "        response.close()\n"
        "        return [o for o in self.as_completed(x)]\n"
        "    def _client(self) -> httpx.Client: ...\n"
    )
    assert unasync.unasync(source, "x.py") == unasync.header("x.py") + expected


@pytest.mark.parametrize("pair", unasync.PAIRS, ids=[copy for _, copy in unasync.PAIRS])
def test_check_fails_on_a_hand_edit_of_a_sync_copy(tmp_path, pair):
    _, copy = pair
    for name in [name for both in unasync.PAIRS for name in both]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, tmp_path / name)
    script = [sys.executable, str(ROOT / "generator" / "codegen" / "unasync.py"), "--root", str(tmp_path)]
    assert subprocess.run([*script, "--check"], capture_output=True, text=True).returncode == 0

    edited = tmp_path / copy
    edited.write_text(edited.read_text(encoding="utf-8") + "# a hand edit\n", encoding="utf-8")
    failed = subprocess.run([*script, "--check"], capture_output=True, text=True)
    assert failed.returncode == 1
    assert copy in failed.stderr and "edit the async source" in failed.stderr

    assert subprocess.run(script, capture_output=True, text=True).returncode == 0  # make generate writes it again
    assert edited.read_text(encoding="utf-8") == (ROOT / copy).read_text(encoding="utf-8")
    assert subprocess.run([*script, "--check"], capture_output=True, text=True).returncode == 0
