"""Table model of the shift list: holds ids only and fetches rows in pages on demand.

At most ``CACHE_PAGES`` pages of rows are kept; a scroll to the end fetches just the pages
that are painted (DESIGN.md §3: never all rows in memory). :class:`PagedTableModel` is the
part the follow-up list shares.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from faltapp.core.vocabulary import Vocabulary, vocabulary
from faltapp.gui.i18n import format_date, format_short_date
from faltapp.gui.labels import name_of
from faltapp.store.shift_queries import ShiftQueries, ShiftRow

PAGE_SIZE = 128
CACHE_PAGES = 16
Index = QModelIndex | QPersistentModelIndex
Cells = tuple[Any, ...]
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def list_date(day: date, today: date) -> str:
    """A date for a list: "fre 14/3" this year, "fre 14/3 2024" in another."""
    if day.year == today.year:
        return format_short_date(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d/M yyyy")


class PagedTableModel(QAbstractTableModel):
    """Ids in list order plus a small LRU cache of row pages; subclasses set ``_headers``,
    say how a page of ids becomes cells (:meth:`_fetch`) and may add roles (:meth:`_extra`)."""

    NUMERIC: frozenset[int] = frozenset()
    TOOLTIP_COLUMNS: ClassVar[dict[int, int]] = {}
    """Columns whose tooltip is another cell of the row (a full date behind a short one)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, Cells]] = OrderedDict()
        self.pages_fetched = 0

    def _fetch(self, ids: list[str]) -> dict[str, Cells]:
        raise NotImplementedError

    def _extra(self, cells: Cells, column: int, role: int) -> Any:
        """Any other role of a cell (colours); None by default."""
        return None

    def set_ids(self, ids: list[str]) -> None:
        """Replace the list (after a filter change or a save)."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def record_id(self, row: int) -> str:
        """Id of the record on ``row``."""
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        """Row of a record id, or -1."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called several times per visible cell on every paint: keep it to lookups.
        if not index.isValid():
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if column in self.NUMERIC else None
        cells = self._row(index.row())
        if cells is None:
            return None
        if role == _DISPLAY:
            return cells[column]
        if role == _TOOLTIP:
            return cells[self.TOOLTIP_COLUMNS.get(column, column)]
        return self._extra(cells, column, role)

    def _row(self, row: int) -> Cells | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE])
            self.pages_fetched += 1
            self._pages[page_no] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def cached_rows(self) -> int:
        """How many rows are held in memory now (for tests and benchmarks)."""
        return sum(len(p) for p in self._pages.values())


class ShiftTableModel(PagedTableModel):
    """The shift list: date, times, kind, areas, staff, counts, status."""

    NUMERIC = frozenset({5, 6, 7})
    TOOLTIP_COLUMNS: ClassVar[dict[int, int]] = {0: 9}  # the full date behind "fre 14/3"

    def __init__(self, queries: ShiftQueries, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Datum"), self.tr("Tid"), self.tr("Typ"), self.tr("Områden"),
            self.tr("Personal"), self.tr("Mötta"), self.tr("Kontakter"), self.tr("Iakttagelser"),
            self.tr("Status"),
        )
        self._queries = queries
        self._status_names = {"draft": self.tr("Utkast"), "final": self.tr("Avslutat")}
        self._vocab: Vocabulary = vocabulary()
        self._kinds = Vocabulary.codes(self._vocab.shift_kinds)

    def shift_id(self, row: int) -> str:
        """Id of the shift on ``row``."""
        return self.record_id(row)

    def _fetch(self, ids: list[str]) -> dict[str, Cells]:
        today = date.today()
        return {r.id: self._cells(r, today) for r in self._queries.rows(ids)}

    def _cells(self, row: ShiftRow, today: date) -> Cells:
        """What each column shows for one row, formatted once when its page is fetched;
        the last cell is the tooltip of the date column."""
        day = date.fromisoformat(row.date)
        if row.end < row.start:  # "HH:MM" text compares as time does
            times = self.tr("{start}–{end} +1").format(start=row.start, end=row.end)
        else:
            times = f"{row.start}–{row.end}"
        if row.kind in self._kinds:
            kind = name_of(self._vocab.shift_kinds, row.kind)
        else:
            kind = self.tr("okänd typ ({code})").format(code=row.kind)
        unknown_place, unknown_person = self.tr("okänd plats"), self.tr("okänd person")
        return (
            list_date(day, today),
            times,
            kind,
            ", ".join(name or unknown_place for name in row.area_names),
            ", ".join(name or unknown_person for name in row.staff_names),
            row.met,
            row.contacts,
            row.observations,
            self._status_names.get(row.status, row.status),
            format_date(day),
        )

