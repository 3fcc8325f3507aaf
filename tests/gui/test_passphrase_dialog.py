"""Arkiv → Byt lösenfras by keyboard: mistakes under their field, success in the status bar."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from gui_keys import focused, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from faltapp.gui.main_window import MainWindow
from faltapp.gui.passphrase_dialog import PassphraseDialog
from faltapp.store import keys
from faltapp.store.database import Database

NEW = "en ny lång lösenfras"


@pytest.fixture
def window(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(keys, "calibrate", keys.KdfParams.for_tests)  # seconds saved per test
    win = MainWindow(db)
    show_active(qtbot, win)
    return win


def open_dialog(qtbot: QtBot, window: MainWindow) -> PassphraseDialog:
    window.passphrase_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PassphraseDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.old.hasFocus()
    return dialog


def fill(qtbot: QtBot, dialog: PassphraseDialog, old: str, new: str, repeat: str) -> None:
    """Type the three fields with Tab between them and press Enter; wait for the outcome."""
    for edit, text in ((dialog.old, old), (dialog.new, new), (dialog.repeat, repeat)):
        assert edit.hasFocus()
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(edit, text)
        if edit is not dialog.repeat:
            qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible()
                    or dialog.old.isEnabled(), timeout=10_000)


def visible_errors(dialog: PassphraseDialog) -> dict[str, str]:
    fields = {"old": dialog._old, "new": dialog._new, "repeat": dialog._repeat}
    found = {name: f.error.text() for name, f in fields.items() if f.error.isVisible()}
    if dialog.error_label.isVisible():
        found["form"] = dialog.error_label.text()
    return found


def test_change_passphrase_from_the_keyboard(qtbot: QtBot, window: MainWindow,
                                             db: Database, db_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog, "fel fras", NEW, NEW)
    assert visible_errors(dialog) == {"old": "Fel lösenfras."}
    assert dialog.old.hasFocus() and dialog.old.selectedText() == "fel fras"

    fill(qtbot, dialog, PASSPHRASE, "kort", "kort")
    assert visible_errors(dialog) == {"new": "Lösenfrasen måste vara minst 8 tecken."}
    assert dialog.new.hasFocus()
    qtbot.keyClick(dialog.new, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)

    fill(qtbot, dialog, PASSPHRASE, NEW, NEW + "x")
    assert visible_errors(dialog) == {"repeat": "Lösenfraserna är inte lika."}
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.new, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)

    fill(qtbot, dialog, PASSPHRASE, NEW, NEW)
    assert not isValid(dialog) or not dialog.isVisible()
    assert window.statusBar().currentMessage().startswith("Lösenfrasen är bytt.")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    with Database.open(db_path, NEW, kdf=keys.KdfParams.for_tests()) as reopened:
        assert reopened.counts()["category"] == 8


def test_the_dialog_cannot_be_left_while_the_key_file_is_replaced(
        qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    real = db.change_passphrase
    monkeypatch.setattr(db, "change_passphrase", lambda old, new: (release.wait(5), real(old, new)))
    dialog = open_dialog(qtbot, window)
    for edit, text in ((dialog.old, PASSPHRASE), (dialog.new, NEW), (dialog.repeat, NEW)):
        type_text(edit, text)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.busy.isVisible() and dialog.busy.label.text() == "Byter lösenfras…"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert window.statusBar().currentMessage().startswith("Lösenfrasen är bytt.")
