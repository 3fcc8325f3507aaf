"""Every input of every window has a name a screen reader can say, and fits 1024×600."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui.test_english_coverage import OPENERS, english, english_qm  # noqa: F401 (fixtures)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from faltapp.store.database import Database

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractButton,
          QAbstractItemView)


def _part_of_another_input(widget: QWidget) -> bool:
    """The line edit inside a combo or spin box, a view inside a combo's popup: named by it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(window: QWidget) -> list[str]:
    """Visible inputs without an accessible name (buttons may be named by their text)."""
    out = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if _part_of_another_input(widget) or isinstance(widget, QHeaderView):
            continue
        name = widget.accessibleName()
        if isinstance(widget, QAbstractButton):
            name = name or widget.text().replace("&", "")
        if not name.strip():
            out.append(f"{type(widget).__name__} {widget.objectName()!r} "
                       f"in {type(widget.parentWidget()).__name__}")
    return out


@pytest.mark.parametrize("name", list(OPENERS))
def test_every_input_has_an_accessible_name(qtbot: QtBot, db: Database, db_path: Path,
                                            name: str) -> None:
    window = OPENERS[name](qtbot, db, db_path)
    missing = unnamed_inputs(window)
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("name", [n for n in OPENERS if n.startswith(("editor", "main"))])
def test_the_window_fits_a_1024_by_600_screen(qtbot: QtBot, db: Database, db_path: Path,
                                              name: str) -> None:
    window = OPENERS[name](qtbot, db, db_path)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600 - 40, (name, hint)  # 40: a panel


def alt_letters(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the visible texts that claim it in ``window`` (menu bar, buttons, labels
    with a buddy, tabs, group boxes)."""
    from PySide6.QtWidgets import QGroupBox, QLabel, QMainWindow, QTabBar

    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            if not widget.shortcut().isEmpty():  # a letter drawn underlined but not bound
                texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    out: dict[str, list[str]] = {}
    for text in texts:
        at = text.replace("&&", "").find("&")
        if at >= 0 and at + 1 < len(text.replace("&&", "")):
            out.setdefault(text.replace("&&", "")[at + 1].lower(), []).append(text)
    return out


@pytest.mark.parametrize("name", list(OPENERS))
def test_no_two_controls_share_an_alt_letter(qtbot: QtBot, db: Database, db_path: Path,
                                             name: str) -> None:
    window = OPENERS[name](qtbot, db, db_path)
    clashes = {k: v for k, v in alt_letters(window).items() if len(v) > 1}
    assert not clashes, clashes


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("name", list(OPENERS))
def test_no_two_controls_share_an_alt_letter_in_english(
        qtbot: QtBot, db: Database, db_path: Path, name: str) -> None:
    window = OPENERS[name](qtbot, db, db_path)
    clashes = {k: v for k, v in alt_letters(window).items() if len(v) > 1}
    assert not clashes, clashes
