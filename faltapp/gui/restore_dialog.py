"""Arkiv → Återställ från säkerhetskopia: the backups with date, reason and counts; restore one.

The list comes from the backups' sidecars (nothing is opened). Restoring asks for the
passphrase (the backup must open with it, and the database is opened again with it), checks it
while the main window is still open, asks for confirmation, then closes the main window and its
database, runs the restore in the task runner (the current state is backed up first) and opens
the database again in a new main window. A refused backup leaves the database untouched: it is
opened again as it was, and the dialog says why.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from faltapp.gui import errors
from faltapp.gui.hint_view import HintTableView
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.widgets import BusyLine, ErrorLabel
from faltapp.store import keys
from faltapp.store.backups import BackupInfo, list_backups
from faltapp.store.restore import restore_job

if TYPE_CHECKING:
    from faltapp.gui.main_window import MainWindow
    from faltapp.store.database import Database

_KEPT: list[QWidget] = []
"""The main window a restore opened (``app.run`` holds only the one it made itself)."""


def _check_passphrase(db_path: Path, passphrase: str) -> None:
    """Raises WrongPassphrase unless ``passphrase`` unlocks the key file (worker thread)."""
    keys.unwrap_key(keys.read_key_file(keys.key_path_for(db_path)), passphrase)


class RestoreDialog(QDialog):
    """Lists the backups of ``db_path``; restores one in place of ``window``'s database."""

    def __init__(self, db_path: Path, window: MainWindow | None = None) -> None:
        super().__init__(None)  # outlives the main window it replaces
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._path = Path(db_path)
        self._window = window
        self._runner = TaskRunner(self)
        self._busy = False
        self.opened: MainWindow | None = None
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        self.setMinimumWidth(620)

        intro = QLabel(self.tr("Välj den säkerhetskopia du vill gå tillbaka till. Databasen som "
                               "den är nu sparas först som en egen säkerhetskopia, så du kan "
                               "ångra återställningen."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.backups: list[BackupInfo] = []
        self.model = QStandardItemModel(0, 5, self)
        self.table = HintTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Säkerhetskopior"))
        self.table.setTabKeyNavigation(False)
        self.table.set_hint(self.tr("Det finns inga säkerhetskopior ännu. faltapp gör en före "
                                    "varje import."))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenfras"))
        list_label = QLabel(self.tr("&Säkerhetskopior (nyaste först):"))
        list_label.setBuddy(self.table)
        form = QFormLayout()
        form.addRow(self.tr("&Lösenfras:"), self.passphrase)
        self.error_label = ErrorLabel(attempts=True)
        self.busy = BusyLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Å&terställ…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.resize(self.minimumWidth(), 420)
        self._fill()
        self.table.setFocus()

    def _fill(self) -> None:
        """(Re)read the backups from their sidecars, newest first, the newest selected."""
        self.backups = list_backups(self._path)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("Gjord"), self.tr("Anledning"), self.tr("Pass"), self.tr("Kontakter"),
            self.tr("Uppföljningar")])
        for info in self.backups:
            self.model.appendRow(self._row(info))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def _row(self, info: BackupInfo) -> list[QStandardItem]:
        counts = info.counts
        cells = [info.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), info.label]
        cells += [str(counts.get(t, 0)) if counts is not None else "–"
                  for t in ("shift", "contact", "follow_up")]
        row = [QStandardItem(cell) for cell in cells]
        for item in row[2:]:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return row

    def selected(self) -> BackupInfo | None:
        """The backup whose row is selected."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    # -- the steps --------------------------------------------------------------------------

    def accept(self) -> None:
        """Check the choice and the passphrase, then ask for confirmation."""
        if self._busy:
            return
        info = self.selected()
        if info is None:
            self._error(self.tr("Välj en säkerhetskopia i listan först."), self.table)
            return
        if not self.passphrase.text():
            self._error(self.tr("Skriv lösenfrasen; säkerhetskopian öppnas med den."),
                        self.passphrase)
            return
        if self._window is not None and (self._window.runner.busy() or any(
                e.isVisible() for e in _open_editors())):
            self._error(self.tr("Stäng öppna fältpass och vänta tills arbetet i bakgrunden är "
                                "klart, och försök sedan igen."), self.table)
            return
        self._set_busy(True, self.tr("Kontrollerar lösenfrasen…"))
        self._runner.run(partial(_check_passphrase, self._path, self.passphrase.text()),
                         on_done=lambda _: self._confirm(info), on_error=self._failed)

    def _confirm(self, info: BackupInfo) -> None:
        self._set_busy(False)
        when = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Återställ"),
                          self.tr("Återställa databasen till säkerhetskopian från {when} "
                                  "({reason})?\n\nDet som ändrats sedan dess sparas först som "
                                  "en egen säkerhetskopia. Huvudfönstret stängs och öppnas "
                                  "igen.").format(when=when, reason=info.label),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(self.tr("&Återställ"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.finished.connect(lambda _: self._restore(info) if box.clickedButton() is yes
                             else self._back_to_passphrase())
        box.finished.connect(box.deleteLater)
        self.confirmation = box
        box.open()

    def _back_to_passphrase(self) -> None:
        """After Avbryt the keyboard is here again, not in the main window behind."""
        self.activateWindow()
        self.passphrase.setFocus()

    def _restore(self, info: BackupInfo) -> None:
        """Close the main window and its database, then restore in the background."""
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # type: ignore[attr-defined]
        window, self._window = self._window, None
        if window is not None and isValid(window):
            window.close()
            if window.isVisible():  # it kept itself open (an editor asked, work in progress)
                app.setQuitOnLastWindowClosed(True)  # type: ignore[attr-defined]
                self._window = window
                self._error(self.tr("Huvudfönstret kunde inte stängas; inget återställdes."),
                            self.table)
                return
            window.deleteLater()
        self._set_busy(True, self.tr("Återställer…"))
        self._runner.run(restore_job(self._path, self.passphrase.text(), info),
                         title=self.tr("Återställ från säkerhetskopia"),
                         label=self.tr("Återställer databasen…"),
                         on_done=lambda _: self._reopen(None),
                         on_error=lambda error: self._reopen(errors.message_for(error)),
                         on_cancel=lambda: self._reopen(self.tr(
                             "Återställningen avbröts; databasen är som den var.")))

    def _reopen(self, problem: str | None) -> None:
        """Open the database again: restored, or as it was if the restore did not happen
        (``problem`` says why)."""
        from faltapp.gui.unlock_dialog import open_database

        self._set_busy(True, self.tr("Öppnar databasen…"))
        self._runner.run(partial(open_database, self._path, self.passphrase.text(), False, None),
                         on_done=partial(self._opened, problem), on_error=self._not_opened)

    def _not_opened(self, error: BaseException) -> None:
        """No main window is left: closing this dialog ends the app."""
        QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[attr-defined]
        self._failed(error)

    def _opened(self, problem: str | None, db: Database) -> None:
        from faltapp.gui.main_window import MainWindow

        QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[attr-defined]
        self.opened = MainWindow(db)
        _KEPT[:] = [self.opened]
        self.opened.show()
        self._window = self.opened
        self._set_busy(False)
        self.passphrase.clear()
        if problem is not None:  # the dialog stays in front and says why
            self._fill()
            self.raise_()
            self.activateWindow()
            self._error(problem, self.table)
            return
        self.opened.statusBar().showMessage(self.tr(
            "Databasen är återställd. Det som fanns före återställningen finns som en egen "
            "säkerhetskopia."), 15000)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, keys.WrongPassphrase):
            self._error(str(error), self.passphrase)
        else:
            self._error(errors.message_for(error), self.table)

    def reject(self) -> None:
        """Close, unless a restore is under way."""
        if not self._busy:
            super().reject()

    def _error(self, message: str, focus: QWidget) -> None:
        self.error_label.show_message(message)
        focus.setFocus()
        if focus is self.passphrase:
            self.passphrase.selectAll()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.table, self.passphrase, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.error_label.hide()
            self.busy.start(text)
        else:
            self.busy.hide()


def _open_editors() -> list[Any]:
    from faltapp.gui.editor import open_editors

    return open_editors()


def open_restore_dialog(window: MainWindow) -> RestoreDialog:
    """Show the dialog for ``window``'s database (Arkiv → Återställ från säkerhetskopia)."""
    dialog = RestoreDialog(window.db.path, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
