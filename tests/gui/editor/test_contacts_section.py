"""Kontakter by keyboard: add, edit, remove, birth years refused, places added on the way."""

from __future__ import annotations

from datetime import date, time

import pytest
from gui.gui_keys import error_of, focused, key, show_active, tab, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_item_list import press_new

from faltapp.core.entities import Category, Contact, Place, Shift, Staff
from faltapp.core.shift_checks import FieldProblem
from faltapp.core.shift_draft import ShiftDraft, raw_key
from faltapp.core.vocabulary import default_categories
from faltapp.gui.editor.contacts_section import ContactsSection
from faltapp.gui.editor.context import EditorContext
from faltapp.gui.editor.follow_ups_section import FollowUpsSection
from faltapp.gui.inputs.place_picker import PlacePicker

STAFF = [Staff(name="Anna Lind"), Staff(name="Omar Haddad")]
SHIFT = Shift(date=date(2026, 11, 20), start=time(18), end=time(23, 30), kind="kvallspass",
              staff_ids=(STAFF[1].id,))


@pytest.fixture
def context() -> EditorContext:
    places = [Place(name="Resecentrum"), Place(name="Stortorget")]
    return EditorContext(db=None, places=places, staff=list(STAFF),
                         categories=[Category(**c) for c in default_categories()])


@pytest.fixture
def page(qtbot: QtBot, context: EditorContext, monkeypatch: pytest.MonkeyPatch) -> ContactsSection:
    questions: list[str] = []
    monkeypatch.setattr(ContactsSection, "confirm",
                        staticmethod(lambda _w, q: questions.append(q) or True))
    monkeypatch.setattr(PlacePicker, "confirm", staticmethod(lambda _w, _q: True))
    section = ContactsSection(context)
    section.questions = questions  # type: ignore[attr-defined]
    section.resize(760, 480)
    show_active(qtbot, section)
    section.load(ShiftDraft(SHIFT))
    return section


def enter_contact(qtbot: QtBot, page: ContactsSection, alias: str, year: str) -> None:
    press_new(qtbot, page)
    type_text(focused(), alias)
    tab(qtbot)
    type_text(focused(), year)


def test_two_contacts_by_keyboard_every_field(qtbot: QtBot, page: ContactsSection,
                                              context: EditorContext, qtmodeltester) -> None:
    page.add_button.setFocus()
    enter_contact(qtbot, page, "Ahmed", "2011")
    tab(qtbot)
    assert focused() is page.gender
    type_text(focused(), "p")  # pojke
    tab(qtbot)
    assert focused() in (page.place, page.place.lineEdit())
    type_text(focused(), "Stortorget")
    tab(qtbot)
    type_text(focused(), "o")  # Orossamtal
    tab(qtbot, 2)  # Samtal, then Orossamtal among the actions
    key(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    key(qtbot, Qt.Key.Key_Space)  # vårdnadshavare kontaktad
    tab(qtbot, 2)
    assert not page.referred_to.isVisible()
    key(qtbot, Qt.Key.Key_Space)  # hänvisad till …
    assert page.referred_to.isVisible()
    tab(qtbot, 2)  # past skjutsad hem
    assert focused() is page.referred_to
    type_text(focused(), "Ungdomsmottagningen")
    tab(qtbot)
    type_text(focused(), "Pratade om skolan.")
    key(qtbot, Qt.Key.Key_Return)
    type_text(focused(), "Mamma ringd.")

    enter_contact(qtbot, page, "ليلى", "2010")
    assert [page.model.index(r, 0).data() for r in range(2)] == ["Ahmed", "ليلى"]
    qtmodeltester.check(page.model)

    draft = ShiftDraft(SHIFT)
    page.collect(draft)
    ahmed, leila = draft.contacts
    stortorget = next(p.id for p in context.places if p.name == "Stortorget")
    assert ahmed == Contact(
        shift_id="", alias="Ahmed", birth_year=2011, gender="pojke", place_id=stortorget,
        actions=("concern_talk", "kontakt_vardnadshavare", "hanvisning"),
        note="Pratade om skolan.\nMamma ringd.", conversation="orossamtal",
        referred_to="Ungdomsmottagningen", id=ahmed.id)
    assert leila == Contact(shift_id="", alias="ليلى", birth_year=2010, id=leila.id)
    assert draft.raw == {}

    again = ContactsSection(context)
    qtbot.addWidget(again)
    again.load(draft)
    assert again.alias.text() == "Ahmed" and again.place.currentText() == "Stortorget"
    assert again.conversation.currentText() == "Orossamtal"
    assert again.action_checks.boxes["kontakt_vardnadshavare"].isChecked()
    assert again.note.toPlainText() == "Pratade om skolan.\nMamma ringd."


def test_remove_asks_and_keeps_the_other(qtbot: QtBot, page: ContactsSection) -> None:
    first, second = Contact(SHIFT.id, "Ahmed"), Contact(SHIFT.id, "Sara")
    page.load(ShiftDraft(SHIFT, contacts=[first, second]))
    page.view.setFocus()
    key(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert page.questions == ["Ta bort kontakten «Ahmed»?"]  # type: ignore[attr-defined]
    draft = ShiftDraft(SHIFT)
    page.collect(draft)
    assert draft.contacts == [second]
    assert page.alias.text() == "Sara"


@pytest.mark.parametrize("age", [3, 90])
def test_birth_year_giving_an_absurd_age_is_refused_next_to_the_field(
        qtbot: QtBot, page: ContactsSection, age: int) -> None:
    year = date.today().year - age
    page.add_button.setFocus()
    enter_contact(qtbot, page, "Ahmed", str(year))
    assert error_of(page, "birth_year").startswith(f"Födelseåret {year} ger åldern {age} år")
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), str(date.today().year - 15))
    assert error_of(page, "birth_year") == ""


