"""The shift editor: the whole shift in sections, keyboard-first, with crash-safe drafts.

Entry points for the rest of the GUI (the main window, the follow-up list):
:func:`open_shift_editor`, :func:`offer_drafts` and :func:`open_editors`.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from faltapp.gui.editor.window import ShiftEditor
    from faltapp.gui.tasks import TaskRunner
    from faltapp.store.database import Database

_OPEN: dict[str, ShiftEditor] = {}
"""Editors on screen by shift id: opening a shift twice shows the window already open."""


def open_shift_editor(parent: QWidget, db: Database, runner: TaskRunner,
                      shift_id: str | None = None, *, copy_previous: bool = False,
                      section: str | None = None) -> QWidget | None:
    """Open the editor on ``shift_id`` (None: a new shift with the last shift's defaults;
    ``copy_previous``: a new shift copying the previous shift's structure). ``section``: the
    KEY of the section to show first. Returns the editor window, already shown (a
    non-modal window), or None when the shift no longer exists."""
    from faltapp.gui.editor import editor_actions
    from faltapp.gui.editor.context import EditorContext
    from faltapp.gui.editor.window import ShiftEditor

    if shift_id is not None and shift_id in _live_editors():
        editor = _OPEN[shift_id]
    else:
        context = EditorContext.from_database(db)
        opened = (editor_actions.open_draft(db, shift_id) if shift_id is not None else
                  editor_actions.new_draft(db, context, copy_previous=copy_previous))
        if opened is None:
            return None
        editor = ShiftEditor(db, runner, opened, context, parent)
        sid = opened.draft.shift.id
        _OPEN[sid] = editor
        editor.finished.connect(lambda _result: _closed(sid))
    editor.show()
    editor.raise_()
    editor.activateWindow()
    if section is not None:
        editor.show_section(section)
    return editor


def open_editors() -> list[ShiftEditor]:
    """The editors on screen, in the order they were opened."""
    return list(_live_editors().values())


def _live_editors() -> dict[str, ShiftEditor]:
    """``_OPEN`` without editors Qt has already deleted (with their parent window)."""
    from shiboken6 import isValid

    for sid in [sid for sid, editor in _OPEN.items() if not isValid(editor)]:
        del _OPEN[sid]
    return _OPEN


def _closed(shift_id: str) -> None:
    editor = _OPEN.pop(shift_id, None)
    if editor is not None:
        editor.lane.when_idle(editor.deleteLater)


def offer_drafts(parent: QWidget, db: Database, runner: TaskRunner) -> list[QWidget]:
    """At start: offer back every draft a crash left behind (nothing when there is none).

    Each is asked about in turn: Öppna opens the editor on it, Släng drops it, Senare leaves
    it for the next start. A draft this build cannot read is reported and kept. Returns the
    editors opened.
    """
    waiting = db.drafts.waiting()
    if not waiting:  # the usual start: no editor code imported at all
        return []
    from PySide6.QtCore import QCoreApplication

    from faltapp.core.shift_draft import DraftFormatError, ShiftDraft
    from faltapp.gui.editor.window import ShiftEditor
    from faltapp.gui.i18n import format_date

    title = QCoreApplication.translate("offer_drafts", "Osparat utkast")
    opened = []
    for info in waiting:
        text = db.drafts.get(info.shift_id)
        if text is None or info.shift_id in _OPEN:
            continue
        when = _local_time(info.saved_at)
        try:
            day = ShiftDraft.from_json(text).shift.date
        except DraftFormatError as error:
            ShiftEditor.ask(parent, title, QCoreApplication.translate(
                "offer_drafts", "Det finns ett osparat utkast från {when} som inte går att "
                "läsa ({why}). Det lämnas orört.").format(when=when, why=error),
                [("ok", QCoreApplication.translate("offer_drafts", "OK"))])
            continue
        choice = ShiftEditor.ask(parent, title, QCoreApplication.translate(
            "offer_drafts", "Det finns ett osparat utkast från {when} för passet {date}. "
            "Vill du fortsätta med det?").format(when=when, date=format_date(day)),
            [("open", QCoreApplication.translate("offer_drafts", "Öppna")),
             ("discard", QCoreApplication.translate("offer_drafts", "Släng")),
             ("later", QCoreApplication.translate("offer_drafts", "Senare"))])
        if choice == "open":
            editor = open_shift_editor(parent, db, runner, info.shift_id)
            if editor is not None:
                opened.append(editor)
        elif choice == "discard":
            runner.run(lambda sid=info.shift_id: db.drafts.discard(sid))
    return opened


def _local_time(saved_at: str) -> str:
    """A stored UTC time as local "2025-03-14 23:41"."""
    try:
        moment = datetime.fromisoformat(saved_at.replace("Z", "+00:00"))
    except ValueError:
        return saved_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
