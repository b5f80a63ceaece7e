"""The examples run as users would run them, against the embedded mock."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_usage_example_makes_a_video_from_the_mock():
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "usage.py")], capture_output=True, text=True,
                            timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    size = int(re.search(r"hello\.mp4: (\d+) bytes", result.stdout).group(1))
    assert size > 1000
