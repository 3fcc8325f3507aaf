"""The shift editor: the whole shift in sections, keyboard-first, with crash-safe drafts.

Entry points for the rest of the GUI (the main window, the follow-up list):
:func:`open_shift_editor` and :func:`offer_drafts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from faltapp.gui.tasks import TaskRunner
    from faltapp.store.database import Database


def open_shift_editor(parent: QWidget, db: Database, runner: TaskRunner,
                      shift_id: str | None = None, *, copy_previous: bool = False,
                      section: str | None = None) -> QWidget:
    """Open the editor on ``shift_id`` (None: a new shift with the last shift's defaults;
    ``copy_previous``: a new shift copying the previous shift's structure). ``section``: the
    KEY of the section to show first. Returns the editor window, already shown."""
    from faltapp.core.entities import Shift
    from faltapp.gui.shift_form import ShiftDialog  # until the sectioned editor lands

    loaded = db.load(Shift, shift_id) if shift_id else None
    dialog = ShiftDialog(db, runner, loaded, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def offer_drafts(parent: QWidget, db: Database, runner: TaskRunner) -> None:
    """At start: offer back every draft a crash left behind (nothing when there is none)."""
