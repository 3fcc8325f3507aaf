"""Every input of every window has a name a screen reader can say, and fits 1024×600."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui.test_english_coverage import OPENERS
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
