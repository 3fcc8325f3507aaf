"""Team → Exportera…: this laptop's export file for the team (issue 8 item 2).

Says what goes in (what changed since the last export, or everything), to whom it is
encrypted (the team's leaders and this laptop), and where the file goes (the last folder
used, kept in QSettings; a name with the device, the day and the export's number). The export
runs as a job; the dialog ends with one line of what was written where.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from faltapp.gui import errors
from faltapp.gui.widgets import ErrorLabel

if TYPE_CHECKING:
    from faltapp.gui.tasks import TaskRunner
    from faltapp.store.database import Database
    from faltapp.sync.exporter import ExportResult

LAST_FOLDER_KEY = "sync/export_folder"


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def suggested_name(device_name: str, counter: int, day: date) -> str:
    """``Åsas-dator-2026-12-04-3.faltapp``: no characters a file system refuses."""
    safe = re.sub(r"[^\w.-]+", "-", device_name, flags=re.UNICODE).strip("-.") or "faltapp"
    return f"{safe[:40]}-{day.isoformat()}-{counter}.faltapp"


class ExportDialog(QDialog):
    """What to export and where; Exportera runs the job."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportera till teamet"))
        self._db = db
        self._runner = runner
        self.result_line: str = ""
        self.summary = _plain()
        self.recipients = _plain()
        self.full = QCheckBox(self.tr("&Allt, inte bara det som ändrats sedan förra exporten"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Mapp"))
        self.choose = QPushButton(self.tr("&Välj mapp…"))
        self.choose.clicked.connect(self._choose_folder)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Filnamn"))
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Mapp:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, where)
        form.addRow(self.tr("&Filnamn:"), self.name)
        self.error = ErrorLabel(attempts=True)
        self.done_line = _plain()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Exportera"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.recipients)
        layout.addWidget(self.full)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.done_line)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.refresh()

    def refresh(self) -> None:
        """Read the team, the last export and the remembered folder again."""
        team = self._db.team.team()
        me = self._db.team.device(self._db.device_id)
        enrolled = team is not None and me is not None and not me.revoked
        self.export_button.setEnabled(enrolled)
        for widget in (self.full, self.folder, self.choose, self.name):
            widget.setEnabled(enrolled)
        if not enrolled:
            self.summary.setText(self.tr(
                "Den här datorn är inte godkänd i något team ännu, så det finns ingen att "
                "exportera till. Gå med via Team → Gå med i team… och låt teamledaren "
                "godkänna datorn, eller skapa ett team om du är teamledare."))
            self.recipients.setText("")
            return
        last = self._db.sync.last_export()
        self.summary.setText(
            self.tr("Exporten tar med det som ändrats sedan förra exporten (nr {n}, {at}).")
            .format(n=last.counter, at=last.created_at[:16].replace("T", " "))
            if last else self.tr("Det här blir datorns första export: den tar med allt."))
        self.recipients.setText(self._recipients(me.is_leader))
        counter = (last.counter + 1) if last else 1
        self.name.setText(suggested_name(me.name, counter, date.today()))
        if not self.folder.text():
            self.folder.setText(str(QSettings().value(LAST_FOLDER_KEY, str(Path.home()))))

    def _recipients(self, leader: bool) -> str:
        """Who can read the file: as the exporter encrypts it (a leader's: the whole team)."""
        others = [d for d in self._db.team.roster()
                  if not d.revoked and d.device_id != self._db.device_id]
        if leader:
            names = ", ".join(d.name for d in others)
            return (self.tr("Krypteras till alla i teamet ({names}) och den här datorn: "
                            "teamledarens export delar det gemensamma med alla.")
                    .format(names=names) if names else
                    self.tr("Krypteras så att bara den här datorn kan läsa den: teamet har "
                            "inga andra enheter ännu."))
        leaders = ", ".join(d.name for d in others if d.is_leader)
        return (self.tr("Krypteras så att bara teamledarna ({names}) och den här datorn kan "
                        "läsa den.").format(names=leaders) if leaders else
                self.tr("Krypteras så att bara teamets ledare kan läsa den."))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Välj mapp för exporten"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def export(self) -> None:
        """Write the export file through the task runner."""
        from faltapp.sync.exporter import export_job

        folder = Path(self.folder.text().strip())
        name = self.name.text().strip()
        if not name:
            self.error.show_message(self.tr("Skriv ett filnamn."))
            return
        if not name.endswith(".faltapp"):
            name += ".faltapp"
        self.error.hide()
        self.done_line.setText("")
        self.export_button.setEnabled(False)
        self._runner.run(export_job(self._db, folder / name, full=self.full.isChecked()),
                         title=self.tr("Exporterar"), window=self,
                         on_done=lambda result: self._exported(result, folder),
                         on_error=self._failed)

    def _exported(self, result: ExportResult, folder: Path) -> None:
        QSettings().setValue(LAST_FOLDER_KEY, str(folder))
        self.result_line = self.tr("Sparade {n} poster i {path}.").format(
            n=result.records, path=result.path)
        self.done_line.setText(self.result_line)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.error.show_message(errors.message_for(error))
