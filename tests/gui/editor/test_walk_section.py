"""Tätortsvandring by keyboard: place, problem, action, responsible, priority, deadline, status."""

from __future__ import annotations

from datetime import date, time

import pytest
from gui.gui_keys import focused, key, show_active, tab, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_item_list import press_new

from faltapp.core.entities import Place, Shift, WalkItem
from faltapp.core.shift_checks import FieldProblem
from faltapp.core.shift_draft import ShiftDraft
from faltapp.gui.editor.context import EditorContext
from faltapp.gui.editor.walk_section import WalkSection
from faltapp.gui.inputs.date_edit import DateEdit
from faltapp.gui.inputs.place_picker import PlacePicker

WALK = Shift(date=date(2026, 11, 20), start=time(18), end=time(20), kind="tatortsvandring")


@pytest.fixture
def context() -> EditorContext:
    return EditorContext(db=None, places=[Place(name="Stortorget"), Place(name="Nya Stan")])


@pytest.fixture
def page(qtbot: QtBot, context: EditorContext, monkeypatch: pytest.MonkeyPatch) -> WalkSection:
    monkeypatch.setattr(WalkSection, "confirm", staticmethod(lambda _w, _q: True))
    monkeypatch.setattr(PlacePicker, "confirm", staticmethod(lambda _w, _q: True))
    monkeypatch.setattr(DateEdit, "confirm", staticmethod(lambda _w, _q: True))
    monkeypatch.setattr(DateEdit, "today", staticmethod(lambda: date(2026, 11, 20)))
    section = WalkSection(context)
    section.resize(760, 480)
    show_active(qtbot, section)
    section.load(ShiftDraft(WALK))
    return section


def test_two_items_by_keyboard_every_field(qtbot: QtBot, page: WalkSection,
                                           context: EditorContext, qtmodeltester) -> None:
    page.add_button.setFocus()
    press_new(qtbot, page)
    assert focused() in (page.place, page.place.lineEdit())
    type_text(focused(), "Lidans strandpromenad")
    key(qtbot, Qt.Key.Key_Return)  # a new place, added on the way
    tab(qtbot)
    type_text(focused(), "Trasig belysning, ሀና och สมชาย ser inget")
    tab(qtbot)
    type_text(focused(), "Byt armaturer")
    tab(qtbot)
    assert focused() is page.responsible
    type_text(focused(), "Gata/park")
    tab(qtbot)
    type_text(focused(), "H")  # Hög
    tab(qtbot)
    type_text(focused(), "2026-12-15")
    tab(qtbot)
    type_text(focused(), "P")  # Pågår

    press_new(qtbot, page)
    type_text(focused(), "Stortorget")
    tab(qtbot)
    type_text(focused(), "Klotter")
    qtmodeltester.check(page.model)

    draft = ShiftDraft(WALK)
    page.collect(draft)
    lidan = next(p.id for p in context.places if p.name == "Lidans strandpromenad")
    stortorget = next(p.id for p in context.places if p.name == "Stortorget")
    light, graffiti = draft.walk_items
    assert light == WalkItem(
        shift_id="", problem="Trasig belysning, ሀና och สมชาย ser inget", place_id=lidan,
        proposed_action="Byt armaturer", responsible="Gata/park", priority="hog",
        deadline=date(2026, 12, 15), status="in_progress", id=light.id)
    assert graffiti == WalkItem(shift_id="", problem="Klotter", place_id=stortorget,
                                id=graffiti.id)

    page.view.setFocus()
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    page.collect(draft)
    assert draft.walk_items == [graffiti]

    again = WalkSection(context)
    qtbot.addWidget(again)
    again.load(draft)
    assert again.place.currentText() == "Stortorget" and again.problem.toPlainText() == "Klotter"


def test_responsible_unit_is_completed(qtbot: QtBot, page: WalkSection) -> None:
    page.add_record()
    completer = page.responsible.completer()
    completer.setCompletionPrefix("fast")
    assert completer.currentCompletion() == "Fastighetsägare"


def test_problems_are_routed_and_focused(qtbot: QtBot, page: WalkSection) -> None:
    first, second = WalkItem(WALK.id, "A"), WalkItem(WALK.id, "")
    page.load(ShiftDraft(WALK, walk_items=[first, second]))
    problem = FieldProblem("walk_item", second.id, "problem", "Problemet måste fyllas i.")
    page.show_problems([problem])
    page.focus_problem(problem)
    assert page.current_record() is second and focused() is page.problem
    assert not page._fields["problem"].error.isHidden()


def test_read_only_refuses_typing(qtbot: QtBot, page: WalkSection) -> None:
    item = WalkItem(WALK.id, "A")
    page.load(ShiftDraft(WALK, walk_items=[item]))
    page.set_read_only(True)
    for widget in (page.place.lineEdit(), page.problem, page.responsible, page.priority):
        widget.setFocus()
        type_text(widget, "L")
    assert page.records == [item]


def test_a_deadline_months_ahead_is_not_questioned(qtbot: QtBot, page: WalkSection,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(DateEdit, "confirm",
                        staticmethod(lambda _w, question: asked.append(question) or True))
    page.add_record()
    page.deadline.setFocus()
    qtbot.waitUntil(page.deadline.line_edit().hasFocus)
    type_text(focused(), "2027-03-31")
    tab(qtbot)
    qtbot.wait(20)
    assert asked == [] and page.status.hasFocus()
    draft = ShiftDraft(WALK)
    page.collect(draft)
    assert draft.walk_items[0].deadline == date(2027, 3, 31)
