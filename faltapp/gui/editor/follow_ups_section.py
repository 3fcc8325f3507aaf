"""Uppföljningar: what to do later"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

from faltapp.gui.editor.section import Section

if TYPE_CHECKING:
    from faltapp.core.shift_checks import FieldProblem
    from faltapp.core.shift_draft import ShiftDraft


class FollowUpsSection(Section):
    """Uppföljningar: what to do later (stub: being built)."""

    KEY: ClassVar[str] = "follow_ups"
    TABLES: ClassVar[frozenset[str]] = frozenset({"follow_up"})

    def title(self) -> str:
        """The name in the side index."""
        return self.tr("Uppföljningar")

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

    def add_follow_up(self, text: str, contact_id: str | None) -> None:
        """Nothing yet."""
