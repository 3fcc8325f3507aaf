"""What the editor starts from (a stored shift, a crash draft, or a new shift's defaults) and
the questions it asks (replaceable in tests: no modal loop there)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from faltapp.core.shift_checks import FieldProblem
from faltapp.core.shift_draft import DraftFormatError, ShiftDraft, blank_shift

if TYPE_CHECKING:
    from faltapp.gui.editor.context import EditorContext
    from faltapp.store.database import Database

DAY_STARTS = time(6, 0)
"""A shift entered before this hour belongs to the evening before (typed at 00:30)."""


def now() -> datetime:
    """The local wall clock (tests replace it)."""
    return datetime.now()


def shift_day(at: datetime) -> date:
    """The date a shift typed in at ``at`` most likely happened on."""
    return at.date() - timedelta(days=1) if at.time() < DAY_STARTS else at.date()


@dataclass
class Opened:
    """What an editor opens: the draft to show and what it came from."""

    draft: ShiftDraft
    recovered: bool = False
    """The draft came from the crash-recovery store (it is newer than the stored shift)."""
    damaged: str = ""
    """Why a stored draft of this shift could not be read (it was left as it is)."""


def new_draft(db: Database, context: EditorContext, *, copy_previous: bool = False) -> Opened:
    """A new shift: today's (yesterday's before 06:00) with the last shift's staff, areas,
    kind and times; ``copy_previous`` also copies partners and weather (never people met)."""
    shift = blank_shift(shift_day(now()))
    last = db.editor.latest_shift()
    if last is not None:
        places = {p.id for p in context.active_places()}
        staff = {s.id for s in context.active_staff()}
        shift = replace(shift, kind=last.kind, start=last.start, end=last.end,
                        area_ids=tuple(a for a in last.area_ids if a in places),
                        staff_ids=tuple(s for s in last.staff_ids if s in staff))
        if copy_previous:
            shift = replace(shift, partners=last.partners, weather=last.weather)
    return Opened(ShiftDraft(shift))


def open_draft(db: Database, shift_id: str) -> Opened | None:
    """The shift as stored, or its crash draft when one exists; None if neither does."""
    text = db.drafts.get(shift_id)
    damaged = ""
    if text is not None:
        try:
            return Opened(ShiftDraft.from_json(text), recovered=True)
        except DraftFormatError as error:
            damaged = str(error)
    loaded = db.load_shift(shift_id)
    if loaded is None:
        return None
    return Opened(ShiftDraft.from_loaded(loaded), damaged=damaged)


def raw_problems(draft: ShiftDraft) -> list[FieldProblem]:
    """A problem for every text typed that could not be understood (kept in ``raw``)."""
    out = []
    for key, text in draft.raw.items():
        table, record_id, field = key.split(":", 2)
        out.append(FieldProblem(table, record_id, field, QCoreApplication.translate(
            "ShiftEditor", "«{text}» går inte att tolka: rätta det eller töm fältet.").format(
                text=text)))
    return out


def ask_choice(parent: QWidget, title: str, text: str, choices: list[tuple[str, str]]) -> str:
    """Ask with one button per ``(key, label)``; returns the key chosen (Esc: the last one)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    buttons = {}
    for index, (key, label) in enumerate(choices):
        role = (QMessageBox.ButtonRole.RejectRole if index == len(choices) - 1
                else QMessageBox.ButtonRole.AcceptRole)
        buttons[box.addButton(label, role)] = key
    box.setEscapeButton(next(b for b, k in buttons.items() if k == choices[-1][0]))
    box.exec()
    return buttons.get(box.clickedButton(), choices[-1][0])


def ask_reason(parent: QWidget) -> str | None:
    """Ask why a finalised shift is corrected; None if the user cancels. Never empty."""
    label = QCoreApplication.translate(
        "ShiftEditor", "Varför rättas passet? Skälet sparas i historiken.")
    while True:
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("ShiftEditor", "Korrigera passet"), label,
            QLineEdit.EchoMode.Normal)
        if not ok:
            return None
        if text.strip():
            return text.strip()
        label = QCoreApplication.translate(
            "ShiftEditor", "Skriv ett skäl (det krävs). Varför rättas passet?")
