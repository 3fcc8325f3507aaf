"""The main window's Team menu: what working as a team needs (issue 8).

Today: Konflikter… (records two laptops changed at the same time). Export, import and the
roster join it as their windows are built; each opens lazily, so start-up pays nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from faltapp.gui.main_window import MainWindow


def add_team_menu(window: MainWindow) -> QAction:
    """Add the Team menu to ``window``'s menu bar; returns its Konflikter action."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("TeamMenu", "Tea&m"))
    conflicts = QAction(QCoreApplication.translate("TeamMenu", "&Konflikter…"), window)
    conflicts.setShortcut(QKeySequence("Ctrl+Shift+K"))
    conflicts.setToolTip(QCoreApplication.translate(
        "TeamMenu", "Poster som ändrats på två datorer samtidigt (Ctrl+Shift+K)"))
    conflicts.triggered.connect(lambda: open_conflicts(window))
    menu.addAction(conflicts)
    return conflicts


def open_conflicts(window: MainWindow) -> None:
    """Show the window's conflict review (one per main window), in front, keyboard in it."""
    from faltapp.gui.conflict_dialog import ConflictDialog

    dialog = getattr(window, "conflict_dialog", None)
    if dialog is None:
        dialog = ConflictDialog(window.db, window.events, window)
        window.conflict_dialog = dialog
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.list.setFocus()
