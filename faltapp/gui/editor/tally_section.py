"""Möten utan registrering: the anonymous gender × age-band counts of a shift (stub)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from faltapp.gui.editor.section import Section

if TYPE_CHECKING:
    from faltapp.core.shift_checks import FieldProblem
    from faltapp.core.shift_draft import ShiftDraft
    from faltapp.gui.editor.context import EditorContext


class TallySection(Section):
    """The grid of counts and the affected totals (being built)."""

    KEY = "tallies"
    TABLES = frozenset({"tally"})

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._label = QLabel(self.tr("Möten utan registrering"), self)
        QVBoxLayout(self).addWidget(self._label)

    def title(self) -> str:
        """The section's name in the side index."""
        return self.tr("Möten utan registrering")

    def load(self, draft: ShiftDraft) -> None:
        """Nothing shown yet."""

    def collect(self, draft: ShiftDraft) -> None:
        """Leaves the draft's tallies as they are."""

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Nothing shown yet."""

    def focus_problem(self, problem: FieldProblem) -> None:
        """Focus the page."""
        self._label.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        """Nothing editable yet."""

    def first_field(self) -> QWidget:
        """The page's label until the grid exists."""
        return self._label
