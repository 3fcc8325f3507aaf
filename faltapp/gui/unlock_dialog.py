"""The passphrase dialog on start: create a new database on first run, unlock it after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from faltapp.gui.widgets import ErrorLabel
from faltapp.store.database import Database
from faltapp.store.errors import StoreError
from faltapp.store.keys import KdfParams, KeyFileError
from faltapp.store.location import is_default_location

MIN_PASSPHRASE = 8


class UnlockDialog(QDialog):
    """Asks for the passphrase and opens (or creates) the database at ``path``."""

    def __init__(self, path: Path, parent: QWidget | None = None, *,
                 kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._kdf = kdf
        self.creating = not path.exists()
        self.database: Database | None = None
        self.setWindowTitle(self.tr("Skapa databas") if self.creating else self.tr("Lås upp"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr("Välj en lösenfras för den nya databasen. Den krypterar allt som sparas; "
                    "utan den går uppgifterna inte att läsa.")
            if self.creating else self.tr("Skriv lösenfrasen för att öppna databasen.")
        )
        intro.setWordWrap(True)
        location = QLabel(str(path))
        location.setTextFormat(Qt.TextFormat.PlainText)
        location.setStyleSheet("color: palette(mid);")
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("&Lösenfras"), self.passphrase)
        if self.creating:
            form.addRow(self.tr("&Upprepa"), self.repeat)
        else:
            self.repeat.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Skapa") if self.creating else self.tr("Öppna")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avsluta"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(location)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def show_error(self, message: str) -> None:
        """Show a problem in the dialog and let the user try again."""
        self.error_label.show_message(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def accept(self) -> None:
        """Create or open the database; stay open with a message on any problem."""
        secret = self.passphrase.text()
        if self.creating:
            if len(secret) < MIN_PASSPHRASE:
                self.show_error(self.tr("Lösenfrasen måste vara minst {n} tecken.")
                                .format(n=MIN_PASSPHRASE))
                return
            if secret != self.repeat.text():
                self.show_error(self.tr("Lösenfraserna är inte lika."))
                return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.creating:
                if is_default_location(self.path):
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                self.database = Database.create(self.path, secret, kdf=self._kdf)
            else:
                self.database = Database.open(self.path, secret)
        except (StoreError, KeyFileError, OSError) as exc:
            self.show_error(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.passphrase.clear()
            self.repeat.clear()
        super().accept()
