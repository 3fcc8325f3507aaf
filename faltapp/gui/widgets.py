"""Small widgets shared by the dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

ERROR_COLOUR = "#b00020"


class ErrorLabel(QLabel):
    """A hidden, plain-text, wrapping red label that says what is wrong in a dialog.

    With ``attempts`` (a dialog's own message, not a field's): the same message again (the
    user tried again and failed again) says which attempt it is, so a new failure is visibly
    new, and the window grows to show the whole message — never clipped, however many lines
    it wraps to (up to the screen's height).
    """

    def __init__(self, *, attempts: bool = False) -> None:
        super().__init__()
        self._counts = attempts
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._last = ""
        self._attempt = 0
        self.hide()

    def show_message(self, message: str) -> None:
        """Show ``message`` (plain text, never markup), numbered if it repeats."""
        self.show()
        if not self._counts:
            self.setText(message)
            return
        self._attempt = self._attempt + 1 if message == self._last else 1
        self._last = message
        if self._attempt > 1:
            message = self.tr("Försök {n}: {message}").format(n=self._attempt, message=message)
        self.setText(message)
        self.grow_window()

    def forget(self) -> None:
        """Hide, and count the next message as a first attempt (the situation changed)."""
        self._last, self._attempt = "", 0
        self.hide()

    def grow_window(self) -> None:
        """Make the window tall enough for the whole message (never smaller)."""
        window = self.window()
        if window is self or window.isMaximized() or window.isFullScreen():
            return
        layout = window.layout()
        if layout is not None:
            layout.activate()
        wanted = window.sizeHint().height()
        screen = window.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().height())
        if window.height() < wanted:
            window.resize(window.width(), wanted)


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
