"""Iakttagelser: what was seen, where and when"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

from faltapp.gui.editor.section import Section

if TYPE_CHECKING:
    from faltapp.core.shift_checks import FieldProblem
    from faltapp.core.shift_draft import ShiftDraft


class ObservationsSection(Section):
    """Iakttagelser: what was seen, where and when (stub: being built)."""

    KEY: ClassVar[str] = "observations"
    TABLES: ClassVar[frozenset[str]] = frozenset({"observation"})

    def title(self) -> str:
        """The name in the side index."""
        return self.tr("Iakttagelser")

    def load(self, draft: ShiftDraft) -> None:
        """Nothing yet."""

    def collect(self, draft: ShiftDraft) -> None:
        """Nothing yet."""

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Nothing yet."""

    def focus_problem(self, problem: FieldProblem) -> None:
        """Nothing yet."""

    def set_read_only(self, read_only: bool) -> None:
        """Nothing yet."""

    def first_field(self) -> QWidget:
        """The page itself for now."""
        return self

    def set_shift_times(self, on: date, start: time, end: time) -> None:
        """Nothing yet."""
