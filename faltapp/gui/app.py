"""Starting the desktop app: QApplication, translations, unlock, main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from faltapp import __version__
from faltapp.gui import errors, i18n


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the user's language installed (reused if it exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("faltapp")
    app.setApplicationDisplayName("faltapp")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("faltapp")
    i18n.install_translators(app, i18n.current_language())
    return app


def run(db_path: Path, *, smoke: str | None = None) -> int:
    """Run the app on ``db_path``; returns the exit code. ``smoke``: see :mod:`gui.smoke`."""
    if smoke:
        from faltapp.gui.smoke import run_smoke

        return run_smoke(db_path, smoke)
    app = create_application()
    errors.install()
    from faltapp.gui import clipboard_guard

    clipboard_guard.install(app)
    from faltapp.gui.single_instance import SingleInstance, ask_running_to_raise

    if ask_running_to_raise(db_path):  # already open: that window comes forward instead
        print("faltapp: databasen är redan öppen; det fönstret visas.", file=sys.stderr)
        return 0
    instance = SingleInstance(db_path, app)
    if db_path.exists():
        from faltapp.gui.unlock_dialog import UnlockDialog

        dialog: Any = UnlockDialog(db_path)
    else:  # the first run: role, names, passphrase, the key file's place
        from faltapp.gui.first_run import FirstRunWizard

        dialog = FirstRunWizard(db_path)
    instance.raise_requested.connect(lambda: bring_to_front(dialog))
    if not dialog.exec() or dialog.database is None:
        if getattr(dialog, "wants_restore", False):  # the file is damaged: a backup instead
            from faltapp.gui.restore_dialog import RestoreDialog

            restore = RestoreDialog(db_path)
            restore.show()
            return app.exec()
        return 0
    from faltapp.gui.main_window import MainWindow  # loaded while the user typed: see warm_up

    window = MainWindow(dialog.database)
    from faltapp.gui import auto_lock

    auto_lock.install(window)
    instance.raise_requested.disconnect()
    instance.raise_requested.connect(lambda: bring_to_front(window))
    window.show()
    from faltapp.gui.daily_backup import backup_when_due

    backup_when_due(window.db, window.runner,
                    lambda line: window.statusBar().showMessage(line, 15000))
    return app.exec()


def bring_to_front(widget: Any) -> None:
    """Show ``widget`` in front of the others (a second start asked for it)."""
    from PySide6.QtCore import Qt

    if widget.isMinimized():
        widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
    widget.show()
    widget.raise_()
    widget.activateWindow()

