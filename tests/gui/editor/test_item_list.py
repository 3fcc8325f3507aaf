"""The shared list page: add, edit, remove by keyboard, raw text kept, problems shown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import Any

import pytest
from gui.gui_keys import focused, show_active, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Shift, WalkItem
from faltapp.core.shift_checks import FieldProblem
from faltapp.core.shift_draft import ShiftDraft, raw_key
from faltapp.gui.editor.context import EditorContext
from faltapp.gui.editor.item_list import ItemListSection
from faltapp.gui.editor.item_parts import FormRead

SHIFT = Shift(date=date(2026, 11, 20), start=time(18), end=time(23, 30), kind="tatortsvandring")


class Problems(ItemListSection):
    """A minimal list: walk items with a problem text and a free "responsible" field whose
    text is kept raw when it starts with '?'."""

    KEY = "test"
    TABLES = frozenset({"walk_item"})
    DRAFT_LIST = "walk_items"
    confirm = staticmethod(lambda _parent, _question: True)

    def title(self) -> str:
        return "Prov"

    def add_text(self) -> str:
        return "&Ny rad"

    def empty_text(self) -> str:
        return "Tomt."

    def headers(self) -> list[str]:
        return ["Problem", "Ansvarig"]

    def cells(self, record: Any) -> list[str]:
        return [record.problem, record.responsible]

    def new_record(self) -> Any:
        return WalkItem(shift_id="", problem="")

    def build_form(self) -> None:
        self.problem = QLineEdit()
        self.responsible = QLineEdit()
        for name, label, w in (("problem", "Problem", self.problem),
                               ("responsible", "Ansvarig", self.responsible)):
            self.add_field(name, label, w)
            w.textEdited.connect(self.edited)

    def show_record(self, record: Any, raw: dict[str, str]) -> None:
        self.problem.setText(record.problem)
        self.responsible.setText(raw.get("responsible", record.responsible))

    def read_form(self, record: Any) -> FormRead:
        text = self.responsible.text()
        if text.startswith("?"):
            return FormRead(replace(record, problem=self.problem.text()),
                            {"responsible": text}, {"responsible": "Inte klart."})
        return FormRead(replace(record, problem=self.problem.text(), responsible=text))

    def describe(self, record: Any) -> str:
        return f"Ta bort {record.problem}?"


def press_new(qtbot: QtBot, section: ItemListSection) -> None:
    """Alt+N, then wait: a button's mnemonic clicks after a short animation."""
    count = len(section.records)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(section.records) == count + 1)


@pytest.fixture
def page(qtbot: QtBot) -> Problems:
    section = Problems(EditorContext(db=None))
    section.resize(760, 480)
    show_active(qtbot, section)
    section.load(ShiftDraft(SHIFT))
    return section


def test_add_edit_remove_by_keyboard(qtbot: QtBot, page: Problems, qtmodeltester) -> None:
    assert page.empty_label.isVisible() and not page.view.isVisible()
    page.add_button.setFocus()
    press_new(qtbot, page)
    assert focused() is page.problem
    type_text(page.problem, "Trasig lampa")
    press_new(qtbot, page)
    type_text(page.problem, "Klotter på muren")
    assert [r.problem for r in page.records] == ["Trasig lampa", "Klotter på muren"]
    assert page.model.index(1, 0).data() == "Klotter på muren"
    qtmodeltester.check(page.model)

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert page.problem.text() == "Trasig lampa"
    qtbot.keyClick(page.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [r.problem for r in page.records] == ["Klotter på muren"]
    assert page.problem.text() == "Klotter på muren"

    draft = ShiftDraft(SHIFT)
    page.collect(draft)
    assert [w.problem for w in draft.walk_items] == ["Klotter på muren"]


def test_refused_text_stays_raw_and_comes_back(qtbot: QtBot, page: Problems) -> None:
    page.add_record()
    type_text(page.problem, "Mörk gångtunnel")
    page.responsible.setFocus()
    type_text(page.responsible, "?kanske gata")
    error = page._fields["responsible"].error
    assert error.isVisible() and error.text() == "Inte klart."
    draft = ShiftDraft(SHIFT)
    page.collect(draft)
    item = draft.walk_items[0]
    assert item.responsible == "" and draft.raw == {
        raw_key("walk_item", item.id, "responsible"): "?kanske gata"}

    again = Problems(EditorContext(db=None))
    qtbot.addWidget(again)
    again.load(draft)
    assert again.responsible.text() == "?kanske gata"
    round_trip = ShiftDraft(SHIFT)
    again.collect(round_trip)
    assert round_trip.raw == draft.raw


def test_problems_are_shown_and_focused(qtbot: QtBot, page: Problems) -> None:
    first = WalkItem(shift_id=SHIFT.id, problem="A")
    second = WalkItem(shift_id=SHIFT.id, problem="")
    page.load(ShiftDraft(SHIFT, walk_items=[first, second]))
    problem = FieldProblem("walk_item", second.id, "problem", "Problemet måste fyllas i.")
    page.show_problems([problem, FieldProblem("contact", "x", "alias", "Inte här.")])
    assert page.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == problem.message
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    page.focus_problem(problem)
    assert page.current_record() is second and focused() is page.problem
    error = page._fields["problem"].error
    assert error.isVisible() and error.text() == problem.message
    page.show_problems([])
    assert not error.isVisible()


def test_read_only_refuses_typing_and_removing(qtbot: QtBot, page: Problems) -> None:
    page.load(ShiftDraft(SHIFT, walk_items=[WalkItem(shift_id=SHIFT.id, problem="A")]))
    page.set_read_only(True)
    page.problem.setFocus()
    type_text(page.problem, "B")
    qtbot.keyClick(page.problem, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(200)  # a button's mnemonic clicks after a short animation
    assert [r.problem for r in page.records] == ["A"]
    page.set_read_only(False)
    page.problem.setFocus()
    page.problem.end(False)
    type_text(page.problem, "B")
    assert [r.problem for r in page.records] == ["AB"]


def test_a_problem_of_the_current_record_is_marked_at_once(qtbot: QtBot, page: Problems) -> None:
    """Avsluta passet shows the problem under the field of the record on screen, without the
    user first jumping to it from the problems list."""
    bad = WalkItem(shift_id=SHIFT.id, problem="")
    page.load(ShiftDraft(SHIFT, walk_items=[bad]))
    assert page.current_record() is bad
    page.show_problems([FieldProblem("walk_item", bad.id, "problem", "Problemet måste fyllas i.")])
    error = page._fields["problem"].error
    assert not error.isHidden() and error.text() == "Problemet måste fyllas i."
    assert page.current_record() is bad
