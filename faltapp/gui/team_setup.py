"""Making a team and joining it, with the read-aloud fingerprint check (issue 8 item 1).

Team → Skapa team… (a leader: the team, then its card to hand out), Team → Gå med i team… (a
field secretary: the card in, the request out, and this laptop's fingerprint shown large to
read aloud), Team → Godkänn enhet… (a leader: the request in, the same fingerprint shown, and
approval only after an explicit "Ja, samma siffror"). Files are small; they are read and
written on the GUI thread, atomically. A damaged, foreign or tampered file is its Swedish
reason in the dialog and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from faltapp.gui.widgets import ErrorLabel
from faltapp.store.errors import StoreError

if TYPE_CHECKING:
    from faltapp.store.database import Database

FILTER = "faltapp team files (*.json)"
FILE_PROBLEMS = (OSError, ValueError, StoreError)
"""What a team file or its folder can do wrong: shown in the dialog, nothing changed."""


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def fingerprint_label(digits: str = "") -> QLabel:
    """The fingerprint large, in a fixed-width font, selectable, for reading aloud."""
    label = QLabel(digits)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(20)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(QCoreApplication.translate("TeamSetup", "Fingeravtryck"))
    return label


def _read(path: Path) -> bytes:
    from faltapp.sync.team_files import MAX_FILE_BYTES

    with open(path, "rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def _save(parent: QWidget, title: str, name: str, data: bytes) -> Path | None:
    """Ask where, then write ``data`` atomically; the path, or None if cancelled."""
    from faltapp.store.atomic_file import write_atomically

    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), FILTER)
    if not chosen:
        return None
    write_atomically(Path(chosen), data, replace=True)
    return Path(chosen)


def _problem(error: Exception) -> str:
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate("TeamSetup", "Filen finns inte.")
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "TeamSetup", "Filen gick inte att läsa eller skriva: {reason}").format(
            reason=error.strerror or error)
    return str(error)


def _default_name(db: Database) -> str:
    from faltapp.store.profile import load_profile

    profile = load_profile(db)
    return profile.name if profile else ""


class CreateTeamDialog(QDialog):
    """A team with this laptop as its leader, then its card to hand out."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skapa team"))
        self._db = db
        self.team_name = QLineEdit()
        self.team_name.setAccessibleName(self.tr("Teamets namn"))
        self.person = QLineEdit(_default_name(db))
        self.person.setAccessibleName(self.tr("Ditt namn"))
        form = QFormLayout()
        form.addRow(self.tr("&Teamets namn:"), self.team_name)
        form.addRow(self.tr("Ditt &namn:"), self.person)
        self.error = ErrorLabel(attempts=True)
        self.done_line = _plain()
        self.card_button = QPushButton(self.tr("Spara team&kort…"))
        self.card_button.setEnabled(False)
        self.card_button.clicked.connect(self.save_card)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Close)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Skapa"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.addButton(self.card_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(self.tr(
            "Den här datorn blir teamledare. Ge sedan teamkortet till den som ska gå med.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.done_line)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def create(self) -> None:
        """Make the team; the card can be saved after."""
        try:
            team = self._db.team.create_team(self.team_name.text().strip(),
                                             self.person.text().strip())
        except FILE_PROBLEMS as error:
            self.error.show_message(_problem(error))
            return
        self.error.hide()
        self.create_button.setEnabled(False)
        self.card_button.setEnabled(True)
        self.card_button.setFocus()
        self.done_line.setText(self.tr("Teamet {name} är skapat. Spara teamkortet och ge det till "
                                  "den som ska gå med.").format(name=team.name))

    def save_card(self) -> Path | None:
        """Save the team card where the leader chooses."""
        from faltapp.sync import enrolment

        try:
            saved = _save(self, self.tr("Spara teamkortet"), "teamkort.json",
                          enrolment.make_card(self._db))
        except FILE_PROBLEMS as error:
            self.error.show_message(_problem(error))
            return None
        if saved is not None:
            self.done_line.setText(self.tr("Teamkortet är sparat i {path}.").format(path=saved))
        return saved


