"""What the editor's buttons do: Spara, Avsluta passet, Korrigera…, Ta bort…, Stäng.

A mixin of :class:`~faltapp.gui.editor.window.ShiftEditor` (kept apart from the layout so
each module stays readable): it uses the window's draft, sections, lane, keeper and labels.
Every write goes through the window's :class:`~faltapp.gui.editor.draft_keeper.WriteLane`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog

from faltapp.core.shift_bundle import LoadedShift
from faltapp.core.shift_checks import FieldProblem, check_bundle
from faltapp.gui import errors
from faltapp.gui.editor import editor_actions as actions
from faltapp.gui.editor.pages import owner_of
from faltapp.store.errors import EditConflict

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object


class EditorFlow(_Base):
    """Saving, finalising, correcting, deleting and closing (mixed into ShiftEditor)."""


    def problems_now(self) -> list[FieldProblem]:
        """Every problem of the shift as typed: the checks of all records and unparsed text."""
        draft = self._collect()
        return check_bundle(draft.bundle(), self.db.validation_context()) + \
            actions.raw_problems(draft)

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Mark each problem next to its field (building the pages that have one) and list
        them all under the page."""
        owners = [owner_of(p.table, p.field) for p in problems]
        listed = []
        for key in self.sections:
            own = [p for p, owner in zip(problems, owners, strict=True) if owner == key]
            if own or self.sections.is_built(key):
                section = self.sections[key]
                section.show_problems(own)
                listed += [(section.title(), p) for p in own]
        orphans = [p for p, owner in zip(problems, owners, strict=True) if not owner]
        listed += [(self.sections["basics"].title(), p) for p in orphans]
        self.problems.show_problems(listed)

    def save(self) -> None:
        """Spara: store the shift as it is (a draft shift; a corrected final one stays final)."""
        self._save(finalise=False)

    def finalise(self) -> None:
        """Avsluta passet: everything checked, then stored final and read-only."""
        self._save(finalise=not self.draft.is_final)

    def _save(self, *, finalise: bool) -> None:
        if self._busy or self._read_only:
            return
        problems = self.problems_now()
        draft = self.draft
        if draft.is_new and not draft.has_content():
            self._close_after_save = False
            self.error.show_message(self.tr(
                "Passet är tomt: skriv in något (möten, kontakter, iakttagelser eller en "
                "sammanfattning) innan det sparas. Ett tomt pass sparas inte."))
            return
        self.show_problems(problems)
        if problems and (finalise or draft.is_final):
            self._close_after_save = False
            self.error.show_message(self.tr(
                "Passet kan inte avslutas än. Rätta det som listan ovan visar ({count} st.).")
                .format(count=len(problems)))
            self.problems.list.setFocus()
            return
        bundle = draft.bundle()
        if finalise:
            bundle = replace(bundle, shift=replace(bundle.shift, status="final"))
        bases, reason, sid = dict(draft.bases), draft.reason, draft.shift.id
        self.keeper.stop()
        self._set_busy(True)

        def job() -> LoadedShift | None:
            self.db.save_shift(bundle, bases, reason)
            return self.db.load_shift(sid)

        self.lane.submit(job, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, loaded: LoadedShift) -> None:
        self._set_busy(False)
        stored = loaded.bundle.shift
        self.draft.shift = replace(self.draft.shift, status=stored.status)
        self.draft.bases = dict(loaded.bases)
        self.draft.reason = ""
        self._last_put = None
        self._draft_stored = False
        self._baseline = self._comparable(self._collect(), raw=False)
        if self.draft.is_final:
            self._read_only = True
        self._apply_state()
        at = actions.now().strftime("%H:%M:%S")
        self._say(self.tr("Passet är avslutat och sparat {time}.").format(time=at)
                  if self.draft.is_final else self.tr("Passet är sparat {time}.").format(time=at))
        if self.draft.raw:
            self.keeper.touch()  # text not understood yet stays in a draft
        if self._close_after_save:
            self._close_now()

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._close_after_save = False
        if isinstance(error, EditConflict):
            message = self.tr(
                "Passet har ändrats någon annanstans (i ett annat fönster eller av en import) "
                "sedan du öppnade det. Det du skrivit är kvar här och i utkastet. Stäng och "
                "öppna passet igen för att se den andra ändringen.")
        else:
            message = errors.message_for(error)
        self.error.show_message(message)
        self._write_draft()

    def correct(self) -> None:
        """Korrigera…: ask why, then let a finalised shift be edited (saved with the reason)."""
        if self._busy or not (self.draft.is_final and self._read_only):
            return
        reason = type(self).ask_reason(self)
        if not reason:
            return
        self.draft.reason = reason
        self._read_only = False
        self._apply_state()
        self.current_section().first_field().setFocus()
        self._say(self.tr("Rättelse pågår. Skäl: {reason}").format(reason=reason))

    def delete(self) -> None:
        """Ta bort…: delete a draft shift with all it holds, after a confirmation."""
        if self._busy or self.draft.is_final:
            return
        choice = type(self).ask(self, self.tr("Ta bort passet"), self.tr(
            "Ta bort passet {date} och allt som registrerats på det?").format(
                date=self._day_text()),
            [("delete", self.tr("Ta bort")), ("cancel", self.tr("Avbryt"))])
        if choice != "delete":
            return
        self.keeper.stop()
        self._set_busy(True)
        sid, bases = self.draft.shift.id, dict(self.draft.bases)
        self.lane.submit(lambda: self.db.delete_shift(sid, bases),
                         on_done=lambda _: self._close_now(), on_error=self._save_failed)

    def reject(self) -> None:
        """Stäng / Esc / the window's close button: never throws unsaved changes away."""
        if self._closing:
            QDialog.reject(self)
            return
        if self._busy:
            return
        self.keeper.stop()
        if self._read_only or not self.unsaved():
            if self._draft_stored:
                self.lane.submit(lambda sid=self.draft.shift.id: self.db.drafts.discard(sid))
            self._close_now()
            return
        choice = type(self).ask(self, self.tr("Osparade ändringar"), self.tr(
            "Passet {date} har ändringar som inte är sparade.").format(date=self._day_text()),
            [("save", self.tr("Spara")), ("discard", self.tr("Släng ändringar")),
             ("cancel", self.tr("Avbryt"))])
        if choice == "save":
            self._close_after_save = True
            self._save(finalise=False)
        elif choice == "discard":
            self.lane.submit(lambda sid=self.draft.shift.id: self.db.drafts.discard(sid))
            self._close_now()
        else:
            self.keeper.touch()

    def _close_now(self) -> None:
        self._closing = True
        self.reject()

