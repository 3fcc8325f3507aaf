"""Kontakter: the young people talked with"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from faltapp.gui.editor.section import Section

if TYPE_CHECKING:
    from faltapp.core.shift_checks import FieldProblem
    from faltapp.core.shift_draft import ShiftDraft


class ContactsSection(Section):
    """Kontakter: the young people talked with (stub: being built)."""

    follow_up_requested = Signal(str, str)

    KEY: ClassVar[str] = "contacts"
    TABLES: ClassVar[frozenset[str]] = frozenset({"contact"})

    def title(self) -> str:
        """The name in the side index."""
        return self.tr("Kontakter")

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
