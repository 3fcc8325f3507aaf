"""Making a team and joining it (issue 8 item 1); approving is in ``team_approve``.

Team → Skapa team… (a leader: the team, then its card to hand out) and Team → Gå med i team…
(a field secretary: the card in, the request out, and this laptop's fingerprint shown large
to read aloud). The roster holds one name per device, so "person (computer)" is that name.
Files are small; they are read and written on the GUI thread, atomically. A damaged,
foreign or tampered file is its Swedish reason in the dialog and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
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
    from faltapp.core.team import TeamDevice
    from faltapp.store.database import Database

FILTER = "faltapp team files (*.json)"
FILE_PROBLEMS = (OSError, ValueError, StoreError)
"""What a team file or its folder can do wrong: shown in the dialog, nothing changed."""


def plain(text: str = "") -> QLabel:
    """A wrapping plain-text label (names never render as markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def fingerprint_label(digits: str = "", *, size: int = 20) -> QLabel:
    """The fingerprint large, in a fixed-width font, selectable, for reading aloud."""
    label = QLabel(digits)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(size)
    font.setBold(size >= 20)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(QCoreApplication.translate("TeamSetup", "Fingeravtryck"))
    return label


def fit(dialog: QDialog) -> None:
    """Grow ``dialog`` to show what was just added (never shrink, never past the screen)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    wanted = dialog.sizeHint().height()
    screen = dialog.screen()
    if screen is not None:
        wanted = min(wanted, screen.availableGeometry().height())
    if dialog.height() < wanted:
        dialog.resize(dialog.width(), wanted)


def leader_fingerprint(team_id: str, leader: TeamDevice) -> str:
    """The digits of a leader's public keys in a team: the card and the leader's screen."""
    from faltapp.sync.fingerprint import fingerprint

    return fingerprint(team_id, leader.device_id, leader.signing_public, leader.age_recipient)


def roster_name(person: str, computer: str) -> str:
    """The one name the roster keeps for a device: "Åsa Berg (Bärbar 2)"."""
    person, computer = person.strip(), computer.strip()
    return f"{person} ({computer})" if person and computer else person or computer


def read_file(path: Path) -> bytes:
    """At most a little more than any team file can be: a huge file is refused unread."""
    from faltapp.sync.team_files import MAX_FILE_BYTES

    with open(path, "rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def ask_target(parent: QWidget, title: str, name: str) -> Path | None:
    """Where to save a team file (in the home folder at first), or None if cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), FILTER)
    return Path(chosen) if chosen else None


def write_file(path: Path, data: bytes) -> None:
    """Write a team file atomically (temp file, fsync, rename), replacing an older one."""
    from faltapp.store.atomic_file import write_atomically

    write_atomically(path, data, replace=True)


def problem(error: Exception, *, writing: bool = False) -> str:
    """One sentence for the dialog: the core's Swedish reason, or the file's trouble."""
    if isinstance(error, FileNotFoundError):
        return (QCoreApplication.translate("TeamSetup", "Mappen finns inte.") if writing else
                QCoreApplication.translate("TeamSetup", "Filen finns inte."))
    if isinstance(error, IsADirectoryError):
        return QCoreApplication.translate("TeamSetup", "Det är en mapp, inte en fil.")
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "TeamSetup", "Filen gick inte att läsa eller skriva: {reason}").format(
            reason=error.strerror or error)
    return str(error)


def _profile(db: Database) -> tuple[str, str]:
    from faltapp.store.profile import load_profile

    found = load_profile(db)
    return (found.name, found.device_name) if found else ("", "")


