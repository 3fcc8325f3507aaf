"""Enheter i teamet: the team's roster as this laptop knows it (issue 8 item 1).

Every enrolled device with its person's name, role, when it joined, whether it is revoked, its
last export (the counter only goes up) and what this laptop last read in from it. A leader
revokes a device here (Återkalla…, or Delete in the list, which has the keyboard) after a
question that names it and says what revoking means; enrolment is in Team → Skapa team / Gå
med / Godkänn enhet. Follows the store's change signal, so a roster that arrives with an
import, an approval or a revocation shows at once.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.changes import Changes
from faltapp.store.errors import StoreError

if TYPE_CHECKING:
    from faltapp.core.team import TeamDevice
    from faltapp.gui.store_events import StoreEvents
    from faltapp.store.database import Database
    from faltapp.store.sync_log import ImportLogEntry

ROSTER_TABLES = ("team", "team_device", "import_log")


def moment(stamp: str | None) -> str:
    """"2026-12-04 18:01" in this computer's time from a stored UTC time; "–" for none."""
    if not stamp:
        return "–"
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:  # not a time: shown as stored
        return stamp[:16].replace("T", " ")


class RosterDialog(QDialog):
    """The roster in a table; this laptop's own device is marked."""

    def __init__(self, db: Database, events: StoreEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enheter i teamet"))
        self._db = db
        self._events = events  # kept: the dialog may outlive whoever made it
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setAccessibleName(self.tr("Teamets enheter"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([
            self.tr("Namn"), self.tr("Roll"), self.tr("Enhet"), self.tr("Ansluten"),
            self.tr("Återkallad"), self.tr("Senaste export"),
            self.tr("Senast inläst härifrån")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.revoke_button = QPushButton(self.tr("&Återkalla…"))
        self.revoke_button.setToolTip(self.tr("Ta bort den valda enheten ur teamet (Delete)"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.ActionRole)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.revoke_selected)
        self.table.itemSelectionChanged.connect(self._enable_revoke)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.devices: list[TeamDevice] = []
        self.resize(980, 360)
        events.changed.connect(self._on_changes)
        self.refresh()
        if self.devices:
            self.table.selectRow(0)
        self.table.setFocus()

    def refresh(self) -> None:
        """Read the team and its roster again."""
        team = self._db.team.team()
        devices = self._db.team.roster() if team else []
        if team is None:
            self.heading.setText(self.tr(
                "Den här datorn hör inte till något team. En teamledare skapar teamet (Team → "
                "Skapa team…); fältsekreterare går med med teamkortet (Team → Gå med i "
                "team…)."))
        else:
            count = (self.tr("Team {name}: 1 enhet") if len(devices) == 1 else
                     self.tr("Team {name}: {n} enheter"))  # Swedish plural without a .qm
            heading = count.format(name=team.name, n=len(devices))
            if not any(d.device_id == self._db.device_id for d in devices):
                heading += "\n" + self.tr("Den här datorn väntar på att en ledare godkänner "
                                         "den; teamets lista kommer med ledarens nästa export.")
            self.heading.setText(heading)
        selected = self._selected()
        self.devices = devices
        read_in = self._db.sync.last_imports()
        self.table.setRowCount(len(devices))
        for row, device in enumerate(devices):
            for column, value in enumerate(self._cells(device, read_in.get(device.device_id))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        ids = [d.device_id for d in devices]
        if selected is not None and selected.device_id in ids:
            self.table.selectRow(ids.index(selected.device_id))
        self.revoke_button.setVisible(self._db.team.is_leader() if team else False)
        self._enable_revoke()

    def _selected(self) -> TeamDevice | None:
        row = self.table.currentRow()
        return self.devices[row] if 0 <= row < len(self.devices) else None

    def _enable_revoke(self) -> None:
        device = self._selected()
        self.revoke_button.setEnabled(
            device is not None and not device.revoked and device.device_id != self._db.device_id)

    def revoke_selected(self, *, confirm: bool = True) -> bool:
        """Revoke the selected device after a question that names it; True if revoked."""
        device = self._selected()
        if device is None or not self.revoke_button.isEnabled() or \
                not self.revoke_button.isVisible():
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Återkalla enhet"),
                self.tr("Återkalla {name}, enhet {device}?\n\nExportfiler som enheten skriver "
                        "efter detta tas inte emot av teamet, och den får inga nya filer "
                        "krypterade till sig. Det som redan lästs in finns kvar. Det går inte "
                        "att ångra: enheten får gå med på nytt från en ny databas.")
                .format(name=device.name, device=device.device_id[:8]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self._db.team.revoke(device.device_id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Återkalla enhet"), str(error))
            return False
        return True

    def _cells(self, device: TeamDevice, latest: ImportLogEntry | None) -> list[str]:
        own = device.device_id == self._db.device_id
        name = device.name + (self.tr(" (den här datorn)") if own else "")
        role = self.tr("Ledare") if device.is_leader else self.tr("Fältsekreterare")
        export = (self.tr("nr {counter}, {at}").format(counter=device.last_counter,
                                                       at=moment(device.last_export_at))
                  if device.last_counter else "–")
        read_in = (self.tr("{at}: {new} nya, {updated} uppdaterade").format(
            at=moment(latest.imported_at), new=latest.new, updated=latest.updated)
            if latest else "–")
        return [name, role, device.device_id[:8], moment(device.enrolled_at),
                moment(device.revoked_at), export, read_in]

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*ROSTER_TABLES):
            self.refresh()
