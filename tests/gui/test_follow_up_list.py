"""The follow-up list in the main window: overdue first and in red, by owner, Enter opens the
shift it came from."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest
from gui_keys import focused, show_active
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import FollowUp, Shift, Staff
from faltapp.gui import editor
from faltapp.gui.main_window import MainWindow
from faltapp.gui.widgets import ERROR_COLOUR
from faltapp.store.database import Database

TODAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def opened(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, dict]]:
    """Every call the window makes to open the shift editor."""
    calls: list[tuple[str | None, dict]] = []

    def open_shift_editor(parent: QWidget, db: Database, runner: object,
                          shift_id: str | None = None, **options: Any) -> QWidget:
        calls.append((shift_id, options))
        stand_in = QWidget()
        qtbot.addWidget(stand_in)
        return stand_in

    monkeypatch.setattr(editor, "open_shift_editor", open_shift_editor)
    monkeypatch.setattr(editor, "offer_drafts", lambda *args: None)
    return calls


@pytest.fixture
def people(db: Database) -> dict[str, Any]:
    """Anna and Bo, two shifts, and four open follow-ups due at different times."""
    anna, bo = Staff(name="Anna Berg", initials="AB"), Staff(name="Bo Ek", initials="BE")
    early = Shift(date=TODAY - timedelta(days=10), start=time(18), end=time(23), kind="kvallspass")
    late = Shift(date=TODAY - timedelta(days=2), start=time(21), end=time(2), kind="nattpass")
    items = {
        "soon": FollowUp(text="Ring skolan", due=TODAY + timedelta(days=3), owner_id=anna.id,
                         shift_id=late.id),
        "today": FollowUp(text="Ring mamma", due=TODAY, owner_id=bo.id, shift_id=late.id),
        "late": FollowUp(text="Återkoppla till soc", due=TODAY - timedelta(days=4),
                         owner_id=bo.id, shift_id=early.id),
        "undated": FollowUp(text="Kolla belysningen", owner_id=anna.id, shift_id=early.id),
        "done": FollowUp(text="Klar sedan länge", due=TODAY - timedelta(days=9),
                         owner_id=anna.id, shift_id=early.id, status="done"),
    }
    db.save_many([anna, bo, early, late, *items.values()])
    return {"anna": anna, "bo": bo, "early_shift": early, "late_shift": late, **items}


@pytest.fixture
def window(qtbot: QtBot, db: Database, people: dict[str, Any],
           opened: list[tuple[str | None, dict]]) -> MainWindow:
    win = MainWindow(db)
    show_active(qtbot, win)
    return win


def column(window: MainWindow, col: int) -> list[str]:
    model = window.follow_ups.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_ctrl_u_shows_overdue_first_in_red_then_today_and_soon(
        qtbot: QtBot, window: MainWindow) -> None:
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(focused(), Qt.Key.Key_U, CTRL)
    assert window.tabs.currentWidget() is window.follow_ups
    assert window.follow_ups.table.hasFocus()
    assert column(window, 2) == [
        "Återkoppla till soc", "Ring mamma", "Ring skolan", "Kolla belysningen"]
    assert column(window, 1) == ["Försenad", "Idag", "Snart", ""]
    assert column(window, 3) == ["Bo Ek", "Bo Ek", "Anna Berg", "Anna Berg"]
    assert column(window, 0)[3] == "inget datum"
    red = window.follow_ups.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(red) == QColor(ERROR_COLOUR)
    assert window.follow_ups.model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert window.tabs.tabText(1) == "Uppföljningar (försenade: 1)"


def test_enter_opens_the_shift_the_follow_up_came_from_at_its_follow_ups(
        qtbot: QtBot, window: MainWindow, people: dict[str, Any],
        opened: list[tuple[str | None, dict]]) -> None:
    window.show_follow_ups()
    qtbot.waitUntil(window.follow_ups.table.hasFocus)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    assert opened == [(people["early_shift"].id, {"section": "follow_ups"}),
                      (people["late_shift"].id, {"section": "follow_ups"})]


def test_owner_filter_and_grouping_by_owner_from_the_keyboard(
        qtbot: QtBot, window: MainWindow, people: dict[str, Any]) -> None:
    window.show_follow_ups()
    combo = window.follow_ups.owner_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Alla", "Anna Berg", "Bo Ek"]
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # A&nsvarig
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert column(window, 2) == ["Ring skolan", "Kolla belysningen"]
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.keyClick(focused(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # &Gruppera
    qtbot.waitUntil(window.follow_ups.group_box.isChecked)  # a mnemonic clicks animated
    assert column(window, 3) == ["Anna Berg", "Anna Berg", "Bo Ek", "Bo Ek"]
    assert column(window, 1) == ["Snart", "", "Försenad", "Idag"]


def test_the_list_follows_the_store(qtbot: QtBot, window: MainWindow, db: Database,
                                    people: dict[str, Any]) -> None:
    window.show_follow_ups()
    late = db.load(FollowUp, people["late"].id)
    db.save(FollowUp(text=late.entity.text, due=late.entity.due, owner_id=late.entity.owner_id,
                     shift_id=late.entity.shift_id, status="done", id=late.entity.id),
            late.version)
    qtbot.waitUntil(lambda: "Återkoppla till soc" not in column(window, 2))
    assert window.tabs.tabText(1) == "Uppföljningar (3)"
    db.save(FollowUp(text="Boka möte", due=TODAY - timedelta(days=1),
                     shift_id=people["late_shift"].id))
    qtbot.waitUntil(lambda: column(window, 2)[:1] == ["Boka möte"])
    assert column(window, 3)[0] == "ingen"
    assert window.tabs.tabText(1) == "Uppföljningar (försenade: 1)"


def test_an_empty_follow_up_list_says_so(qtbot: QtBot, db: Database,
                                         opened: list[tuple[str | None, dict]]) -> None:
    win = MainWindow(db)
    show_active(qtbot, win)
    win.show_follow_ups()
    assert win.follow_ups.table.visible_hint() == "Inga öppna uppföljningar."
    assert win.tabs.tabText(1) == "Uppföljningar (0)"


def test_the_tab_counts_at_start_and_the_list_is_read_when_first_shown(
        qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, Any]) -> None:
    """Start-up reads two counts for the tab title, not the list (the shift list is what
    the user waits for); the list is there the moment the tab is shown, and follows saves."""
    assert window.tabs.tabText(1) == "Uppföljningar (försenade: 1)"
    assert window.follow_ups.model.rowCount() == 0  # not read yet
    db.save(FollowUp(text="Ny", due=TODAY - timedelta(days=1), owner_id=people["bo"].id,
                     shift_id=people["late_shift"].id))
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Uppföljningar (försenade: 2)")
    window.show_follow_ups()
    assert column(window, 2)[:2] == ["Återkoppla till soc", "Ny"]
