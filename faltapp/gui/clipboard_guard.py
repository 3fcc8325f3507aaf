"""Text copied out of faltapp (an alias, a note) leaves the clipboard after 30 seconds.

One guard for the whole application watches the clipboard (and X11's selection, which holds
whatever text was last selected): text put there by faltapp — every copy action there is: a
list row's Ctrl+C (Qt copies the row's text), a field's Ctrl+C or context menu — is cleared
``CLEAR_AFTER_MS`` later if the clipboard still holds that same text. Something else copied
since, in faltapp or another program, is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    """Clears faltapp's own text from the clipboard and the selection after ``delay_ms``."""

    def __init__(self, app: QGuiApplication, delay_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(app)
        self._clipboard = app.clipboard()
        self._delay_ms = delay_ms
        self._timers: dict[QClipboard.Mode, QTimer] = {}
        self._copied: dict[QClipboard.Mode, str] = {}
        self._clipboard.dataChanged.connect(self._clipboard_changed)
        self._clipboard.selectionChanged.connect(self._selection_changed)

    def pending(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> str | None:
        """The text that will be cleared from ``mode``, if any."""
        timer = self._timers.get(mode)
        return self._copied.get(mode) if timer is not None and timer.isActive() else None

    def _clipboard_changed(self) -> None:
        self._changed(QClipboard.Mode.Clipboard)

    def _selection_changed(self) -> None:
        self._changed(QClipboard.Mode.Selection)

    def _changed(self, mode: QClipboard.Mode) -> None:
        copied = self._clipboard.text(mode)
        ours = self._clipboard.ownsClipboard() if mode == QClipboard.Mode.Clipboard \
            else self._clipboard.ownsSelection()
        ours = ours or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        timer = self._timers.get(mode)
        if timer is None:
            timer = self._timers[mode] = QTimer(self, singleShot=True, interval=self._delay_ms)
            timer.timeout.connect(lambda: self._clear(mode))  # the timer dies with the guard
        if not copied or not ours:
            timer.stop()
            return
        self._copied[mode] = copied
        timer.start()

    def _clear(self, mode: QClipboard.Mode) -> None:
        if self._clipboard.text(mode) == self._copied.pop(mode, None):
            self._clipboard.clear(mode)


def install(app: QGuiApplication) -> ClipboardGuard:
    """The application's one guard (created once)."""
    existing = app.findChild(ClipboardGuard)
    return existing if existing is not None else ClipboardGuard(app)
