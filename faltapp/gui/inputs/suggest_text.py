"""A text field that completes the usual cases as you type: "mi" + Enter → "Misstänkt …".

While the text so far is the start of a suggestion, the rest of it is shown selected after
the cursor; Enter takes the suggestion, typing on replaces it, Backspace or Escape drop it.
Any other text can be typed as usual (Enter then starts a new line).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_ACCEPT = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def split_cases(description: str) -> list[str]:
    """The cases of a category's description ("Bråk, våld" → ["Bråk", "Våld"])."""
    cases = (part.strip() for part in description.split(","))
    return [case[0].upper() + case[1:] for case in cases if case]


class SuggestText(QPlainTextEdit):
    """A plain text field that offers to complete its first line from a list of cases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggestions: list[str] = []
        self._offered: str | None = None
        self.setTabChangesFocus(True)

    def set_suggestions(self, suggestions: Iterable[str]) -> None:
        """Offer these cases from now on (the first match in this order wins)."""
        self._suggestions = list(suggestions)
        self._offered = None

    def suggestions(self) -> list[str]:
        """The cases offered."""
        return list(self._suggestions)

    def offered(self) -> str | None:
        """The suggestion shown after the cursor right now, if any."""
        return self._offered

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes a shown suggestion; a typed letter may bring one."""
        offered, self._offered = self._offered, None
        if offered is not None and self.textCursor().hasSelection():
            key = Qt.Key(event.key())
            if key in _ACCEPT and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.setPlainText(offered)
                self.moveCursor(QTextCursor.MoveOperation.End)
                return
            if key == Qt.Key.Key_Escape:
                self.textCursor().removeSelectedText()
                return
        super().keyPressEvent(event)
        text = event.text()
        if text and text.isprintable() and not self.isReadOnly():
            self._offer()

    def _offer(self) -> None:
        cursor = self.textCursor()
        typed = self.toPlainText()
        if cursor.hasSelection() or not cursor.atEnd() or not typed.strip():
            return
        folded = typed.casefold()
        match = next((s for s in self._suggestions
                      if s.casefold().startswith(folded) and len(s) > len(typed)), None)
        if match is None:
            return
        start = cursor.position()
        cursor.insertText(match[len(typed):])
        end = cursor.position()
        cursor.setPosition(end)
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._offered = match
