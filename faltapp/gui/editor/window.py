"""The shift editor window: a side index of sections, the page, problems, and the actions.

Everything typed is kept as a crash-recovery draft in the encrypted database a moment after
typing (:mod:`faltapp.gui.editor.draft_keeper`); "Spara" stores the shift as a draft shift,
"Avsluta passet" validates all of it and stores it final (read-only), "Korrigera…" asks for a
reason and makes a final shift editable again, "Ta bort…" deletes a draft shift. Closing with
unsaved changes always asks. Every write goes through one :class:`WriteLane`, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.shift_checks import FieldProblem
from faltapp.core.shift_draft import ShiftDraft
from faltapp.gui import errors
from faltapp.gui.editor import editor_actions as actions
from faltapp.gui.editor.basics_section import BasicsSection
from faltapp.gui.editor.contacts_section import ContactsSection
from faltapp.gui.editor.context import EditorContext
from faltapp.gui.editor.draft_keeper import DraftKeeper, WriteLane
from faltapp.gui.editor.editor_flow import EditorFlow
from faltapp.gui.editor.follow_ups_section import FollowUpsSection
from faltapp.gui.editor.observations_section import ObservationsSection
from faltapp.gui.editor.problems_panel import ProblemsPanel
from faltapp.gui.editor.section import Section
from faltapp.gui.editor.summary_section import SummarySection
from faltapp.gui.editor.tally_section import TallySection
from faltapp.gui.editor.walk_section import WalkSection
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.widgets import ErrorLabel
from faltapp.store.database import Database

SECTIONS: tuple[type[Section], ...] = (
    BasicsSection, TallySection, ContactsSection, ObservationsSection, FollowUpsSection,
    WalkSection, SummarySection)
"""In the order of the side index; Alt+1… follows this order."""
WALK_KIND = "tatortsvandring"


class ShiftEditor(EditorFlow, QDialog):
    """One shift in sections. Open it with :func:`faltapp.gui.editor.open_shift_editor`."""

    ask: ClassVar[Callable[[QWidget, str, str, list[tuple[str, str]]], str]] = staticmethod(
        actions.ask_choice)
    ask_reason: ClassVar[Callable[[QWidget], str | None]] = staticmethod(actions.ask_reason)

    def __init__(self, db: Database, runner: TaskRunner, opened: actions.Opened,
                 context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.db = db
        self.context = context
        self.draft: ShiftDraft = opened.draft
        self.lane = WriteLane(runner)
        self.keeper = DraftKeeper(self._write_draft, self)
        self._loading = True
        self._busy = False
        self._closing = False
        self._close_after_save = False
        self._read_only = self.draft.is_final and not self.draft.reason
        self._draft_stored = opened.recovered
        self._last_put: str | None = None
        self.sections = {cls.KEY: cls(context) for cls in SECTIONS}
        self._build()
        for section in self.sections.values():
            section.load(self.draft)
            section.changed.connect(self._on_changed)
        self.sections["basics"].kind_changed.connect(self._kind_changed)
        self.sections["contacts"].follow_up_requested.connect(self._follow_up_requested)
        self._collect()
        self._spread_times()
        self._kind_changed(self.draft.shift.kind)
        self._baseline = None if opened.recovered else self._comparable(self.draft, raw=False)
        self._loading = False
        self._apply_state()
        if opened.recovered:
            self.status.setText(self.tr("Osparat utkast återställt. Spara när du är klar."))
        if opened.damaged:
            self.error.show_message(self.tr(
                "Ett sparat utkast av passet går inte att läsa ({why}). Det ligger kvar orört "
                "tills du ändrar något här.").format(why=opened.damaged))
        self.show_section("basics")

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.index = QListWidget()
        self.index.setAccessibleName(self.tr("Avsnitt"))
        self.stack = QStackedWidget()
        for number, section in enumerate(self.sections.values(), start=1):
            item = QListWidgetItem(self.tr("{number}  {title}").format(
                number=number, title=section.title()))
            item.setToolTip(self.tr("Alt+{number}").format(number=number))
            item.setData(Qt.ItemDataRole.UserRole, section.KEY)
            self.index.addItem(item)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(section)
            self.stack.addWidget(scroll)
            QShortcut(QKeySequence(f"Alt+{number}"), self,
                      lambda key=section.KEY: self.show_section(key))
        self.index.setFixedWidth(self.index.sizeHintForColumn(0) + 24)
        self.index.currentRowChanged.connect(self.stack.setCurrentIndex)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_section(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_section(-1))

        self.problems = ProblemsPanel()
        self.problems.activated.connect(self.focus_problem)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = self._button(self.tr("&Spara"), self.tr("Spara passet som utkast "
                                        "(Ctrl+S)"), self.save, "Ctrl+S")
        self.finalise_button = self._button(
            self.tr("Avsluta &passet"),
            self.tr("Kontrollera allt, spara och lås passet (Ctrl+Enter)"),
            self.finalise, "Ctrl+Return", "Ctrl+Enter")
        self.correct_button = self._button(
            self.tr("&Korrigera…"), self.tr("Rätta ett avslutat pass, med skäl (Ctrl+E)"),
            self.correct, "Ctrl+E")
        self.delete_button = self._button(self.tr("Ta &bort…"),
                                          self.tr("Ta bort passet (Alt+B)"), self.delete)
        self.close_button = self._button(self.tr("Stäng"), self.tr("Stäng fönstret (Esc)"),
                                         self.reject)
        self.close_button.setAutoDefault(False)

        page = QVBoxLayout()
        page.addWidget(self.stack, 1)
        page.addWidget(self.problems)
        middle = QHBoxLayout()
        middle.addWidget(self.index)
        middle.addLayout(page, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.save_button, self.finalise_button, self.correct_button,
                       self.delete_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addLayout(bar)
        self.resize(1000, 570)

    def _button(self, text: str, tip: str, slot: Callable[[], None], *keys: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        for key in keys:
            QShortcut(QKeySequence(key), self, slot)
        return button

    # -- sections -------------------------------------------------------------------------

    def _keys(self) -> list[str]:
        return list(self.sections)

    def current_section(self) -> Section:
        """The section on screen."""
        return self.sections[self._keys()[self.stack.currentIndex()]]

    def show_section(self, key: str, *, focus: bool = True) -> None:
        """Switch to section ``key`` (hidden ones are skipped) and put the cursor in it."""
        row = self._keys().index(key)
        if self.index.item(row).isHidden():
            return
        self.index.setCurrentRow(row)
        if focus:
            self.sections[key].first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _step_section(self, step: int) -> None:
        keys = self._keys()
        row = self.stack.currentIndex()
        for _ in keys:
            row = (row + step) % len(keys)
            if not self.index.item(row).isHidden():
                self.show_section(keys[row])
                return

    def _kind_changed(self, kind: str) -> None:
        walk = self._keys().index("walk")
        self.index.item(walk).setHidden(kind != WALK_KIND and not self.draft.walk_items)

    def _follow_up_requested(self, contact_id: str, text: str) -> None:
        self.sections["follow_ups"].add_follow_up(text, contact_id or None)
        self.show_section("follow_ups", focus=False)

    def _spread_times(self) -> None:
        shift = self.draft.shift
        for section in self.sections.values():
            if hasattr(section, "set_shift_times"):
                section.set_shift_times(shift.date, shift.start, shift.end)

    def focus_problem(self, problem: FieldProblem) -> None:
        """Show the section of ``problem`` with the cursor in its field."""
        section = next((s for s in self.sections.values() if s.owns(problem)),
                       self.sections["basics"])
        self.show_section(section.KEY, focus=False)
        section.focus_problem(problem)

    # -- the draft ------------------------------------------------------------------------

    def _collect(self) -> ShiftDraft:
        """Every section written into the draft; ``raw`` holds only what is unparsed now."""
        self.draft.raw = {}
        for section in self.sections.values():
            section.collect(self.draft)
        return self.draft

    def _comparable(self, draft: ShiftDraft, *, raw: bool = True) -> str:
        return replace(draft, reason="", raw=draft.raw if raw else {}).to_json()

    def unsaved(self) -> bool:
        """True when the editor holds something the stored shift does not."""
        draft = self._collect()
        if draft.is_new:
            return draft.has_content()
        return self._baseline is None or self._comparable(draft) != self._baseline

    def _on_changed(self) -> None:
        if self._loading:
            return
        if self.sender() is self.sections["basics"]:
            self.sections["basics"].collect(self.draft)
            self._spread_times()
            self._update_title()
        self.error.hide()
        self.keeper.touch()

    def _write_draft(self) -> None:
        """Autosave: put the draft (or drop it when nothing is unsaved any more)."""
        if self._read_only or self._busy:
            return
        if not self.unsaved():
            if self._draft_stored:
                self._draft_stored = False
                self._last_put = None
                self.lane.submit(lambda sid=self.draft.shift.id: self.db.drafts.discard(sid))
            return
        text = self.draft.to_json()
        if text == self._last_put:
            return
        self._last_put = text
        self._draft_stored = True
        sid = self.draft.shift.id
        self.lane.submit(lambda: self.db.drafts.put(sid, text),
                         on_done=lambda _: self._say(self.tr("Utkast sparat {time}").format(
                             time=actions.now().strftime("%H:%M:%S"))),
                         on_error=self._draft_failed)

    def _draft_failed(self, error: BaseException) -> None:
        self._last_put = None
        self.error.show_message(self.tr("Utkastet kunde inte sparas: {why}").format(
            why=errors.message_for(error)))

    def _say(self, text: str) -> None:
        if not self._closing:
            self.status.setText(text)

    # -- state ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.finalise_button, self.correct_button,
                       self.delete_button):
            button.setEnabled(not busy)

    def _apply_state(self) -> None:
        final = self.draft.is_final
        for section in self.sections.values():
            section.set_read_only(self._read_only)
        self.save_button.setVisible(not self._read_only)
        self.finalise_button.setVisible(not final)
        self.correct_button.setVisible(final and self._read_only)
        self.delete_button.setVisible(not final)
        self._update_title()

    def _day_text(self) -> str:
        day = self.draft.shift.date
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMMM yyyy")

    def _update_title(self) -> None:
        if self.draft.is_new:
            status = self.tr("nytt")
        elif not self.draft.is_final:
            status = self.tr("utkast")
        elif self._read_only:
            status = self.tr("avslutat")
        else:
            status = self.tr("avslutat, rättas")
        self.setWindowTitle(self.tr("Fältpass {date} — {status}").format(
            date=self._day_text(), status=status))
