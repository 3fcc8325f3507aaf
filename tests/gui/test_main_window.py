"""The main window driven by the keyboard, as a field secretary would at midnight."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE
from gui_keys import focused, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from faltapp.core.entities import Place, Shift, Staff, Tally
from faltapp.core.weeks import IsoWeek
from faltapp.gui import editor
from faltapp.gui.editor.window import ShiftEditor
from faltapp.gui.main_window import MainWindow
from faltapp.gui.shift_model import CACHE_PAGES, PAGE_SIZE
from faltapp.gui.week_combo import WeekCombo
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
TODAY = date.today()


@dataclass
class EditorCalls:
    """What the window asked of the shift editor; each call returns a hidden stand-in."""

    qtbot: QtBot
    calls: list[tuple[str | None, dict[str, Any]]] = field(default_factory=list)
    drafts_offered: int = 0

    def open(self, parent: QWidget, db: Database, runner: object, shift_id: str | None = None,
             **options: Any) -> QWidget:
        self.calls.append((shift_id, options))
        stand_in = QWidget()
        self.qtbot.addWidget(stand_in)
        return stand_in

    def offer(self, parent: QWidget, db: Database, runner: object) -> None:
        self.drafts_offered += 1


@pytest.fixture
def editor_calls(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> EditorCalls:
    calls = EditorCalls(qtbot)
    monkeypatch.setattr(editor, "open_shift_editor", calls.open)
    monkeypatch.setattr(editor, "offer_drafts", calls.offer)
    return calls


@pytest.fixture
def window(qtbot: QtBot, db: Database, editor_calls: EditorCalls) -> MainWindow:
    win = MainWindow(db)
    show_active(qtbot, win)
    return win


def rows(window: MainWindow, column: int = 0) -> list[str]:
    """One column of every row in the list, as shown."""
    return [window.model.index(r, column).data() for r in range(window.model.rowCount())]


def shift_on(day: date, start: int = 18, end: int = 22, **fields: Any) -> Shift:
    return Shift(date=day, start=time(start), end=time(end), kind="kvallspass", **fields)


def focus_list(qtbot: QtBot, window: MainWindow) -> None:
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)


def test_ctrl_n_ctrl_shift_n_enter_and_f2_open_the_editor(
        qtbot: QtBot, window: MainWindow, db: Database, editor_calls: EditorCalls) -> None:
    older, newer = shift_on(date(2026, 3, 9)), shift_on(date(2026, 3, 13))
    db.save_many([older, newer])
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    focus_list(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # the newest is selected first
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    assert editor_calls.calls == [
        (None, {}), (None, {"copy_previous": True}), (newer.id, {}), (older.id, {})]
    assert editor_calls.drafts_offered == 1  # once, after the window was shown


def test_every_action_shows_its_shortcut(window: MainWindow) -> None:
    shortcuts = {a.text(): a.shortcut().toString() for menu in window.menuBar().actions()
                 for a in menu.menu().actions() if not a.isSeparator()}
    assert shortcuts["&Nytt fältpass…"] == "Ctrl+N"
    assert shortcuts["&Kopiera föregående pass…"] == "Ctrl+Shift+N"
    assert shortcuts["&Öppna fältpass…"] == "F2"
    assert shortcuts["Filtrera &vecka"] == "Ctrl+F"
    assert shortcuts["&Uppföljningar"] == "Ctrl+U"
    assert shortcuts["&Inställningar…"] == "Ctrl+,"
    assert shortcuts["&Avsluta"] == "Ctrl+Q"
    assert all(key or "&" in text for text, key in shortcuts.items())  # or a mnemonic


def test_a_shift_saved_from_the_editor_in_a_hidden_week_is_shown_selected(
        qtbot: QtBot, window: MainWindow, db: Database, editor_calls: EditorCalls) -> None:
    db.save(shift_on(date(2026, 3, 9)))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.week_combo.ensure_filled()
    window.week_combo.setCurrentIndex(window.week_combo.findData(str(IsoWeek(2026, 11))))
    focus_list(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert window.editor is not None
    window.editor.show()  # the editor stands open while it saves
    saved = shift_on(date(2026, 4, 20))
    db.save(saved)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert window.week_combo.currentIndex() == 0
    assert window.model.shift_id(window.table.currentIndex().row()) == saved.id


def test_rows_show_weekday_next_day_end_staff_and_words_for_unknown_codes(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    anna, bo = Staff(name="Anna Berg", initials="AB"), Staff(name="Bo Ek")
    place = db.all(Place)[0]
    night = shift_on(date(2025, 3, 14), 18, 2, area_ids=(place.id,), staff_ids=(anna.id, bo.id))
    odd = Shift(date=TODAY, start=time(18), end=time(23), kind="kvallspass")
    db.save_many([anna, bo, night, odd])
    db.writer.conn.execute(  # as a newer laptop's version could arrive
        "UPDATE shift SET kind = 'nattvandring', area_ids = '[\"elsewhere\"]' WHERE id = ?",
        [odd.id])
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    this_year = window.model.index(0, 0).data()
    assert this_year.endswith(f"{TODAY.day}/{TODAY.month}") and " " in this_year
    assert rows(window)[1] == "fre 14/3 2025"
    assert window.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "fre 14 mars 2025"
    assert rows(window, 1) == ["18:00–23:00", "18:00–02:00 +1"]
    assert rows(window, 2) == ["okänd typ (nattvandring)", "Kvällspass"]
    assert rows(window, 3) == ["okänd plats", place.name]
    assert window.model.headerData(4, Qt.Orientation.Horizontal) == "Personal"
    assert rows(window, 4) == ["", "AB, Bo Ek"]
    assert rows(window, 8) == ["Utkast", "Utkast"]


def test_writes_from_anywhere_show_up_in_the_list_without_a_refresh(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    shifts = [shift_on(date(2026, 3, d)) for d in (9, 13)]
    worker = threading.Thread(target=db.save_many, args=(shifts,))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: rows(window) == ["fre 13/3", "mån 9/3"])
    assert window.count_label.text() == "2 fältpass"
    window.table.selectRow(1)
    db.save(Tally(shift_id=shifts[0].id, gender="flicka", age_band="13_15", count=4))
    qtbot.waitUntil(lambda: window.model.index(1, 5).data() == 4)  # "Mötta" follows the tally
    assert window.table.currentIndex().row() == 1  # the selection stayed on its shift


def test_this_week_and_last_week_are_there_on_an_empty_database_and_filter(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    combo = window.week_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    this_week = IsoWeek.of(TODAY)
    assert texts == ["Alla veckor", f"Denna vecka (v. {this_week.week} {this_week.year})",
                     texts[2]] and texts[2].startswith("Förra veckan (v. ")
    assert window.table.visible_hint() == (
        "Inga fältpass än. Tryck Ctrl+N för att registrera ett.")
    focus_list(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)
    combo.hidePopup()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Denna vecka
    assert combo.selected_week() == this_week
    assert window.table.visible_hint() == "Inga fältpass den här veckan."

    now, before, long_ago = (shift_on(TODAY - timedelta(days=d)) for d in (0, 7, 40))
    db.save_many([now, before, long_ago])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.shift_id(0) == now.id
    assert window.table.visible_hint() == ""
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Förra veckan
    assert [window.model.shift_id(r) for r in range(window.model.rowCount())] == [before.id]
    assert window.count_label.text() == "1 fältpass"
    combo.ensure_filled()
    weeks = [combo.itemData(i) for i in range(WeekCombo.FIXED, combo.count())]
    assert weeks == [str(IsoWeek.of(long_ago.date))]  # this and last week are not twice


def test_ctrl_f_opens_the_week_filter_and_the_keyboard_picks_an_older_week(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    db.save_many([shift_on(date(2025, 3, 10)), shift_on(date(2025, 3, 18))])
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    focus_list(qtbot, window)
    assert window.week_combo.count() == WeekCombo.FIXED  # weeks are read on first use
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)
    assert window.week_combo.count() == WeekCombo.FIXED + 2
    assert window.week_combo.itemText(3) == "v. 12 2025 (17 mars–23 mars)"
    window.week_combo.hidePopup()
    for _ in range(3):
        qtbot.keyClick(window.week_combo, Qt.Key.Key_Down)
    assert rows(window) == ["tis 18/3 2025"]


def test_the_status_bar_keeps_the_count_and_path_under_a_message(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    db.save(shift_on(date(2026, 3, 9)))
    qtbot.waitUntil(lambda: window.count_label.text() == "1 fältpass")
    window.statusBar().showMessage("Lösenfrasen är bytt.", 50)
    assert window.count_label.isVisible() and window.path_label.isVisible()
    qtbot.wait(100)
    assert window.statusBar().currentMessage() == ""
    assert window.count_label.text() == "1 fältpass" and window.count_label.isVisible()
    assert db.path.name in window.path_label.text()


def test_the_title_names_the_file_once_and_the_window_fits_a_small_screen(
        window: MainWindow, db: Database) -> None:
    title = window.windowHandle().title()
    assert title == db.path.name  # the platform adds " — faltapp" (the display name) once
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.table.horizontalHeader().length() <= window.table.viewport().width() + 1


def test_list_fetches_pages_lazily_and_keeps_few_in_memory(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    start = date(2015, 1, 1).toordinal()
    shifts = [Shift(date=date.fromordinal(start + i // 2), start=time(18 + i % 2), end=time(23),
                    kind="kvallspass") for i in range(6000)]
    db.save_many(shifts)
    qtbot.waitUntil(lambda: window.model.rowCount() == 6000)
    assert window.model.cached_rows() <= PAGE_SIZE
    window.table.scrollToBottom()
    qtbot.wait(10)
    assert window.model.index(5999, 0).data() == "tors 1/1 2015"
    assert window.model.cached_rows() <= PAGE_SIZE * CACHE_PAGES
    assert window.model.pages_fetched < 6000 // PAGE_SIZE


def test_closing_waits_for_background_work_without_blocking(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    release = threading.Event()
    window.runner.run(lambda: release.wait(5))
    window.close()
    assert window.isVisible()  # not closed yet, and the GUI thread did not wait
    assert "bakgrunden" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible())
    with pytest.raises(Exception, match="stängd"):
        db.change_passphrase("a", "b")  # the database was closed after the work ended


def test_ctrl_comma_opens_the_settings(qtbot: QtBot, window: MainWindow) -> None:
    from faltapp.gui.settings_dialog import SettingsDialog

    focus_list(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
    dialog = QApplication.activeModalWidget()
    dialog.reject()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())


def test_ctrl_n_opens_the_real_shift_editor(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    show_active(qtbot, window)
    focus_list(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    shown = window.editor
    shown.close()  # an empty new shift closes without asking
    qtbot.waitUntil(lambda: not isValid(shown) or not shown.isVisible())
    assert db.shifts.ids() == []


@pytest.fixture
def no_editor_left() -> Iterator[None]:
    """An editor a failed test leaves open must not meet the next test."""
    yield
    editor._OPEN.clear()


@pytest.mark.usefixtures("no_editor_left")
def test_ctrl_q_asks_the_open_editor_avbryt_keeps_both_spara_stores_and_closes(
        qtbot: QtBot, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = ["cancel", "save"]
    questions: list[str] = []

    def ask(parent: QWidget, title: str, text: str, choices: list[tuple[str, str]]) -> str:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(ShiftEditor, "ask", staticmethod(ask))
    window = MainWindow(db)
    show_active(qtbot, window)
    focus_list(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isActiveWindow())
    shift_editor = window.editor
    qtbot.keyClick(focused(), Qt.Key.Key_7, ALT)
    type_text(focused(), "Lugnt vid torget, två grupper.")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_Q, CTRL)
    assert len(questions) == 1 and "inte är sparade" in questions[0]
    assert window.isVisible() and shift_editor.isVisible()  # Avbryt: nothing closes
    assert shift_editor.sections["summary"].edit.toPlainText() == "Lugnt vid torget, två grupper."

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_Q, CTRL)  # Spara: stored, then everything closes
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(questions) == 2
    assert not isValid(shift_editor) or not shift_editor.isVisible()
    reopened = Database.open(db_path, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        (stored,) = reopened.shifts.ids()
        assert reopened.load_shift(stored).bundle.shift.summary == "Lugnt vid torget, två grupper."
        assert reopened.drafts.waiting() == []
    finally:
        reopened.close()
