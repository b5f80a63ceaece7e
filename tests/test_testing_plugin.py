"""The pytest plugin as users get it: the built wheel in a fresh virtual environment, and a user's test suite
(tests/data/user_suite) that uses only the plugin's fixtures."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "tests" / "data" / "user_suite"


def test_a_user_suite_passes_with_the_plugin_from_the_built_wheel(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path / "dist"),
                    str(ROOT)], check=True)  # fmt: skip
    wheel = next((tmp_path / "dist").glob("a2e-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())  # fmt: skip
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
                    str(wheel)], check=True)  # fmt: skip
    # The dependencies (httpx, the mock extra, pytest) come from this environment, as plain paths: its editable
    # `a2e` is not activated there, so the wheel's is the one imported.
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    where = subprocess.run([str(python), "-c", "import a2e, pathlib; print(a2e.__file__)"], check=True,
                           capture_output=True, text=True).stdout.strip()  # fmt: skip
    assert where.startswith(str(site)) and (Path(where).parent / "py.typed").exists()
    suite = tmp_path / "suite"
    shutil.copytree(SUITE, suite)
    result = subprocess.run([str(python), "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider"], cwd=suite,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout
