"""The shift editor window: a side index of sections, the page, problems, and the actions.

Pages are built when first needed (:mod:`faltapp.gui.editor.pages`): opening builds only
the page shown first, so a shift opens fast.

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
from faltapp.gui.editor.pages import SECTIONS, Pages, owner_of, raw_owner, title_of
from faltapp.gui.editor.problems_panel import ProblemsPanel
from faltapp.gui.editor.section import Section
from faltapp.gui.report_actions import ReportActions
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.widgets import ErrorLabel
from faltapp.store.database import Database

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
        self.reports = ReportActions(self, db, runner, self._say, self.error_message)
        self.keeper = DraftKeeper(self._write_draft, self)
        self._loading = True
        self._busy = False
        self._closing = False
        self._close_after_save = False
        self._read_only = self.draft.is_final and not self.draft.reason
        self._draft_stored = opened.recovered
        self._last_put: str | None = None
        self._baseline: str | None = None
        self.sections = Pages(self._make)
        self._build()
        self._kind_changed(self.draft.shift.kind)
        self._apply_state()  # before the first page: it is built in the right state
        self.show_section("basics")
        self._baseline = None if opened.recovered else self._comparable(self._collect(),
                                                                        raw=False)
        self._loading = False
        if opened.recovered:
            self.status.setText(self.tr("Osparat utkast återställt. Spara när du är klar."))
        if opened.damaged:
            self.error.show_message(self.tr(
                "Ett sparat utkast av passet går inte att läsa ({why}). Det ligger kvar orört "
                "tills du ändrar något här.").format(why=opened.damaged))

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.index = QListWidget()
        self.index.setAccessibleName(self.tr("Avsnitt"))
        self.stack = QStackedWidget()
        self._scrolls: dict[str, QScrollArea] = {}
        for number, cls in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(self.tr("{number}  {title}").format(
                number=number, title=title_of(cls)))
            item.setToolTip(self.tr("Alt+{number}").format(number=number))
            item.setData(Qt.ItemDataRole.UserRole, cls.KEY)
            self.index.addItem(item)
            scroll = self._scrolls[cls.KEY] = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.stack.addWidget(scroll)
            QShortcut(QKeySequence(f"Alt+{number}"), self,
                      lambda key=cls.KEY: self.show_section(key))
        self.index.setFixedWidth(self.index.sizeHintForColumn(0) + 24)
        self.index.currentRowChanged.connect(self._row_changed)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_section(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_section(-1))

        self.problems = ProblemsPanel()
        self.problems.activated.connect(self.focus_problem)
        self.error = ErrorLabel(attempts=True)
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
        self.delete_button = self._button(self.tr("Ta &bort passet…"),
                                          self.tr("Ta bort passet (Alt+B)"), self.delete)
        self.print_button = self._button(self.tr("Skr&iv ut…"), self.tr(
            "Skriv ut passet som det är sparat (Ctrl+P)"), lambda: self.report("print"),
            "Ctrl+P")
        self.pdf_button = self._button(self.tr("Spara som PD&F…"), self.tr(
            "Spara passrapporten som PDF (Ctrl+Shift+S)"), lambda: self.report("save"),
            "Ctrl+Shift+S")
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
                       self.delete_button, self.print_button, self.pdf_button,
                       self.close_button):
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

    def _make(self, cls: type[Section]) -> Section:
        """Build the page of ``cls`` from the draft as it is now (its part is as loaded)."""
        clean = self._baseline is not None and not self._loading and \
            self._comparable(self._collect()) == self._baseline
        loading, self._loading = self._loading, True
        section = cls(self.context)
        self._scrolls[cls.KEY].setWidget(section)
        if hasattr(section, "set_shift_times"):  # first: records load as they are, selected
            shift = self.draft.shift
            section.set_shift_times(shift.date, shift.start, shift.end)
        section.load(self.draft)
        section.set_read_only(self._read_only)
        section.changed.connect(self._on_changed)
        if isinstance(section, BasicsSection):
            section.kind_changed.connect(self._kind_changed)
        if isinstance(section, ContactsSection):
            section.follow_up_requested.connect(self._follow_up_requested)
        self._loading = loading
        if clean:  # a page only looked at changes nothing, even if it tidies what it loaded
            self._baseline = self._comparable(self._collect(section), raw=False)
        return section

    def _keys(self) -> list[str]:
        return list(self.sections)

    def current_section(self) -> Section:
        """The section on screen."""
        return self.sections[self._keys()[self.stack.currentIndex()]]

    def show_section(self, key: str, *, focus: bool = True) -> None:
        """Switch to section ``key`` (hidden ones are skipped), building it the first time,
        and put the cursor in it."""
        row = self._keys().index(key)
        if self.index.item(row).isHidden():
            return
        section = self.sections.build(key)
        self.index.setCurrentRow(row)
        if focus:
            section.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _row_changed(self, row: int) -> None:
        """The side index moved (keys, mouse, or :meth:`show_section`): build, then show."""
        self.sections.build(self._keys()[row])
        self.stack.setCurrentIndex(row)

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
        for section in self.sections.built():
            if hasattr(section, "set_shift_times"):
                section.set_shift_times(shift.date, shift.start, shift.end)

    def focus_problem(self, problem: FieldProblem) -> None:
        """Show the section of ``problem`` (built if need be) with the cursor in its field."""
        key = owner_of(problem.table, problem.field) or "basics"
        self.show_section(key, focus=False)
        self.sections[key].focus_problem(problem)

    # -- the draft ------------------------------------------------------------------------

    def _collect(self, *more: Section) -> ShiftDraft:
        """Every built section (and ``more``) written into the draft; ``raw`` holds what is
        unparsed now, and as loaded for pages not built (they have not changed)."""
        sections = (*self.sections.built(), *more)
        unbuilt = set(self.sections) - {section.KEY for section in sections}
        self.draft.raw = {key: text for key, text in self.draft.raw.items()
                          if raw_owner(key) in unbuilt}
        for section in sections:
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
        if isinstance(self.sender(), BasicsSection):
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

    # -- reports --------------------------------------------------------------------------

    def error_message(self, text: str) -> None:
        """Show ``text`` under the page (a report that could not be made or saved)."""
        self.error.show_message(text)

    def report(self, how: str) -> None:
        """Skriv ut… ("print") or Spara som PDF… ("save") the shift *as stored*.

        A report is a document others read later, so it shows what is saved, never text
        half typed. With unsaved changes the user expects the paper to match the screen:
        they are asked to save first (as Spara would), and the report follows the save; a
        save that fails shows why and prints nothing.
        """
        if self._busy:
            return
        if self.draft.is_new and not self.unsaved():
            self.error.show_message(self.tr("Passet är inte sparat än: det finns inget att "
                                            "skriva ut."))
            return
        if not self._read_only and self.unsaved():
            choice = type(self).ask(self, self.tr("Osparade ändringar"), self.tr(
                "Rapporten visar passet som det är sparat. Spara ändringarna först?"),
                [("save", self.tr("Spara och fortsätt")), ("cancel", self.tr("Avbryt"))])
            if choice != "save":
                return
            self.save()
            self.lane.when_idle(lambda: None if self.unsaved() else self.report(how))
            return
        shift = self.draft.shift
        if how == "print":
            self.reports.print_shift(shift.id, shift.kind)
        else:
            self.reports.save_shift(shift.id, shift.kind, shift.date)

    # -- state ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.finalise_button, self.correct_button,
                       self.delete_button):
            button.setEnabled(not busy)

    def _apply_state(self) -> None:
        final = self.draft.is_final
        for section in self.sections.built():
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
