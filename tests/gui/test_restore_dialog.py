"""Arkiv → Återställ från säkerhetskopia by keyboard: the list shows date, reason and counts;
nothing happens without the passphrase and a confirmation; a restore replaces the main window
with one on the restored database; a damaged backup changes nothing and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE
from gui_keys import focused, key, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from faltapp.core.entities import Place, Staff
from faltapp.core.jobs import run_to_end
from faltapp.gui import restore_dialog
from faltapp.gui.main_window import MainWindow
from faltapp.gui.restore_dialog import RestoreDialog
from faltapp.store import keys
from faltapp.store.backups import backup_job, list_backups
from faltapp.store.database import Database


@pytest.fixture
def window(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """A main window over a database with one backup (before import) and a change after it."""
    monkeypatch.setattr(keys, "calibrate", keys.KdfParams.for_tests)  # seconds saved per open
    db.save(Place("Före kopian"))
    db.save(Staff("Anna Berg", initials="AB"))
    run_to_end(backup_job(db, "import"))
    db.save(Place("Efter kopian"))
    win = MainWindow(db)
    win.show()  # not qtbot.addWidget: a restore deletes this window
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    for opened in (win, *restore_dialog._KEPT):
        if isValid(opened):
            opened.close()
    restore_dialog._KEPT.clear()


def open_dialog(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RestoreDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def enter_passphrase(qtbot: QtBot, dialog: RestoreDialog, text: str) -> None:
    """Tab from the list to the passphrase, type it, press Enter; wait for the check."""
    if not dialog.passphrase.hasFocus():
        key(qtbot, Qt.Key.Key_Tab)
    assert dialog.passphrase.hasFocus()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.passphrase, text)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)


def confirmation(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    qtbot.waitUntil(box.isActiveWindow)
    return box


def press_restore(qtbot: QtBot, box: QMessageBox) -> None:
    """Tab to the box's Återställ button (Avbryt is the default) and press Space."""
    for _ in range(3):
        if isinstance(focused(), QPushButton) and focused().text() == "&Återställ":
            break
        key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)


def test_restore_from_the_keyboard(qtbot: QtBot, window: MainWindow, db_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.table.hasFocus() and dialog.model.rowCount() == 1
    [info] = list_backups(db_path)
    row = [dialog.model.item(0, c).text() for c in range(5)]
    assert row == [info.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), "före import",
                   "0", "0", "0"]

    key(qtbot, Qt.Key.Key_Return)  # no passphrase yet
    assert dialog.error_label.text() == "Skriv lösenfrasen; säkerhetskopian öppnas med den."
    enter_passphrase(qtbot, dialog, "fel lösenfras")
    assert dialog.error_label.text() == "Fel lösenfras." and dialog.passphrase.hasFocus()

    enter_passphrase(qtbot, dialog, PASSPHRASE)
    box = confirmation(qtbot)
    assert "säkerhetskopian från" in box.text() and "före import" in box.text()
    key(qtbot, Qt.Key.Key_Return)  # Avbryt is the default: nothing happens
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert window.isVisible() and "Efter kopian" in {p.name for p in window.db.all(Place)}

    assert dialog.passphrase.hasFocus()
    key(qtbot, Qt.Key.Key_Return)
    press_restore(qtbot, confirmation(qtbot))
    qtbot.waitUntil(lambda: bool(restore_dialog._KEPT) and restore_dialog._KEPT[0].isVisible(),
                    timeout=20_000)
    new = restore_dialog._KEPT[0]
    assert not isValid(window) or not window.isVisible()
    names = {p.name for p in new.db.all(Place)}
    assert "Före kopian" in names and "Efter kopian" not in names
    assert new.statusBar().currentMessage().startswith("Databasen är återställd.")
    assert [i.label for i in list_backups(db_path)] == ["före återställning", "före import"]
    assert QApplication.instance().quitOnLastWindowClosed()


def test_a_damaged_backup_is_refused_and_the_same_database_opens_again(
        qtbot: QtBot, window: MainWindow, db_path: Path) -> None:
    [info] = list_backups(db_path)
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 1
    info.path.write_bytes(bytes(data))
    dialog = open_dialog(qtbot, window)
    enter_passphrase(qtbot, dialog, PASSPHRASE)
    press_restore(qtbot, confirmation(qtbot))
    qtbot.waitUntil(lambda: bool(restore_dialog._KEPT), timeout=20_000)
    qtbot.waitUntil(lambda: not dialog._busy)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (f"Säkerhetskopian {info.path.name} är skadad och kan "
                                         "inte återställas. Databasen är orörd.")
    new = restore_dialog._KEPT[0]
    assert "Efter kopian" in {p.name for p in new.db.all(Place)}
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())


def test_no_backups_says_so_and_restores_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = RestoreDialog(tmp_path / "faltapp.db")
    show_active(qtbot, dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.table.visible_hint().startswith("Det finns inga säkerhetskopior ännu.")
