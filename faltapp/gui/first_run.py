"""The first-run wizard: role, name, computer name, passphrase (with a strength meter) and a
clear word about the key file, then the encrypted database is made (issue 9 item 4).

Three pages, keyboard only: Alt+N goes on, Alt+T back, Enter on the last page creates. The
passphrase must be long enough (the store's rule) and rated "stark" by
``core.passphrase_strength``; the key file's place is named and must be acknowledged. The
key derivation runs in the task runner, so the wizard keeps painting while it works.
"""

from __future__ import annotations

import socket
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from faltapp.gui import errors
from faltapp.gui.tasks import Task, TaskRunner
from faltapp.gui.widgets import BusyLine, ErrorLabel

if TYPE_CHECKING:
    from faltapp.store.database import Database
    from faltapp.store.keys import KdfParams
    from faltapp.store.profile import Profile


_METER_COLOURS = ("#b3261e", "#b3261e", "#b26a00", "#2e7d32", "#2e7d32")


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def create_database(path: Path, passphrase: str, profile: Profile,
                    kdf: KdfParams | None) -> Database:
    """Create the database and keep the profile (runs on a worker thread)."""
    from faltapp.gui.unlock_dialog import open_database
    from faltapp.store.profile import save_profile

    database = open_database(path, passphrase, True, kdf)
    try:
        save_profile(database, profile)
    except BaseException:
        database.close()
        raise
    return database


class RolePage(QWizardPage):
    """Fältsekreterare or teamledare."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Välkommen till faltapp"))
        self.setSubTitle(self.tr("faltapp sparar kvällspassen, kontakterna och iakttagelserna "
                                 "krypterat på den här datorn. Först några frågor."))
        self.worker = QRadioButton(self.tr("&Fältsekreterare: jag skriver in mina pass"))
        self.leader = QRadioButton(self.tr("Team&ledare: jag samlar teamets pass och "
                                           "skriver veckosammanställningar"))
        self.worker.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(self.tr("Vilken är din roll?")))
        layout.addWidget(self.worker)
        layout.addWidget(self.leader)
        layout.addStretch(1)
        self.setFocusProxy(self.worker)

    @property
    def role(self) -> str:
        """The role code the store keeps."""
        return "teamledare" if self.leader.isChecked() else "faltsekreterare"


class NamePage(QWizardPage):
    """The person's name and the computer's name (shown to the team when syncing)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Du och datorn"))
        self.setSubTitle(self.tr("Namnen syns för teamet när ni synkar, och du finns med "
                                 "bland personalen från första passet."))
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.device = QLineEdit(socket.gethostname()[:60])
        self.device.setMaxLength(60)
        self.name.setAccessibleName(self.tr("Ditt namn"))
        self.device.setAccessibleName(self.tr("Datorns namn"))
        form = QFormLayout(self)
        form.addRow(self.tr("Ditt n&amn:"), self.name)
        form.addRow(self.tr("&Datorns namn:"), self.device)
        self.name.textChanged.connect(self.completeChanged)
        self.device.textChanged.connect(self.completeChanged)
        self.setFocusProxy(self.name)

    def isComplete(self) -> bool:
        """Both names are filled in."""
        return bool(self.name.text().strip() and self.device.text().strip())


