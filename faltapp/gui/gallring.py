"""Gallring in the GUI: the daily run at start-up and the run a team leader asks for.

Both go through the window's task runner (``store.retention.gallring_job``), so the window
keeps painting and the run can be cancelled; each batch is whole. The result goes to the
status bar; nothing culled says nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from faltapp.gui.tasks import TaskRunner
    from faltapp.store.database import Database


def run_gallring(db: Database, runner: TaskRunner, say: Callable[[str], None], *,
                 quiet_if_nothing: bool = False,
                 on_done: Callable[[], None] | None = None) -> None:
    """Cull what is due now through ``runner``; ``say`` gets the result line."""
    from faltapp.store.retention import GallringResult, gallring_job

    def done(result: GallringResult) -> None:
        if result.purged or not quiet_if_nothing:
            say(result.line())
        if on_done is not None:
            on_done()

    runner.run(gallring_job(db, date.today()),
               title=QCoreApplication.translate("Gallring", "Gallring"),
               label=QCoreApplication.translate("Gallring", "Gallrar uppgifter som passerat "
                                                            "sin gallringstid…"),
               on_done=done)


START_DELAY_MS = 10_000
"""How long after the window shows the daily run starts: after the first paint, the draft
offer and the first keystrokes, not competing with them (and never after the window)."""


def run_when_due(db: Database, runner: TaskRunner, say: Callable[[str], None]) -> None:
    """At start-up: run gallring once a day, a little after the window has shown."""
    from faltapp.store.retention import is_due

    if is_due(db, date.today()):
        QTimer.singleShot(START_DELAY_MS, runner,
                          lambda: run_gallring(db, runner, say, quiet_if_nothing=True))
