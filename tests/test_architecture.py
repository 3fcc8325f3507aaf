"""House rules: Qt stays in gui/, core and demo stay pure, ruff is clean."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ("core", "demo", "store", "sync", "reports")
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pytestqt")
LAYERS = {"core": ("core",), "demo": ("core", "demo")}
"""The faltapp packages each pure package may import: core only itself, demo also core."""


def imported_modules(path: Path) -> set[str]:
    """Every module a Python file imports, at any depth of the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", QT_FREE)
def test_core_packages_never_import_qt(package: str) -> None:
    files = sorted((ROOT / "faltapp" / package).rglob("*.py"))
    assert files, f"faltapp/{package} has no modules"
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in imported_modules(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


@pytest.mark.parametrize(("package", "allowed"), LAYERS.items(), ids=list(LAYERS))
def test_pure_packages_import_only_the_layers_below(package: str, allowed: tuple[str, ...]) -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "faltapp" / package).rglob("*.py"))
        for name in imported_modules(path)
        if name.partition(".")[0] == "faltapp"
        and name.partition(".")[2].partition(".")[0] not in allowed
    ]
    assert offenders == []


def test_qt_free_packages_load_without_qt_in_a_fresh_interpreter() -> None:
    code = (
        "import sys\n"
        "import faltapp.cli, faltapp.demo, faltapp.core.weeks, faltapp.store.database, "
        "faltapp.sync, faltapp.reports\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{QT_MODULES!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the test extra"
    result = subprocess.run([ruff, "check", "--no-cache", str(ROOT)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
