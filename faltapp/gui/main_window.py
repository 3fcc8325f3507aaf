"""The main window: the shift list newest first, a week filter, a status bar, and the form.

The list follows the store: every committed change arrives through :class:`StoreEvents`
(whoever wrote it, on whatever thread), and the window refreshes from that one signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QToolBar,
    QWidget,
)

from faltapp.core.changes import Changes
from faltapp.core.weeks import IsoWeek
from faltapp.gui.shift_model import ShiftTableModel
from faltapp.gui.store_events import StoreEvents
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.week_combo import WeekCombo

if TYPE_CHECKING:
    from faltapp.gui.shift_form import ShiftDialog
    from faltapp.store.database import Database

LIST_TABLES = ("shift", "tally", "contact", "observation", "place")
"""Tables whose changes can alter a row of the shift list."""


class MainWindow(QMainWindow):
    """Shift list over an open :class:`Database`."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.shift_dialog: ShiftDialog | None = None
        self.runner = TaskRunner(self)
        self.events = StoreEvents(db, self)
        self.events.changed.connect(self._on_changes)
        self._select_next: str | None = None
        self.setWindowTitle(self.tr("faltapp – fältpass"))
        self.resize(1100, 700)

        self.model = ShiftTableModel(db.shifts, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((100, 110, 120, 360, 70, 85, 100, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._edit_index)  # Enter, or double-click
        self.setCentralWidget(self.table)

        self.week_combo = WeekCombo(db.shifts.weeks)
        self.week_combo.setMinimumWidth(180)
        self.week_combo.setToolTip(self.tr("Visa bara en vecka (Ctrl+F)"))
        self.week_combo.currentIndexChanged.connect(self.refresh)
        self._build_actions()
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(self.tr("Databas: {path}").format(path=db.path))
        self.refresh()

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&Nytt fältpass…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_shift)
        self.edit_action = QAction(self.tr("&Redigera fältpass…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_current)
        self.filter_action = QAction(self.tr("&Filtrera vecka"), self)
        self.filter_action.setShortcut(QKeySequence.StandardKey.Find)
        self.filter_action.triggered.connect(self._focus_filter)
        self.passphrase_action = QAction(self.tr("Byt &lösenfras…"), self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        quit_action = QAction(self.tr("&Avsluta"), self)
        quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        quit_action.triggered.connect(self.close)

        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.edit_action)
        file_menu.addSeparator()
        file_menu.addAction(self.passphrase_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        view_menu.addAction(self.filter_action)

        toolbar = QToolBar(self.tr("Verktyg"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Vecka:")))
        toolbar.addWidget(self.week_combo)
        self.addToolBar(toolbar)

    def selected_week(self) -> IsoWeek | None:
        """The week the list is filtered to, or None for all."""
        return self.week_combo.selected_week()

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list ids for the current filter, keeping or setting the selection."""
        if not isinstance(select_id, str):
            select_id = self._current_id()
        self.model.set_ids(self.db.shifts.ids(self.selected_week()))
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n fältpass", "", count))
        row = self.model.row_of(select_id) if select_id else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_changes(self, changes: Changes) -> None:
        """Refresh the list after a commit that touches it; select a shift saved just now."""
        if not changes.touches(*LIST_TABLES):
            return
        if changes.touches("shift"):
            self.week_combo.invalidate()
        saved, self._select_next = self._select_next, None
        self.refresh(saved)

    def _current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.shift_id(index.row()) if index.isValid() else None

    def _focus_filter(self) -> None:
        self.week_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.week_combo.showPopup()

    def new_shift(self) -> None:
        """Open the form for a new shift; on save, show it selected in the list."""
        from faltapp.gui.shift_form import ShiftDialog

        self._run_dialog(ShiftDialog(self.db, self.runner, None, self))

    def edit_current(self) -> None:
        """Open the form for the selected shift."""
        self._edit_index(self.table.currentIndex())

    def _edit_index(self, index: QModelIndex) -> None:
        from faltapp.core.entities import Shift
        from faltapp.gui.shift_form import ShiftDialog

        if not index.isValid():
            return
        loaded = self.db.load(Shift, self.model.shift_id(index.row()))
        if loaded is None:
            self.refresh()
            return
        self._run_dialog(ShiftDialog(self.db, self.runner, loaded, self))

    def _run_dialog(self, dialog: ShiftDialog) -> None:
        """Show the form window-modal; the list follows when it is saved."""
        self.shift_dialog = dialog
        dialog.accepted.connect(lambda: self._after_save(dialog.saved_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _after_save(self, shift_id: str | None) -> None:
        """Select the saved shift; its change has usually arrived already (queued first)."""
        if not shift_id:
            return
        self.statusBar().showMessage(self.tr("Passet är sparat."), 5000)
        if self.model.row_of(shift_id) < 0 and self.week_combo.currentIndex() > 0:
            self.week_combo.setCurrentIndex(0)  # saved in another week than the filter shows
        row = self.model.row_of(shift_id)
        if row < 0:
            self._select_next = shift_id  # the list follows when the change arrives
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def change_passphrase(self) -> None:
        """Arkiv → Byt lösenfras; the status bar says when it is done."""
        from faltapp.gui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.db, self.runner, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Lösenfrasen är bytt. Använd den nya nästa gång du öppnar faltapp."), 10000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the database, but first let background work stop (never wait blocked)."""
        if self.runner.busy():
            event.ignore()
            self.runner.idle.connect(self.close, Qt.ConnectionType.SingleShotConnection)
            self.runner.cancel_all()
            self.statusBar().showMessage(self.tr("Avslutar när arbetet i bakgrunden har stannat…"))
            return
        self.events.close()
        self.db.close()
        super().closeEvent(event)
