"""Table model of places or staff: each row an entity and how many records use it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from faltapp.gui.settings.kinds import RecordKind

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordModel(QAbstractTableModel):
    """A small table (tens of rows): every row is held; an inactive row is shown in italics."""

    def __init__(self, kind: RecordKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._headers = kind.headers()
        self._rows: list[tuple[Any, int]] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_rows(self, entities: list[Any], usage: dict[str, int]) -> None:
        """Replace every row (after a load)."""
        self.beginResetModel()
        self._rows = [(e, usage.get(e.id, 0)) for e in entities]
        self.endResetModel()

    def entity(self, row: int) -> Any:
        """The entity on ``row``."""
        return self._rows[row][0]

    def uses(self, row: int) -> int:
        """How many live records use the entity on ``row``."""
        return self._rows[row][1]

    def row_of(self, record_id: str) -> int:
        """Row of a record id, or -1."""
        return next((i for i, (e, _) in enumerate(self._rows) if e.id == record_id), -1)

    def entities(self) -> list[Any]:
        """Every entity, in model order."""
        return [e for e, _ in self._rows]

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entity, uses = self._rows[index.row()]
        last = len(self._headers) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == last:
                return uses
            if index.column() == last - 1:
                return self.tr("Aktiv") if entity.active else self.tr("Inaktiv")
            return self._kind.cells(entity)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == last:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and not entity.active:
            return self._italic
        if role == ID_ROLE:
            return entity.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
