"""The shared page for a list of records of one kind (contacts, observations, follow-ups, walk).

A compact table lists the records one line each; below it the form of the selected record.
"&Ny …" (Alt+N) adds a record and puts the cursor in its first field, Ctrl+Delete removes the
current one after a question, Up/Down in the table moves between records. Every edit is written
back into the record at once (records are frozen entities, replaced with
:func:`dataclasses.replace`), so :meth:`ItemListSection.collect` only copies a list.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.shift_draft import raw_key
from faltapp.core.validation import Context, validate
from faltapp.gui.editor.item_form import RecordForm, focus_input
from faltapp.gui.editor.item_parts import FormRead, RecordTableModel, ask_yes_no
from faltapp.gui.editor.section import Section

if TYPE_CHECKING:
    from faltapp.core.shift_checks import FieldProblem
    from faltapp.core.shift_draft import ShiftDraft
    from faltapp.gui.editor.context import EditorContext


class ItemListSection(RecordForm, Section):
    """Base of a section editing one list of :class:`~faltapp.core.shift_draft.ShiftDraft`.

    Subclasses set ``DRAFT_LIST`` (the draft's attribute) and implement the hooks
    :meth:`add_text`, :meth:`empty_text`, :meth:`headers`, :meth:`cells`,
    :meth:`new_record`, :meth:`build_form`, :meth:`show_record`, :meth:`read_form` and
    :meth:`describe`.
    """

    DRAFT_LIST: ClassVar[str] = ""
    confirm: ClassVar[Callable[[QWidget, str], bool]] = staticmethod(ask_yes_no)
    """Asks before a record is removed; tests replace it."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.records: list[Any] = []
        self._raw: dict[str, dict[str, str]] = {}
        self._problems: dict[str, dict[str, str]] = {}
        self._loading = False
        self._read_only = False
        self._build()

    # -- hooks ------------------------------------------------------------------------------

    def add_text(self) -> str:
        """Text of the add button, with &N (e.g. "&Ny kontakt")."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """Shown instead of the form while the list is empty."""
        raise NotImplementedError

    def headers(self) -> list[str]:
        """Column titles of the list."""
        raise NotImplementedError

    def cells(self, record: Any) -> list[str]:
        """One line of the list for ``record``."""
        raise NotImplementedError

    def new_record(self) -> Any:
        """A blank record for "Ny …"."""
        raise NotImplementedError

    def show_record(self, record: Any, raw: dict[str, str]) -> None:
        """Fill the inputs from ``record``; ``raw`` holds unparsed texts by field."""
        raise NotImplementedError

    def read_form(self, record: Any) -> FormRead:
        """``record`` updated from the inputs."""
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        """The question before removing ``record``."""
        raise NotImplementedError

    def sort_key(self, record: Any) -> Any:
        """Order of the list; None keeps the order of entry."""
        return None

    def live_problems(self, read: FormRead) -> dict[str, str]:
        """Problems of the record being edited, shown while typing."""
        found = validate(read.record, self.check_context())
        problems = {p.field: p.message for p in reversed(found)}
        problems.update(read.problems)
        return problems

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.add_button = QPushButton(self.add_text())
        self.add_button.clicked.connect(lambda: self.add_record())
        self.remove_button = QPushButton(self.tr("Ta bort… (Ctrl+Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addStretch(1)

        self.model = RecordTableModel(self, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.title())
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = 4
        self.view.setMaximumHeight(self.view.verticalHeader().defaultSectionSize() * rows
                                   + header.sizeHint().height() + 4)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(lambda _index: self.first_field().setFocus())

        self.empty_label = QLabel(self.empty_text())
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        scroll = self.make_form()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)

        chain = [self.add_button, self.remove_button, self.view, *self._order]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        remove = QShortcut(QKeySequence("Ctrl+Delete"), self)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(self.remove_current)
        self._sync_empty()

    def check_context(self) -> Context:
        """What validation needs: the category codes and the vocabulary."""
        return Context(frozenset(c.code for c in self.context.categories), self.context.vocab)

    # -- the list ---------------------------------------------------------------------------

    def current_row(self) -> int:
        """Row of the record in the form, -1 when there is none."""
        row = self.view.currentIndex().row()
        return row if 0 <= row < len(self.records) else -1

    def current_record(self) -> Any | None:
        """The record in the form."""
        row = self.current_row()
        return self.records[row] if row >= 0 else None

    def problems_of(self, record_id: str) -> dict[str, str]:
        """field → problem shown for a record."""
        return self._problems.get(record_id, {})

    def add_record(self, record: Any | None = None) -> None:
        """Add ``record`` (a blank one by default), select it and focus its first field."""
        if self._read_only:
            return
        record = record if record is not None else self.new_record()
        self.records.append(record)
        self._resort()
        self.model.refresh()
        self._select(record.id)
        self._sync_empty()
        self.changed.emit()
        focus_input(self.first_field())

    def remove_current(self) -> None:
        """Remove the record in the form after asking."""
        record = self.current_record()
        if record is None or self._read_only or not self.confirm(self, self.describe(record)):
            return
        row = self.current_row()
        del self.records[row]
        self._raw.pop(record.id, None)
        self._problems.pop(record.id, None)
        self.model.refresh()
        if self.records:
            self.view.setCurrentIndex(self.model.index(min(row, len(self.records) - 1), 0))
            self.view.setFocus()
        else:
            self.add_button.setFocus()
        self._sync_empty()
        self.changed.emit()

    def _select(self, record_id: str) -> None:
        row = next((i for i, r in enumerate(self.records) if r.id == record_id), -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))

    def _resort(self) -> None:
        if self.records and self.sort_key(self.records[0]) is not None:
            self.records.sort(key=self.sort_key)

    def _sync_empty(self) -> None:
        has = bool(self.records)
        self.form.setVisible(has)
        self.view.setVisible(has)
        self.empty_label.setVisible(not has)
        self.remove_button.setEnabled(has and not self._read_only)
        self.add_button.setEnabled(not self._read_only)
        if has and self.current_row() < 0:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        self._show_current()

    def _show_current(self) -> None:
        record = self.current_record()
        if record is None:
            return
        self._loading = True
        try:
            self.show_record(record, dict(self._raw.get(record.id, {})))
            if record.id in self._raw and record.id not in self._problems:
                self._problems[record.id] = self.live_problems(self.read_form(record))
        finally:
            self._loading = False
        self._show_marks()

    def _show_marks(self) -> None:
        record = self.current_record()
        self.mark_fields(self.problems_of(record.id) if record is not None else {})

    def edited(self) -> None:
        """Connect every input's edit signal here: the record is updated from the form."""
        row = self.current_row()
        if self._loading or row < 0:
            return
        read = self.read_form(self.records[row])
        record = read.record
        self.records[row] = record
        if read.raw:
            self._raw[record.id] = read.raw
        else:
            self._raw.pop(record.id, None)
        self._problems[record.id] = self.live_problems(read)
        if self.sort_key(record) is not None:
            self._loading = True
            try:
                self.records.sort(key=self.sort_key)
                self.model.refresh()
                self._select(record.id)
            finally:
                self._loading = False
        else:
            self.model.row_changed(row)
        self._show_marks()
        self.changed.emit()

    # -- the Section contract ---------------------------------------------------------------

    def load(self, draft: ShiftDraft) -> None:
        """Show the draft's records of this section and their unparsed texts."""
        table = self._table()
        self.records = list(getattr(draft, self.DRAFT_LIST))
        self._resort()
        self._raw = {}
        prefix = f"{table}:"
        for key, text in draft.raw.items():
            if key.startswith(prefix):
                _table, record_id, name = key.split(":", 2)
                self._raw.setdefault(record_id, {})[name] = text
        self._problems = {}
        self._loading = True
        try:
            self.model.refresh()
            if self.records:
                self.view.setCurrentIndex(self.model.index(0, 0))
        finally:
            self._loading = False
        self._sync_empty()
        self._show_current()

    def collect(self, draft: ShiftDraft) -> None:
        """Copy the records into the draft; unparsed texts into ``draft.raw``."""
        table = self._table()
        setattr(draft, self.DRAFT_LIST, list(self.records))
        prefix = f"{table}:"
        for key in [k for k in draft.raw if k.startswith(prefix)]:
            del draft.raw[key]
        for record_id, texts in self._raw.items():
            for name, text in texts.items():
                draft.raw[raw_key(table, record_id, name)] = text

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Mark the fields (and list rows) of these problems; [] clears every mark."""
        self._problems = {}
        for p in problems:
            if self.owns(p):
                self._problems.setdefault(p.record_id, {}).setdefault(p.field, p.message)
        record = self.current_record()  # before the reset below clears the selection
        self.model.refresh()
        self._loading = True
        try:
            if record is not None:
                self._select(record.id)
        finally:
            self._loading = False
        self._show_marks()

    def focus_problem(self, problem: FieldProblem) -> None:
        """Select the problem's record and put the cursor in its field."""
        self._select(problem.record_id)
        target = self._fields.get(problem.field)
        focus_input(target.focus if target else self.first_field())

    def set_read_only(self, read_only: bool) -> None:
        """Refuse edits but keep every text readable and selectable."""
        self._read_only = read_only
        self.set_form_read_only(read_only)
        self._sync_empty()

    def first_field(self) -> QWidget:
        """The first input of the form, or the add button while the list is empty."""
        return self._order[0] if self.records and self._order else self.add_button

    def _table(self) -> str:
        return next(iter(self.TABLES))
