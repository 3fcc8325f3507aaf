"""The contact form links a contact to a person: type-ahead on the alias, or Ny person…; a
stored contact shown in the form is one open_contact row in the access log."""

from __future__ import annotations

from datetime import date, time

import pytest
from gui_keys import show_active
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from faltapp.core.entities import Contact, Person, Shift
from faltapp.core.shift_draft import ShiftDraft
from faltapp.gui.editor.contacts_section import ContactsSection
from faltapp.gui.editor.context import EditorContext
from faltapp.gui.person_detail import PersonDetail
from faltapp.store.database import Database

SHIFT = Shift(date=date(2026, 11, 20), start=time(18), end=time(23), kind="kvallspass")


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication, db: Database) -> ContactsSection:
    section = ContactsSection(EditorContext.from_database(db))
    section.resize(800, 520)
    show_active(qtbot, section)
    return section


def test_typing_part_of_an_alias_picks_the_person_and_the_contact_keeps_the_link(
        qtbot: QtBot, db: Database) -> None:
    noor = Person(alias="نور", birth_year=2011)
    db.save_many([noor, Person(alias="Alva"), SHIFT])
    contact = Contact(SHIFT.id, "Noor")
    db.save(contact)
    section = ContactsSection(EditorContext.from_database(db))
    show_active(qtbot, section)
    section.load(ShiftDraft(SHIFT, contacts=[contact]))
    picker = section.person
    picker.combo.lineEdit().setText("نور (2011)")
    picker.combo.lineEdit().editingFinished.emit()
    assert picker.person_id() == noor.id

    draft = ShiftDraft(SHIFT)
    section.collect(draft)
    assert [c.person_id for c in draft.contacts] == [noor.id]
    assert [(e.action, e.record_id) for e in db.access.entries()] == [
        ("open_contact", contact.id)]
    section.load(ShiftDraft(SHIFT, contacts=[contact]))  # shown again in the same editor
    assert len(db.access.entries()) == 1


def test_text_naming_nobody_goes_back_and_empty_means_no_person(
        qtbot: QtBot, page: ContactsSection, db: Database) -> None:
    kim = Person(alias="Kim")
    db.save(kim)
    page.load(ShiftDraft(SHIFT, contacts=[Contact(SHIFT.id, "Kim", person_id=kim.id)]))
    picker = page.person
    assert picker.person_id() == kim.id
    picker.combo.lineEdit().setText("ingen sådan")
    picker.combo.lineEdit().editingFinished.emit()
    assert picker.person_id() == kim.id
    picker.combo.lineEdit().setText("")
    picker.combo.lineEdit().editingFinished.emit()
    assert picker.person_id() is None
    assert db.access.entries() == []  # a contact not stored yet logs no open


def test_ny_person_is_prefilled_from_the_contact_and_chosen_once_saved(
        qtbot: QtBot, page: ContactsSection, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[PersonDetail] = []
    monkeypatch.setattr(PersonDetail, "open", lambda self: opened.append(self))
    page.load(ShiftDraft(SHIFT, contacts=[Contact(SHIFT.id, "")]))
    page.alias.setText("Ли Ч.")
    page.birth_year.setText("2010")
    page.person.new_button.click()
    [dialog] = opened
    assert (dialog.alias.text(), dialog.birth_year.text()) == ("Ли Ч.", "2010")
    assert dialog.windowTitle() == "Ny person"
    dialog.save()
    [made] = db.all(Person)
    assert (made.alias, made.birth_year) == ("Ли Ч.", 2010)
    assert page.person.person_id() == made.id


def test_an_id_this_laptop_does_not_know_is_shown_and_kept(
        qtbot: QtBot, page: ContactsSection) -> None:
    page.load(ShiftDraft(SHIFT, contacts=[Contact(SHIFT.id, "X", person_id="p-elsewhere")]))
    assert page.person.combo.currentText() == "okänd person"
    draft = ShiftDraft(SHIFT)
    page.collect(draft)
    assert draft.contacts[0].person_id == "p-elsewhere"
