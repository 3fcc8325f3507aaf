"""The README, the CI entry point and bootstrap.sh must not drift apart."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASH = shutil.which("bash")


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
@pytest.mark.parametrize("script", ["bootstrap.sh", ".ci/run"])
def test_shell_syntax(script: str) -> None:
    assert BASH is not None
    result = subprocess.run(
        [BASH, "-n", str(ROOT / script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_ci_runs_the_readme_test_command() -> None:
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    assert "./bootstrap.sh test" in lines


def test_readme_gives_both_bootstrap_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "./bootstrap.sh app" in readme
    assert "./bootstrap.sh test" in readme
