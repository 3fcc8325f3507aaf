"""A backup at the first use of each day (issue 10 item 2), as a quiet job.

The app starts it once the main window shows (``gui/app.py``): when no backup of any reason
was made today, the task runner makes one (encrypted, same key, rotated with the others).
Its result is one status-bar line; a failure (a full disk, a vanished folder) is one line too,
and the database is untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from faltapp.gui.tasks import TaskRunner
    from faltapp.store.database import Database


def backup_when_due(db: Database, runner: TaskRunner, say: Callable[[str], None]) -> bool:
    """Start today's backup if none exists yet; True if one was started."""
    from faltapp.store.backups import backup_job, daily_backup_due

    if not daily_backup_due(db.path):
        return False
    translate = QCoreApplication.translate
    runner.run(backup_job(db, "daily"),
               on_done=lambda _path: say(translate("DailyBackup",
                                                   "Dagens säkerhetskopia är gjord.")),
               on_error=lambda error: say(translate(
                   "DailyBackup", "Dagens säkerhetskopia kunde inte göras: {reason}").format(
                   reason=error)))
    return True