class JoinTeamDialog(QDialog):
    """The card in, the request out, this laptop's fingerprint shown to read aloud."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gå med i team"))
        self._db = db
        self.card_path: Path | None = None
        self.card_line = _plain(self.tr("Inget teamkort valt."))
        choose = QPushButton(self.tr("&Välj teamkort…"))
        choose.clicked.connect(self.choose_card)
        self.person = QLineEdit(_default_name(db))
        self.person.setAccessibleName(self.tr("Ditt namn"))
        form = QFormLayout()
        form.addRow(self.tr("Ditt &namn:"), self.person)
        self.error = ErrorLabel(attempts=True)
        self.instruction = _plain()
        self.fingerprint = fingerprint_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Close)
        self.join_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.join_button.setText(self.tr("&Gå med och spara förfrågan…"))
        self.join_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.accepted.connect(self.join)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(self.tr(
            "Välj teamkortet du fått av teamledaren. Sedan sparar du en förfrågan som ledaren "
            "godkänner medan ni jämför fingeravtrycket på era skärmar.")))
        layout.addWidget(self.card_line)
        layout.addWidget(choose)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.instruction)
        layout.addWidget(self.fingerprint)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def choose_card(self) -> None:
        """Ask for the card file."""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Välj teamkort"), "", FILTER)
        if chosen:
            self.use_card(Path(chosen))

    def use_card(self, path: Path) -> None:
        """Check the card and show whose team it is."""
        from faltapp.sync.team_files import read_card

        try:
            card = read_card(_read(path))
        except FILE_PROBLEMS as error:
            self.error.show_message(_problem(error))
            self.join_button.setEnabled(False)
            return
        self.error.hide()
        self.card_path = path
        leaders = ", ".join(d.name for d in card.leaders)
        self.card_line.setText(self.tr("Teamkort för {team} (ledare: {leaders}).").format(
            team=card.team.name, leaders=leaders))
        self.join_button.setEnabled(True)
        self.person.setFocus()

    def join(self, target: Path | None = None) -> None:
        """Join, save the request (``target`` or ask), show the fingerprint."""
        from faltapp.store.atomic_file import write_atomically
        from faltapp.sync import enrolment

        if self.card_path is None:
            return
        try:
            joined = enrolment.join_team(self._db, _read(self.card_path),
                                         self.person.text().strip())
            if target is None:
                saved = _save(self, self.tr("Spara förfrågan"), "forfragan.json",
                              joined.request)
            else:
                write_atomically(target, joined.request, replace=True)
                saved = target
        except FILE_PROBLEMS as error:
            self.error.show_message(_problem(error))
            return
        if saved is None:
            return
        self.error.hide()
        self.join_button.setEnabled(False)
        self.instruction.setText(self.tr(
            "Förfrågan är sparad i {path}. Ge den till ledaren och läs upp siffrorna nedan; "
            "ledarens skärm ska visa exakt samma. Du får teamets lista med ledarens nästa "
            "export.").format(path=saved))
        self.fingerprint.setText(joined.fingerprint)


class ApproveDialog(QDialog):
    """A request in, its fingerprint shown, approval after an explicit yes."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Godkänn enhet"))
        self._db = db
        self._approval = None
        choose = QPushButton(self.tr("&Välj förfrågan…"))
        choose.setAutoDefault(False)  # Enter in this dialog approves nothing and opens nothing
        choose.clicked.connect(self.choose_request)
        self.who = _plain(self.tr("Ingen förfrågan vald."))
        self.fingerprint = fingerprint_label()
        self.question = _plain()
        self.as_leader = QCheckBox(self.tr("Också som &teamledare"))
        self.error = ErrorLabel(attempts=True)
        self.done_line = _plain()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.yes_button = QPushButton(self.tr("&Ja, samma siffror: godkänn"))
        self.yes_button.setAutoDefault(False)
        self.yes_button.setEnabled(False)
        self.yes_button.clicked.connect(self.approve)
        buttons.addButton(self.yes_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(choose)
        layout.addWidget(self.who)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.question)
        layout.addWidget(self.as_leader)
        layout.addWidget(self.error)
        layout.addWidget(self.done_line)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def choose_request(self) -> None:
        """Ask for the request file."""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Välj förfrågan"), "", FILTER)
        if chosen:
            self.use_request(Path(chosen))

    def use_request(self, path: Path) -> None:
        """Check the request and show its fingerprint."""
        from faltapp.sync import enrolment

        try:
            approval = enrolment.check_request(self._db, _read(path))
        except FILE_PROBLEMS as error:
            self._approval = None
            self.yes_button.setEnabled(False)
            self.fingerprint.setText("")
            self.error.show_message(_problem(error))
            return
        self.error.hide()
        self._approval = approval
        self.who.setText(self.tr("{name} vill gå med (enhet {device}).").format(
            name=approval.device.name, device=approval.device.device_id[:8]))
        self.fingerprint.setText(approval.fingerprint)
        self.question.setText(self.tr("Visar den andra skärmen samma siffror? Läs dem "
                                      "tillsammans, grupp för grupp."))
        self.yes_button.setEnabled(True)

    def approve(self) -> None:
        """Put the device on the roster."""
        from faltapp.sync import enrolment

        if self._approval is None:
            return
        entry = enrolment.approve(self._db, self._approval, leader=self.as_leader.isChecked())
        self._approval = None
        self.yes_button.setEnabled(False)
        self.done_line.setText(self.tr(
            "{name} är godkänd. Exportera nu (Team → Exportera…): med exporten får {name} "
            "teamets lista och kan sedan exportera själv.").format(name=entry.name))
