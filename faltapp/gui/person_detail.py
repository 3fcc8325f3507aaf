"""One person: the pseudonymous details, and every contact linked to the person over time.

Opening a stored person is one ``open_person`` row in the access log, written before anything
is shown; later refreshes (a contact linked elsewhere) read again without logging again. A new
person logs nothing until it exists. The window title never carries the alias, and every
label and cell shows user text as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.changes import Changes
from faltapp.core.entities import Person
from faltapp.core.problems import ValidationError
from faltapp.core.validation import MAX_RISK_NOTE
from faltapp.core.vocabulary import vocabulary
from faltapp.gui.editor.item_parts import CodeCombo
from faltapp.gui.hint_view import HintTableView
from faltapp.gui.person_model import WATCHED, RowsTableModel, contact_headers, contact_row
from faltapp.gui.widgets import ErrorLabel
from faltapp.store.errors import StoreError

if TYPE_CHECKING:
    from faltapp.gui.store_events import StoreEvents
    from faltapp.store.database import Database

class PersonDetail(QDialog):
    """Edit one person (``person_id`` None: a new one, prefilled from ``suggested``); with
    ``events`` the contacts follow the store's changes."""

    saved = Signal(str)
    """The id of the person just saved."""

    def __init__(self, db: Database, events: StoreEvents | None,
                 person_id: str | None = None, *,
                 suggested: Person | None = None,
                 open_shift: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._open_shift = open_shift
        loaded = db.load(Person, person_id) if person_id else None
        if loaded is not None:
            db.access.log("open_person", Person.TABLE, loaded.entity.id)
        self.person = loaded.entity if loaded else (suggested or Person(alias=""))
        self._base = loaded.version if loaded else None
        self.setWindowTitle(self.tr("Person") if loaded else self.tr("Ny person"))

        self.alias = QLineEdit(self.person.alias)
        self.alias.setMaxLength(60)
        self.birth_year = QLineEdit(str(self.person.birth_year or ""))
        self.birth_year.setMaxLength(4)
        self.birth_year.setPlaceholderText(self.tr("t.ex. 2010"))
        self.gender = CodeCombo()
        self.gender.set_terms(vocabulary().genders)
        self.gender.set_code(self.person.gender)
        self.school = QLineEdit(self.person.school)
        self.school.setMaxLength(80)
        self.known_to = QLineEdit(self.person.known_to)
        self.known_to.setMaxLength(120)
        self.known_to.setPlaceholderText(self.tr("t.ex. Socialtjänsten, barn och unga"))
        self.risk_note = QPlainTextEdit(self.person.risk_note)
        self.risk_note.setTabChangesFocus(True)
        self.risk_note.setMaximumHeight(self.risk_note.fontMetrics().lineSpacing() * 3 + 14)
        self.risk_note.setToolTip(self.tr("Kort: högst {n} tecken. Detaljer hör hemma i "
                                          "socialtjänstens journal.").format(n=MAX_RISK_NOTE))
        form = QFormLayout()
        for label, widget in ((self.tr("&Alias:"), self.alias),
                              (self.tr("&Födelseår:"), self.birth_year),
                              (self.tr("&Kön:"), self.gender), (self.tr("Sk&ola:"), self.school),
                              (self.tr("Känd &hos:"), self.known_to),
                              (self.tr("&Risk:"), self.risk_note)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.problems = ErrorLabel()

        self.contacts_model = RowsTableModel(contact_headers(), parent=self)
        self.contacts = HintTableView()
        self.contacts.setModel(self.contacts_model)
        self.contacts.setAccessibleName(self.tr("Kontakter över tid"))
        self.contacts.set_hint(self.tr("Inga kontakter är kopplade till personen. Koppla en "
                                       "kontakt i passets kontaktformulär (fältet Person)."))
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.contacts.activated.connect(self._open_contact)
        self.contacts_label = QLabel(self.tr("Ko&ntakter över tid:"))
        self.contacts_label.setBuddy(self.contacts)
        history = QGroupBox()
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.contacts_label)
        history_layout.addWidget(self.contacts)
        history.setVisible(loaded is not None)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Spara"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole)
        if loaded is not None:  # a person's rights: the register extract, erasure
            from faltapp.gui.tasks import TaskRunner

            self.runner = TaskRunner(self)
            self.extract_button = buttons.addButton(
                self.tr("Registerutdra&g…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.extract_button.clicked.connect(self.save_extract)
            self.erase_button = buttons.addButton(
                self.tr("Ra&dera person…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.erase_button.clicked.connect(self.erase)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(history, 1)
        layout.addWidget(buttons)
        self.resize(760, 560 if loaded else 320)
        if events is not None:
            events.changed.connect(self._on_changes)
        self._show_contacts()

    def _show_contacts(self) -> None:
        if self._base is not None:
            self.contacts_model.set_rows(contact_row(c)
                                         for c in self.db.persons.contacts_of(self.person.id))
            self.contacts.resizeColumnsToContents()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self._show_contacts()

    def _open_contact(self) -> None:
        shift_id = self.contacts_model.key(self.contacts.currentIndex().row())
        if shift_id and self._open_shift is not None:
            self._open_shift(shift_id)

    def edited_person(self) -> Person | None:
        """The person as the form holds it; None (and a message) for an unreadable year."""
        text = self.birth_year.text().strip()
        if text and not (text.isascii() and text.isdigit() and len(text) == 4):
            self.problems.show_message(self.tr("Skriv födelseåret med fyra siffror, t.ex. 2010."))
            self.birth_year.setFocus()
            return None
        return replace(self.person, alias=self.alias.text().strip(),
                       birth_year=int(text) if text else None, gender=self.gender.code(),
                       school=self.school.text().strip(),
                       known_to=self.known_to.text().strip(),
                       risk_note=self.risk_note.toPlainText().strip())

    def save_extract(self, path: Path | None = None) -> None:
        """Registerutdrag: everything stored about this person, saved as PDF (logged)."""
        from faltapp.gui.person_rights import save_registerutdrag

        save_registerutdrag(self, self.db, self.runner, self.person.id,
                            self.problems.show_message, path)

    def erase(self) -> None:
        """Erase this person with their contacts and follow-ups, after asking."""
        from faltapp.gui.person_rights import erase_after_asking

        erase_after_asking(self, self.db, self.runner, self.person.id, self.person.alias,
                           self.reject)

    def save(self) -> None:
        """Save over the version opened (a new person: create it) and close."""
        person = self.edited_person()
        if person is None:
            return
        try:
            self.db.save(person, base=self._base)
        except ValidationError as error:
            self.problems.show_message(" ".join(p.message for p in error.problems))
            return
        except StoreError as error:
            self.problems.show_message(str(error))
            return
        self.person = person
        self.saved.emit(person.id)
        self.accept()