def test_a_birth_year_that_is_no_number_is_kept_raw(qtbot: QtBot, page: ContactsSection,
                                                    context: EditorContext) -> None:
    page.add_button.setFocus()
    enter_contact(qtbot, page, "Ahmed", "20l1")
    assert "fyra siffror" in error_of(page, "birth_year")
    draft = ShiftDraft(SHIFT)
    page.collect(draft)
    contact = draft.contacts[0]
    assert contact.birth_year is None
    assert draft.raw == {raw_key("contact", contact.id, "birth_year"): "20l1"}
    again = ContactsSection(context)
    qtbot.addWidget(again)
    again.load(draft)
    assert again.birth_year.text() == "20l1"


def test_a_new_place_typed_is_added_through_the_context(
        qtbot: QtBot, page: ContactsSection, context: EditorContext) -> None:
    page.add_button.setFocus()
    enter_contact(qtbot, page, "Ahmed", "2011")
    tab(qtbot, 2)
    type_text(focused(), "Lidans strandpromenad")
    assert error_of(page, "place_id")
    key(qtbot, Qt.Key.Key_Return)
    added = next(p for p in context.places if p.name == "Lidans strandpromenad")
    assert page.records[0].place_id == added.id
    assert error_of(page, "place_id") == ""
    assert page.model.index(0, 2).data() == "Lidans strandpromenad"


def test_a_follow_up_from_a_contact_in_one_step(qtbot: QtBot, page: ContactsSection,
                                                context: EditorContext) -> None:
    follow_ups = FollowUpsSection(context)
    qtbot.addWidget(follow_ups)
    follow_ups.load(ShiftDraft(SHIFT))
    page.follow_up_requested.connect(lambda cid, text: follow_ups.add_follow_up(text, cid))
    page.add_button.setFocus()
    enter_contact(qtbot, page, "Ahmed", "2011")
    with qtbot.waitSignal(page.follow_up_requested) as signal:
        key(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    contact_id = page.records[0].id
    assert signal.args == [contact_id, "Följ upp samtalet med Ahmed"]
    draft = ShiftDraft(SHIFT)
    follow_ups.collect(draft)
    (follow_up,) = draft.follow_ups
    assert (follow_up.text, follow_up.contact_id, follow_up.owner_id) == (
        "Följ upp samtalet med Ahmed", contact_id, STAFF[1].id)


def test_problems_are_routed_and_focused(qtbot: QtBot, page: ContactsSection) -> None:
    first, second = Contact(SHIFT.id, "Ahmed"), Contact(SHIFT.id, "")
    page.load(ShiftDraft(SHIFT, contacts=[first, second]))
    problem = FieldProblem("contact", second.id, "alias", "Alias måste fyllas i.")
    assert page.owns(problem)
    page.show_problems([problem])
    page.focus_problem(problem)
    assert page.current_record() is second and focused() is page.alias
    assert error_of(page, "alias") == "Alias måste fyllas i."


def test_read_only_refuses_typing_and_ticking(qtbot: QtBot, page: ContactsSection) -> None:
    contact = Contact(SHIFT.id, "Ahmed", 2011)
    page.load(ShiftDraft(SHIFT, contacts=[contact]))
    page.set_read_only(True)
    widgets: list[QWidget] = [page.alias, page.birth_year, page.gender]
    for widget in widgets:
        widget.setFocus()
        type_text(widget, "x")
    page.action_checks.boxes["samtal"].setFocus()
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(200)
    assert page.records == [contact]
    assert page.alias.text() == "Ahmed" and page.alias.isEnabled()


def test_bidi_overrides_and_a_pasted_megabyte_are_named_and_kept(
        qtbot: QtBot, page: ContactsSection) -> None:
    page.add_button.setFocus()
    enter_contact(qtbot, page, "Ah\u202emed", "2011")
    assert error_of(page, "alias") == "Alias innehåller otillåtna styrtecken."
    huge = "lång text " * 100_000
    QApplication.clipboard().setText(huge)
    page.note.setFocus()
    key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert error_of(page, "note").startswith("Anteckningen får vara högst 2000 tecken")
    assert page.records[0].note == huge and page.records[0].alias == "Ah\u202emed"
