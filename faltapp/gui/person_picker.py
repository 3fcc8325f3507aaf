"""The contact form's person field: type part of an alias to pick a person, or "Ny person…".

Linking a contact to a person (``Contact.person_id``) is what lets the person's detail show
every contact over time. The list is read when the field is built and again before its popup
opens; an id this laptop does not know (not imported yet) is shown as "okänd person" and kept.
The picker also writes the contact form's ``open_contact`` access-log rows
(:meth:`PersonPicker.note_opened`): one per stored contact and editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QPushButton, QWidget

from faltapp.core.entities import Contact, Person

if TYPE_CHECKING:
    from faltapp.store.database import Database


class PersonPicker(QWidget):
    """An editable combo of persons (type-ahead on the alias) and a "Ny person…" button."""

    edited = Signal()
    """The user picked another person (not on :meth:`set_person_id`)."""

    def __init__(self, db: Database | None, suggest: Callable[[], Person],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._suggest = suggest
        self._opened: set[str] = set()
        self.combo = _Combo(self._reload)
        self.combo.setEditable(True)
        self.combo.setAccessibleName(self.tr("Person"))
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().setPlaceholderText(self.tr("skriv en del av ett alias"))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.combo.activated.connect(lambda _row: self.edited.emit())
        self.combo.lineEdit().editingFinished.connect(self._settle_text)
        self.new_button = QPushButton(self.tr("Ny person…"))
        self.new_button.setToolTip(self.tr("Lägg till en person med kontaktens alias"))
        self.new_button.clicked.connect(self.new_person)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_button)
        self.setFocusProxy(self.combo)
        self.setEnabled(db is not None)
        self._reload()

    def _reload(self) -> None:
        chosen = self.person_id()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(ingen person)"), None)
        if self._db is not None:
            for row in self._db.persons.rows():
                label = f"{row.alias} ({row.birth_year})" if row.birth_year else row.alias
                self.combo.addItem(label, row.id)
        self.combo.blockSignals(False)
        self.set_person_id(chosen)

    def person_id(self) -> str | None:
        """The chosen person's id (None: no person)."""
        data = self.combo.currentData() if self.combo.count() else None
        return data if isinstance(data, str) else None

    def set_person_id(self, person_id: str | None) -> None:
        """Show ``person_id`` (one this laptop does not know as "okänd person")."""
        row = self.combo.findData(person_id) if person_id else 0
        if row < 0:
            self.combo.addItem(self.tr("okänd person"), person_id)
            row = self.combo.count() - 1
        self.combo.setCurrentIndex(row)

    def _settle_text(self) -> None:
        """Typed text that names no person goes back to the chosen one; empty means none."""
        typed = self.combo.currentText().strip()
        row = 0 if not typed else self.combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        before = self.person_id()
        self.combo.setCurrentIndex(row if row >= 0 else self.combo.currentIndex())
        if row >= 0 and self.person_id() != before:
            self.edited.emit()

    def new_person(self) -> None:
        """A new person prefilled from the contact; once saved, it is the chosen one."""
        from faltapp.gui.person_detail import PersonDetail

        if self._db is None:
            return
        dialog = PersonDetail(self._db, None, suggested=self._suggest(), parent=self)
        dialog.saved.connect(self._created)
        dialog.open()

    def _created(self, person_id: str) -> None:
        self._reload()
        self.set_person_id(person_id)
        self.edited.emit()

    def note_opened(self, contact_id: str) -> None:
        """Log that the form shows stored contact ``contact_id`` (once per editor)."""
        if self._db is None or contact_id in self._opened:
            return
        if self._db.meta(Contact, contact_id) is not None:
            self._opened.add(contact_id)
            self._db.access.log("open_contact", Contact.TABLE, contact_id)


class _Combo(QComboBox):
    """Reads the persons again just before the list drops down."""

    def __init__(self, reload: Callable[[], None]) -> None:
        super().__init__()
        self._reload = reload

    def showPopup(self) -> None:
        self._reload()
        super().showPopup()
