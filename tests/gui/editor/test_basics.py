"""Grunduppgifter: what the user sees and types for the shift itself."""

from __future__ import annotations

from datetime import date, time

import test_window as w
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Place, Shift
from faltapp.core.shift_draft import ShiftDraft, raw_key
from faltapp.gui.editor.basics_section import BasicsSection
from faltapp.gui.editor.context import EditorContext
from faltapp.store.database import Database


def basics_for(qtbot: QtBot, db: Database, shift: Shift) -> BasicsSection:
    section = BasicsSection(EditorContext.from_database(db))
    qtbot.addWidget(section)
    section.load(ShiftDraft(shift))
    section.show()
    return section


def test_an_unknown_kind_is_shown_as_itself_and_kept(qtbot: QtBot, db: Database) -> None:
    shift = Shift(date=date(2025, 3, 14), start=time(21), end=time(2, 15), kind="nattvandring_x")
    section = basics_for(qtbot, db, shift)
    assert section.kind_combo.currentText() == "okänd typ (nattvandring_x)"
    assert section.end_edit.next_day()  # 02:15 after a 21:00 start: "(+1)"
    draft = ShiftDraft(shift)
    section.collect(draft)
    assert draft.shift.kind == "nattvandring_x" and draft.raw == {}


def test_a_new_place_is_added_on_the_way_and_ticked(qtbot: QtBot, db: Database) -> None:
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(23), kind="kvallspass")
    section = basics_for(qtbot, db, shift)
    changed: list[int] = []
    section.changed.connect(lambda: changed.append(1))
    section.areas.filter_edit().setFocus()
    w.type_text(section.areas.filter_edit(), "Lidans strandpromenad")
    qtbot.keyClick(section.areas.filter_edit(), Qt.Key.Key_Return)
    place = next(p for p in db.all(Place) if p.name == "Lidans strandpromenad")
    assert section.areas.checked() == (place.id,) and changed


def test_typed_fields_reach_the_draft_and_bad_times_stay_as_typed(
        qtbot: QtBot, db: Database) -> None:
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(23), kind="kvallspass")
    section = basics_for(qtbot, db, shift)
    section.start_edit.setFocus()
    qtbot.keyClick(section.start_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(section.start_edit, "9999")
    section.partner_boxes["polis"].setFocus()
    qtbot.keyClick(section.partner_boxes["polis"], Qt.Key.Key_Space)
    section.weather_edit.setFocus()
    w.type_text(section.weather_edit, "Regn")
    draft = ShiftDraft(shift)
    section.collect(draft)
    assert draft.shift.start == time(18)  # the last good value: never a guessed time
    assert draft.raw == {raw_key("shift", shift.id, "start"): "9999"}
    assert draft.shift.partners == ("polis",) and draft.shift.weather == "Regn"
    section.load(draft)  # a draft read back shows the text as typed
    assert section.start_edit.text() == "9999"


def test_tab_follows_the_reading_order_and_every_input_has_a_name(
        qtbot: QtBot, db: Database) -> None:
    shift = Shift(date=date(2025, 3, 14), start=time(18), end=time(23), kind="kvallspass")
    section = basics_for(qtbot, db, shift)
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    expected = [section.date_edit.line_edit(), section.start_edit, section.end_edit,
                section.kind_combo, section.areas.filter_edit()]
    section.first_field().setFocus()
    for widget in expected:
        assert widget.hasFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    inputs = [*section.findChildren(QLineEdit), section.kind_combo,
              *section.partner_boxes.values()]
    unnamed = [i for i in inputs if isinstance(i, QWidget) and not i.accessibleName()
               and i.parent() is not section.kind_combo]
    assert unnamed == []
