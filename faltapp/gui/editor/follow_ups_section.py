"""Uppföljningar: what is to be done later, by whom, by when; one can come from a contact.

A new follow-up is owned by the first staff member on the shift as the shift is when it is
added (staff chosen after the editor opened count) and is due a week after the shift.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QPlainTextEdit

from faltapp.core.entities import FollowUp
from faltapp.gui.editor.item_list import ItemListSection
from faltapp.gui.editor.item_parts import CodeCombo, FormRead
from faltapp.gui.inputs.date_edit import DateEdit
from faltapp.gui.labels import name_of

if TYPE_CHECKING:
    from faltapp.core.shift_draft import ShiftDraft


class FollowUpsSection(ItemListSection):
    """The follow-ups of the shift: list above, the selected one's form below."""

    KEY: ClassVar[str] = "follow_ups"
    TABLES: ClassVar[frozenset[str]] = frozenset({"follow_up"})
    DRAFT_LIST: ClassVar[str] = "follow_ups"

    DUE_AFTER: ClassVar[timedelta] = timedelta(days=7)
    """A new follow-up is due this long after the shift's date."""

    _draft: ShiftDraft | None = None

    def title(self) -> str:
        """The name in the side index."""
        return self.tr("Uppföljningar")

    def add_text(self) -> str:
        """Text of the add button."""
        return self.tr("&Ny uppföljning")

    def empty_text(self) -> str:
        """Shown while the shift has no follow-ups."""
        return self.tr("Inga uppföljningar på det här passet. Alt+N lägger till en; "
                       "på en kontakt skapar Alt+U en uppföljning av samtalet.")

    def headers(self) -> list[str]:
        """Columns of the list."""
        return [self.tr("Vad"), self.tr("Ansvarig"), self.tr("Senast"), self.tr("Status")]

    def cells(self, record: Any) -> list[str]:
        """One line per follow-up."""
        return [record.text, self._staff_name(record.owner_id),
                record.due.isoformat() if record.due else "",
                name_of(self.context.vocab.follow_up_statuses, record.status)]

    def new_record(self) -> Any:
        """A blank follow-up owned by the first staff member on the shift, due in a week."""
        if self._draft is None:
            return FollowUp(text="")
        shift = self._draft.shift
        active = {s.id for s in self.context.active_staff()}
        owner = next((s for s in shift.staff_ids if s in active), None)
        return FollowUp(text="", owner_id=owner, due=shift.date + self.DUE_AFTER)

    def describe(self, record: Any) -> str:
        """The question before removing a follow-up."""
        return self.tr("Ta bort uppföljningen «{text}»?").format(text=record.text or "?")

    def add_follow_up(self, text: str, contact_id: str | None) -> None:
        """Add a follow-up with ``text`` (of contact ``contact_id``) and put the cursor in it."""
        self.add_record(replace(self.new_record(), text=text, contact_id=contact_id))

    def load(self, draft: ShiftDraft) -> None:
        """Show the draft's follow-ups; new ones take their defaults from this draft's shift
        as it is when they are added (the window keeps ``draft.shift`` up to date)."""
        self._draft = draft
        super().load(draft)

    def build_form(self) -> None:
        """What; owner, due date, status."""
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.text.fontMetrics().lineSpacing() * 3 + 12)
        self.owner = CodeCombo()
        self.owner.set_items([("", self.tr("(ingen)")), *(
            (s.id, s.name) for s in self.context.active_staff())])
        self.due = DateEdit()
        self.due.set_future_days(366)  # a follow-up may well be due months ahead
        self.status = CodeCombo()
        self.status.set_terms(self.context.vocab.follow_up_statuses)
        self.add_field("text", self.tr("Vad"), self.text, column="top")
        self.add_field("owner_id", self.tr("Ansvarig"), self.owner)
        self.add_field("due", self.tr("Senast"), self.due, focus=self.due.line_edit())
        self.add_field("status", self.tr("Status"), self.status, column="right")
        for signal in (self.text.textChanged, self.owner.edited, self.due.edited,
                       self.status.edited):
            signal.connect(self.edited)

    def show_record(self, record: Any, raw: dict[str, str]) -> None:
        """Fill the form from a follow-up (an unread due date from ``raw``)."""
        if self.text.toPlainText() != record.text:
            self.text.setPlainText(record.text)
        if record.owner_id and self.owner.findData(record.owner_id) < 0:
            self.owner.addItem(self._staff_name(record.owner_id), record.owner_id)
        self.owner.set_code(record.owner_id or "")
        self.due.set_date(record.due)
        if "due" in raw:
            self.due.set_raw_text(raw["due"])
        self.status.set_code(record.status)

    def read_form(self, record: Any) -> FormRead:
        """The follow-up as the form holds it; an unread due date stays raw."""
        read = FormRead(replace(record, text=self.text.toPlainText(),
                                owner_id=self.owner.code() or None, due=self.due.date(),
                                status=self.status.code()))
        if self.due.problem():
            read.raw["due"] = self.due.raw_text()
            read.problems["due"] = self.due.problem() or ""
        return read

    def _staff_name(self, staff_id: str | None) -> str:
        if not staff_id:
            return ""
        return next((s.name for s in self.context.staff if s.id == staff_id), "?")
