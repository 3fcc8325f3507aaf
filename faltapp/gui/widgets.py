"""Small widgets shared by the dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#b00020"


class ErrorLabel(QLabel):
    """A hidden, plain-text, wrapping red label that lists what is wrong in a dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.hide()

    def show_message(self, message: str) -> None:
        """Show ``message`` (plain text, never markup)."""
        self.setText(message)
        self.show()
