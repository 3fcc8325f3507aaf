"""Keyboard helpers for GUI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character.

    ``qtbot.keyClicks`` aborts the whole run on å, ä, ö (PLATFORM-NOTES gotcha 1).
    """
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def focused() -> QWidget:
    """The widget with keyboard focus (there must be one)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: QtBot, k: Qt.Key | str,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press to the widget with focus, as the user's keyboard would send it."""
    qtbot.keyClick(focused(), k, modifier)


def tab(qtbot: QtBot, times: int = 1) -> None:
    """Press Tab ``times`` times."""
    for _ in range(times):
        key(qtbot, Qt.Key.Key_Tab)


def error_of(page: object, name: str) -> str:
    """The red problem line under field ``name`` of a record list page ("" when hidden)."""
    label = page._fields[name].error  # type: ignore[attr-defined]
    return "" if label.isHidden() else label.text()


def tab_to(qtbot: QtBot, target: QWidget, most: int = 4) -> None:
    """Press Tab until ``target`` has focus (date and time edits tab through their sections)."""
    for _ in range(most):
        if target.hasFocus():
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert target.hasFocus()


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show ``widget`` and wait until it is the active window (keyboard input goes there)."""
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
