"""The shift form keeps what this build does not know and never overwrites a newer version."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest
from gui_keys import focused, show_active, tab_to, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from faltapp.core import codec
from faltapp.core.digest import content_hash
from faltapp.core.entities import Place, Shift
from faltapp.gui.main_window import MainWindow
from faltapp.gui.shift_form import ShiftDialog
from faltapp.store.database import Database
from faltapp.store.merge import ForeignVersion

OTHER_DEVICE = "ab" * 16


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = MainWindow(db)
    show_active(qtbot, win)
    return win


def from_newer_build(db: Database, shift: Shift) -> None:
    """Store ``shift`` as another laptop's version arrives: codes this build may not know."""
    payload = codec.to_payload(shift)
    db.merge([(Shift, ForeignVersion(
        table="shift", id=shift.id, version=f"7-{OTHER_DEVICE}", parent=None,
        hash=content_hash(payload, False), deleted=False, payload=payload,
        changed_at="2026-11-20T22:00:00Z", changed_by=OTHER_DEVICE))])


def edit_first_row(qtbot: QtBot, window: MainWindow) -> ShiftDialog:
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.shift_dialog is not None and window.shift_dialog.isVisible())
    dialog = window.shift_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def save_and_wait(qtbot: QtBot, dialog: ShiftDialog) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible()
                    or dialog.error_label.isVisible())


def test_an_unknown_kind_and_area_are_shown_as_themselves_and_kept(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    place = db.all(Place)[0]
    shift = Shift(date=date(2026, 11, 20), start=time(21), end=time(2), kind="nattvandring_x",
                  area_ids=("omrade-fran-framtiden", place.id), summary="Lugnt.")
    from_newer_build(db, shift)
    dialog = edit_first_row(qtbot, window)
    assert dialog.kind_combo.currentText() == "okänd typ: nattvandring_x"
    ticked = [dialog.areas_list.item(r).text() for r in range(dialog.areas_list.count())
              if dialog.areas_list.item(r).checkState() == Qt.CheckState.Checked]
    assert "Okänd plats (omrade-fran-framtiden)" in ticked and len(ticked) == 2
    save_and_wait(qtbot, dialog)  # unchanged: nothing is written
    assert len(db.history(Shift, shift.id)) == 1

    dialog = edit_first_row(qtbot, window)
    tab_to(qtbot, dialog.summary_edit, most=12)
    qtbot.keyClick(focused(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), " Två samtal på Nya Stan.")
    save_and_wait(qtbot, dialog)
    assert not isValid(dialog) or not dialog.error_label.isVisible()
    saved = db.get(Shift, shift.id)
    assert saved.summary == "Lugnt. Två samtal på Nya Stan."
    assert saved.kind == "nattvandring_x"
    assert saved.area_ids == ("omrade-fran-framtiden", place.id)


def test_a_change_made_meanwhile_is_a_conflict_and_what_was_typed_stays(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    shift = Shift(date=date(2026, 11, 20), start=time(18), end=time(22), kind="kvallspass")
    db.save(shift)
    dialog = edit_first_row(qtbot, window)
    opened = db.load(Shift, shift.id)
    db.save(dataclasses.replace(shift, summary="Ändrat på en annan dator."), base=opened.version)
    tab_to(qtbot, dialog.summary_edit, most=12)
    type_text(focused(), "Mitt eget.")
    save_and_wait(qtbot, dialog)
    assert dialog.isVisible()
    assert "har ändrats någon annanstans" in dialog.error_label.text()
    assert dialog.summary_edit.toPlainText() == "Mitt eget."
    assert dialog.summary_edit.isEnabled() and dialog.summary_edit.hasFocus()
    assert db.get(Shift, shift.id).summary == "Ändrat på en annan dator."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
