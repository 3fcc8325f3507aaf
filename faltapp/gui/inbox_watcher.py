"""The inbox in the GUI: watch the chosen folder and read in what appears (issue 8 item 6).

One watcher per main window looks at the inbox after the window shows, when faltapp becomes
the active application again (the stick was just put in) and when the folder changes
(debounced; a change during a look brings one more look after it), and once a minute. The
look runs as a quiet job in the window's task runner (no progress dialog); its result goes to
the status bar, and files that would make a conflict open the import dialog with their
preview, so a person decides: once per file and session (such a file is not decrypted again
at every look). A folder that cannot be reached (the stick is out) is one status-bar note,
never an error dialog.
Team → Inkorg… chooses the folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from faltapp.gui.main_window import MainWindow
    from faltapp.sync.inbox import FileKey, InboxResult

DEBOUNCE_MS = 1500
POLL_MS = 60_000
"""A look a minute as well: a stick put back in while faltapp stays active sends no event."""


class InboxWatcher(QObject):
    """Looks at the window's inbox folder when something may have arrived."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._running = False
        self._again = False
        self._unreachable_said = False
        self._waiting: set[FileKey] = set()  # files shown for review: not previewed again
        self.last: InboxResult | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._debounce.start())
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.check)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self.watch()

    def folder(self) -> Path | None:
        """The inbox folder chosen for this database, or None (also once it is closed)."""
        from faltapp.sync.inbox import inbox_folder

        try:
            return inbox_folder(self._window.db)
        except RuntimeError:  # the database was closed (locked, or the app is quitting)
            return None

    def watch(self) -> None:
        """Follow the chosen folder (after it was chosen or changed)."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        folder = self.folder()
        if folder is not None and folder.is_dir():
            self._watcher.addPath(str(folder))
        self._unreachable_said = False
        if folder is None:
            self._poll.stop()
        else:
            self._poll.start()

    def check(self) -> None:
        """Look at the inbox now (unless a look is running or there is no inbox)."""
        folder = self.folder()
        if folder is None:
            return
        if self._running:
            self._again = True
            return
        if not folder.is_dir():
            if not self._unreachable_said:
                self._unreachable_said = True
                self._window.statusBar().showMessage(self.tr(
                    "Inkorgen {folder} går inte att nå (är USB-minnet utdraget?).")
                    .format(folder=folder), 15000)
            return
        self._unreachable_said = False  # reachable again: the next pull gets its note
        if not self._watcher.directories():
            self._watcher.addPath(str(folder))
        from faltapp.sync.inbox import inbox_job

        self._running = True
        self._window.runner.run(inbox_job(self._window.db, folder, frozenset(self._waiting)),
                                on_done=self._done, on_error=self._failed)

    def check_now(self) -> None:
        """Look now, files waiting for review included (Läs nu)."""
        self._waiting.clear()
        self.check()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self._debounce.start()

    def _done(self, result: InboxResult) -> None:
        self._ended()
        self.last = result
        if result.line():
            self._window.statusBar().showMessage(result.line(), 15000)
        if result.to_review:
            from faltapp.gui.import_dialog import FileRow
            from faltapp.gui.team_menu import open_import
            from faltapp.sync.inbox import file_key

            self._waiting |= {key for path, _ in result.to_review
                              if (key := file_key(path)) is not None}
            dialog = open_import(self._window, choose=False)
            dialog.show_rows([FileRow(path, preview) for path, preview in result.to_review])

    def _failed(self, error: BaseException) -> None:
        from faltapp.gui import errors

        self._ended()
        self._window.statusBar().showMessage(
            self.tr("Inkorgen kunde inte läsas: {reason}").format(
                reason=errors.message_for(error)), 15000)

    def _ended(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self._debounce.start()


class InboxDialog(QDialog):
    """Team → Inkorg…: choose the inbox folder, stop using it, or look now."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inkorg"))
        self._window = window
        intro = QLabel(self.tr(
            "En inkorg är en mapp där teamets exportfiler hamnar, till exempel en delad "
            "mapp eller teamets USB-minne. Nya filer läses in av sig själva; en fil som ger "
            "en konflikt visas först. Inget i mappen flyttas eller tas bort."))
        intro.setWordWrap(True)
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Välj mapp…"))
        self.off_button = QPushButton(self.tr("&Ingen inkorg"))
        self.now_button = QPushButton(self.tr("Läs &nu"))
        self.choose_button.clicked.connect(self._choose)
        self.off_button.clicked.connect(lambda: self.set_folder(None))
        self.now_button.clicked.connect(lambda: self._window.inbox.check_now())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        for button in (self.choose_button, self.off_button, self.now_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.refresh()

    def refresh(self) -> None:
        """Show the folder chosen now."""
        folder = self._window.inbox.folder()
        self.current.setText(self.tr("Inkorg: {folder}").format(folder=folder)
                             if folder else self.tr("Ingen inkorg är vald."))
        self.off_button.setEnabled(folder is not None)
        self.now_button.setEnabled(folder is not None)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Välj inkorg"))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        """Use ``folder`` as the inbox (None: no inbox) and look at it at once."""
        from faltapp.sync.inbox import set_inbox_folder

        set_inbox_folder(self._window.db, folder)
        self._window.inbox.watch()
        self.refresh()
        self._window.inbox.check()


def start_inbox(window: MainWindow) -> InboxWatcher:
    """The window's watcher, looking once the window has painted."""
    watcher = InboxWatcher(window)
    QTimer.singleShot(0, watcher, watcher.check)
    return watcher
