"""The follow-up list of the main window: open follow-ups, overdue first, by owner.

Enter on a follow-up asks for the shift it came from (``open_requested``); the main window
opens the editor there. The list is refreshed by the main window from the store's change signal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from faltapp.gui.follow_up_model import FollowUpTableModel
from faltapp.gui.hint_view import HintTableView
from faltapp.store.follow_up_queries import FollowUpQueries

TABLES = ("follow_up", "staff", "shift", "contact")
"""Tables whose changes can alter a row of the follow-up list."""


class FollowUpList(QWidget):
    """Owner filter, "group by owner", and the list; ``overdue`` is the count shown last."""

    open_requested = Signal(str)
    """The id of the shift to open (Enter or double-click on a follow-up)."""
    counted = Signal(int, int)
    """(open follow-ups listed, overdue among all open ones) after every refresh."""

    def __init__(self, queries: FollowUpQueries, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._today = today
        self.overdue = 0
        self.listed = 0
        self._loaded = False  # the list is read when first shown; until then only counts
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Ansvarig"))
        self.owner_combo.setToolTip(self.tr("Visa bara en persons uppföljningar (Alt+N)"))
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        owner_label = QLabel(self.tr("A&nsvarig:"))
        owner_label.setBuddy(self.owner_combo)
        self.group_box = QCheckBox(self.tr("&Gruppera efter ansvarig"))
        self.group_box.setAccessibleName(self.tr("Gruppera efter ansvarig"))
        self.model = FollowUpTableModel(queries, today, self)
        self.table = HintTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Öppna uppföljningar"))
        self.table.activated.connect(self._activated)
        header = self.table.horizontalHeader()
        widths = {0: "ons 30/12 2026", 1: "Försenad", 3: "Anna Andersson", 4: "ons 30/12 2026"}
        for column, sample in widths.items():
            width = max(self.fontMetrics().horizontalAdvance(sample),
                        self.fontMetrics().horizontalAdvance(str(self.model.headerData(
                            column, Qt.Orientation.Horizontal))))
            self.table.setColumnWidth(column, width + 24)
        header.setSectionResizeMode(FollowUpTableModel.WHAT, QHeaderView.ResizeMode.Stretch)

        bar = QHBoxLayout()
        bar.addWidget(owner_label)
        bar.addWidget(self.owner_combo)
        bar.addSpacing(12)
        bar.addWidget(self.group_box)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.owner_combo, self.group_box)
        self.setTabOrder(self.group_box, self.table)
        self.owner_combo.addItem(self.tr("Alla"), None)
        self.owner_combo.currentIndexChanged.connect(self.refresh)
        self.group_box.toggled.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the list the first time it is shown (start-up only counts)."""
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload owners and ids for the current filter, keeping the selected follow-up;
        while the list has never been shown, only the counts for the tab title."""
        if not self._loaded:
            self.listed = self._queries.open_count()
            self.overdue = self._queries.overdue_count(self._today())
            self.counted.emit(self.listed, self.overdue)
            return
        current = self.table.currentIndex()
        keep = self.model.record_id(current.row()) if current.isValid() else None
        self._fill_owners()
        owner = self.owner_combo.currentData()
        self.model.set_ids(self._queries.open_ids(owner, by_owner=self.group_box.isChecked()))
        count = self.model.rowCount()
        self.table.set_hint(self.tr("Inga öppna uppföljningar.") if owner is None
                            else self.tr("Inga öppna uppföljningar för den här personen."))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self.overdue = self._queries.overdue_count(self._today())
        self.listed = count
        self.counted.emit(count, self.overdue)

    def _fill_owners(self) -> None:
        """Alla, then everyone who owns an open follow-up; the choice stays if still there."""
        current = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Alla"), None)
        for staff_id, name in self._queries.owners():
            self.owner_combo.addItem(name, staff_id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)))
        self.owner_combo.blockSignals(False)

    def focus_list(self) -> None:
        """Put the keyboard in the list, on the first follow-up if none is selected."""
        if not self._loaded:
            self._loaded = True
            self.refresh()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def open_current(self) -> None:
        """Ask for the shift of the selected follow-up."""
        self._activated(self.table.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        shift_id = self.model.shift_id(index.row())
        if shift_id:
            self.open_requested.emit(shift_id)
