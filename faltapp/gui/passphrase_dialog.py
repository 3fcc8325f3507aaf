"""Arkiv → Byt lösenfras: the current passphrase, a new one and the new one again.

The change derives two keys (seconds), so it runs in the task runner; the dialog says it is
busy and cannot be left halfway, because the key file is replaced in one step either way.
Each problem is shown under the field it is about.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from faltapp.gui import errors
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.widgets import BusyLine, ErrorLabel
from faltapp.store import keys
from faltapp.store.database import Database


class _Field(QWidget):
    """A passphrase line edit with its own error line under it."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)


class PassphraseDialog(QDialog):
    """Changes the passphrase of ``db``; accepted once the new key file is in place."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._busy = False
        self.setWindowTitle(self.tr("Byt lösenfras"))
        self.setMinimumWidth(480)

        intro = QLabel(self.tr("Den nya lösenfrasen gäller från nästa gång databasen öppnas. "
                               "Den måste ha minst {n} tecken.")
                       .format(n=keys.MIN_PASSPHRASE_CHARS))
        intro.setWordWrap(True)
        self._old, self._new, self._repeat = _Field(), _Field(), _Field()
        self.old, self.new, self.repeat = self._old.edit, self._new.edit, self._repeat.edit
        for edit, name in ((self.old, self.tr("Nuvarande lösenfras")),
                           (self.new, self.tr("Ny lösenfras")),
                           (self.repeat, self.tr("Upprepa den nya lösenfrasen"))):
            edit.setAccessibleName(name)
        self.error_label = ErrorLabel(attempts=True)
        self.busy = BusyLine()

        form = QFormLayout()
        form.addRow(self.tr("&Nuvarande lösenfras"), self._old)
        form.addRow(self.tr("N&y lösenfras"), self._new)
        form.addRow(self.tr("&Upprepa den nya"), self._repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Byt"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.old.setFocus()

    def _show_error(self, field: _Field | None, message: str) -> None:
        """Show ``message`` under ``field`` (or under the form) and put the cursor there."""
        if field is None:
            self.error_label.show_message(message)
        else:
            field.error.show_message(message)
            field.edit.selectAll()
            field.edit.setFocus()
        self.adjustSize()

    def accept(self) -> None:
        """Check the new passphrase here, then change it in the background."""
        if self._busy:
            return
        for label in (self._old.error, self._new.error, self._repeat.error, self.error_label):
            label.hide()
        try:
            new = keys.check_new_passphrase(self.new.text(), self.repeat.text())
        except keys.WeakPassphrase as exc:
            self._show_error(self._new, str(exc))
            return
        except keys.PassphrasesDiffer:
            self._show_error(self._repeat, self.tr("Lösenfraserna är inte lika."))
            return
        self._set_busy(True)
        self._runner.run(partial(self._db.change_passphrase, self.old.text(), new),
                         on_done=self._changed, on_error=self._failed, window=self)

    def reject(self) -> None:
        """Close, unless the change is under way (it cannot be stopped halfway)."""
        if not self._busy:
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self._old, self._new, self._repeat, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Byter lösenfras…"))
        else:
            self.busy.hide()

    def _changed(self, _: None) -> None:
        self._set_busy(False)
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, keys.WrongPassphrase):
            self._show_error(self._old, str(error))
        elif isinstance(error, keys.WeakPassphrase):
            self._show_error(self._new, str(error))
        else:
            self._show_error(None, errors.message_for(error))
