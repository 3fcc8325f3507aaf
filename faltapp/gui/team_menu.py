"""The main window's Team menu: what working as a team needs (issue 8).

Konflikter… (records two laptops changed at the same time) and Enheter i teamet… (the
roster). Export and import join it as their windows are built; each opens lazily, so start-up
pays nothing.
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
    roster = QAction(QCoreApplication.translate("TeamMenu", "&Enheter i teamet…"), window)
    roster.triggered.connect(lambda: open_roster(window))
    menu.addAction(roster)
    return conflicts


def open_roster(window: MainWindow) -> None:
    """Show the team's roster (one window per main window), in front."""
    from faltapp.gui.roster_dialog import RosterDialog

    dialog = getattr(window, "roster_dialog", None)
    if dialog is None:
        dialog = RosterDialog(window.db, window.events, window)
        window.roster_dialog = dialog
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


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
