"""Tätortsvandring: the protocol items of a safety walk (a problem at a place, to be fixed)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit

from faltapp.core.entities import WalkItem
from faltapp.gui.editor.item_list import ItemListSection
from faltapp.gui.editor.item_parts import (
    CodeCombo,
    FormRead,
    place_picker,
    read_place,
    show_place,
)
from faltapp.gui.inputs.date_edit import DateEdit
from faltapp.gui.labels import name_of


class WalkSection(ItemListSection):
    """The walk's protocol items: list above, the selected item's form below."""

    KEY: ClassVar[str] = "walk"
    TABLES: ClassVar[frozenset[str]] = frozenset({"walk_item"})
    DRAFT_LIST: ClassVar[str] = "walk_items"

    def title(self) -> str:
        """The name in the side index."""
        return self.tr("Tätortsvandring")

    def add_text(self) -> str:
        """Text of the add button."""
        return self.tr("&Ny punkt i protokollet")

    def empty_text(self) -> str:
        """Shown while the walk has no items."""
        return self.tr("Protokollet är tomt. Alt+N lägger till en punkt: ett problem på en "
                       "plats och vad som bör göras.")

    def headers(self) -> list[str]:
        """Columns of the list."""
        return [self.tr("Plats"), self.tr("Problem"), self.tr("Ansvarig"),
                self.tr("Prioritet"), self.tr("Status")]

    def cells(self, record: Any) -> list[str]:
        """One line per item."""
        vocab = self.context.vocab
        return [self.context.place_name(record.place_id), record.problem, record.responsible,
                name_of(vocab.walk_priorities, record.priority),
                name_of(vocab.walk_statuses, record.status)]

    def new_record(self) -> Any:
        """A blank item."""
        return WalkItem(shift_id="", problem="")

    def describe(self, record: Any) -> str:
        """The question before removing an item."""
        return self.tr("Ta bort punkten «{problem}»?").format(problem=record.problem or "?")

    def build_form(self) -> None:
        """Place, problem, proposed action; responsible, priority, deadline, status."""
        vocab = self.context.vocab
        self.place = place_picker(self.context)
        self.problem = QPlainTextEdit()
        self.action = QPlainTextEdit()
        for edit in (self.problem, self.action):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        self.responsible = QLineEdit()
        units = [self.tr("Gata/park"), self.tr("Fastighetsägare"), self.tr("Polis"),
                 self.tr("Socialtjänst"), self.tr("Skola"), self.tr("Räddningstjänst")]
        completer = QCompleter(units, self.responsible)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.responsible.setCompleter(completer)
        self.priority = CodeCombo()
        self.priority.set_terms(vocab.walk_priorities)
        self.deadline = DateEdit()
        self.deadline.set_future_days(366)  # a deadline is naturally weeks or months ahead
        self.status = CodeCombo()
        self.status.set_terms(vocab.walk_statuses)

        self.add_field("place_id", self.tr("Plats"), self.place)
        self.add_field("problem", self.tr("Problem"), self.problem)
        self.add_field("proposed_action", self.tr("Föreslagen åtgärd"), self.action)
        self.add_field("responsible", self.tr("Ansvarig"), self.responsible, column="right")
        self.add_field("priority", self.tr("Prioritet"), self.priority, column="right")
        self.add_field("deadline", self.tr("Klart senast"), self.deadline, column="right",
                       focus=self.deadline.line_edit())
        self.add_field("status", self.tr("Status"), self.status, column="right")
        for signal in (self.place.edited, self.problem.textChanged, self.action.textChanged,
                       self.responsible.textChanged, self.priority.edited,
                       self.deadline.edited, self.status.edited):
            signal.connect(self.edited)

    def show_record(self, record: Any, raw: dict[str, str]) -> None:
        """Fill the form from an item (unread place or deadline from ``raw``)."""
        show_place(self.place, self.context, record.place_id, raw.get("place_id"))
        for edit, text in ((self.problem, record.problem),
                           (self.action, record.proposed_action)):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self.responsible.setText(record.responsible)
        self.priority.set_code(record.priority)
        self.deadline.set_date(record.deadline)
        if "deadline" in raw:
            self.deadline.set_raw_text(raw["deadline"])
        self.status.set_code(record.status)

    def read_form(self, record: Any) -> FormRead:
        """The item as the form holds it; an unread place or deadline stays raw."""
        raw: dict[str, str] = {}
        problems: dict[str, str] = {}
        place_id = read_place(self.place, record.place_id, raw, problems)
        if self.deadline.problem():
            raw["deadline"] = self.deadline.raw_text()
            problems["deadline"] = self.deadline.problem() or ""
        updated = replace(
            record, place_id=place_id, problem=self.problem.toPlainText(),
            proposed_action=self.action.toPlainText(), responsible=self.responsible.text(),
            priority=self.priority.code(), deadline=self.deadline.date(),
            status=self.status.code())
        return FormRead(updated, raw, problems)
