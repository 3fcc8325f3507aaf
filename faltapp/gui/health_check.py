"""After an unclean shutdown, read every page before the user trusts the data (issue 10).

When the last faltapp with this database crashed or was killed (``Database.unclean_shutdown``),
the main window runs ``quick_check`` as a job once it shows. A whole database is one line in
the status bar; a damaged one is a question that offers the newest backup (Arkiv → Återställ
från säkerhetskopia…), never a silent repair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from faltapp.gui.main_window import MainWindow


def check_when_unclean(window: MainWindow) -> None:
    """Check the pages of ``window``'s database if the last process did not end cleanly."""
    if not window.db.unclean_shutdown:
        return
    from faltapp.store.health import quick_check

    def done(problems: list[str]) -> None:
        translate = QCoreApplication.translate
        if not problems:
            window.statusBar().showMessage(translate(
                "HealthCheck", "faltapp avslutades oväntat förra gången; databasen är "
                               "kontrollerad och hel."), 15000)
            return
        answer = QMessageBox.warning(
            window, translate("HealthCheck", "Databasen är skadad"),
            translate("HealthCheck", "faltapp avslutades oväntat förra gången, och "
                                     "databasen är skadad:\n{problems}\n\nVill du återställa "
                                     "en säkerhetskopia?").format(
                problems="\n".join(problems[:5])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            window.restore_backup()

    QTimer.singleShot(0, window, lambda: window.runner.run(
        lambda: quick_check(window.db), on_done=done))
