"""Starting the desktop app: QApplication, translations, unlock, main window, smoke mode."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from faltapp import __version__
from faltapp.core.vocabulary import resources_dir
from faltapp.gui import errors
from faltapp.gui.main_window import MainWindow
from faltapp.gui.unlock_dialog import UnlockDialog
from faltapp.store.database import Database
from faltapp.store.errors import StoreError
from faltapp.store.keys import KeyFileError

ENV_PASSPHRASE = "FALTAPP_PASSPHRASE"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Swedish locale and translators installed (reused if it exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("faltapp")
    app.setApplicationDisplayName("faltapp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("faltapp")
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
    own = QTranslator(app)
    if own.load(QLocale(), "faltapp", "_", str(resources_dir() / "translations")):
        app.installTranslator(own)
    return app


class _FirstPaint(QObject):
    """Calls back once the watched widget has painted with the list filled."""

    def __init__(self, window: MainWindow, started: float, kdf_seconds: float) -> None:
        super().__init__(window)
        self._window = window
        self._started = started
        self._kdf = kdf_seconds
        window.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._done)
            watched.removeEventFilter(self)
        return False

    def _done(self) -> None:
        shown = time.perf_counter() - self._started
        print(f"kdf_seconds: {self._kdf:.4f}", file=sys.stderr)
        print(f"window_seconds: {shown:.4f}", file=sys.stderr)
        print(f"rows: {self._window.model.rowCount()}", file=sys.stderr)
        print("ready", flush=True)
        self._window.close()


def _smoke_database(path: Path) -> tuple[Database, float]:
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase is None:
        raise SystemExit(f"faltapp: --smoke läser lösenfrasen från {ENV_PASSPHRASE}.")
    key, kdf_seconds = Database.unlock(path, passphrase)
    return Database.open_with_key(path, key), kdf_seconds


def run(db_path: Path, *, smoke: bool = False) -> int:
    """Run the app on ``db_path``; returns the exit code."""
    started = time.perf_counter()
    app = create_application()
    errors.install()
    if smoke:
        try:
            db, kdf_seconds = _smoke_database(db_path)
        except (StoreError, KeyFileError) as exc:
            print(f"faltapp: {exc}", file=sys.stderr)
            return 1
        window = MainWindow(db)
        _FirstPaint(window, started, kdf_seconds)
        window.show()
        return app.exec()
    dialog = UnlockDialog(db_path)
    if not dialog.exec() or dialog.database is None:
        return 0
    window = MainWindow(dialog.database)
    window.show()
    return app.exec()

