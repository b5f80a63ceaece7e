"""The README's "Try it without an account", copied verbatim: its three shell lines run twice in a row against the
mock without error, and the second run spends nothing (the script finds the video it made by its title)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Try it without an account", 1)[1].split("\n## ", 1)[0]
SHELL = re.search(r"```sh\n(.*?)```", SECTION, re.S).group(1)
SCRIPT = re.search(r"```python\n(.*?)```", SECTION, re.S).group(1)


def test_the_script_shown_is_the_example_file():
    assert SCRIPT == (ROOT / "examples" / "quickstart.py").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_quick_start_runs_twice_and_the_second_run_spends_nothing(tmp_path):
    (tmp_path / "examples").mkdir()
    shutil.copy(ROOT / "examples" / "quickstart.py", tmp_path / "examples")
    lines = SHELL.replace("8000", str(free_port()))  # the same lines, on a port free on this machine
    script = f"set -e\n{lines}\n{lines.splitlines()[-1]}\n"  # the three lines, then the script once more
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("A2E_REGION", None)
    out_file, err_file = tmp_path / "out.txt", tmp_path / "err.txt"
    with out_file.open("w") as out_handle, err_file.open("w") as err_handle:
        run = subprocess.Popen(
            ["bash", "-c", script],
            cwd=tmp_path,
            env=env,
            stdout=out_handle,
            stderr=err_handle,
            start_new_session=True,  # the mock started in the background goes with the group, below
        )
        try:
            run.wait(timeout=120)
        finally:
            with contextlib.suppress(ProcessLookupError):  # the mock may have ended already
                os.killpg(run.pid, signal.SIGTERM)
    out, err = out_file.read_text(), err_file.read_text()
    assert run.returncode == 0, err
    saved = [line for line in out.splitlines() if line.startswith("hello.mp4 ")]
    assert len(saved) == 2, out
    first, second = (float(line.split()[1]) for line in saved)
    assert first == second  # coins left after each run: the second paid for nothing
    assert (tmp_path / "hello.mp4").stat().st_size > 0
