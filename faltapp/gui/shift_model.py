"""Table model of the shift list: holds ids only and fetches rows in pages on demand.

At most ``CACHE_PAGES`` pages of rows are kept; a scroll to the end fetches just the pages
that are painted (DESIGN.md §3: never all rows in memory).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from faltapp.core.vocabulary import Vocabulary, vocabulary
from faltapp.store.shift_queries import ShiftQueries, ShiftRow

PAGE_SIZE = 128
CACHE_PAGES = 16
Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ShiftTableModel(QAbstractTableModel):
    """Shift ids in list order plus a small LRU cache of row pages."""

    NUMERIC = frozenset({4, 5, 6})

    def __init__(self, queries: ShiftQueries, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, tuple[str | int, ...]]] = OrderedDict()
        self._headers = (
            self.tr("Datum"), self.tr("Tid"), self.tr("Typ"), self.tr("Områden"),
            self.tr("Mötta"), self.tr("Kontakter"), self.tr("Iakttagelser"), self.tr("Status"),
        )
        self._status_names = {"draft": self.tr("Utkast"), "final": self.tr("Avslutat")}
        self._vocab: Vocabulary = vocabulary()
        self.pages_fetched = 0

    def set_ids(self, ids: list[str]) -> None:
        """Replace the list (after a filter change or a save)."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def shift_id(self, row: int) -> str:
        """Id of the shift on ``row``."""
        return self._ids[row]

    def row_of(self, shift_id: str) -> int:
        """Row of a shift id, or -1."""
        try:
            return self._ids.index(shift_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called several times per visible cell on every paint: keep it to lookups.
        if role in (_DISPLAY, _TOOLTIP) and index.isValid():
            cells = self._row(index.row())
            return None if cells is None else cells[index.column()]
        if role == _ALIGNMENT and index.column() in self.NUMERIC:
            return _RIGHT
        return None

    def _cells(self, row: ShiftRow) -> tuple[str | int, ...]:
        """What each column shows for one row, formatted once when its page is fetched."""
        return (
            row.date,
            f"{row.start}–{row.end}",
            Vocabulary.name_of(self._vocab.shift_kinds, row.kind),
            ", ".join(row.area_names),
            row.met,
            row.contacts,
            row.observations,
            self._status_names.get(row.status, row.status),
        )

    def _row(self, row: int) -> tuple[str | int, ...] | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE]
            page = {r.id: self._cells(r) for r in self._queries.rows(ids)}
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
