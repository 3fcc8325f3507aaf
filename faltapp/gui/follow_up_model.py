"""Table model of the follow-up list: open follow-ups, their due state in words and colour."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from faltapp.gui.i18n import format_date
from faltapp.gui.shift_model import Cells, PagedTableModel, list_date
from faltapp.gui.widgets import ERROR_COLOUR
from faltapp.store.follow_up_queries import FollowUpQueries, FollowUpRow

SOON_DAYS = 7
"""A follow-up due within this many days is "due soon"."""

OVERDUE, TODAY, SOON, LATER = "overdue", "today", "soon", "later"
STATE, TIP = 5, 6
"""Hidden cells after the visible ones: the due state code, the due date's tooltip."""


def due_state(due: date | None, today: date) -> str:
    """OVERDUE, TODAY, SOON (within :data:`SOON_DAYS`) or LATER (also: no due date)."""
    if due is None:
        return LATER
    if due < today:
        return OVERDUE
    if due == today:
        return TODAY
    return SOON if due <= today + timedelta(days=SOON_DAYS) else LATER


class FollowUpTableModel(PagedTableModel):
    """Due date, state ("Försenad" in red, "Idag", "Snart"), what, owner, the shift."""

    TOOLTIP_COLUMNS: ClassVar[dict[int, int]] = {0: TIP}
    DUE, WHEN, WHAT, OWNER, SHIFT = range(5)

    def __init__(self, queries: FollowUpQueries, today: Callable[[], date] = date.today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Senast"), self.tr("Läge"), self.tr("Uppföljning"),
                         self.tr("Ansvarig"), self.tr("Från pass"))
        self._queries = queries
        self._today = today
        self._states = {OVERDUE: self.tr("Försenad"), TODAY: self.tr("Idag"),
                        SOON: self.tr("Snart"), LATER: ""}
        self._red = QColor(ERROR_COLOUR)

    def shift_id(self, row: int) -> str | None:
        """The shift the follow-up on ``row`` came from (None if it has none or is gone)."""
        cells = self._row(row)
        return None if cells is None else cells[-1]

    def _fetch(self, ids: list[str]) -> dict[str, Cells]:
        today = self._today()
        return {r.id: self._cells(r, today) for r in self._queries.rows(ids)}

    def _cells(self, row: FollowUpRow, today: date) -> Cells:
        """Visible cells, then the state code, the due date's tooltip and the shift id."""
        state = due_state(row.due, today)
        what = row.text
        if row.contact_alias:
            what = self.tr("{text} ({alias})").format(text=row.text, alias=row.contact_alias)
        return (
            list_date(row.due, today) if row.due else self.tr("inget datum"),
            self._states[state],
            what,
            row.owner_name or (self.tr("okänd person") if row.owner_id else self.tr("ingen")),
            list_date(row.shift_date, today) if row.shift_date else "",
            state,
            format_date(row.due) if row.due else "",
            row.shift_id if row.shift_date else None,
        )

    def _extra(self, cells: Cells, column: int, role: int) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and cells[STATE] == OVERDUE
                and column in (self.DUE, self.WHEN)):
            return self._red
        return None
