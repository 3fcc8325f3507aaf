"""Konflikter: the team leader's review of records two laptops changed at the same time.

The list shows every open conflict; for the chosen one, a table shows each field in both
versions (only the fields that differ, unless asked). The leader takes one version whole, or
picks a side per field with Space (or a double-click) on the value to keep and saves the
choice; the result is one new version after both (``store/conflicts.py``). The list follows
the store's change signal, so a conflict an import resolved leaves it by itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.changes import Changes
from faltapp.core.conflict_fields import FieldPair, Side, combine, field_pairs
from faltapp.core.entities import TYPE_BY_TABLE
from faltapp.gui.widgets import ErrorLabel

if TYPE_CHECKING:
    from faltapp.gui.store_events import StoreEvents
    from faltapp.store.conflicts import OpenConflict
    from faltapp.store.database import Database

CHOSEN = "✓ "
SIDES: tuple[Side, Side] = ("winner", "loser")
TITLE_FIELDS = ("name", "alias", "text", "problem", "description", "date")
"""The first of these a version has names the record in the list."""


def value_text(value: Any) -> str:
    """A stored value as plain text: lists joined, nothing as "–"."""
    if value is None or value == "" or value == [] or value == ():
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v) for v in value)
    return str(value)


def title_of(conflict: OpenConflict) -> str:
    """What the record is called in either version (its id's start when nothing names it)."""
    for payload in (conflict.winner.payload, conflict.loser.payload):
        for name in TITLE_FIELDS:
            if payload and payload.get(name):
                return value_text(payload[name])
    return conflict.id[:8]


class ConflictDialog(QDialog):
    """Open conflicts, one at a time, field by field; resolving writes through ``db``."""

    def __init__(self, db: Database, events: StoreEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Konflikter"))
        self._db = db
        self.conflicts: list[OpenConflict] = []
        self.pairs: list[FieldPair] = []
        self.picks: dict[str, Side] = {}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Olösta konflikter"))
        self.list.currentRowChanged.connect(self._show_conflict)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.fields = QTableWidget(0, 3)
        self.fields.setAccessibleName(self.tr("Fälten i de två versionerna"))
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.verticalHeader().hide()
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.setWordWrap(True)
        self.fields.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)  # long texts wrap instead of eliding
        self.fields.cellDoubleClicked.connect(self._pick)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.fields,
                          lambda: self._pick(self.fields.currentRow(),
                                             self.fields.currentColumn()))
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.how_to = QLabel(self.tr("Välj värdet att behålla med mellanslag eller "
                                     "dubbelklick; Spara valen tar resten från vinnaren."))
        self.how_to.setWordWrap(True)
        self.all_fields = QCheckBox(self.tr("Visa &alla fält"))
        self.all_fields.toggled.connect(lambda: self._show_conflict(self.list.currentRow()))
        self.take_winner = self._button(
            self.tr("Ta &vinnaren"), self.tr("Behåll vinnaren som den är (Ctrl+1)"), "Ctrl+1",
            lambda: self._resolve_whole("winner"))
        self.take_loser = self._button(
            self.tr("Ta &den andra"), self.tr("Ta den andra versionen i stället (Ctrl+2)"),
            "Ctrl+2", lambda: self._resolve_whole("loser"))
        self.save_picks = self._button(
            self.tr("&Spara valen"),
            self.tr("Spara de värden du valt med mellanslag, övriga från vinnaren (Ctrl+S)"),
            "Ctrl+S", self._resolve_picked)
        close = self._button(self.tr("Stäng"), self.tr("Stäng fönstret (Esc)"), "", self.reject)
        self.error = ErrorLabel()
        self.empty = QLabel(self.tr("Inga olösta konflikter."))
        buttons = QHBoxLayout()
        for button in (self.take_winner, self.take_loser, self.save_picks):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.fields, 1)
        right.addWidget(self.how_to)
        right.addWidget(self.all_fields)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(960, 520)
        self._events = events  # kept: the dialog may outlive whoever made it
        events.changed.connect(self._on_changes)
        self.refresh()

    def _button(self, text: str, tip: str, keys: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if keys:
            QShortcut(QKeySequence(keys), self, slot)
        return button

    def refresh(self) -> None:
        """Read the open conflicts again, keeping the chosen one when it is still open."""
        current = self.current()
        self.conflicts = self._db.conflicts.open()
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            self.list.addItem(self.tr("{table}: {title}").format(
                table=self.table_name(conflict.table), title=title_of(conflict)))
        self.list.blockSignals(False)
        keep = next((n for n, c in enumerate(self.conflicts)
                     if current and c.seq == current.seq), 0)
        self.empty.setVisible(not self.conflicts)
        for widget in (self.take_winner, self.take_loser, self.save_picks, self.fields):
            widget.setEnabled(bool(self.conflicts))
        self.list.setCurrentRow(keep if self.conflicts else -1)
        self._show_conflict(self.list.currentRow())

    def current(self) -> OpenConflict | None:
        """The conflict on show, or None."""
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_conflict(self, row: int) -> None:
        self.picks = {}
        self.error.clear()
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        if conflict is None:
            self.pairs = []
            self.summary.clear()
            self.fields.setRowCount(0)
            return
        self.summary.setText(self.tr(
            "Vinnaren ändrades {winner_at} av enhet {winner_by}; den andra {loser_at} av "
            "enhet {loser_by}. Vinnaren visas nu överallt; den andra finns kvar i historiken.")
            .format(winner_at=conflict.winner.changed_at[:16].replace("T", " "),
                    winner_by=conflict.winner.changed_by[:8],
                    loser_at=conflict.loser.changed_at[:16].replace("T", " "),
                    loser_by=conflict.loser.changed_by[:8]))
        order = [f.name for f in dataclasses.fields(TYPE_BY_TABLE[conflict.table])] \
            if conflict.table in TYPE_BY_TABLE else []
        pairs = field_pairs(conflict.winner.payload, conflict.loser.payload, order)
        self.pairs = pairs if self.all_fields.isChecked() else [p for p in pairs if not p.same]
        deleted = conflict.winner.deleted or conflict.loser.deleted
        self.save_picks.setEnabled(not deleted)
        self.fields.setHorizontalHeaderLabels([
            self.tr("Fält"),
            self.tr("Borttagen") if conflict.winner.deleted else self.tr("Vinnaren"),
            self.tr("Borttagen") if conflict.loser.deleted else self.tr("Den andra")])
        self.fields.setRowCount(len(self.pairs))
        for number, pair in enumerate(self.pairs):
            self.fields.setItem(number, 0, QTableWidgetItem(self.field_name(pair.name)))
            for column, value in ((1, pair.winner), (2, pair.loser)):
                item = QTableWidgetItem(value_text(value))
                item.setToolTip(value_text(value))
                self.fields.setItem(number, column, item)
        if self.pairs:
            self.fields.setCurrentCell(0, 1)

    def _pick(self, row: int, column: int) -> None:
        """Keep the value in ``column`` (1 winner, 2 the other) for the field in ``row``."""
        if not 0 <= row < len(self.pairs) or column not in (1, 2) \
                or not self.save_picks.isEnabled():
            return
        self.picks[self.pairs[row].name] = SIDES[column - 1]
        for col in (1, 2):
            item = self.fields.item(row, col)
            chosen = col == column
            value = value_text(self.pairs[row].winner if col == 1 else self.pairs[row].loser)
            item.setText((CHOSEN if chosen else "") + value)
            font = QFont(item.font())
            font.setBold(chosen)
            item.setFont(font)

    def _resolve_whole(self, side: Side) -> None:
        conflict = self.current()
        if conflict is not None:
            chosen = conflict.winner if side == "winner" else conflict.loser
            how = "vinnaren" if side == "winner" else "den andra"
            self._resolve(conflict, chosen.payload, how)

    def _resolve_picked(self) -> None:
        conflict = self.current()
        if conflict is None or conflict.winner.payload is None or conflict.loser.payload is None:
            return
        payload = combine(conflict.winner.payload, conflict.loser.payload, self.picks)
        self._resolve(conflict, payload, "fält för fält")

    def _resolve(self, conflict: OpenConflict, payload: Mapping[str, Any] | None,
                 how: str) -> None:
        from faltapp.store.errors import StoreError

        try:
            self._db.conflicts.resolve(conflict, dict(payload) if payload is not None else None,
                                       how)
        except (StoreError, ValueError) as error:
            self.error.show_message(str(error))
        # the change signal refreshes the list

    def _on_changes(self, changes: Changes) -> None:
        self.refresh()


    def table_name(self, table: str) -> str:
        """A table's name in the UI's language."""
        names = {
            "shift": self.tr("Fältpass"), "tally": self.tr("Räkning"),
            "contact": self.tr("Kontakt"), "observation": self.tr("Iakttagelse"),
            "follow_up": self.tr("Uppföljning"), "place": self.tr("Plats"),
            "staff": self.tr("Personal"), "category": self.tr("Kategori"),
            "walk_item": self.tr("Vandringspunkt"),
        }
        return names.get(table, table)


    def field_name(self, field: str) -> str:
        """A stored field's name in the UI's language (the field's code when unknown)."""
        names = {
            "name": self.tr("Namn"), "area": self.tr("Område"), "date": self.tr("Datum"),
            "start": self.tr("Start"), "end": self.tr("Slut"), "kind": self.tr("Typ"),
            "area_ids": self.tr("Områden"), "staff_ids": self.tr("Personal"),
            "partners": self.tr("Samverkan"), "weather": self.tr("Väder"),
            "summary": self.tr("Sammanfattning"), "status": self.tr("Status"),
            "alias": self.tr("Alias"), "birth_year": self.tr("Födelseår"),
            "gender": self.tr("Kön"), "place_id": self.tr("Plats"),
            "actions": self.tr("Åtgärder"), "note": self.tr("Anteckning"),
            "category": self.tr("Kategori"), "severity": self.tr("Allvar"),
            "people_count": self.tr("Antal"), "description": self.tr("Beskrivning"),
            "forwarded_to": self.tr("Vidarebefordrat"), "text": self.tr("Uppföljning"),
            "due": self.tr("Senast"), "owner_id": self.tr("Ansvarig"),
            "observed_at": self.tr("Tid"), "count": self.tr("Antal"),
        }
        return names.get(field, field)
