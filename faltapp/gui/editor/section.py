"""The contract between the shift editor window and its sections (one page each).

A section shows one part of a :class:`~faltapp.core.shift_draft.ShiftDraft`: it fills its
widgets in :meth:`Section.load`, writes them back in :meth:`Section.collect`, and emits
``changed`` whenever the user alters anything (the window then autosaves a draft a moment
later). Problems found by ``core.shift_checks`` are routed to the section whose ``TABLES``
hold them; the section shows each next to its field and can put the cursor there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from faltapp.core.shift_checks import FieldProblem
    from faltapp.core.shift_draft import ShiftDraft
    from faltapp.gui.editor.context import EditorContext


class Section(QWidget):
    """One page of the shift editor. Subclasses implement every method below."""

    changed = Signal()
    """Emitted on every edit by the user (never by :meth:`load`)."""

    KEY: ClassVar[str] = ""
    """Stable name: basics, tallies, contacts, observations, follow_ups, walk, summary."""
    TABLES: ClassVar[frozenset[str]] = frozenset()
    """Tables whose problems this section shows (``shift`` problems go by field, see
    :meth:`owns`)."""
    SHIFT_FIELDS: ClassVar[frozenset[str]] = frozenset()
    """Fields of the shift record itself that this section edits."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        """The section's name in the side index (translated)."""
        raise NotImplementedError

    def load(self, draft: ShiftDraft) -> None:
        """Show ``draft`` (including its ``raw`` texts); emits no ``changed``."""
        raise NotImplementedError

    def collect(self, draft: ShiftDraft) -> None:
        """Write what the widgets hold into ``draft``; text that does not parse goes into
        ``draft.raw`` (under ``raw_key``) and the field keeps its last good value."""
        raise NotImplementedError

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Show these problems next to their fields; an empty list clears every mark."""
        raise NotImplementedError

    def focus_problem(self, problem: FieldProblem) -> None:
        """Put the keyboard focus on the field of ``problem`` (selecting its record)."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """A finalised shift is shown read-only until the user asks to correct it."""
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """Where the focus goes when the section is opened (Alt+digit)."""
        raise NotImplementedError

    def owns(self, problem: FieldProblem) -> bool:
        """True when ``problem`` belongs on this page."""
        if problem.table == "shift":
            return problem.field in self.SHIFT_FIELDS
        return problem.table in self.TABLES
