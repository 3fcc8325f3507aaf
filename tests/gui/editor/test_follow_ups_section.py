"""Uppföljningar by keyboard: what, owner (first staff on the shift), due date, status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from gui.gui_keys import error_of, focused, key, show_active, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_item_list import press_new

from faltapp.core.entities import FollowUp, Shift, Staff
from faltapp.core.shift_checks import FieldProblem
from faltapp.core.shift_draft import ShiftDraft, raw_key
from faltapp.gui.editor.context import EditorContext
from faltapp.gui.editor.follow_ups_section import FollowUpsSection
from faltapp.gui.inputs.date_edit import DateEdit

STAFF = [Staff(name="Anna Lind"), Staff(name="Omar Haddad"), Staff(name="Gone", active=False)]
SHIFT = Shift(date=date(2026, 11, 20), start=time(18), end=time(23, 30), kind="kvallspass",
              staff_ids=(STAFF[1].id, STAFF[0].id))


@pytest.fixture
def context() -> EditorContext:
    return EditorContext(db=None, staff=list(STAFF))


@pytest.fixture
def page(qtbot: QtBot, context: EditorContext, monkeypatch: pytest.MonkeyPatch
         ) -> FollowUpsSection:
    monkeypatch.setattr(FollowUpsSection, "confirm", staticmethod(lambda _w, _q: True))
    monkeypatch.setattr(DateEdit, "confirm", staticmethod(lambda _w, _q: True))
    monkeypatch.setattr(DateEdit, "today", staticmethod(lambda: date(2026, 11, 20)))
    section = FollowUpsSection(context)
    section.resize(760, 480)
    show_active(qtbot, section)
    section.load(ShiftDraft(SHIFT))
    return section


def test_two_follow_ups_by_keyboard_every_field(qtbot: QtBot, page: FollowUpsSection,
                                                context: EditorContext, qtmodeltester) -> None:
    page.add_button.setFocus()
    press_new(qtbot, page)
    assert focused() is page.text
    type_text(focused(), "Ring skolan om ليلى")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.owner and page.owner.currentText() == "Omar Haddad"
    type_text(focused(), "A")  # Anna Lind
    key(qtbot, Qt.Key.Key_Tab)
    type_text(focused(), "2026-11-27")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.status
    type_text(focused(), "K")  # Klar

    press_new(qtbot, page)
    type_text(focused(), "Kolla belysningen")
    qtmodeltester.check(page.model)

    draft = ShiftDraft(SHIFT)
    page.collect(draft)
    school, light = draft.follow_ups
    assert school == FollowUp(text="Ring skolan om ليلى", due=date(2026, 11, 27),
                              owner_id=STAFF[0].id, status="done", id=school.id)
    assert light == FollowUp(text="Kolla belysningen", owner_id=STAFF[1].id,
                             due=date(2026, 11, 27), id=light.id)
    assert [page.model.index(0, c).data() for c in range(4)] == [
        "Ring skolan om ليلى", "Anna Lind", "2026-11-27", "Klar"]

    page.view.setFocus()
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    page.collect(draft)
    assert draft.follow_ups == [light]


def test_a_new_follow_up_takes_the_shift_as_it_is_now(qtbot: QtBot, page: FollowUpsSection,
                                                       ) -> None:
    """Staff and date chosen after the editor opened give the owner and a due date a week on."""
    draft = ShiftDraft(replace(SHIFT, staff_ids=()))
    page.load(draft)
    page.add_follow_up("Ring skolan", None)
    assert page.owner.currentText() == "(ingen)"
    # Grunduppgifter changes: the window writes them into the same draft at once
    draft.shift = replace(draft.shift, date=date(2026, 11, 21), staff_ids=(STAFF[0].id,))
    page.add_follow_up("Följ upp samtalet med Sam", "contact-1")
    assert focused() is page.text
    assert page.owner.currentText() == "Anna Lind"
    assert page.due.line_edit().text() == "2026-11-28"
    collected = ShiftDraft(SHIFT)
    page.collect(collected)
    first, second = collected.follow_ups
    assert (first.owner_id, first.due) == (None, date(2026, 11, 27))
    assert (second.owner_id, second.due, second.contact_id) == (
        STAFF[0].id, date(2026, 11, 28), "contact-1")


def test_a_due_date_weeks_ahead_is_not_questioned(qtbot: QtBot, page: FollowUpsSection,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(DateEdit, "confirm", staticmethod(lambda _w, q: asked.append(q) or True))
    page.add_follow_up("Ring skolan", None)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.due.line_edit()
    type_text(focused(), "2027-01-15")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(20)
    assert asked == [] and page.current_record().due == date(2027, 1, 15)


def test_add_follow_up_from_a_contact_focuses_its_text(qtbot: QtBot,
                                                       page: FollowUpsSection) -> None:
    page.add_follow_up("Följ upp samtalet med Ahmed", "contact-1")
    assert focused() is page.text
    type_text(focused(), " i morgon")
    draft = ShiftDraft(SHIFT)
    page.collect(draft)
    (follow_up,) = draft.follow_ups
    assert (follow_up.text, follow_up.contact_id) == (
        "Följ upp samtalet med Ahmed i morgon", "contact-1")


def test_an_unread_date_is_kept_and_an_inactive_owner_shown(
        qtbot: QtBot, page: FollowUpsSection, context: EditorContext) -> None:
    old = FollowUp(text="Gammal", owner_id=STAFF[2].id, shift_id=SHIFT.id)
    page.load(ShiftDraft(SHIFT, follow_ups=[old]))
    assert page.owner.currentText() == "Gone"
    page.due.line_edit().setFocus()
    type_text(focused(), "31/13")
    assert error_of(page, "due")
    draft = ShiftDraft(SHIFT)
    page.collect(draft)
    assert draft.follow_ups == [old]
    assert draft.raw == {raw_key("follow_up", old.id, "due"): "31/13"}
    again = FollowUpsSection(context)
    qtbot.addWidget(again)
    again.load(draft)
    assert again.due.raw_text() == "31/13" and error_of(again, "due")


def test_problems_are_routed_and_focused(qtbot: QtBot, page: FollowUpsSection) -> None:
    first, second = FollowUp(text="A"), FollowUp(text="")
    page.load(ShiftDraft(SHIFT, follow_ups=[first, second]))
    problem = FieldProblem("follow_up", second.id, "text", "Uppföljningen måste fyllas i.")
    page.show_problems([problem])
    page.focus_problem(problem)
    assert page.current_record() is second and focused() is page.text
    assert error_of(page, "text") == problem.message


def test_read_only_refuses_typing(qtbot: QtBot, page: FollowUpsSection) -> None:
    record = FollowUp(text="A", owner_id=STAFF[0].id)
    page.load(ShiftDraft(SHIFT, follow_ups=[record]))
    page.set_read_only(True)
    for widget in (page.text, page.owner, page.due.line_edit(), page.status):
        widget.setFocus()
        type_text(widget, "O")
    page.add_follow_up("B", None)
    assert page.records == [record]
