"""Small widgets shared by the dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

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


class BusyLine(QWidget):
    """A hidden line saying what the dialog is doing, with a moving bar while it lasts."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        bar = QProgressBar()
        bar.setRange(0, 0)  # no end known: the bar moves, so the window is visibly alive
        bar.setTextVisible(False)
        bar.setMaximumHeight(12)
        bar.setMaximumWidth(140)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(bar)
        self.hide()

    def start(self, text: str) -> None:
        """Show ``text`` and the moving bar."""
        self.label.setText(text)
        self.show()
