"""The passphrase dialog on start: create a new database on first run, unlock it after.

Deriving the key takes about a second (argon2id), so it runs in the task runner: the dialog
says what it is doing and keeps painting; Avsluta still works and discards a late result.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from faltapp.gui import errors
from faltapp.gui.tasks import Task, TaskRunner
from faltapp.gui.widgets import BusyLine, ErrorLabel

if TYPE_CHECKING:
    from faltapp.store.database import Database
    from faltapp.store.keys import KdfParams


def open_database(path: Path, passphrase: str, creating: bool,
                  kdf: KdfParams | None) -> Database:
    """Create or open the database (runs on a worker thread).

    The store (SQLCipher, cryptography, argon2) is imported here, on the worker: the dialog
    paints before any of it is loaded. So is what the shift list shows first.
    """
    from faltapp.gui.shift_model import PAGE_SIZE
    from faltapp.store.database import Database
    from faltapp.store.location import is_default_location

    if creating:
        if is_default_location(path):
            path.parent.mkdir(parents=True, exist_ok=True)
        database = Database.create(path, passphrase, kdf=kdf)
    else:
        database = Database.open(path, passphrase, kdf=kdf)
    # The list's ids and first page are read here, not while the window paints (at 13 k
    # shifts ~40 ms of the first paint); any commit before the window reads them drops them.
    database.subscribe(database.shifts.forget_prefetched)
    database.shifts.prefetch(PAGE_SIZE)
    return database


class UnlockDialog(QDialog):
    """Asks for the passphrase and opens (or creates) the database at ``path``.

    ``kdf`` is for tests only: cheap parameters for a new database, kept when opening.
    """

    def __init__(self, path: Path, parent: QWidget | None = None, *,
                 kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._kdf = kdf
        self.creating = not path.exists()
        self.database: Database | None = None
        self._runner = TaskRunner(self)
        self._task: Task | None = None
        self._warmed = False
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
        location.setWordWrap(True)
        location.setStyleSheet("color: palette(mid);")
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenfras"))
        self.repeat.setAccessibleName(self.tr("Upprepa lösenfrasen"))
        self.error_label = ErrorLabel(attempts=True)
        self.busy = BusyLine()

        form = QFormLayout()
        form.addRow(self.tr("&Lösenfras"), self.passphrase)
        if self.creating:
            form.addRow(self.tr("&Upprepa"), self.repeat)
        else:
            self.repeat.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Skapa") if self.creating else self.tr("Öppna"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avsluta"))
        self.restore_button = QPushButton(self.tr("Åte&rställ från säkerhetskopia…"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._choose_restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.hide()  # offered only when the file turns out to be damaged
        self.wants_restore = False
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(location)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)

    def show_error(self, message: str) -> None:
        """Show a problem in the dialog (numbered when it repeats, never clipped) and let the
        user try again."""
        self.error_label.show_message(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(0, self, _warm_up)

    def accept(self) -> None:
        """Check the input, then create or open the database in the background."""
        if self._task is not None:
            return
        secret = self.passphrase.text()
        if self.creating:
            from faltapp.store import keys

            try:
                secret = keys.check_new_passphrase(secret, self.repeat.text())
            except keys.WeakPassphrase as exc:
                self.show_error(str(exc))
                return
            except keys.PassphrasesDiffer:
                self.show_error(self.tr("Lösenfraserna är inte lika."))
                return
        self.error_label.hide()
        self._set_busy(True)
        self._task = self._runner.run(
            partial(open_database, self.path, secret, self.creating, self._kdf),
            on_done=self._opened, on_error=self._failed, discard=_close)

    def reject(self) -> None:
        """Leave; a database that opens after this is closed again."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.repeat, self.ok_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Skapar databasen…") if self.creating
                            else self.tr("Låser upp…"))
        else:
            self.busy.hide()

    def _opened(self, database: Database) -> None:
        self._task = None
        self.database = database
        self.passphrase.clear()
        self.repeat.clear()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        from faltapp.store.errors import NotADatabase

        self._task = None
        self._set_busy(False)
        self.show_error(errors.message_for(error))
        if isinstance(error, NotADatabase) and not self.creating:
            from faltapp.store.backups import list_backups

            self.restore_button.setVisible(bool(list_backups(self.path)))

    def _choose_restore(self) -> None:
        """Leave this dialog for the restore dialog (``app.run`` opens it)."""
        self.wants_restore = True
        self.reject()


def _close(database: Database) -> None:
    """Close a database that opened after nobody wanted it any more."""
    database.close()


def _warm_up() -> None:
    """After the first paint, import what opening and the main window need while the user
    types the passphrase, so neither the dialog's paint nor Enter waits for it."""

    def load() -> None:
        import faltapp.gui.main_window
        import faltapp.store.database  # noqa: F401

    threading.Thread(target=load, name="faltapp-warm-up", daemon=True).start()