class PassphrasePage(QWizardPage):
    """The passphrase with its meter, and the key file's place acknowledged."""

    def __init__(self, key_path: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Lösenfras"))
        self.setSubTitle(self.tr("Lösenfrasen krypterar allt som sparas. Välj fyra eller fem "
                                 "vanliga ord som inte hör ihop; den går inte att återställa."))
        self.personal: list[str] = []
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenfras"))
        self.repeat.setAccessibleName(self.tr("Upprepa lösenfrasen"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(self.tr("Lösenfrasens styrka"))
        self.advice = _plain("")
        key_note = _plain(self.tr(
            "Nyckelfilen sparas här: {path}\nUtan den och lösenfrasen går uppgifterna inte att "
            "läsa, inte ens för IT-avdelningen. Spara en kopia av nyckelfilen på ett säkert "
            "ställe, inte på den här datorn.").format(path=key_path))
        self.understood = QCheckBox(self.tr("Jag &förstår att lösenfrasen och nyckelfilen "
                                            "inte går att återskapa"))
        self.error = ErrorLabel()
        self.busy = BusyLine()
        form = QFormLayout()
        form.addRow(self.tr("&Lösenfras:"), self.passphrase)
        form.addRow(self.tr("&Upprepa:"), self.repeat)
        form.addRow(self.tr("Styrka:"), self.meter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(key_note)
        layout.addWidget(self.understood)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        for signal in (self.passphrase.textChanged, self.repeat.textChanged,
                       self.understood.toggled):
            signal.connect(self._changed)
        self._good = False
        self.setFocusProxy(self.passphrase)
        self._changed()

    def _changed(self) -> None:
        from faltapp.core.passphrase_strength import strength

        rated = strength(self.passphrase.text(), self.personal)
        self.meter.setValue(rated.score)
        palette = self.meter.palette()  # red, amber, green: readable without the word too
        palette.setColor(QPalette.ColorRole.Highlight,
                         QColor(_METER_COLOURS[min(rated.score, 4)]))
        self.meter.setPalette(palette)
        self.meter.setFormat(rated.label)
        self.advice.setText(rated.advice if self.passphrase.text() else "")
        self._good = rated.good_enough
        self.error.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Strong, repeated the same, and the key file acknowledged."""
        return (self._good and self.understood.isChecked()
                and self.passphrase.text() == self.repeat.text())


class FirstRunWizard(QWizard):
    """Makes the database at ``path``; ``database`` holds it after ``exec()`` returns 1.

    ``kdf`` is for tests only: cheap key derivation.
    """

    def __init__(self, path: Path, parent: QWidget | None = None, *,
                 kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        from faltapp.store.keys import key_path_for

        self.path = path
        self._kdf = kdf
        self.database: Database | None = None
        self._runner = TaskRunner(self)
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Kom igång med faltapp"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.role_page = RolePage()
        self.name_page = NamePage()
        self.passphrase_page = PassphrasePage(key_path_for(path))
        for page in (self.role_page, self.name_page, self.passphrase_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Tillbaka"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Skapa databasen"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.currentIdChanged.connect(self._entered)
        self.setMinimumSize(620, 460)

    def _entered(self, _: int) -> None:
        if self.currentPage() is self.passphrase_page:
            self.passphrase_page.personal = [self.name_page.name.text(),
                                             self.name_page.device.text()]
            self.passphrase_page._changed()
        page = self.currentPage()
        if page is not None:
            page.setFocus()

    def accept(self) -> None:
        """Create the database in the background; the wizard closes when it is ready."""
        if self.database is not None:
            super().accept()
            return
        if self._task is not None:
            return
        from faltapp.store import keys
        from faltapp.store.profile import Profile

        page = self.passphrase_page
        try:
            secret = keys.check_new_passphrase(page.passphrase.text(), page.repeat.text())
        except (keys.WeakPassphrase, keys.PassphrasesDiffer) as exc:
            page.error.show_message(str(exc))
            return
        profile = Profile(self.name_page.name.text().strip(),
                          self.name_page.device.text().strip(), self.role_page.role)
        self._set_busy(True)
        self._task = self._runner.run(
            partial(create_database, self.path, secret, profile, self._kdf),
            on_done=self._created, on_error=self._failed, discard=lambda db: db.close())

    def reject(self) -> None:
        """Leave; a database that is made after this is closed again (the file stays)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            self.button(which).setEnabled(not busy)
        page = self.passphrase_page
        for widget in (page.passphrase, page.repeat, page.understood):
            widget.setEnabled(not busy)
        if busy:
            page.busy.start(self.tr("Skapar den krypterade databasen…"))
        else:
            page.busy.hide()

    def _created(self, database: Database) -> None:
        self._task = None
        self.database = database
        self.passphrase_page.passphrase.clear()
        self.passphrase_page.repeat.clear()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase_page.error.show_message(errors.message_for(error))
