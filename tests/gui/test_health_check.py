"""After a crash or a kill, the next start reads every page before the user trusts the data:
a whole database is one status-bar line; a damaged one asks whether to restore a backup.
A clean shutdown starts without any check."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Place
from faltapp.gui.main_window import MainWindow
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

CHEAP = KdfParams.for_tests()


def crashed(db_path: Path) -> None:
    """What a killed faltapp leaves: the lock's pid file, nobody holding the lock."""
    Path(f"{db_path}.lock.pid").write_text("999999\n")


def window_for(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_clean_shutdown_is_not_checked_and_a_crash_is(db: Database, db_path: Path) -> None:
    db.close()
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as again:
        assert not again.unclean_shutdown
    crashed(db_path)
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as after_crash:
        assert after_crash.unclean_shutdown
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as next_time:
        assert not next_time.unclean_shutdown  # the crashed one's file is gone now


def test_after_a_crash_a_whole_database_is_one_line(qtbot: QtBot, db: Database,
                                                    db_path: Path) -> None:
    db.close()
    crashed(db_path)
    reopened = Database.open(db_path, PASSPHRASE, kdf=CHEAP)
    try:
        window = window_for(qtbot, reopened)
        qtbot.waitUntil(lambda: "kontrollerad och hel" in window.statusBar().currentMessage())
        qtbot.waitUntil(lambda: not window.runner.busy())
    finally:
        reopened.close()


def test_after_a_crash_a_damaged_database_offers_a_backup(
        qtbot: QtBot, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Many versions of one place: the damaged page is history, which the window itself never
    # reads at start — only the check finds it (as a flipped byte in a user's old data would).
    place = db.all(Place)[0]
    for n in range(1500):
        base = db.meta(Place, place.id).version
        db.save(dataclasses.replace(place, area=f"Område {n} " + "x" * 60), base)
    db.writer.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(db_path.read_bytes())
    data[(len(data) // 4096 * 3 // 4) * 4096 + 2000] ^= 0xFF
    db_path.write_bytes(bytes(data))
    crashed(db_path)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, title, text, *a: (
        asked.append(text), QMessageBox.StandardButton.No)[1])
    reopened = Database.open(db_path, PASSPHRASE, kdf=CHEAP)
    try:
        window = window_for(qtbot, reopened)
        qtbot.waitUntil(lambda: asked != [], timeout=10000)
        assert "databasen är skadad" in asked[0] and "återställa" in asked[0]
        qtbot.waitUntil(lambda: not window.runner.busy())
    finally:
        reopened.close()
