"""Table model for the person register, a person's contacts and the access log.

All three are short lists read whole (a team follows tens or hundreds of persons; the access
log window shows one period), so one small model holds text rows, each with a key (the record
id, or the log row's number). Every cell is plain text: the views never interpret markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from faltapp.core.vocabulary import Vocabulary, vocabulary
from faltapp.gui.i18n import active_language, format_date
from faltapp.gui.shift_model import list_date
from faltapp.store.person_queries import PersonContact, PersonRow

WATCHED = ("person", "contact", "shift", "place")
"""Tables whose changes can alter a person's row or contacts."""
Row = tuple[str, tuple[str, ...]]
"""(key, cells)."""
_Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Read-only rows of text under ``headers``; columns in ``numeric`` align right."""

    def __init__(self, headers: Sequence[str], numeric: Iterable[int] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._numeric = frozenset(numeric)
        self._rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        """Show ``rows`` instead of what is shown now."""
        self.beginResetModel()
        self._rows = [(key, tuple(cells)) for key, cells in rows]
        self.endResetModel()

    def key(self, row: int) -> str | None:
        """The key of ``row`` (None outside the list)."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        """The row holding ``key``, or -1."""
        return next((i for i, (k, _) in enumerate(self._rows) if k == key), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        cell = self._rows[index.row()][1][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


translate = QCoreApplication.translate  # lupdate finds translate("PersonModel", "…")


def term(kind: str, code: str) -> str:
    """The name of vocabulary ``code`` in the interface language ("" for none)."""
    return Vocabulary.name_of(getattr(vocabulary(), kind), code, active_language()) \
        if code else ""


def person_headers() -> list[str]:
    """Columns of the person register."""
    return [
        translate("PersonModel", "Alias"),
        translate("PersonModel", "Född"),
        translate("PersonModel", "Kön"),
        translate("PersonModel", "Skola"),
        translate("PersonModel", "Kontakter"),
        translate("PersonModel", "Senaste kontakt"),
    ]


def person_row(row: PersonRow, today: date) -> Row:
    """One line of the register."""
    return row.id, (row.alias, str(row.birth_year or ""), term("genders", row.gender),
                    row.school, str(row.contacts),
                    list_date(row.last_contact, today) if row.last_contact else "")


def contact_headers() -> list[str]:
    """Columns of a person's contacts."""
    return [
        translate("PersonModel", "Datum"),
        translate("PersonModel", "Tid"),
        translate("PersonModel", "Plats"),
        translate("PersonModel", "Samtal"),
        translate("PersonModel", "Åtgärder"),
        translate("PersonModel", "Anteckning"),
    ]


def contact_row(contact: PersonContact) -> Row:
    """One contact of a person: when, where, the kind of conversation, actions, the note."""
    return contact.shift_id, (
        format_date(contact.day) if contact.day else translate("PersonModel", "okänt pass"),
        contact.start.strftime("%H:%M") if contact.start else "",
        contact.place or "",
        term("conversation_kinds", contact.conversation),
        ", ".join(term("contact_actions", a) for a in contact.actions),
        " ".join(contact.note.split()),
    )
