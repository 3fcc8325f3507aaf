"""A count of people, 0–500: typed, or stepped with + and −; too many is refused, not clamped."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QToolTip, QWidget

from faltapp.gui.inputs.time_edit import mark_invalid

MOST = 500
"""The highest count a field takes (more is a typing mistake)."""
_UP, _DOWN = frozenset({"+"}), frozenset({"-", "−"})


class CountSpin(QSpinBox):
    """A spin box for a count: + / − (and the arrow keys) step by one, never when read-only.

    Arriving in the field selects the count, so a typed digit replaces it; an emptied field
    counts 0. Typing a number over 500 refuses the keystroke that made it too big, says so in a
    tooltip and in ``problem()`` (until the next edit) and marks the field red; the count is
    never changed to 500 behind the user's back. A negative count cannot be typed.
    """

    edited = Signal()
    """Emitted on every change by the user (typing or stepping; not on ``setValue``), once
    ``value()`` holds the new count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problem: str | None = None
        self._typed = False
        self.setRange(0, MOST)
        self.setAccessibleName(self.tr("Antal"))  # the caller names it more precisely
        self.setToolTip(self.tr("Skriv antalet eller stega med + och −"))
        # textEdited comes before the spin box reads the text; textChanged after it
        self.lineEdit().textEdited.connect(self._on_typed)
        self.lineEdit().textChanged.connect(self._on_text_read)

    def problem(self) -> str | None:
        """Why the last thing typed was refused, or ``None``."""
        return self._problem

    def validate(self, text: str, pos: int) -> object:
        """Refuse (with a message) a number over the maximum instead of clamping it; an empty
        field is a valid 0."""
        digits = text.strip()
        if not digits:
            return QValidator.State.Acceptable, text, pos
        if digits.isdigit() and int(digits) > MOST:
            self._set_problem(self.tr("{count} är för många: högst {most}. Skriv ett mindre "
                                      "tal.").format(count=digits, most=MOST))
            return QValidator.State.Invalid, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        """The count typed; 0 for an emptied field."""
        return int(text) if text.strip() else 0

    def stepBy(self, steps: int) -> None:
        """Step, and report it as the user's edit when the count changed."""
        before = self.value()
        super().stepBy(steps)
        if self.value() != before:
            self._set_problem(None)
            self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """``+`` and ``-`` (also on the keypad) step instead of being typed."""
        if event.text() in _UP or event.key() == Qt.Key.Key_Plus:
            step = 1
        elif event.text() in _DOWN or event.key() == Qt.Key.Key_Minus:
            step = -1
        else:
            super().keyPressEvent(event)
            return
        if not self.isReadOnly():
            self.stepBy(step)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Select the count when the cursor arrives (not on a click: it places the cursor)."""
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()

    def _on_typed(self) -> None:
        self._typed = True

    def _on_text_read(self) -> None:
        """After a keystroke, once ``value()`` follows the text: report the user's edit."""
        if self._typed:
            self._typed = False
            self._set_problem(None)
            self.edited.emit()

    def _set_problem(self, problem: str | None) -> None:
        if problem == self._problem:
            return
        self._problem = problem
        mark_invalid(self.lineEdit(), problem)
        if problem:
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), problem, self)
        else:
            QToolTip.hideText()
