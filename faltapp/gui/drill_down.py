"""The shifts behind one number of the week view, each opening in the shift editor.

One window serves every drill-down of a week view: asking about another number shows that
number's shifts in it. The list follows the store (a shift saved or deleted elsewhere leaves
or joins it) through the change signal, like every other list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.changes import Changes
from faltapp.gui.hint_view import HintTableView
from faltapp.gui.i18n import format_week
from faltapp.gui.shift_model import ShiftTableModel
from faltapp.gui.week_figures_model import Drill

if TYPE_CHECKING:
    from faltapp.gui.store_events import StoreEvents
    from faltapp.store.database import Database

TABLES = ("shift", "tally", "contact", "observation", "follow_up", "place", "staff")
"""Tables whose changes can move a shift into or out of a drill-down."""
AREAS_COLUMN = 3
"""The shift list's Områden: the one column that gives way (the list elides it)."""


class DrillDown(QDialog):
    """A non-modal list of the shifts behind a :class:`Drill`; Enter opens one."""

    def __init__(self, db: Database, events: StoreEvents, open_shift: Callable[[str], None],
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self._db = db
        self._open_shift = open_shift
        self._today = today
        self.question: Drill | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.model = ShiftTableModel(db.shifts, self)
        self.table = HintTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Pass bakom talet"))
        self.table.set_hint(self.tr("Inga pass räknas här längre."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AREAS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("&Öppna passet"))
        self.open_button.setToolTip(self.tr("Öppna det valda passet (Enter)"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Stäng"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 380)
        events.changed.connect(self._on_changes)

    def show_question(self, question: Drill) -> None:
        """List the shifts behind ``question``, show the window and put the keyboard in it."""
        self.question = question
        self.setWindowTitle(self.tr("Pass bakom talet — {week}").format(
            week=format_week(question.week)))
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Ask the store again (the list and the count in the heading)."""
        question = self.question
        if question is None:
            return
        current = self.table.currentIndex()
        keep = self.model.shift_id(current.row()) if current.isValid() else None
        ids = self._db.reports.shift_ids_behind(question.week, question.figure, question.key,
                                                today=self._today())
        self.model.set_ids(ids)
        self.heading.setText(self.tr("{what} ({week}): %n pass", "", len(ids)).format(
            what=question.what, week=format_week(question.week)))
        row = self.model.row_of(keep) if keep else -1
        if ids:
            self.table.selectRow(max(row, 0))

    def _on_changes(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches(*TABLES):
            self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_shift(self.model.shift_id(index.row()))
