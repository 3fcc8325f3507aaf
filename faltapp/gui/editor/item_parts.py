"""Parts of the record-list pages: the list model, term pickers, and the read-only guard."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QMessageBox, QWidget

from faltapp.core.vocabulary import Term
from faltapp.gui.inputs.place_picker import PlacePicker
from faltapp.gui.labels import term_label
from faltapp.gui.widgets import ERROR_COLOUR

if TYPE_CHECKING:
    from faltapp.gui.editor.context import EditorContext

_CELL_LIMIT = 60
_Index = QModelIndex | QPersistentModelIndex


def ask_yes_no(parent: QWidget, question: str) -> bool:
    """Ask ``question`` with Ja/Nej (Nej is the default); True for Ja."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("ItemList", "Ta bort"), question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def one_line(text: str) -> str:
    """``text`` on one line, cut to fit a table cell."""
    flat = " ".join(text[:_CELL_LIMIT * 4].split())  # a pasted megabyte is not split whole
    return flat if len(flat) <= _CELL_LIMIT else flat[:_CELL_LIMIT - 1] + "…"


@dataclass
class FormRead:
    """What the form holds for one record: the record, unparsed texts and their problems."""

    record: Any
    raw: dict[str, str] = field(default_factory=dict)
    """field → text typed that does not parse (kept in ``draft.raw``)."""
    problems: dict[str, str] = field(default_factory=dict)
    """field → why that text was not taken."""


class RecordSource(Protocol):
    """What the list model reads from its section."""

    records: list[Any]

    def headers(self) -> list[str]: ...
    def cells(self, record: Any) -> list[str]: ...
    def problems_of(self, record_id: str) -> dict[str, str]: ...


class RecordTableModel(QAbstractTableModel):
    """The records of a section, one row each; rows with problems are red with a tooltip."""

    def __init__(self, source: RecordSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._source.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._source.headers())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._source.records):
            return None
        record = self._source.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._source.cells(record)
            return one_line(cells[index.column()]) if index.column() < len(cells) else ""
        problems = self._source.problems_of(record.id)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(QColor(ERROR_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems.values())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = self._source.headers()
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(headers)):
            return headers[section]
        return None

    def refresh(self) -> None:
        """The list was replaced or reordered."""
        self.beginResetModel()
        self.endResetModel()

    def row_changed(self, row: int) -> None:
        """One record was edited."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class ReadOnlyGuard(QObject):
    """Swallows input to combos and check boxes of a read-only form (they stay readable)."""

    _BLOCKED = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                          QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._BLOCKED:
            return True
        if isinstance(event, QKeyEvent) and event.type() in (QEvent.Type.KeyPress,
                                                             QEvent.Type.KeyRelease):
            return event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        return False


class CodeCombo(QComboBox):
    """A choice of one code; a code this build does not know is shown and kept as it is."""

    edited = Signal()
    """Emitted when the user picks another entry (not on :meth:`set_code`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activated.connect(lambda _row: self.edited.emit())

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        """Offer ``items`` (code, label), in order."""
        self.clear()
        for code, label in items:
            self.addItem(label, code)

    def set_terms(self, terms: Iterable[Term], blank: str | None = None) -> None:
        """Offer a vocabulary list, after an entry for "" labelled ``blank`` if given."""
        head = [("", blank)] if blank is not None else []
        self.set_items([*head, *((t.code, term_label(t)) for t in terms)])

    def code(self) -> str:
        """The chosen code ("" when nothing is chosen)."""
        code = self.currentData()
        return code if isinstance(code, str) else ""

    def set_code(self, code: str) -> None:
        """Show ``code``; one not offered is added as "okänt värde: code"."""
        row = self.findData(code)
        if row < 0 and code:
            self.addItem(QCoreApplication.translate("ItemList", "okänt värde: {code}")
                         .format(code=code), code)
            row = self.count() - 1
        self.setCurrentIndex(row)


class DigitCombo(CodeCombo):
    """A :class:`CodeCombo` whose entries are numbered: pressing 1–9 picks that entry."""

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        """Offer ``items`` numbered "1 …", "2 …" (the first nine)."""
        super().set_items((code, f"{n} {label}" if n <= 9 else label)
                          for n, (code, label) in enumerate(items, start=1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit picks the entry with that number."""
        text = event.text()
        if len(text) == 1 and text in "123456789" and int(text) <= self.count() \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.setCurrentIndex(int(text) - 1)
            self.edited.emit()
            return
        super().keyPressEvent(event)


class CheckGroup(QWidget):
    """Check boxes over a list of terms in columns; codes not offered are kept unseen."""

    edited = Signal()
    """Emitted when the user ticks or unticks a box."""

    def __init__(self, terms: Iterable[Term], columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self._unknown: tuple[str, ...] = ()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        terms = list(terms)
        rows = -(-len(terms) // columns)
        for n, term in enumerate(terms):
            box = QCheckBox(term_label(term))
            box.setAccessibleName(term_label(term))
            box.toggled.connect(self._toggled)
            grid.addWidget(box, n % rows, n // rows)
            self.boxes[term.code] = box
        self._loading = False

    def checked(self) -> tuple[str, ...]:
        """Ticked codes in list order, then kept unknown ones."""
        return (*(c for c, b in self.boxes.items() if b.isChecked()), *self._unknown)

    def set_checked(self, codes: Iterable[str]) -> None:
        """Tick exactly ``codes``; emits no ``edited``."""
        wanted = tuple(codes)
        self._loading = True
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)
        self._loading = False
        self._unknown = tuple(c for c in wanted if c not in self.boxes)

    def focus_widget(self) -> QWidget:
        """The first box (where the cursor goes)."""
        return next(iter(self.boxes.values()))

    def _toggled(self) -> None:
        if not self._loading:
            self.edited.emit()


def place_picker(context: EditorContext) -> PlacePicker:
    """A picker of the active places; a new name typed + Enter is added through ``context``."""
    picker = PlacePicker()

    def add(name: str) -> tuple[str, str] | None:
        place = context.add_place(name)
        return place.id, place.name

    picker.set_add_handler(add)
    return picker


def show_place(picker: PlacePicker, context: EditorContext, place_id: str | None,
               raw: str | None) -> None:
    """Show ``place_id`` (or the unread text ``raw``), offering the places known now."""
    places = [(p.id, p.name) for p in context.active_places()]
    if picker.count() != len(places):
        picker.set_places(places)
    picker.set_place_id(place_id, context.place_name(place_id))
    if raw is not None:
        picker.setEditText(raw)


def read_place(picker: PlacePicker, last: str | None, raw: dict[str, str],
               problems: dict[str, str]) -> str | None:
    """The picked place id; text that names no place goes to ``raw`` (``last`` is kept)."""
    text = picker.currentText()
    place_id = picker.place_id()
    if place_id is None and text.strip():
        raw["place_id"] = text
        problems["place_id"] = picker.problem() or ""
        return last
    return place_id