class _NamesForm(QFormLayout):
    """Ditt namn and Datorns namn, filled from the first run's profile, after ``first``."""

    def __init__(self, db: Database, first: tuple[str, QWidget] | None = None) -> None:
        super().__init__()
        if first is not None:
            self.addRow(*first)
        person, computer = _profile(db)
        self.person = QLineEdit(person)
        self.person.setAccessibleName(self.tr("Ditt namn"))
        self.computer = QLineEdit(computer)
        self.computer.setAccessibleName(self.tr("Datorns namn"))
        self.computer.setPlaceholderText(self.tr("t.ex. Bärbar 2"))
        self.addRow(self.tr("Ditt &namn:"), self.person)
        self.addRow(self.tr("&Datorns namn:"), self.computer)

    def name(self) -> str:
        """The name the team's roster shows for this laptop."""
        return roster_name(self.person.text(), self.computer.text())


def save_card(parent: QWidget, db: Database) -> Path | None:
    """Team → Spara teamkort…: ask where, save, and say where and the leader's fingerprint
    (or why not) in a message box."""
    from PySide6.QtWidgets import QMessageBox

    from faltapp.sync import enrolment

    title = QCoreApplication.translate("TeamSetup", "Spara teamkortet")
    saved = ask_target(parent, title, "teamkort.json")
    if saved is None:
        return None
    try:
        write_file(saved, enrolment.make_card(db))
    except FILE_PROBLEMS as error:
        QMessageBox.warning(parent, title, problem(error, writing=True))
        return None
    team, me = db.team.team(), db.team.device(db.device_id)
    digits = leader_fingerprint(team.team_id, me) if team and me else ""
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "TeamSetup", "Teamkortet är sparat i {path}. Den som går med ser ditt fingeravtryck "
        "som ledare: {digits}").format(path=saved, digits=digits))
    return saved


