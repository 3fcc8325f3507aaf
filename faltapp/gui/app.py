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
    if db_path.exists():
        from faltapp.gui.unlock_dialog import UnlockDialog

        dialog: Any = UnlockDialog(db_path)
    else:  # the first run: role, names, passphrase, the key file's place
        from faltapp.gui.first_run import FirstRunWizard

        dialog = FirstRunWizard(db_path)
    if not dialog.exec() or dialog.database is None:
        return 0
    from faltapp.gui.main_window import MainWindow  # loaded while the user typed: see warm_up

    window = MainWindow(dialog.database)
    window.show()
    return app.exec()

