"""The main window: the shift list (newest first, a week filter), the follow-up list and the
team leader's week view, with the reports (print, PDF) of what is selected.

Both lists follow the store: every committed change arrives through :class:`StoreEvents`
(whoever wrote it, on whatever thread), and the window refreshes from that one signal. Shifts
open only in the shift editor (:func:`faltapp.gui.editor.open_shift_editor`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from faltapp.core.changes import Changes
from faltapp.core.weeks import IsoWeek
from faltapp.gui import editor
from faltapp.gui.follow_up_list import TABLES as FOLLOW_UP_TABLES
from faltapp.gui.follow_up_list import FollowUpList
from faltapp.gui.hint_view import HintTableView
from faltapp.gui.person_register import add_person_actions
from faltapp.gui.report_actions import ReportActions, shift_kind_and_day
from faltapp.gui.shift_model import ShiftTableModel
from faltapp.gui.store_events import StoreEvents
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.team_menu import add_team_menu
from faltapp.gui.week_combo import WeekCombo
from faltapp.gui.week_view import WeekView

if TYPE_CHECKING:
    from faltapp.store.database import Database

LIST_TABLES = ("shift", "tally", "contact", "observation", "place", "staff")
"""Tables whose changes can alter a row of the shift list."""
COLUMN_SAMPLES = {0: "ons 30/12 2026", 1: "18:00–02:15 +1", 2: "Tätortsvandring",
                  4: "AB, CD, EF", 5: "000", 6: "000", 7: "000", 8: "Avslutat"}
"""Widest usual text per column, measured in the system font (Områden takes the rest)."""


class MainWindow(QMainWindow):
    """The shift list and the follow-up list over an open :class:`Database`."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.editor: QWidget | None = None
        self.runner = TaskRunner(self)
        self.events = StoreEvents(db, self)
        self.events.changed.connect(self._on_changes)
        self._drafts_offered = False
        self.setWindowFilePath(str(db.path))  # the title: "faltapp.db — faltapp", name once

        self.model = ShiftTableModel(db.shifts, self)
        self.table = HintTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Fältpass"))
        self._size_columns()
        self.table.activated.connect(self._open_index)  # Enter, or double-click
        self.follow_ups = FollowUpList(db.follow_ups)
        self.follow_ups.open_requested.connect(self._open_follow_up)
        self.follow_ups.counted.connect(self._show_follow_up_count)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, self.tr("Fältpass"))
        self.tabs.addTab(self.follow_ups, self.tr("Uppföljningar"))
        self.week_view = WeekView(db, self.runner, self.events, self._open)
        self.tabs.addTab(self.week_view, self.tr("Vecka"))
        self.reports = ReportActions(self, db, self.runner, self._say, self._report_failed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.week_combo = WeekCombo(db.shifts.weeks)
        self.week_combo.setAccessibleName(self.tr("Vecka"))
        self.week_combo.setToolTip(self.tr("Visa bara en vecka (Ctrl+F)"))
        self.week_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.week_combo.currentIndexChanged.connect(self.refresh)
        self._build_actions()
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setToolTip(str(db.path))
        self.path_label.setText(self.fontMetrics().elidedText(
            self.tr("Databas: {path}").format(path=db.path), Qt.TextElideMode.ElideMiddle,
            self.fontMetrics().averageCharWidth() * 48))
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.path_label)
        self._show_follow_up_count(self.follow_ups.listed, self.follow_ups.overdue)
        self._fit_screen()
        self.refresh()

    def _size_columns(self) -> None:
        """Widths from the system font, so a larger font widens the columns with it."""
        metrics = self.table.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            self.table.setColumnWidth(column, width + 24)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _fit_screen(self) -> None:
        """Start at 1100×700, or maximised on a smaller screen (1024×600: the frame and title
        bar would not fit beside a window the size of the free area)."""
        free = self.screen().availableGeometry()
        self.resize(min(1100, free.width()), min(700, free.height()))
        if free.width() < 1100 or free.height() < 700:
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def _build_actions(self) -> None:
        def action(text: str, keys: QKeySequence | str | None, slot: object) -> QAction:
            made = QAction(text, self)
            if keys is not None:
                made.setShortcut(QKeySequence(keys))
            made.triggered.connect(slot)
            return made

        self.new_action = action(self.tr("&Nytt fältpass…"), QKeySequence.StandardKey.New,
                                 self.new_shift)
        self.copy_action = action(self.tr("&Kopiera föregående pass…"), "Ctrl+Shift+N",
                                  self.copy_previous)
        self.edit_action = action(self.tr("&Öppna fältpass…"), Qt.Key.Key_F2, self.open_current)
        self.edit_action.setToolTip(self.tr("Öppna det valda passet (Enter eller F2)"))
        self.filter_action = action(self.tr("Filtrera &vecka"), QKeySequence.StandardKey.Find,
                                    self._focus_filter)
        self.shifts_action = action(self.tr("&Fältpass"), "Ctrl+1", self.show_shifts)
        self.follow_ups_action = action(self.tr("&Uppföljningar"), "Ctrl+U",
                                        self.show_follow_ups)
        self.week_action = action(self.tr("Ve&cka"), "Ctrl+K", self.show_week)
        self.print_action = action(self.tr("Skriv &ut…"), QKeySequence.StandardKey.Print,
                                   self.print_current)
        self.print_action.setToolTip(self.tr("Skriv ut det valda passet, eller veckan på "
                                             "fliken Vecka (Ctrl+P)"))
        self.pdf_action = action(self.tr("Spara som &PDF…"), "Ctrl+Shift+S", self.save_current)
        self.pdf_action.setToolTip(self.tr("Spara det valda passet, eller veckan på fliken "
                                           "Vecka, som PDF (Ctrl+Shift+S)"))
        self.settings_action = action(self.tr("&Inställningar…"), "Ctrl+,", self.open_settings)
        self.passphrase_action = action(self.tr("Byt &lösenfras…"), None, self.change_passphrase)
        self.restore_action = action(self.tr("Åte&rställ från säkerhetskopia…"), None,
                                     self.restore_backup)
        quit_action = action(self.tr("&Avsluta"), "Ctrl+Q", self.close)

        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        for item in (self.new_action, self.copy_action, self.edit_action, None,
                     self.print_action, self.pdf_action, None, self.settings_action,
                     self.passphrase_action, self.restore_action, None, quit_action):
            if item is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(item)
        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        for item in (self.shifts_action, self.follow_ups_action, self.week_action,
                     self.filter_action):
            view_menu.addAction(item)
        add_person_actions(self, view_menu)
        reports_menu = self.menuBar().addMenu(self.tr("&Rapporter"))
        view = self.week_view
        for text, slot in (
                (self.tr("Skriv ut &veckosammanställning…"), view.print_action.trigger),
                (self.tr("Spara veckosammanställning som &PDF…"), view.save_action.trigger),
                (self.tr("&Lägesbild som PDF…"), view.lagesbild_pdf_action.trigger),
                (self.tr("Lägesbild som &CSV…"), view.lagesbild_csv_action.trigger),
                (self.tr("&Medborgarlöften…"), view.promises_action.trigger)):
            reports_menu.addAction(action(text, None, lambda _=False, s=slot: self._week_report(s)))
        self.conflicts_action = add_team_menu(self)

        toolbar = QToolBar(self.tr("Verktyg"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.copy_action)
        toolbar.addAction(self.edit_action)
        week_label = QLabel(self.tr("V&ecka:"))
        week_label.setBuddy(self.week_combo)
        self._week_actions = (toolbar.addSeparator(), toolbar.addWidget(week_label),
                              toolbar.addWidget(self.week_combo))
        self.addToolBar(toolbar)

    def selected_week(self) -> IsoWeek | None:
        """The week the list is filtered to, or None for all."""
        return self.week_combo.selected_week()

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list ids for the current filter, keeping or setting the selection."""
        if not isinstance(select_id, str):
            select_id = self._current_id()
        week = self.selected_week()
        self.model.set_ids(self.db.shifts.ids(week))
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n fältpass", "", count))
        self.table.set_hint(
            self.tr("Inga fältpass än. Tryck Ctrl+N för att registrera ett.") if week is None
            else self.tr("Inga fältpass den här veckan."))
        row = self.model.row_of(select_id) if select_id else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_changes(self, changes: Changes) -> None:
        """Refresh what a commit touched; a shift saved from our editor is shown selected."""
        if changes.touches(*FOLLOW_UP_TABLES):
            self.follow_ups.refresh()
        if not changes.touches(*LIST_TABLES):
            return
        if changes.touches("shift"):
            self.week_combo.invalidate()
        saved = changes.ids.get("shift", frozenset())
        if len(saved) == 1 and self._editor_open():
            (shift_id,) = saved
            if self.db.shifts.rows([shift_id]) and shift_id not in self.db.shifts.ids(
                    self.selected_week()):
                self.week_combo.setCurrentIndex(0)  # saved in a week the filter hides
            self.refresh(shift_id)
            return
        self.refresh()

    def _editor_open(self) -> bool:
        return self.editor is not None and isValid(self.editor) and self.editor.isVisible()

    def _current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.shift_id(index.row()) if index.isValid() else None

    def _focus_filter(self) -> None:
        self.show_shifts()
        self.week_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.week_combo.showPopup()

    def show_shifts(self) -> None:
        """Visa → Fältpass: the shift list, keyboard in it."""
        self.tabs.setCurrentWidget(self.table)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_follow_ups(self) -> None:
        """Visa → Uppföljningar: the follow-up list, keyboard in it."""
        self.tabs.setCurrentWidget(self.follow_ups)
        self.follow_ups.focus_list()

    def show_week(self) -> None:
        """Visa → Vecka: the week's figures, keyboard on the first number."""
        self.tabs.setCurrentWidget(self.week_view)
        self.week_view.focus_figures()

    def _tab_changed(self) -> None:
        on_shifts = self.tabs.currentWidget() is self.table
        for item in self._week_actions:
            item.setVisible(on_shifts)

    def _show_follow_up_count(self, listed: int, overdue: int) -> None:
        text = (self.tr("Uppföljningar (försenade: %n)", "", overdue) if overdue
                else self.tr("Uppföljningar (%n)", "", listed))
        self.tabs.setTabText(self.tabs.indexOf(self.follow_ups), text)

    # -- opening shifts ---------------------------------------------------------------------

    def _open(self, shift_id: str | None, **options: object) -> None:
        self.editor = editor.open_shift_editor(self, self.db, self.runner, shift_id, **options)

    def new_shift(self) -> None:
        """Arkiv → Nytt fältpass: the editor on a new shift with the last shift's defaults."""
        self._open(None)

    def copy_previous(self) -> None:
        """Arkiv → Kopiera föregående pass: a new shift with the previous one's structure."""
        self._open(None, copy_previous=True)

    def open_current(self) -> None:
        """Open what is selected: a shift, or the shift a selected follow-up came from."""
        if self.tabs.currentWidget() is self.follow_ups:
            self.follow_ups.open_current()
        else:
            self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.model.shift_id(index.row()))

    def _open_follow_up(self, shift_id: str) -> None:
        self._open(shift_id, section="follow_ups")

    def showEvent(self, event: QShowEvent) -> None:
        """Once shown, start the start-up work (drafts, checks, gallring, inbox: start_up)."""
        super().showEvent(event)
        if not self._drafts_offered:
            self._drafts_offered = True
            from faltapp.gui.start_up import after_first_show

            after_first_show(self)

    # -- reports ----------------------------------------------------------------------------

    def _week_report(self, trigger: Callable[[], None]) -> None:
        """A report of the week: shown first, so the user sees which week goes out."""
        if self.tabs.currentWidget() is not self.week_view:
            self.show_week()
        trigger()

    def _report_target(self) -> tuple[str, str, date] | None:
        """The shift the list has selected: (id, kind, date); None with a word why."""
        if self.tabs.currentWidget() is self.table:
            shift_id = self._current_id()
            found = shift_kind_and_day(self.db, shift_id) if shift_id else None
            if shift_id and found is not None:
                return shift_id, found[0], found[1]
        self._say(self.tr("Välj ett fältpass i listan, eller fliken Vecka, först."))
        return None

    def print_current(self) -> None:
        """Arkiv → Skriv ut: the selected shift, or the week on the Vecka tab."""
        if self.tabs.currentWidget() is self.week_view:
            self.week_view.print_action.trigger()
        elif (target := self._report_target()) is not None:
            self.reports.print_shift(target[0], target[1])

    def save_current(self) -> None:
        """Arkiv → Spara som PDF: the selected shift, or the week on the Vecka tab."""
        if self.tabs.currentWidget() is self.week_view:
            self.week_view.save_action.trigger()
        elif (target := self._report_target()) is not None:
            self.reports.save_shift(*target)

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def _report_failed(self, text: str) -> None:
        """A report that could not be made or saved: the reason, in a message box."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rapporten blev inte klar"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- other windows ----------------------------------------------------------------------

    def open_settings(self) -> None:
        """Arkiv → Inställningar: places, staff, language."""
        from faltapp.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.runner, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def change_passphrase(self) -> None:
        """Arkiv → Byt lösenfras; the status bar says when it is done."""
        from faltapp.gui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.db, self.runner, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Lösenfrasen är bytt. Använd den nya nästa gång du öppnar faltapp."), 10000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def restore_backup(self) -> None:
        """Arkiv → Återställ från säkerhetskopia: the dialog replaces this window when done."""
        from faltapp.gui.restore_dialog import open_restore_dialog

        open_restore_dialog(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close every shift editor through its own close (it asks about unsaved changes),
        then the database once background work has stopped (never wait blocked)."""
        for shift_editor in editor.open_editors():
            if not shift_editor.isVisible():
                continue
            shift_editor.close()
            if shift_editor.isVisible():  # the user kept it open (Avbryt), or it is saving
                event.ignore()
                shift_editor.lane.when_idle(lambda kept=shift_editor: self._close_after(kept))
                return
        if self.runner.busy():
            event.ignore()
            self.runner.idle.connect(self.close, Qt.ConnectionType.SingleShotConnection)
            self.runner.cancel_all()
            self.statusBar().showMessage(self.tr("Avslutar när arbetet i bakgrunden har stannat…"))
            return
        self.events.close()
        self.db.close()
        super().closeEvent(event)

    def _close_after(self, shift_editor: QWidget) -> None:
        """An editor asked to close has finished writing: go on closing unless it stayed
        open (Avbryt, or its save failed)."""
        if not isValid(shift_editor) or not shift_editor.isVisible():
            self.close()
