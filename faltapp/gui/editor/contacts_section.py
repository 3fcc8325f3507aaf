"""Kontakter: the young people talked with on this shift, pseudonymous (alias + birth year).

A contact is a deliberate record about one person: the page says so, and shows only the
contacts of the shift being edited. "Skapa uppföljning" (Alt+U) asks the window for a
follow-up linked to the contact in one step.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from faltapp.core.entities import Contact, Person
from faltapp.gui.editor.item_list import ItemListSection
from faltapp.gui.editor.item_parts import (
    CheckGroup,
    CodeCombo,
    FormRead,
    place_picker,
    read_place,
    show_place,
)
from faltapp.gui.labels import name_of
from faltapp.gui.person_picker import PersonPicker

REFERRAL = "hanvisning"
"""The action whose tick shows the "Hänvisad till" field."""


class ContactsSection(ItemListSection):
    """The contacts of the shift: list above, the selected contact's form below."""

    follow_up_requested = Signal(str, str)
    """(contact id, suggested text): the user asked for a follow-up of this contact."""

    KEY: ClassVar[str] = "contacts"
    TABLES: ClassVar[frozenset[str]] = frozenset({"contact"})
    DRAFT_LIST: ClassVar[str] = "contacts"

    def title(self) -> str:
        """The name in the side index."""
        return self.tr("Kontakter")

    def add_text(self) -> str:
        """The add button says what a contact is for."""
        return self.tr("&Ny kontakt (ett samtal med en ung person)")

    def empty_text(self) -> str:
        """Shown while the shift has no contacts."""
        return self.tr("Inga kontakter på det här passet. En kontakt är ett samtal med en "
                       "enskild ung person (alias och födelseår, inga namn). Alt+N lägger "
                       "till en.")

    def headers(self) -> list[str]:
        """Columns of the list."""
        return [self.tr("Alias"), self.tr("Född"), self.tr("Plats"), self.tr("Samtal")]

    def cells(self, record: Any) -> list[str]:
        """One line per contact."""
        vocab = self.context.vocab
        return [record.alias, str(record.birth_year or ""),
                self.context.place_name(record.place_id),
                name_of(vocab.conversation_kinds, record.conversation)
                if record.conversation else ""]

    def new_record(self) -> Any:
        """A blank contact."""
        return Contact(shift_id="", alias="")

    def describe(self, record: Any) -> str:
        """The question before removing a contact."""
        return self.tr("Ta bort kontakten «{alias}»?").format(alias=record.alias or "?")

    def build_form(self) -> None:
        """Alias, birth year, gender, place, conversation; actions; note; the follow-up."""
        vocab = self.context.vocab
        self.alias = QLineEdit()
        self.person = PersonPicker(self.context.db, self._suggested_person)
        self.birth_year = QLineEdit()
        self.birth_year.setMaxLength(20)
        self.birth_year.setPlaceholderText(self.tr("t.ex. 2010"))
        self.gender = CodeCombo()
        self.gender.set_terms(vocab.genders)
        self.place = place_picker(self.context)
        self.conversation = CodeCombo()
        self.conversation.set_terms(vocab.conversation_kinds, blank=self.tr("(inget valt)"))
        self.action_checks = CheckGroup(vocab.contact_actions, columns=1)
        self.referred_to = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.follow_up_button = QPushButton(self.tr("Skapa &uppföljning"))
        self.follow_up_button.setToolTip(self.tr("En uppföljning av samtalet (Alt+U)"))

        self.add_field("alias", self.tr("Alias"), self.alias)
        self.add_field("birth_year", self.tr("Födelseår"), self.birth_year)
        self.add_field("gender", self.tr("Kön"), self.gender)
        self.add_field("place_id", self.tr("Plats"), self.place)
        self.add_field("conversation", self.tr("Typ av samtal"), self.conversation)
        self.add_field("actions", self.tr("Åtgärder"), self.action_checks, column="right",
                       focus=self.action_checks.focus_widget(),
                       tab=list(self.action_checks.boxes.values()))
        self.add_field("referred_to", self.tr("Hänvisad till"), self.referred_to,
                       column="right")
        self.add_field("note", self.tr("Anteckning"), self.note, column="bottom")
        self.add_field("person_id", self.tr("Person"), self.person, column="bottom",
                       focus=self.person.combo, tab=[self.person.combo, self.person.new_button])
        self.add_row(self.follow_up_button, column="bottom")

        for signal in (self.alias.textEdited, self.person.edited, self.birth_year.textEdited,
                       self.gender.edited,
                       self.place.edited, self.conversation.edited, self.action_checks.edited,
                       self.referred_to.textEdited, self.note.textChanged):
            signal.connect(self.edited)
        self.action_checks.edited.connect(self._show_referral)
        self.follow_up_button.clicked.connect(self._request_follow_up)

    def show_record(self, record: Any, raw: dict[str, str]) -> None:
        """Fill the form from a contact (an unread birth year from ``raw``)."""
        self.alias.setText(record.alias)
        self.person.set_person_id(record.person_id)
        self.person.note_opened(record.id)
        self.birth_year.setText(raw.get("birth_year", str(record.birth_year or "")))
        self.gender.set_code(record.gender)
        show_place(self.place, self.context, record.place_id, raw.get("place_id"))
        self.conversation.set_code(record.conversation)
        self.action_checks.set_checked(record.actions)
        self.referred_to.setText(record.referred_to)
        if self.note.toPlainText() != record.note:
            self.note.setPlainText(record.note)
        self._show_referral()

    def read_form(self, record: Any) -> FormRead:
        """The contact as the form holds it; a birth year that is no number stays raw."""
        raw: dict[str, str] = {}
        problems: dict[str, str] = {}
        birth_year = None
        text = self.birth_year.text().strip()
        if text.isascii() and text.isdigit() and len(text) == 4:
            birth_year = int(text)
        elif text:
            raw["birth_year"] = self.birth_year.text()
            problems["birth_year"] = self.tr("Skriv födelseåret med fyra siffror, t.ex. 2010.")
        place_id = read_place(self.place, record.place_id, raw, problems)
        updated = replace(
            record, alias=self.alias.text(), birth_year=birth_year, gender=self.gender.code(),
            place_id=place_id, person_id=self.person.person_id(),
            conversation=self.conversation.code(),
            actions=self.action_checks.checked(), referred_to=self.referred_to.text(),
            note=self.note.toPlainText())
        return FormRead(updated, raw, problems)

    def _suggested_person(self) -> Person:
        """A new person from what the form holds (the alias, year and gender typed)."""
        year = self.birth_year.text().strip()
        return Person(alias=self.alias.text().strip(), gender=self.gender.code() or "okant",
                      birth_year=int(year) if year.isascii() and year.isdigit() else None)

    def _show_referral(self) -> None:
        """"Hänvisad till" is shown while the referral action is ticked (or it holds text)."""
        ticked = REFERRAL in self.action_checks.checked()
        self.referred_to.parentWidget().setVisible(ticked or bool(self.referred_to.text()))
        self.right.labelForField(self.referred_to.parentWidget()).setVisible(
            ticked or bool(self.referred_to.text()))

    def _request_follow_up(self) -> None:
        record = self.current_record()
        if record is None or self._read_only:
            return
        alias = record.alias.strip() or self.tr("kontakten")
        self.follow_up_requested.emit(
            record.id, self.tr("Följ upp samtalet med {alias}").format(alias=alias))
