"""Auto-lock (issue 9, item 5): Ctrl+L, idle time and a busy task runner; what comes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from gui.test_english_coverage import english, english_qm  # noqa: F401 (fixtures)
from gui_keys import show_active
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import faltapp.gui.editor as editor_package
from faltapp.core.jobs import Progress
from faltapp.gui import auto_lock
from faltapp.gui.editor import open_shift_editor
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.main_window import MainWindow
from faltapp.store.database import Database
from faltapp.store.lock import DatabaseLock

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(editor_package, "offer_drafts", lambda *args: None)
    monkeypatch.setattr(ShiftEditor, "ask", staticmethod(lambda *args: "discard"))
    win = MainWindow(db)
    auto_lock.install(win)
    show_active(qtbot, win)
    yield win
    if win.auto_lock.dialog is not None:  # a test that left it locked
        win.auto_lock.dialog.reject()
    editor_package._OPEN.clear()


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    dialog = window.auto_lock.dialog
    dialog.passphrase.setText(passphrase)
    dialog.accept()


def test_ctrl_l_saves_the_draft_hides_everything_closes_the_database_and_unlocking_restores_it(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    window.tabs.setCurrentIndex(1)
    editor = open_shift_editor(window, db, window.runner)
    assert isinstance(editor, ShiftEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    editor.show_section("summary")
    editor.sections["summary"].edit.insertPlainText("Markör låst utkast")
    editor.move(120, 90)
    where = editor.geometry()

    qtbot.keyClick(editor, Qt.Key.Key_L, CTRL)
    lock = window.auto_lock
    qtbot.waitUntil(lambda: lock.dialog is not None and lock.dialog.isVisible())

    assert not window.isVisible() and not editor.isVisible()
    assert lock.dialog.windowTitle() == "faltapp är låst"
    # the draft was written before the database closed; the file is free to be opened again
    probe = DatabaseLock(db.path)
    probe.acquire()
    probe.release()
    with pytest.raises(RuntimeError):
        db.drafts.waiting()

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: not lock.is_locked and window.isVisible() and editor.isVisible())
    assert editor.geometry() == where
    assert editor.sections["summary"].edit.toPlainText() == "Markör låst utkast"
    assert window.tabs.currentIndex() == 1
    assert [d.shift_id for d in db.drafts.waiting()] == [editor.draft.shift.id]
    assert "Markör låst utkast" in (db.drafts.get(editor.draft.shift.id) or "")


def test_a_wrong_passphrase_keeps_it_locked(qtbot: QtBot, window: MainWindow) -> None:
    window.auto_lock.lock_now()
    lock = window.auto_lock
    qtbot.waitUntil(lambda: lock.dialog is not None and lock.dialog.isVisible())
    unlock(qtbot, window, "fel fras fel fras fel")
    qtbot.waitUntil(lambda: lock.dialog.error_label.isVisible(), timeout=15_000)
    assert lock.is_locked and not window.isVisible()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.isVisible())
    assert window.model.rowCount() == len(window.db.shifts.ids())


def test_idle_time_locks_and_a_key_press_postpones_it(qtbot: QtBot, window: MainWindow) -> None:
    lock = window.auto_lock
    lock.timer.setInterval(400)
    lock.timer.start()
    for _ in range(4):
        qtbot.wait(200)
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert not lock.is_locked  # 800 ms of typing, never 400 ms idle
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.isVisible())


def test_a_running_task_postpones_the_lock_until_it_ends(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    import threading

    release = threading.Event()

    def job():  # a long export, say
        yield Progress(0, 1)
        release.wait(10)
        return "klar"

    results: list[str] = []
    window.runner.run(job, on_done=results.append)
    window.auto_lock.lock_now()
    qtbot.wait(100)
    assert not window.auto_lock.is_locked and window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: window.auto_lock.is_locked)
    assert results == ["klar"]
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.isVisible())


def test_the_lock_action_is_in_the_file_menu_and_the_shift_list_moved_to_ctrl_1(
        window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts[-2:] == ["Lå&s nu", "&Avsluta"]
    assert window.auto_lock.action.shortcut().toString() == "Ctrl+L"
    assert window.shifts_action.shortcut().toString() == "Ctrl+1"


def test_minutes_come_from_the_settings_and_refuse_zero(qapp: QApplication,
                                                      tmp_path: Path) -> None:
    QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "faltapp",
              "faltapp").remove(auto_lock.SETTING)
    assert auto_lock.lock_minutes() == 10
    auto_lock.save_lock_minutes(3)
    assert auto_lock.lock_minutes() == 3
    with pytest.raises(ValueError):
        auto_lock.save_lock_minutes(0)
    auto_lock.save_lock_minutes(10)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_lock_now_shares_no_alt_letter_in_the_file_menu(
        request: pytest.FixtureRequest, qtbot: QtBot, db: Database, language: str) -> None:
    from gui.test_accessibility import _menu_clashes

    if language == "en":
        request.getfixturevalue("english")
    win = MainWindow(db)
    qtbot.addWidget(win)
    auto_lock.install(win)
    assert _menu_clashes(win) == {}
    assert win.auto_lock.action.text() == ("Lå&s nu" if language == "sv" else "&Lock now")


def test_the_security_tab_refuses_zero_and_changes_the_running_lock(
        qtbot: QtBot, window: MainWindow) -> None:
    from faltapp.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.db, window.runner, window)
    qtbot.addWidget(dialog)
    tab = dialog.security
    for typed in ("0", "-3", "tio"):
        tab.minutes.setText(typed)
        assert not tab.save()
        assert tab.error_label.text() == (
            f"Skriv ett helt antal minuter, minst 1 (\"{typed}\" går inte).")
        assert auto_lock.lock_minutes() == 10
    tab.minutes.setText("5")
    assert tab.save()
    assert not tab.error_label.isVisibleTo(tab)
    assert tab.saved.text() == "Sparat: låses efter 5 minuter."
    assert auto_lock.lock_minutes() == 5
    assert window.auto_lock.timer.interval() == 5 * 60_000
    auto_lock.save_lock_minutes(10)