class CreateTeamDialog(QDialog):
    """A team with this laptop as its leader, then its card to hand out."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skapa team"))
        self._db = db
        self.team_name = QLineEdit()
        self.team_name.setAccessibleName(self.tr("Teamets namn"))
        self.names = _NamesForm(db, (self.tr("&Teamets namn:"), self.team_name))
        self.person, self.computer = self.names.person, self.names.computer
        self.error = ErrorLabel(attempts=True)
        self.done_line = plain()
        self.fingerprint = fingerprint_label(size=13)
        self.fingerprint.hide()
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
        layout.addWidget(plain(self.tr(
            "Den här datorn blir teamledare. Ge sedan teamkortet till den som ska gå med.")))
        layout.addLayout(self.names)
        layout.addWidget(self.error)
        layout.addWidget(self.done_line)
        layout.addWidget(self.fingerprint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.team_name.setFocus()

    def create(self) -> None:
        """Make the team; the card can be saved after."""
        try:
            team = self._db.team.create_team(self.team_name.text().strip(), self.names.name())
        except FILE_PROBLEMS as error:
            self.error.show_message(problem(error))
            return
        self.error.forget()
        for field in (self.team_name, self.person, self.computer):
            field.setReadOnly(True)
        self.create_button.setEnabled(False)
        self.card_button.setEnabled(True)
        self.card_button.setDefault(True)
        self.card_button.setFocus()
        me = self._db.team.device(self._db.device_id)
        self.fingerprint.setText(leader_fingerprint(team.team_id, me) if me else "")
        self.fingerprint.show()
        self.done_line.setText(self.tr(
            "Teamet {name} är skapat. Spara teamkortet och ge det till den som ska gå med. "
            "Deras skärm visar då ditt fingeravtryck som ledare:").format(name=team.name))
        fit(self)

    def save_card(self) -> Path | None:
        """Save the team card where the leader chooses."""
        from faltapp.sync import enrolment

        saved = ask_target(self, self.tr("Spara teamkortet"), "teamkort.json")
        if saved is None:
            return None
        try:
            write_file(saved, enrolment.make_card(self._db))
        except FILE_PROBLEMS as error:
            self.error.show_message(problem(error, writing=True))
            return None
        self.error.forget()
        self.done_line.setText(self.tr(
            "Teamkortet är sparat i {path}. Ge det till den som ska gå med; deras skärm "
            "visar då ditt fingeravtryck som ledare:").format(path=saved))
        fit(self)
        return saved


class JoinTeamDialog(QDialog):
    """The card in, the request out, this laptop's fingerprint shown to read aloud."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gå med i team"))
        self._db = db
        self.card_path: Path | None = None
        self.card_line = plain(self.tr("Inget teamkort valt."))
        self.leader_digits = fingerprint_label(size=13)
        self.leader_digits.hide()
        self.choose = QPushButton(self.tr("&Välj teamkort…"))
        self.choose.clicked.connect(self.choose_card)
        self.names = _NamesForm(db)
        self.person, self.computer = self.names.person, self.names.computer
        self.error = ErrorLabel(attempts=True)
        self.instruction = plain()
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
        layout.addWidget(plain(self.tr(
            "Välj teamkortet du fått av teamledaren. Sedan sparar du en förfrågan som ledaren "
            "godkänner medan ni jämför fingeravtrycket på era skärmar.")))
        layout.addWidget(self.choose)
        layout.addWidget(self.card_line)
        layout.addWidget(self.leader_digits)
        layout.addLayout(self.names)
        layout.addWidget(self.error)
        layout.addWidget(self.instruction)
        layout.addWidget(self.fingerprint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self.choose.setFocus()

    def choose_card(self) -> None:
        """Ask for the card file."""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Välj teamkort"), "", FILTER)
        if chosen:
            self.use_card(Path(chosen))

    def use_card(self, path: Path) -> None:
        """Check the card and show whose team it is and its leader's fingerprint."""
        from faltapp.sync.team_files import read_card

        self.card_path = None
        self.join_button.setEnabled(False)
        self.leader_digits.hide()
        try:
            card = read_card(read_file(path))
        except FILE_PROBLEMS as error:
            self.card_line.setText(self.tr("Inget teamkort valt."))
            self.error.show_message(problem(error))
            return
        mine = self._db.team.team()
        if card.issuer.device_id == self._db.device_id:
            self.error.show_message(self.tr(
                "Teamkortet kommer från den här datorn; ge det till den som ska gå med."))
            return
        if mine is not None and mine.team_id != card.team.team_id:
            self.error.show_message(self.tr(
                "Den här datorn hör redan till teamet {name}; den kan inte gå med i ett "
                "annat.").format(name=mine.name))
            return
        self.error.forget()
        self.card_path = path
        self.card_line.setText(self.tr(
            "Teamkort för {team}, utfärdat av {leader}. Ledarens skärm visar samma "
            "fingeravtryck som ledare:").format(team=card.team.name, leader=card.issuer.name))
        self.leader_digits.setText(leader_fingerprint(card.team.team_id, card.issuer))
        self.leader_digits.show()
        self.join_button.setEnabled(True)
        self.join_button.setDefault(True)
        self.person.setFocus()
        fit(self)

    def join(self, target: Path | None = None) -> None:
        """Ask where (unless ``target``), join, save the request, show the fingerprint; a
        cancel joins nothing."""
        from faltapp.sync import enrolment

        if self.card_path is None:
            return
        saved = target or ask_target(self, self.tr("Spara förfrågan"), "forfragan.json")
        if saved is None:
            return
        try:
            joined = enrolment.join_team(self._db, read_file(self.card_path), self.names.name())
            write_file(saved, joined.request)
        except FILE_PROBLEMS as error:
            self.error.show_message(problem(error))
            return
        self.error.forget()
        self.join_button.setEnabled(False)
        self.instruction.setText(self.tr(
            "Förfrågan är sparad i {path}. Ge den till ledaren och läs upp siffrorna nedan "
            "för varandra; ledarens skärm ska visa exakt samma. Du får teamets lista med "
            "ledarens nästa export.").format(path=saved))
        self.fingerprint.setText(joined.fingerprint)
        fit(self)
