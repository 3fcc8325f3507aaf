"""Möten utan registrering: young people met, counted by age band × gender, and the affected.

A grid of count fields (typed, or stepped with + and −; Tab goes row by row), the totals of
every row and column and the grand total updated as the user types, and below it how many
seemed affected by alcohol and by drugs during the shift. The records behind the grid are built
by :mod:`faltapp.core.tally_grid`.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from faltapp.core.shift_bundle import ShiftBundle
from faltapp.core.shift_checks import check_bundle
from faltapp.core.tally_grid import AFFECTED, Cell, cell_of, per_cell, tallies_from_grid
from faltapp.core.validation import Context
from faltapp.gui.editor.section import Section
from faltapp.gui.inputs.count_spin import CountSpin
from faltapp.gui.labels import name_of, term_label
from faltapp.gui.widgets import ErrorLabel

if TYPE_CHECKING:
    from faltapp.core.entities import Shift, Tally
    from faltapp.core.shift_checks import FieldProblem
    from faltapp.core.shift_draft import ShiftDraft
    from faltapp.gui.editor.context import EditorContext

FIRST_CELL: Cell = ("13_15", "flicka")
"""Where the cursor lands: the most used row (13–15) starts there, 16–17 is four Tabs on."""


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class TallySection(Section):
    """The grid of counts, its live totals, and the affected totals of the shift."""

    KEY = "tallies"
    TABLES = frozenset({"tally"})

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._bands = context.vocab.age_bands
        self._genders = context.vocab.genders
        self._order: list[Cell] = [(b.code, g.code) for b in self._bands for g in self._genders]
        self._shift: Shift | None = None
        self._loaded: list[Tally] = []
        self._ids: dict[Cell, str] = {}
        self._checked: dict[str, list[str]] = {"cells": [], **{n: [] for n in AFFECTED}}
        self.cells: dict[Cell, CountSpin] = {}
        self.affected: dict[str, CountSpin] = {}
        self.affected_errors: dict[str, ErrorLabel] = {}
        self.row_totals: dict[str, QLabel] = {}
        self.column_totals: dict[str, QLabel] = {}
        self.grand_total = _bold(QLabel("0"))
        self.cell_errors = ErrorLabel()

        hint = QLabel(self.tr("Skriv antalet eller stega med + och −. Tab går radvis."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(self._build_grid())
        layout.addWidget(self.cell_errors)
        layout.addLayout(self._build_affected())
        layout.addStretch(1)
        chain = [*self.cells.values(), *self.affected.values()]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        for spin in chain:
            spin.installEventFilter(self)

    def _build_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for col, gender in enumerate(self._genders, start=1):
            grid.addWidget(_bold(QLabel(term_label(gender))), 0, col, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(_bold(QLabel(self.tr("Summa"))), 0, len(self._genders) + 1, right)
        for row, band in enumerate(self._bands, start=1):
            grid.addWidget(_bold(QLabel(term_label(band))), row, 0)
            for col, gender in enumerate(self._genders, start=1):
                spin = CountSpin()
                spin.setAccessibleName(self.tr("Mötta, {gender}, {band}").format(
                    gender=term_label(gender), band=term_label(band)))
                spin.edited.connect(self._on_edited)
                self.cells[(band.code, gender.code)] = spin
                grid.addWidget(spin, row, col)
            total = QLabel("0")
            total.setAccessibleName(self.tr("Summa {band}").format(band=term_label(band)))
            self.row_totals[band.code] = total
            grid.addWidget(total, row, len(self._genders) + 1, right)
        last = len(self._bands) + 1
        grid.addWidget(_bold(QLabel(self.tr("Summa"))), last, 0)
        for col, gender in enumerate(self._genders, start=1):
            total = QLabel("0")
            total.setAccessibleName(self.tr("Summa {gender}").format(gender=term_label(gender)))
            self.column_totals[gender.code] = total
            grid.addWidget(total, last, col, Qt.AlignmentFlag.AlignCenter)
        self.grand_total.setAccessibleName(self.tr("Summa mötta"))
        grid.addWidget(self.grand_total, last, len(self._genders) + 1, right)
        grid.setColumnStretch(len(self._genders) + 2, 1)
        return grid

    def _build_affected(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        texts = {
            "affected_alcohol": (self.tr("Verkade påverkade av a&lkohol:"),
                                 self.tr("Antal som verkade påverkade av alkohol (Alt+L)")),
            "affected_drugs": (self.tr("Verkade påverkade av d&roger:"),
                               self.tr("Antal som verkade påverkade av droger (Alt+R)")),
        }
        for name, (text, tip) in texts.items():
            spin = CountSpin()
            spin.setAccessibleName(tip)
            spin.setToolTip(tip)
            spin.edited.connect(self._on_edited)
            label = QLabel(text)
            label.setBuddy(spin)
            error = ErrorLabel()
            self.affected[name] = spin
            self.affected_errors[name] = error
            form.addRow(label, spin)
            form.addRow(error)
        return form

    # -- the Section contract ---------------------------------------------------------------

    def title(self) -> str:
        """The section's name in the side index."""
        return self.tr("Möten utan registrering")

    def load(self, draft: ShiftDraft) -> None:
        """Show the draft's tallies as the grid and its affected totals; emits no ``changed``."""
        self._shift = draft.shift
        self._loaded = list(draft.tallies)
        self._ids = {}
        for t in self._loaded:
            self._ids.setdefault(cell_of(t), t.id)
        counts = per_cell(self._loaded)
        for cell, spin in self.cells.items():
            spin.setValue(counts.get(cell, 0))
        for name, spin in self.affected.items():
            spin.setValue(sum(getattr(t, name) for t in self._loaded))
        self._update_totals()
        self.show_problems([])

    def collect(self, draft: ShiftDraft) -> None:
        """One tally per cell with a count (a refused keystroke never reaches a count)."""
        draft.tallies = self._tallies(draft.shift.id)
        for t in draft.tallies:
            self._ids.setdefault(cell_of(t), t.id)

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Affected-total problems beside their field, problems of single cells below the grid."""
        mine = [p for p in problems if self.owns(p)]
        for name in AFFECTED:
            self._checked[name] = [p.message for p in mine if p.field == name]
        # a cell holding more affected than met is the overflow of a total already shown
        overflow = any(p.field in AFFECTED for p in mine)
        self._checked["cells"] = [
            self._cell_line(cell, p.message) for p in mine
            if p.field not in AFFECTED and not (overflow and p.field == "count")
            and (cell := self._cell_of_record(p.record_id)) is not None]
        self._show_messages()

    def focus_problem(self, problem: FieldProblem) -> None:
        """Focus the affected field or the cell the problem is about."""
        if problem.field in self.affected:
            target: QWidget = self.affected[problem.field]
        else:
            cell = self._cell_of_record(problem.record_id)
            target = self.cells[cell] if cell in self.cells else self.first_field()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        """Counts can be read and copied but not changed."""
        for spin in self._spins():
            spin.setReadOnly(read_only)

    def first_field(self) -> QWidget:
        """The 13–15 / flicka cell: the most used rows start there."""
        return self.cells[FIRST_CELL]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A count field's refused keystroke (it edits nothing): its message below the field."""
        if event.type() == QEvent.Type.KeyRelease:
            self._show_messages()
        return False

    # -- inside -----------------------------------------------------------------------------

    def _spins(self) -> list[CountSpin]:
        return [*self.cells.values(), *self.affected.values()]

    def _tallies(self, shift_id: str) -> list[Tally]:
        counts = {cell: spin.value() for cell, spin in self.cells.items()}
        affected = {name: spin.value() for name, spin in self.affected.items()}
        return tallies_from_grid(shift_id, self._order, counts, affected, self._loaded,
                                 self._ids)

    def _on_edited(self) -> None:
        self._update_totals()
        self._check_affected()
        self.changed.emit()

    def _update_totals(self) -> None:
        for band in self._bands:
            self.row_totals[band.code].setText(str(sum(
                self.cells[(band.code, g.code)].value() for g in self._genders)))
        for gender in self._genders:
            self.column_totals[gender.code].setText(str(sum(
                self.cells[(b.code, gender.code)].value() for b in self._bands)))
        self.grand_total.setText(str(sum(spin.value() for spin in self.cells.values())))

    def _check_affected(self) -> None:
        """Say at once, beside the field, when more seemed affected than were met."""
        if self._shift is None:
            return
        bundle = ShiftBundle(self._shift, tuple(self._tallies(self._shift.id)))
        problems = check_bundle(bundle, Context(frozenset()))
        for name in AFFECTED:
            self._checked[name] = [p.message for p in problems
                                   if p.table == "tally" and p.field == name]
        self._show_messages()

    def _show_messages(self) -> None:
        """Checked problems plus what each count field refused, beside the fields."""
        for name, error in self.affected_errors.items():
            refused = self.affected[name].problem()
            _set_message(error, [*self._checked[name], *([refused] if refused else [])])
        refused_cells = [self._cell_line(cell, spin.problem() or "")
                         for cell, spin in self.cells.items() if spin.problem()]
        _set_message(self.cell_errors, [*self._checked["cells"], *refused_cells])

    def _cell_line(self, cell: Cell, message: str) -> str:
        band, gender = cell
        return self.tr("{band}, {gender}: {message}").format(
            band=name_of(self._bands, band), gender=name_of(self._genders, gender), message=message)

    def _cell_of_record(self, record_id: str) -> Cell | None:
        return next((cell for cell, rid in self._ids.items() if rid == record_id), None)


def _set_message(label: ErrorLabel, lines: list[str]) -> None:
    if lines:
        label.show_message("\n".join(dict.fromkeys(lines)))
    else:
        label.hide()
