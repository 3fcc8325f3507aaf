"""A strict time field: what is typed is read by ``core.time_text`` or refused, never guessed."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from faltapp.core.time_text import (
    NEXT_DAY,
    TimeTextError,
    format_time,
    is_next_day,
    parse_time,
)
from faltapp.gui.widgets import ERROR_COLOUR

MAX_TYPED = 40
"""Longer texts are cut by the field (a pasted page is no time)."""


def problem_text(error: TimeTextError) -> str:
    """The message for ``error`` in the UI's language (core.messages translates it)."""
    return str(error)


ERROR_TINT = "#fde8eb"
"""Background of a frameless editor inside a combo or spin box that holds a mistake."""


def mark_invalid(edit: QLineEdit, problem: str | None) -> None:
    """Show ``problem`` on ``edit``: red frame (red text on a tint when the edit has no frame
    of its own, inside a combo or spin box) and tooltip; ``None`` clears both."""
    if not problem:
        edit.setStyleSheet("")
    elif edit.hasFrame():
        edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {ERROR_COLOUR}; }}")
    else:
        edit.setStyleSheet(f"QLineEdit {{ color: {ERROR_COLOUR}; background: {ERROR_TINT}; }}")
    edit.setToolTip(problem or "")


class TimeEdit(QLineEdit):
    """A five-character time field; "(+1)" beside it when the time is after midnight.

    Text that is no time stays as typed, marked red, and ``problem()`` says why; meanwhile
    ``time()`` is the time the field last held at rest (set, or valid when the field was
    left), never one read from half a keystroke sequence ("2" on the way to "2530").
    """

    edited = Signal()
    """Emitted on every edit by the user (not on :meth:`set_time`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time: time | None = None
        self._kept: time | None = None
        self._problem: str | None = None
        self._start: time | None = None
        self.setMaxLength(MAX_TYPED)
        self.setAccessibleName(self.tr("Tid"))  # the caller names it more precisely
        self.setPlaceholderText(self.tr("tt:mm"))
        self._hint = QLabel(NEXT_DAY, self)
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint.setAccessibleName(self.tr("Nästa dag"))
        self._hint.setToolTip(self.tr("Efter midnatt: dagen efter passets början"))
        self._hint.hide()
        width = self.fontMetrics().horizontalAdvance(f"00:00 {NEXT_DAY}") + 16
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 8)
        self.setTextMargins(0, 0, self.fontMetrics().horizontalAdvance(f" {NEXT_DAY}"), 0)
        self.textEdited.connect(self._on_edited)

    # -- public API ----------------------------------------------------------------------

    def time(self) -> time | None:
        """The time typed (``None`` when empty); while the text is no time, the time the
        field held before (see the class)."""
        return self._kept if self._problem else self._time

    def set_time(self, t: time | None) -> None:
        """Show ``t`` ("HH:MM", or empty); emits no ``edited``."""
        self._time = self._kept = t
        self.setText("" if t is None else format_time(t))
        self._set_problem(None)

    def set_day_start(self, start: time | None) -> None:
        """The shift's start: a time at or before it is shown as the next day."""
        self._start = start
        self._update_hint()

    def next_day(self) -> bool:
        """True when the time shown falls on the day after the shift's start."""
        return self._problem is None and self._time is not None and is_next_day(
            self._time, self._start)

    def problem(self) -> str | None:
        """Why the text is no time, or ``None`` when it is one (or empty)."""
        return self._problem

    def raw_text(self) -> str:
        """The text as typed."""
        return self.text()

    def set_raw_text(self, text: str) -> None:
        """Show ``text`` as if typed (a draft's unread text); emits no ``edited``."""
        self.setText(text)
        self._read()
        if self._problem is None:
            self._kept = self._time

    # -- behaviour -----------------------------------------------------------------------

    def _on_edited(self) -> None:
        self._read()
        self.edited.emit()

    def _read(self) -> None:
        try:
            self._time = parse_time(self.text())
        except TimeTextError as error:
            self._set_problem(problem_text(error))
            return
        self._set_problem(None)

    def _set_problem(self, problem: str | None) -> None:
        self._problem = problem
        mark_invalid(self, problem)
        self._update_hint()

    def _update_hint(self) -> None:
        self._hint.setVisible(self.next_day())
        self._place_hint()

    def _place_hint(self) -> None:
        hint = self._hint.sizeHint()
        self._hint.setGeometry(self.width() - hint.width() - 4,
                               (self.height() - hint.height()) // 2, hint.width(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the "(+1)" hint at the right edge."""
        super().resizeEvent(event)
        self._place_hint()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """A valid text is shown as "HH:MM"; an invalid one stays as typed."""
        if self._problem is None:
            self._kept = self._time
            self.setText("" if self._time is None else format_time(self._time))
        super().focusOutEvent(event)
