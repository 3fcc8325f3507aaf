"""Möten utan registrering by keyboard: the right tally records, live totals, a clear message."""

from __future__ import annotations

from datetime import date

import pytest
from gui.gui_keys import focused, key, show_active
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Tally
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.core.shift_checks import check_bundle
from faltapp.core.shift_draft import ShiftDraft, blank_shift
from faltapp.core.validation import Context
from faltapp.gui.editor.context import EditorContext
from faltapp.gui.editor.tally_section import TallySection

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def section(qtbot: QtBot) -> TallySection:
    page = TallySection(EditorContext(None))
    show_active(qtbot, page)
    return page


def new_draft() -> ShiftDraft:
    return ShiftDraft(blank_shift(date(2026, 11, 20)))


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def type_keys(qtbot: QtBot, text: str) -> None:
    """Digits typed, ``>`` is Tab."""
    for ch in text:
        key(qtbot, Qt.Key.Key_Tab if ch == ">" else ch)


def start(qtbot: QtBot, section: TallySection, draft: ShiftDraft) -> None:
    section.load(draft)
    section.first_field().setFocus()
    qtbot.waitUntil(section.first_field().hasFocus)


def records(draft: ShiftDraft) -> list[tuple[str, str, int, int, int]]:
    return [(t.age_band, t.gender, t.count, t.affected_alcohol, t.affected_drugs)
            for t in draft.tallies]


def test_the_issues_numbers_typed_give_exactly_these_tallies(qtbot: QtBot,
                                                             section: TallySection) -> None:
    draft = new_draft()
    start(qtbot, section, draft)
    with qtbot.waitSignal(section.changed):
        type_keys(qtbot, "9>11>>>5>6")
    assert section.grand_total.text() == "31"
    assert section.row_totals["13_15"].text() == "20"
    assert section.row_totals["16_17"].text() == "11"
    assert section.column_totals["flicka"].text() == "14"
    assert section.column_totals["pojke"].text() == "17"
    key(qtbot, "l", ALT)
    assert focused() is section.affected["affected_alcohol"]
    type_keys(qtbot, "3")
    section.collect(draft)
    assert records(draft) == [("13_15", "flicka", 9, 3, 0), ("13_15", "pojke", 11, 0, 0),
                              ("16_17", "flicka", 5, 0, 0), ("16_17", "pojke", 6, 0, 0)]
    assert {t.shift_id for t in draft.tallies} == {draft.shift.id}
    assert not section.affected_errors["affected_alcohol"].isVisible()


def test_plus_and_minus_step_and_totals_follow(qtbot: QtBot, section: TallySection) -> None:
    start(qtbot, section, new_draft())
    type_keys(qtbot, "++")
    key(qtbot, Qt.Key.Key_Plus)
    key(qtbot, Qt.Key.Key_Minus)
    assert section.first_field().value() == 2
    assert section.grand_total.text() == "2"
    assert section.column_totals["flicka"].text() == "2"


def test_load_then_collect_writes_the_same_records(qtbot: QtBot, section: TallySection) -> None:
    draft = new_draft()
    sid = draft.shift.id
    # shares a greedy spread would put elsewhere: they must come back untouched
    loaded = [Tally(sid, "pojke", "16_17", 6, affected_alcohol=3, id="t1"),
              Tally(sid, "flicka", "vuxen", 2, affected_drugs=2, id="t2"),
              Tally(sid, "flicka", "13_15", 9, id="t3")]
    draft.tallies = list(loaded)
    start(qtbot, section, draft)
    assert section.grand_total.text() == "17"
    assert section.affected["affected_alcohol"].value() == 3
    assert section.affected["affected_drugs"].value() == 2
    section.collect(draft)
    assert sorted(draft.tallies, key=lambda t: t.id) == loaded
    # one cell emptied: its record goes (the store deletes it), the others keep their ids
    section.cells[("vuxen", "flicka")].setFocus()
    type_keys(qtbot, "")
    key(qtbot, Qt.Key.Key_Minus)
    key(qtbot, Qt.Key.Key_Minus)
    key(qtbot, "r", ALT)
    key(qtbot, Qt.Key.Key_Minus)
    key(qtbot, Qt.Key.Key_Minus)
    section.collect(draft)
    assert [(t.id, t.count, t.affected_alcohol, t.affected_drugs) for t in draft.tallies] == [
        ("t3", 9, 0, 0), ("t1", 6, 3, 0)]


def test_more_affected_than_met_is_said_beside_the_field(qtbot: QtBot,
                                                         section: TallySection) -> None:
    draft = new_draft()
    start(qtbot, section, draft)
    type_keys(qtbot, "2")
    key(qtbot, "l", ALT)
    type_keys(qtbot, "5")
    error = section.affected_errors["affected_alcohol"]
    assert error.isVisible()
    assert "5" in error.text() and "2" in error.text()
    assert section.affected["affected_alcohol"].value() == 5  # nothing typed is lost
    section.collect(draft)
    problems = check_bundle(ShiftBundle(draft.shift, tuple(draft.tallies)),
                            Context(frozenset()))
    assert sum(t.affected_alcohol for t in draft.tallies) == 5
    section.show_problems(problems)
    assert error.isVisible() and not section.cell_errors.isVisible()
    tally_problem = next(p for p in problems if p.field == "affected_alcohol")
    section.first_field().setFocus()
    section.focus_problem(tally_problem)
    assert section.affected["affected_alcohol"].hasFocus()
    key(qtbot, Qt.Key.Key_Minus)
    key(qtbot, Qt.Key.Key_Minus)
    key(qtbot, Qt.Key.Key_Minus)
    assert not error.isVisible()


def test_read_only_shows_but_does_not_change(qtbot: QtBot, section: TallySection) -> None:
    draft = new_draft()
    draft.tallies = [Tally(draft.shift.id, "flicka", "13_15", 4)]
    start(qtbot, section, draft)
    section.set_read_only(True)
    type_keys(qtbot, "7+")
    assert section.first_field().value() == 4
    assert section.first_field().accessibleName()


def test_over_500_is_refused_with_a_message_below_the_grid(qtbot: QtBot,
                                                           section: TallySection) -> None:
    start(qtbot, section, new_draft())
    type_keys(qtbot, "600")
    assert section.first_field().value() == 60  # the keystroke that made it 600 is refused
    assert section.cell_errors.isVisible()
    assert "13–15, flicka" in section.cell_errors.text()
    assert "500" in section.cell_errors.text()
    key(qtbot, Qt.Key.Key_Backspace)
    assert not section.cell_errors.isVisible()


def test_a_deleted_count_leaves_the_totals_at_once(qtbot: QtBot, section: TallySection) -> None:
    draft = new_draft()
    start(qtbot, section, draft)
    with qtbot.waitSignal(section.changed):
        type_keys(qtbot, "9>4")
    assert section.grand_total.text() == "13"
    key(qtbot, Qt.Key.Key_Backspace)
    assert section.grand_total.text() == "9" and section.row_totals["13_15"].text() == "9"
    key(qtbot, Qt.Key.Key_Tab)
    section.collect(draft)
    assert records(draft) == [("13_15", "flicka", 9, 0, 0)]
