"""The main window driven by keyboard and mouse, as a field secretary would at midnight."""

from __future__ import annotations

import threading
from datetime import date, time

import pytest
from gui_keys import focused, show_active, tab_to, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from faltapp.core.entities import Shift, Tally
from faltapp.core.weeks import IsoWeek
from faltapp.gui.main_window import MainWindow
from faltapp.gui.shift_form import ShiftDialog
from faltapp.gui.shift_model import CACHE_PAGES, PAGE_SIZE
from faltapp.store.database import Database


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = MainWindow(db)
    show_active(qtbot, win)
    return win


def open_new_shift_dialog(qtbot: QtBot, window: MainWindow) -> ShiftDialog:
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.shift_dialog is not None and window.shift_dialog.isVisible())
    dialog = window.shift_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def closed(dialog: ShiftDialog) -> bool:
    """True once the dialog is hidden or already deleted (it deletes itself when done)."""
    return not isValid(dialog) or not dialog.isVisible()


def rows(window: MainWindow) -> list[str]:
    """The date column of every row in the list."""
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


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

    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = [window.model.index(0, c).data() for c in range(window.model.columnCount())]
    assert row[0] == date.today().isoformat()
    assert row[1] == "21:00–01:30"
    assert row[2] == "Nattpass"
    assert row[3]  # the ticked area's name
    assert "1 fältpass" in window.count_label.text()
    assert window.table.currentIndex().row() == 0
    assert window.statusBar().currentMessage() == "Passet är sparat."
    saved = db.get(Shift, db.shifts.ids()[0])
    assert saved.summary == "Lugnt på Stortorget, ett 20-tal unga. Åkte hem 01:30."
    assert saved.kind == "nattpass" and len(saved.area_ids) == 1


def test_invalid_times_keep_the_dialog_open_with_a_swedish_message(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    dialog = open_new_shift_dialog(qtbot, window)
    dialog.start_edit.setTime(dialog.end_edit.time())
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.error_label.isVisible)
    assert dialog.isVisible()
    assert "sluta efter" in dialog.error_label.text()
    assert dialog.date_edit.isEnabled() and dialog.date_edit.hasFocus()
    assert db.shifts.ids() == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    assert window.model.rowCount() == 0


def test_enter_on_a_row_edits_that_shift_and_the_list_follows(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    shift = Shift(date=date(2026, 11, 20), start=time(18), end=time(22), kind="kvallspass")
    db.save(shift)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
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
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: window.model.index(0, 1).data() == "18:00–23:30")
    assert len(db.history(Shift, shift.id)) == 2


def test_writes_from_anywhere_show_up_in_the_list_without_a_refresh(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    shifts = [Shift(date=date(2026, 11, d), start=time(18), end=time(22), kind="kvallspass")
              for d in (16, 20)]
    worker = threading.Thread(target=db.save_many, args=(shifts,))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: rows(window) == ["2026-11-20", "2026-11-16"])
    assert "2 fältpass" in window.count_label.text()
    window.table.selectRow(1)
    db.save(Tally(shift_id=shifts[0].id, gender="flicka", age_band="13_15", count=4))
    qtbot.waitUntil(lambda: window.model.index(1, 4).data() == 4)  # "Mötta" follows the tally
    assert window.table.currentIndex().row() == 1  # the selection stayed on its shift


def test_week_filter_shows_only_that_week(qtbot: QtBot, window: MainWindow,
                                          db: Database) -> None:
    db.save_many([
        Shift(date=date(2026, 11, 16), start=time(18), end=time(22), kind="kvallspass"),
        Shift(date=date(2026, 11, 20), start=time(21), end=time(2), kind="nattpass"),
        Shift(date=date(2026, 11, 24), start=time(18), end=time(22), kind="kvallspass"),
    ])
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.week_combo.ensure_filled()
    index = window.week_combo.findData(str(IsoWeek(2026, 47)))
    assert index > 0
    window.week_combo.setCurrentIndex(index)
    assert rows(window) == ["2026-11-20", "2026-11-16"]
    window.week_combo.setCurrentIndex(0)
    assert window.model.rowCount() == 3


def test_a_new_shift_outside_the_filtered_week_is_shown_selected(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    db.save(Shift(date=date(2026, 11, 16), start=time(18), end=time(22), kind="kvallspass"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.week_combo.ensure_filled()
    window.week_combo.setCurrentIndex(window.week_combo.findData(str(IsoWeek(2026, 47))))
    dialog = open_new_shift_dialog(qtbot, window)  # today's date: another week
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert window.week_combo.currentIndex() == 0
    assert window.model.shift_id(window.table.currentIndex().row()) == dialog.saved_id


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
    assert window.model.index(5999, 0).data() == "2015-01-01"
    assert window.model.cached_rows() <= PAGE_SIZE * CACHE_PAGES
    assert window.model.pages_fetched < 6000 // PAGE_SIZE


def test_ctrl_f_opens_the_week_filter_and_the_keyboard_picks_a_week(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    db.save_many([
        Shift(date=date(2026, 11, 16), start=time(18), end=time(22), kind="kvallspass"),
        Shift(date=date(2026, 11, 24), start=time(18), end=time(22), kind="kvallspass"),
    ])
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    assert window.week_combo.count() == 1  # weeks are read on first use, not at start-up
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.week_combo.count() == 3
    assert window.week_combo.itemText(1) == "v. 48 2026 (23 nov.–29 nov.)"
    window.week_combo.hidePopup()
    qtbot.keyClick(window.week_combo, Qt.Key.Key_Down)
    assert rows(window) == ["2026-11-24"]


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
