"""The typed seam between the generated groups and the clients: type checkers see every group as a real attribute
(a misspelt one is an error) and a raw view keeps the method's parameters; at run time `dir(client)` lists the
groups without importing their modules."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import a2e
from _a2e_api.resources import GROUPS

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

USER_CODE = textwrap.dedent(
    """
    import a2e


    def use(client: a2e.A2E) -> None:
        reveal_type(client.with_raw_response.tts.generate(msg="x", tts_id="y"))
        client.vidoes.generate(anchor_id="a", anchor_type=0, audio_src="https://x/a.mp3")


    async def use_async(client: a2e.AsyncA2E) -> None:
        reveal_type(await client.with_raw_response.tts.generate(msg="x", tts_id="y"))
        await client.vidoes.generate(anchor_id="a", anchor_type=0, audio_src="https://x/a.mp3")
    """
)
MISSPELT = [n for n, line in enumerate(USER_CODE.splitlines(), 1) if "vidoes" in line]
REVEALED = [n for n, line in enumerate(USER_CODE.splitlines(), 1) if "reveal_type" in line]


def check(*command: str) -> str:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600).stdout


def test_a_misspelt_group_is_an_error_and_a_raw_call_keeps_its_types(tmp_path):
    script = tmp_path / "user_code.py"
    script.write_text(USER_CODE, encoding="utf-8")
    mypy = check(str(BIN / "mypy"), "--strict", str(script))
    pyright = check(str(BIN / "pyright"), str(script))
    for output, line in ((mypy, r":(\d+): (error|note): (.*)"), (pyright, r":(\d+):\d+ - (error|information): (.*)")):
        found = [(int(n), kind, text) for n, kind, text in re.findall(f"{re.escape(script.name)}{line}", output)]
        errors = [(n, text) for n, kind, text in found if kind == "error"]
        revealed = [(n, text) for n, kind, text in found if text.startswith(("Revealed type", "Type of"))]
        assert [n for n, _ in errors] == MISSPELT and all("vidoes" in text for _, text in errors), output
        assert [n for n, _ in revealed] == REVEALED and all("RawResponse[str]" in t for _, t in revealed), output


def test_dir_lists_every_group_of_both_clients():
    with a2e.A2E("k") as client:
        assert set(GROUPS) <= set(dir(client))

    async def async_names() -> list[str]:
        async with a2e.AsyncA2E("k") as client:
            return dir(client)

    assert set(GROUPS) <= set(asyncio.run(async_names()))


def test_listing_the_groups_imports_none_of_their_modules():
    code = "import sys, a2e; dir(a2e.A2E('k')); print([m for m in sys.modules if m.startswith('_a2e_api.resources.')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
