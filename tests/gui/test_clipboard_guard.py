"""An alias copied from the editor's contact list leaves the clipboard after the guard's delay
(issue 9, item 6); text copied since is left alone."""

from __future__ import annotations

from datetime import date, time

import pytest
from gui_keys import show_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import faltapp.gui.editor as editor_package
from faltapp.core.entities import Contact, Shift
from faltapp.gui.clipboard_guard import CLEAR_AFTER_MS, ClipboardGuard
from faltapp.gui.editor import open_shift_editor
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.tasks import TaskRunner
from faltapp.store.database import Database

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def guard(qapp: QApplication) -> ClipboardGuard:
    made = ClipboardGuard(qapp, delay_ms=300)
    yield made
    made.deleteLater()
    qapp.clipboard().clear()


def test_the_delay_is_thirty_seconds() -> None:
    assert CLEAR_AFTER_MS == 30_000


def test_an_alias_copied_with_ctrl_c_from_the_contact_list_is_cleared(
        qtbot: QtBot, db: Database, guard: ClipboardGuard,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ShiftEditor, "ask", staticmethod(lambda *args: "discard"))
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(22), kind="kvallspass")
    db.save_many([shift, Contact(shift_id=shift.id, alias="Kim R", birth_year=2010)])
    host = QWidget()
    show_active(qtbot, host)
    editor = open_shift_editor(host, db, TaskRunner(host), shift.id, section="contacts")
    assert isinstance(editor, ShiftEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    view = editor.sections["contacts"].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "Kim R"
    assert guard.pending() == "Kim R"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    editor_package._OPEN.clear()


def test_text_another_program_copied_since_is_left_alone(
        qtbot: QtBot, guard: ClipboardGuard, monkeypatch: pytest.MonkeyPatch) -> None:
    from faltapp.gui import clipboard_guard

    clipboard = QApplication.clipboard()
    clipboard.setText("Kim R")
    assert guard.pending() == "Kim R"
    # the user switches to another program and copies there
    monkeypatch.setattr(clipboard_guard.QGuiApplication, "applicationState",
                        staticmethod(lambda: Qt.ApplicationState.ApplicationInactive))
    monkeypatch.setattr(type(clipboard), "ownsClipboard", lambda self: False)
    clipboard.setText("från ett annat program")
    assert guard.pending() is None
    qtbot.wait(400)
    assert clipboard.text() == "från ett annat program"
