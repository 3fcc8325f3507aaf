"""Åtkomstlogg: the team leader reads who opened, printed, exported or imported what.

Read-only (the log cannot be edited from the app; the store's triggers refuse it anyway),
newest first, from a chosen day. "Exportera CSV…" writes the shown period through the task
runner, atomically, and the export is itself a row of the log. The title names no person.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.changes import Changes
from faltapp.gui.errors import message_for
from faltapp.gui.hint_view import HintTableView
from faltapp.gui.person_model import RowsTableModel
from faltapp.gui.report_actions import ask_save_path, report_folder
from faltapp.gui.widgets import ErrorLabel
from faltapp.store.access_log import TABLE, AccessEntry

if TYPE_CHECKING:
    from faltapp.gui.store_events import StoreEvents
    from faltapp.gui.tasks import TaskRunner
    from faltapp.store.database import Database

DEFAULT_DAYS = 30
"""The window opens on the last 30 days."""


def is_leader(db: Database) -> bool:
    """A team leader: a leader in the team's roster, or the role chosen at first run."""
    from faltapp.store.profile import load_profile

    profile = load_profile(db)
    return db.team.is_leader() or (profile is not None and profile.role == "teamledare")


class AccessLogView(QWidget):
    """The log from a day on, newest first, with export to CSV."""

    def __init__(self, db: Database, events: StoreEvents, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.runner = runner
        self.setWindowTitle(self.tr("Åtkomstlogg — faltapp"))
        self.since = QDateEdit(QDate.currentDate().addDays(-DEFAULT_DAYS))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.dateChanged.connect(self.refresh)
        since_label = QLabel(self.tr("&Från och med:"))
        since_label.setBuddy(self.since)
        self.since.setAccessibleName(self.tr("Från och med"))
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RowsTableModel([self.tr("Tid"), self.tr("Vem"), self.tr("Enhet"),
                                     self.tr("Händelse"), self.tr("Post")], parent=self)
        self.table = HintTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Åtkomstlogg"))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.set_hint(self.tr("Inga rader i loggen från den dagen."))
        self.problem = ErrorLabel()
        self.export_button = QPushButton(self.tr("&Exportera CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        close = QPushButton(self.tr("S&täng"))
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(since_label)
        top.addWidget(self.since)
        top.addStretch(1)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        events.changed.connect(self._on_changes)
        self.resize(820, 480)
        self.refresh()

    def since_day(self) -> date:
        """The first day shown."""
        return self.since.date().toPython()

    def refresh(self) -> None:
        """Read the log again from the chosen day."""
        entries = self.db.access.entries(since=self.since_day())
        self.model.set_rows((str(e.seq), self._cells(e)) for e in reversed(entries))
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("Rader: {n}").format(n=len(entries)))

    def _cells(self, entry: AccessEntry) -> tuple[str, ...]:
        when = datetime.fromisoformat(entry.logged_at).astimezone()
        record = " ".join(p for p in (entry.table or "", entry.record_id or "") if p)
        return (when.strftime("%Y-%m-%d %H:%M:%S"), entry.who, entry.device,
                self._action_names().get(entry.action, entry.action), record)

    def _action_names(self) -> dict[str, str]:
        return {"open_person": self.tr("öppnade person"),
                "open_contact": self.tr("öppnade kontakt"),
                "registerutdrag": self.tr("registerutdrag"), "erase": self.tr("raderade person"),
                "export": self.tr("export"), "import": self.tr("import"),
                "print": self.tr("utskrift"), "save_pdf": self.tr("sparade PDF"),
                "settings": self.tr("ändrade inställningar")}

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(TABLE):
            self.refresh()

    def ask_path(self, suggested: Path) -> Path | None:
        """Where to save (Qt's save dialog; replaced in tests)."""
        return ask_save_path(self, self.tr("Spara åtkomstloggen som CSV"), suggested, "csv")

    def export_csv(self) -> None:
        """Ask where, then write the shown period as CSV through the task runner."""
        today = date.today()
        path = self.ask_path(report_folder() / f"atkomstlogg-{today.isoformat()}.csv")
        if path is None:
            return
        self.problem.forget()
        self.runner.run(lambda: self.db.access.csv_job(path, self.since_day()),
                        title=self.tr("Exportera åtkomstloggen"), window=self,
                        on_done=lambda n: self.count.setText(
                            self.tr("Sparade {n} rader i {path}").format(n=n, path=path.name)),
                        on_error=lambda error: self.problem.show_message(message_for(error)))

