"""The main window driven by keyboard and mouse, as a field secretary would at midnight."""

from __future__ import annotations

from datetime import date, time

import pytest
from gui_keys import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Shift
from faltapp.core.weeks import IsoWeek
from faltapp.gui.main_window import MainWindow
from faltapp.gui.shift_form import ShiftDialog
from faltapp.gui.shift_model import CACHE_PAGES, PAGE_SIZE
from faltapp.store.database import Database


def tab_to(qtbot: QtBot, target: QWidget, most: int = 4) -> None:
    """Press Tab until ``target`` has focus (date and time edits tab through their sections)."""
    for _ in range(most):
        if target.hasFocus():
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert target.hasFocus()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def open_new_shift_dialog(qtbot: QtBot, window: MainWindow) -> ShiftDialog:
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.shift_dialog is not None and window.shift_dialog.isVisible())
    dialog = window.shift_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_ctrl_n_creates_a_night_shift_from_the_keyboard(qtbot: QtBot, window: MainWindow,
                                                        db: Database) -> None:
    assert window.model.rowCount() == 0
    dialog = open_new_shift_dialog(qtbot, window)
    assert dialog.date_edit.hasFocus()
    tab_to(qtbot, dialog.start_edit)
    qtbot.keyClicks(focused(), "2100")
    tab_to(qtbot, dialog.end_edit)
    qtbot.keyClicks(focused(), "0130")
    tab_to(qtbot, dialog.kind_combo)
    qtbot.keyClicks(focused(), "N")  # keyboard search: "Nattpass"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.areas_list.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # tick the first place
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.summary_edit.hasFocus()
    type_text(focused(), "Lugnt på Stortorget, ett 20-tal unga. Åkte hem 01:30.")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.model.rowCount() == 1
    row = [window.model.index(0, c).data() for c in range(window.model.columnCount())]
    assert row[0] == date.today().isoformat()
    assert row[1] == "21:00–01:30"
    assert row[2] == "Nattpass"
    assert row[3]  # the ticked area's name
    assert "1 fältpass" in window.count_label.text()
    saved = db.get(Shift, db.shifts.ids()[0])
    assert saved.summary == "Lugnt på Stortorget, ett 20-tal unga. Åkte hem 01:30."
    assert saved.kind == "nattpass" and len(saved.area_ids) == 1


def test_invalid_times_keep_the_dialog_open_with_a_swedish_message(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    dialog = open_new_shift_dialog(qtbot, window)
    dialog.start_edit.setTime(dialog.end_edit.time())
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "sluta efter" in dialog.error_label.text()
    assert db.shifts.ids() == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.model.rowCount() == 0


def test_enter_on_a_row_edits_that_shift_and_the_list_follows(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    shift = Shift(date=date(2026, 11, 20), start=time(18), end=time(22), kind="kvallspass")
    db.save(shift)
    window.refresh()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.shift_dialog is not None and window.shift_dialog.isVisible())
    dialog = window.shift_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.windowTitle() == "Redigera fältpass"
    assert dialog.kind_combo.currentData() == "kvallspass"
    tab_to(qtbot, dialog.end_edit, most=6)
    qtbot.keyClicks(focused(), "2330")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.model.index(0, 1).data() == "18:00–23:30"
    assert len(db.history(Shift, shift.id)) == 2


def test_week_filter_shows_only_that_week(qtbot: QtBot, window: MainWindow,
                                          db: Database) -> None:
    db.save_many([
        Shift(date=date(2026, 11, 16), start=time(18), end=time(22), kind="kvallspass"),
        Shift(date=date(2026, 11, 20), start=time(21), end=time(2), kind="nattpass"),
        Shift(date=date(2026, 11, 24), start=time(18), end=time(22), kind="kvallspass"),
    ])
    window.week_combo.ensure_filled()
    window.refresh()
    assert window.model.rowCount() == 3
    index = window.week_combo.findData(str(IsoWeek(2026, 47)))
    assert index > 0
    window.week_combo.setCurrentIndex(index)
    assert window.model.rowCount() == 2
    assert [window.model.index(r, 0).data() for r in range(2)] == ["2026-11-20", "2026-11-16"]
    window.week_combo.setCurrentIndex(0)
    assert window.model.rowCount() == 3


def test_list_fetches_pages_lazily_and_keeps_few_in_memory(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    start = date(2015, 1, 1).toordinal()
    shifts = [Shift(date=date.fromordinal(start + i // 2), start=time(18 + i % 2), end=time(23),
                    kind="kvallspass") for i in range(6000)]
    db.save_many(shifts)
    window.refresh()
    assert window.model.rowCount() == 6000
    assert window.model.cached_rows() <= PAGE_SIZE
    window.table.scrollToBottom()
    qtbot.wait(10)
    assert window.model.index(5999, 0).data() == "2015-01-01"
    assert window.model.cached_rows() <= PAGE_SIZE * CACHE_PAGES
    assert window.model.pages_fetched < 6000 // PAGE_SIZE


def test_ctrl_f_opens_the_week_filter_and_the_keyboard_picks_a_week(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    db.save_many([
        Shift(date=date(2026, 11, 16), start=time(18), end=time(22), kind="kvallspass"),
        Shift(date=date(2026, 11, 24), start=time(18), end=time(22), kind="kvallspass"),
    ])
    window.refresh()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    assert window.week_combo.count() == 1  # weeks are read on first use, not at start-up
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.week_combo.count() == 3
    assert window.week_combo.itemText(1) == "v. 48 2026 (23 nov.–29 nov.)"
    window.week_combo.hidePopup()
    qtbot.keyClick(window.week_combo, Qt.Key.Key_Down)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "2026-11-24"
