"""Team → Godkänn enhet… (a leader, issue 8 item 1): a request in, its fingerprint shown large,
approval only after an explicit "Ja, samma siffror", as a field secretary or a leader.

Nothing is approved by Enter: neither "Ja, samma siffror" nor Godkänn is a default button.
A request that is damaged, for another team, from a revoked device or from this laptop is its
reason in the dialog and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from faltapp.gui.team_setup import FILE_PROBLEMS, FILTER, fingerprint_label, fit, plain, problem
from faltapp.gui.widgets import ErrorLabel

if TYPE_CHECKING:
    from faltapp.store.database import Database
    from faltapp.sync.enrolment import Approval


class ApproveDialog(QDialog):
    """A request in, its fingerprint shown, approval after an explicit yes."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Godkänn enhet"))
        self._db = db
        self._approval: Approval | None = None
        self.choose = QPushButton(self.tr("&Välj förfrågan…"))
        self.choose.setAutoDefault(False)  # Enter in this dialog approves and opens nothing
        self.choose.clicked.connect(self.choose_request)
        self.who = plain(self.tr("Ingen förfrågan vald."))
        self.fingerprint = fingerprint_label()
        self.question = plain()
        self.same = QCheckBox(self.tr("&Ja, samma siffror"))
        self.same.setEnabled(False)
        self.same.toggled.connect(self._enable)
        self.member = QRadioButton(self.tr("&Fältsekreterare"))
        self.leader = QRadioButton(self.tr("Team&ledare"))
        self.member.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.member)
        roles.addButton(self.leader)
        self.role_box = QGroupBox(self.tr("Roll i teamet"))
        row = QHBoxLayout(self.role_box)
        row.addWidget(self.member)
        row.addWidget(self.leader)
        row.addStretch(1)
        self.role_box.setEnabled(False)
        self.error = ErrorLabel(attempts=True)
        self.done_line = plain()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Stäng"))
        close.setAutoDefault(False)  # Enter neither approves nor throws the request away
        self.approve_button = QPushButton(self.tr("&Godkänn"))
        self.approve_button.setAutoDefault(False)
        self.approve_button.setEnabled(False)
        self.approve_button.clicked.connect(self.approve)
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose)
        layout.addWidget(self.who)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.question)
        layout.addWidget(self.same)
        layout.addWidget(self.role_box)
        layout.addWidget(self.error)
        layout.addWidget(self.done_line)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self.choose.setFocus()

    def choose_request(self) -> None:
        """Ask for the request file."""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Välj förfrågan"), "", FILTER)
        if chosen:
            self.use_request(Path(chosen))

    def use_request(self, path: Path) -> None:
        """Check the request and show who asks and the fingerprint to compare."""
        from faltapp.gui.team_setup import read_file
        from faltapp.sync import enrolment

        self._set_approval(None)
        self.done_line.clear()
        try:
            approval = enrolment.check_request(self._db, read_file(path))
        except FILE_PROBLEMS as error:
            self.error.show_message(problem(error))
            return
        refusal = self._refusal(approval)
        if refusal:
            self.error.show_message(refusal)
            return
        self.error.forget()
        device = approval.device
        self.who.setText(self.tr("{name} vill gå med i teamet (enhet {device}).").format(
            name=device.name, device=device.device_id[:8]))
        self.fingerprint.setText(approval.fingerprint)
        self.question.setText(self.tr(
            "Visar den andra skärmen samma siffror? Läs dem högt för varandra, grupp för "
            "grupp. Skiljer sig någon siffra: godkänn inte, utan be om ett nytt teamkort och "
            "en ny förfrågan."))
        self._set_approval(approval)
        self.same.setFocus()
        fit(self)

    def _refusal(self, approval: Approval) -> str:
        """Why this request cannot be approved here ("" if it can)."""
        device = approval.device
        if device.device_id == self._db.device_id:
            return self.tr("Förfrågan kommer från den här datorn; en enhet kan inte godkänna "
                           "sig själv.")
        known = self._db.team.device(device.device_id)
        if known is not None and known.revoked:
            return self.tr("{name} ({device}) är återkallad och kan inte godkännas igen; den "
                           "får gå med på nytt från en ny databas.").format(
                name=known.name, device=device.device_id[:8])
        return ""

    def _set_approval(self, approval: Approval | None) -> None:
        self._approval = approval
        self.same.setChecked(False)
        self.same.setEnabled(approval is not None)
        self.same.setVisible(approval is not None)
        self.role_box.setVisible(approval is not None)
        self.member.setChecked(True)
        if approval is None:
            self.who.setText(self.tr("Ingen förfrågan vald."))
            self.fingerprint.clear()
            self.question.clear()
        self._enable()

    def _enable(self) -> None:
        ready = self._approval is not None and self.same.isChecked()
        self.role_box.setEnabled(ready)
        self.approve_button.setEnabled(ready)

    def approve(self) -> None:
        """Put the device on the roster in the chosen role (only after the explicit yes)."""
        from faltapp.sync import enrolment

        if self._approval is None or not self.same.isChecked():
            return
        try:
            entry = enrolment.approve(self._db, self._approval, leader=self.leader.isChecked())
        except FILE_PROBLEMS as error:
            self.error.show_message(problem(error))
            return
        self._set_approval(None)
        self.who.clear()
        role = self.tr("teamledare") if entry.is_leader else self.tr("fältsekreterare")
        self.done_line.setText(self.tr(
            "{name} är godkänd som {role}. Enheten får teamets lista med din nästa export "
            "(Team → Exportera…); sedan kan den exportera och importera själv.").format(
            name=entry.name, role=role))
        self.choose.setFocus()
        fit(self)
