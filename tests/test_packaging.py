"""The installable bundle and its desktop metadata (issue 10 item 4).

The PyInstaller one-folder build is made and started here, so a module or data file the
bundle misses fails CI: a demo database, the main window (``--smoke`` prints ``ready``), a
PDF report (fonts and shaping from resources/), the English translation. The .desktop file
and the AppStream metainfo pass their validators; versions and icon names agree.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "se.faltapp.Faltapp"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def tool(name: str) -> str:
    """The validator's path; CI installs it (bootstrap.sh), elsewhere the test is skipped."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing: bootstrap.sh installs it")
        pytest.skip(f"{name} is not installed here (apt-get install it)")
    return found


def test_the_desktop_file_validates_and_names_the_shipped_icon() -> None:
    desktop = PACKAGING / f"{APP_ID}.desktop"
    done = subprocess.run([tool("desktop-file-validate"), str(desktop)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    assert f"Icon={APP_ID}\n" in desktop.read_text()
    for size in (16, 32, 48, 128, 256):
        assert (ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                / f"{APP_ID}.png").is_file()


def test_the_metainfo_validates_and_carries_the_release_of_pyproject() -> None:
    metainfo = PACKAGING / f"{APP_ID}.metainfo.xml"
    done = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    text = metainfo.read_text()
    assert f'<release version="{VERSION}"' in text
    assert f"<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>" in text
    iss = (PACKAGING / "windows" / "faltapp.iss").read_text()
    assert re.search(rf'#define AppVersion "{re.escape(VERSION)}"', iss)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """packaging/build.sh into a temporary folder (about half a minute)."""
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "FALTAPP_DIST": str(out / "dist"), "FALTAPP_BUILD": str(out / "build"),
           "FALTAPP_PASSPHRASE": "bundle-smoke-1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([str(PACKAGING / "build.sh")], capture_output=True, text=True,
                          env=env, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert done.stdout.strip().endswith("ready"), done.stdout[-2000:]
    return out / "dist" / "faltapp" / "faltapp"


def run(binary: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FALTAPP_PASSPHRASE": "bundle-smoke-1", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(binary), *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=300, check=False)


def test_the_bundle_starts_and_makes_a_report_with_its_own_fonts(
        bundle: Path, tmp_path: Path) -> None:
    assert run(bundle, "demo", "--db", "s.db", "--workers", "1", "--years", "1",
               cwd=tmp_path).returncode == 0
    smoke = run(bundle, "--db", "s.db", "--smoke", cwd=tmp_path)
    assert smoke.returncode == 0 and smoke.stdout.strip().endswith("ready"), smoke.stderr
    report = run(bundle, "report", "week", "2026-W46", "-o", "w.pdf", "--db", "s.db",
                 cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    assert b"FaltappSans" in (tmp_path / "w.pdf").read_bytes()
    rules = run(bundle, "gallring", "--db", "s.db", cwd=tmp_path)
    assert "Kontakter med namn: 1826 dagar" in rules.stdout
    qm = bundle.parent / "_internal" / "resources" / "translations" / "faltapp_en.qm"
    assert qm.is_file() and qm.stat().st_size > 1000
