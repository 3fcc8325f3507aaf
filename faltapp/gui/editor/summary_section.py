"""Sammanfattning: the shift's free-text summary, with a live character count.

A paste that would take the text past the limit is refused with a message next to the field
(the text already there stays as it was); typing past the limit or typing control and bidi
override characters is allowed but marked with the validation message, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from faltapp.core.entities import Shift
from faltapp.core.validation import Context, validate
from faltapp.gui.editor.section import Section
from faltapp.gui.widgets import ERROR_COLOUR, ErrorLabel

if TYPE_CHECKING:
    from faltapp.core.shift_checks import FieldProblem
    from faltapp.core.shift_draft import ShiftDraft
    from faltapp.gui.editor.context import EditorContext

SUMMARY_LIMIT = 4000
"""The limit ``core/validation.py`` sets for ``Shift.summary``."""
_PROBE = Shift(date=date(2025, 1, 1), start=time(18), end=time(23), kind="kvallspass")
"""A valid shift whose summary is swapped for the text being typed, to check it live."""
_LIVE_CONTEXT = Context(category_codes=frozenset())


class SummaryEdit(QPlainTextEdit):
    """A plain-text edit that refuses a paste which would not fit the limit."""

    paste_refused = Signal(int)
    """Emitted with the length of a refused paste."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Insert ``source`` unless the result would exceed :data:`SUMMARY_LIMIT`."""
        pasted = source.text()
        selected = len(self.textCursor().selectedText())
        if len(self.toPlainText()) - selected + len(pasted) > SUMMARY_LIMIT:
            self.paste_refused.emit(len(pasted))
            return
        super().insertFromMimeData(source)


class SummarySection(Section):
    """The summary of the shift in one text field."""

    KEY = "summary"
    SHIFT_FIELDS = frozenset({"summary"})

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self.edit = SummaryEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Sammanfattning"))
        self.edit.setPlaceholderText(self.tr(
            "Hur var kvällen? Stämning, platser, vad som behöver följas upp."))
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error = ErrorLabel()
        self._problem_text = ""
        label = QLabel(self.tr("Sa&mmanfattning"))
        label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.paste_refused.connect(self._paste_refused)
        self._update_count()

    def title(self) -> str:
        """The section's name in the side index."""
        return self.tr("Sammanfattning")

    def load(self, draft: ShiftDraft) -> None:
        """Show the draft's summary (no ``changed``)."""
        self._loading = True
        try:
            self.edit.setPlainText(draft.shift.summary)
        finally:
            self._loading = False
        self._problem_text = ""
        self._refresh_marks()

    def collect(self, draft: ShiftDraft) -> None:
        """The text exactly as typed becomes the summary."""
        draft.shift = replace(draft.shift, summary=self.edit.toPlainText())

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Show the summary's problems under the field."""
        self._problem_text = "\n".join(p.message for p in problems if p.field == "summary")
        self._refresh_marks()

    def focus_problem(self, problem: FieldProblem) -> None:
        """The cursor goes into the text."""
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only text can still be selected and copied."""
        self.edit.setReadOnly(read_only)

    def first_field(self) -> QWidget:
        """The text field."""
        return self.edit

    def _text_changed(self) -> None:
        self._problem_text = ""
        self._refresh_marks()
        if not self._loading:
            self.changed.emit()

    def _paste_refused(self, length: int) -> None:
        self.error.show_message(self.tr(
            "Det du klistrade in ({length} tecken) ryms inte: sammanfattningen får vara högst "
            "{limit} tecken. Texten i fältet är oförändrad.").format(
                length=length, limit=SUMMARY_LIMIT))

    def _refresh_marks(self) -> None:
        """Count and live validation of what the field holds now."""
        self._update_count()
        text = self.edit.toPlainText()
        live = [p.message for p in validate(replace(_PROBE, summary=text), _LIVE_CONTEXT)
                if p.field == "summary"]
        messages = list(dict.fromkeys([*live, *filter(None, [self._problem_text])]))
        if messages:
            self.error.show_message("\n".join(messages))
        else:
            self.error.hide()

    def _update_count(self) -> None:
        length = len(self.edit.toPlainText())
        self.count_label.setText(self.tr("{length} av {limit} tecken").format(
            length=length, limit=SUMMARY_LIMIT))
        self.count_label.setStyleSheet(f"color: {ERROR_COLOUR};" if length > SUMMARY_LIMIT
                                       else "")
