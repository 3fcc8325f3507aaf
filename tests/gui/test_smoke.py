"""Smoke modes end on their own: ``ready`` on a good database, one line and non-zero on errors.

Each case runs ``faltapp --smoke`` and ``faltapp --smoke-unlock`` as real processes on the
offscreen platform, as CI and the start-up benchmark do. A modal error box would make a run
wait for its watchdog (exit code 124), so every error case also checks the exit code is 1.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot

from faltapp.gui.smoke import TIMEOUT_EXIT_CODE, StallProbe
from faltapp.store.database import Database

MODES = ["--smoke", "--smoke-unlock"]
FIGURE = re.compile(r"^[a-z_]+: [0-9.]+$")
FAULTY_START = """\
import sys, time
from faltapp.gui.main_window import MainWindow
from faltapp.store import keys

def fault(*args, **kwargs):
    {fault}

{target} = fault
from faltapp.cli import main
sys.exit(main(sys.argv[1:]))
"""
"""A start with one function replaced by ``fault``: ``python -c`` this, then the app's argv."""


class Smoke:
    """One finished smoke process: exit code, output, seconds it took."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        started = time.monotonic()
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env,
                              check=False)
        self.seconds = time.monotonic() - started
        self.code = done.returncode
        self.stdout = done.stdout.splitlines()
        self.stderr = done.stderr.splitlines()

    def problems(self) -> list[str]:
        """Stderr without the ``name: value`` figures."""
        return [line for line in self.stderr if not FIGURE.match(line)]

    def figures(self) -> dict[str, str]:
        return dict(line.split(": ", 1) for line in self.stderr if FIGURE.match(line))


def smoke(db_path: Path, mode: str, *, passphrase: str = PASSPHRASE,
          fault: tuple[str, str] | None = None, timeout_s: float | None = None) -> Smoke:
    """Run ``faltapp --db db_path mode``, with ``fault`` = (function to replace, its body)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FALTAPP_")}
    env.update(QT_QPA_PLATFORM="offscreen", FALTAPP_PASSPHRASE=passphrase)
    if timeout_s is not None:
        env["FALTAPP_SMOKE_TIMEOUT"] = str(timeout_s)
    start = [sys.executable, "-m", "faltapp"]
    if fault is not None:
        target, body = fault
        start = [sys.executable, "-c", FAULTY_START.format(target=target, fault=body)]
    return Smoke([*start, "--db", str(db_path), mode], env)


@pytest.fixture
def closed_db(db: Database, db_path: Path) -> Path:
    """A cheap-KDF database on disk, closed so the smoke process can take its lock."""
    db.close()
    return db_path


@pytest.mark.parametrize("mode", MODES)
def test_a_good_database_paints_and_prints_ready(closed_db: Path, mode: str) -> None:
    run = smoke(closed_db, mode)
    assert run.code == 0, run.stderr
    assert run.stdout[-1] == "ready"
    assert run.problems() == []
    figures = run.figures()
    assert figures["rows"] == "0"
    if mode == "--smoke-unlock":
        assert run.stdout == ["unlock_dialog", "ready"]
        for name in ("unlock_dialog_seconds", "enter_to_list_seconds", "kdf_seconds",
                     "unlock_max_stall_ms"):
            assert float(figures[name]) >= 0, name
        assert float(figures["kdf_seconds"]) <= float(figures["enter_to_list_seconds"])


@pytest.mark.parametrize("mode", MODES)
def test_wrong_passphrase_is_one_line_and_exit_1(closed_db: Path, mode: str) -> None:
    run = smoke(closed_db, mode, passphrase="fel lösenfras helt")
    assert run.code == 1
    assert run.problems() == ["faltapp: Fel lösenfras."]
    assert "ready" not in run.stdout


@pytest.mark.parametrize("mode", MODES)
def test_key_file_that_is_a_folder_ends_at_once(closed_db: Path, mode: str) -> None:
    key_path = Path(f"{closed_db}.key")
    key_path.unlink()
    key_path.mkdir()
    run = smoke(closed_db, mode)
    assert run.code == 1
    [line] = run.problems()
    assert line.startswith("faltapp: ") and str(key_path) in line
    assert run.seconds < 30  # the watchdog would take 60 s


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions that bind (not root)")
@pytest.mark.parametrize("mode", MODES)
def test_unreadable_key_file_ends_at_once(closed_db: Path, mode: str) -> None:
    key_path = Path(f"{closed_db}.key")
    key_path.chmod(0)
    try:
        run = smoke(closed_db, mode)
    finally:
        key_path.chmod(0o600)
    assert run.code == 1
    [line] = run.problems()
    assert line.startswith("faltapp: ") and str(key_path) in line
    assert run.seconds < 30


@pytest.mark.parametrize("mode", MODES)
def test_os_error_anywhere_is_one_line(closed_db: Path, mode: str) -> None:
    fault = ("MainWindow.refresh",
             "raise PermissionError(13, 'Permission denied', '/media/usb/faltapp.db')")
    run = smoke(closed_db, mode, fault=fault)
    assert run.code == 1
    assert run.problems() == [
        "faltapp: Kunde inte använda /media/usb/faltapp.db: Permission denied."
    ]
    assert "ready" not in run.stdout


@pytest.mark.parametrize("mode", MODES)
def test_unexpected_error_ends_with_one_line_and_no_dialog(closed_db: Path, mode: str) -> None:
    run = smoke(closed_db, mode, fault=("MainWindow.refresh", "raise RuntimeError('trasig')"))
    assert run.code == 1  # not TIMEOUT_EXIT_CODE: no modal box waited for a click
    assert run.stderr[-1] == "faltapp: Oväntat fel (RuntimeError: trasig)."
    assert [line for line in run.stderr if line.startswith("faltapp:")] == [run.stderr[-1]]
    assert "Traceback (most recent call last):" in run.stderr


@pytest.mark.parametrize("mode", MODES)
def test_a_start_that_hangs_ends_at_the_timeout(closed_db: Path, mode: str) -> None:
    run = smoke(closed_db, mode, fault=("keys.derive_key", "time.sleep(600)"), timeout_s=2)
    assert run.code == TIMEOUT_EXIT_CODE
    assert run.problems() == ["faltapp: Röktestet blev inte klart på 2 s och avbryts."]
    assert run.seconds < 30


def test_stall_probe_sees_the_event_loop_blocked(qtbot: QtBot) -> None:
    probe = StallProbe()
    probe.start()
    qtbot.wait(100)
    idle_ms = probe.stop()
    probe.start()
    qtbot.wait(20)
    time.sleep(0.3)  # the GUI thread busy, as with a KDF on it
    qtbot.wait(20)
    blocked_ms = probe.stop()
    assert idle_ms < 250
    assert blocked_ms >= 300

