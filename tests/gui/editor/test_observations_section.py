"""Iakttagelser by keyboard: times within the shift (after midnight = next day), the category
by digit, sorted by time, times outside the shift refused next to the field."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from gui.gui_keys import error_of, focused, key, show_active, tab, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_item_list import press_new

from faltapp.core.entities import Category, Observation, Place, Shift
from faltapp.core.shift_checks import FieldProblem
from faltapp.core.shift_draft import ShiftDraft, raw_key
from faltapp.core.vocabulary import default_categories
from faltapp.gui.editor.context import EditorContext
from faltapp.gui.editor.observations_section import ObservationsSection
from faltapp.gui.inputs.place_picker import PlacePicker

FRIDAY = date(2026, 11, 20)
LATE = Shift(date=FRIDAY, start=time(20), end=time(2), kind="nattpass")


@pytest.fixture
def context() -> EditorContext:
    places = [Place(name="Resecentrum"), Place(name="Stadsträdgården")]
    return EditorContext(db=None, places=places,
                         categories=[Category(**c) for c in default_categories()])


@pytest.fixture
def page(qtbot: QtBot, context: EditorContext, monkeypatch: pytest.MonkeyPatch
         ) -> ObservationsSection:
    monkeypatch.setattr(ObservationsSection, "confirm", staticmethod(lambda _w, _q: True))
    monkeypatch.setattr(PlacePicker, "confirm", staticmethod(lambda _w, _q: True))
    section = ObservationsSection(context)
    section.resize(760, 480)
    show_active(qtbot, section)
    section.set_shift_times(LATE.date, LATE.start, LATE.end)
    section.load(ShiftDraft(LATE))
    return section


def enter(qtbot: QtBot, page: ObservationsSection, at: str, place: str, digit: str) -> None:
    press_new(qtbot, page)
    assert focused() is page.time
    type_text(focused(), at)
    tab(qtbot)
    type_text(focused(), place)
    tab(qtbot)
    assert focused() is page.category
    type_text(focused(), digit)


def test_two_observations_by_keyboard_every_field(
        qtbot: QtBot, page: ObservationsSection, context: EditorContext, qtmodeltester) -> None:
    page.add_button.setFocus()
    enter(qtbot, page, "2210", "Resecentrum", "2")
    assert page.category.currentText() == "2 Otrygghetsskapande samling"
    assert focused() is page.severity  # the digit moved the cursor on by itself
    type_text(focused(), "M")  # Medel
    tab(qtbot)
    for _ in range(15):
        key(qtbot, Qt.Key.Key_Plus)
    tab(qtbot)
    assert focused() is page.description  # the description before the eight boxes
    type_text(focused(), "Ett femtontal samlade, Дмитрий, ሀና, สมชาย, ليلى")
    tab(qtbot)
    assert focused() is page.forwarded.boxes["polis"]
    type_text(focused(), "p")  # Polis, by its letter
    tab(qtbot)
    assert focused() not in page.forwarded.boxes.values()  # one Tab leaves the group

    enter(qtbot, page, "0040", "Stadsträdgården", "3")
    key(qtbot, Qt.Key.Key_Tab)
    qtmodeltester.check(page.model)

    draft = ShiftDraft(LATE)
    page.collect(draft)
    resecentrum, tradgarden = (p.id for p in context.places)
    gathering, late = draft.observations
    assert gathering == Observation(
        shift_id="", observed_at=datetime(2026, 11, 20, 22, 10), place_id=resecentrum,
        category="otrygg_samling", severity=2, people_count=15,
        description="Ett femtontal samlade, Дмитрий, ሀና, สมชาย, ليلى",
        forwarded_to=("polis",), id=gathering.id)
    assert late == Observation(
        shift_id="", observed_at=datetime(2026, 11, 21, 0, 40), place_id=tradgarden,
        category="ordningsstorning", id=late.id)
    assert [page.model.index(r, 0).data() for r in range(2)] == ["22:10", "00:40 (+1)"]
    assert draft.raw == {}

    again = ObservationsSection(context)
    qtbot.addWidget(again)
    again.set_shift_times(LATE.date, LATE.start, LATE.end)
    again.load(draft)
    assert again.time.text() == "22:10" and again.place.currentText() == "Resecentrum"
    assert again.category.code() == "otrygg_samling" and again.people.value() == 15


def test_the_description_completes_the_usual_cases_of_the_category(
        qtbot: QtBot, page: ObservationsSection) -> None:
    page.add_button.setFocus()
    enter(qtbot, page, "2140", "Stadsträdgården", "3")  # ordningsstörning
    tab(qtbot, 2)
    assert focused() is page.description
    assert "misstänkt droghantering" in page.description.placeholderText()
    type_text(focused(), "mi")
    assert page.description.toPlainText() == "misstänkt droghantering"  # the rest offered
    key(qtbot, Qt.Key.Key_Return)
    assert page.description.toPlainText() == "Misstänkt droghantering"
    assert page.records[0].description == "Misstänkt droghantering"

    enter(qtbot, page, "2040", "Resecentrum", "5")  # otrygg plats
    tab(qtbot, 2)
    type_text(focused(), "bel")
    key(qtbot, Qt.Key.Key_Return)
    assert page.current_record().description == "Belysning"

    enter(qtbot, page, "2300", "Resecentrum", "5")
    tab(qtbot, 2)
    type_text(focused(), "Bel")
    type_text(focused(), "ysningen är trasig")  # typing on replaces the offer: free text
    key(qtbot, Qt.Key.Key_Return)
    type_text(focused(), "x")
    assert page.current_record().description == "Belysningen är trasig\nx"
    page.description.clear()
    type_text(focused(), "i")
    key(qtbot, Qt.Key.Key_Escape)  # drops the offer, keeps what was typed
    assert page.current_record().description == "i"


def test_forwarded_to_by_letter_and_arrows(qtbot: QtBot, page: ObservationsSection) -> None:
    page.add_button.setFocus()
    enter(qtbot, page, "2140", "Resecentrum", "3")
    tab(qtbot, 3)
    boxes = page.forwarded.boxes
    assert focused() is boxes["polis"]
    assert "&" in boxes["felanmalan"].text() and boxes["felanmalan"].accessibleName() == \
        "Kommunens felanmälan"
    for letter in ("p", "f", "s", "f"):
        type_text(focused(), letter)
    assert page.current_record().forwarded_to == ("polis", "socialtjanst")
    assert focused() is boxes["felanmalan"]  # the cursor follows the letter
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    assert page.current_record().forwarded_to == ("polis", "socialtjanst", "gata_park")
    key(qtbot, Qt.Key.Key_Backtab)
    assert focused() is page.description
    tab(qtbot)
    assert focused() is boxes["gata_park"]  # back on the box last used


def test_the_list_is_sorted_by_time_and_removal_asks(qtbot: QtBot,
                                                     page: ObservationsSection) -> None:
    page.add_button.setFocus()
    enter(qtbot, page, "2310", "Resecentrum", "1")
    enter(qtbot, page, "2140", "Resecentrum", "3")
    assert [page.model.index(r, 0).data() for r in range(2)] == ["21:40", "23:10"]
    assert page.current_record().observed_at.time() == time(21, 40)
    page.view.setFocus()
    key(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [r.observed_at.time() for r in page.records] == [time(23, 10)]


def test_a_time_outside_the_shift_is_refused_next_to_the_field(
        qtbot: QtBot, page: ObservationsSection) -> None:
    page.add_button.setFocus()
    enter(qtbot, page, "1500", "Resecentrum", "1")
    assert error_of(page, "observed_at") == (
        "Klockslaget 15:00 ligger utanför passet (20:00–02:00).")
    page.time.setFocus()
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "2530")
    assert error_of(page, "observed_at")
    draft = ShiftDraft(LATE)
    page.collect(draft)
    observation = draft.observations[0]
    assert draft.raw == {raw_key("observation", observation.id, "observed_at"): "2530"}
    again = ObservationsSection(page.context)
    qtbot.addWidget(again)
    again.load(draft)
    assert again.time.text() == "2530" and error_of(again, "observed_at")


def test_shift_times_move_the_observations(qtbot: QtBot, page: ObservationsSection) -> None:
    page.add_button.setFocus()
    enter(qtbot, page, "0130", "Resecentrum", "1")
    assert page.records[0].observed_at == datetime(2026, 11, 21, 1, 30)
    page.set_shift_times(date(2026, 11, 27), time(18), time(23, 30))
    assert page.records[0].observed_at == datetime(2026, 11, 27, 1, 30)


def test_a_new_place_is_added_on_the_way(qtbot: QtBot, page: ObservationsSection,
                                         context: EditorContext) -> None:
    page.add_button.setFocus()
    press_new(qtbot, page)
    type_text(focused(), "2150")
    tab(qtbot)
    type_text(focused(), "Lidans strandpromenad")
    key(qtbot, Qt.Key.Key_Return)
    tab(qtbot)
    type_text(focused(), "5")
    added = next(p for p in context.places if p.name == "Lidans strandpromenad")
    record = page.records[0]
    assert (record.place_id, record.category) == (added.id, "otrygg_plats")
    assert page.problems_of(record.id) == {}


def test_problems_are_routed_and_focused(qtbot: QtBot, page: ObservationsSection) -> None:
    first = Observation(LATE.id, datetime(2026, 11, 20, 21), "p", "skadegorelse")
    second = Observation(LATE.id, datetime(2026, 11, 20, 22), "p", "skadegorelse")
    page.load(ShiftDraft(LATE, observations=[second, first]))
    problem = FieldProblem("observation", second.id, "people_count", "För många.")
    page.show_problems([problem])
    page.focus_problem(problem)
    assert page.current_record() is second and focused() is page.people
    assert error_of(page, "people_count") == "För många."


def test_read_only_refuses_typing(qtbot: QtBot, page: ObservationsSection) -> None:
    record = Observation(LATE.id, datetime(2026, 11, 20, 21), "p", "skadegorelse")
    page.load(ShiftDraft(LATE, observations=[record]))
    page.set_read_only(True)
    for widget in (page.time, page.category, page.people, page.description):
        widget.setFocus()
        type_text(widget, "3")
    page.forwarded.boxes["polis"].setFocus()
    key(qtbot, Qt.Key.Key_Space)
    type_text(focused(), "f")
    assert page.records == [record]
    assert not page.forwarded.boxes["felanmalan"].isChecked()
