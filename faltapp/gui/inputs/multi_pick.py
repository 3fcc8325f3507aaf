"""Pick several items by keyboard: type to filter a checkable list, Enter or Space to tick.

Filtering matches anywhere in the label, ignoring case and accents ("sta" and "tradgard"
find "Stadsträdgården"). Items keep their order (ticked ones do not jump to the top, so the
list does not move under the cursor); Enter in the filter ticks the first match and clears it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
AddHandler = Callable[[str], "tuple[str, str] | None"]


def fold(text: str) -> str:
    """``text`` without case and accents, for matching ("Å" → "a")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def toggle(item: QListWidgetItem) -> None:
    """Tick ``item`` if it is not ticked, else untick it."""
    ticked = item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)


class MultiPick(QWidget):
    """A filter line above a checkable list of (key, label) items."""

    edited = Signal()
    """Emitted when the user ticks, unticks or adds an item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._add: AddHandler | None = None
        self._loading = False
        self._read_only = False
        self._filter = QLineEdit()
        self._filter.setPlaceholderText(self.tr("Skriv för att filtrera, Enter kryssar i"))
        self._filter.setAccessibleName(self.tr("Filter"))
        self._filter.setClearButtonEnabled(True)
        self._list = QListWidget()
        self._list.setAccessibleName(self.tr("Val"))
        self._list.setMinimumHeight(self._list.fontMetrics().height() * 5)
        self._hint = QLabel()
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint.setWordWrap(True)
        self._hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._filter)
        layout.addWidget(self._hint)
        layout.addWidget(self._list, 1)
        self.setFocusProxy(self._filter)
        self._filter.textChanged.connect(self._apply_filter)
        self._filter.installEventFilter(self)
        self._list.installEventFilter(self)
        self._list.itemChanged.connect(self._on_item_changed)

    # -- public API ----------------------------------------------------------------------

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """Offer ``items`` (key, label) in this order; ticked keys stay ticked."""
        keep = self.checked()
        self._loading = True
        self._list.clear()
        for key, label in items:
            self._append(key, label)
        self._loading = False
        self.set_checked(keep)

    def checked(self) -> tuple[str, ...]:
        """The ticked keys, in item order."""
        return tuple(item.data(KEY_ROLE) for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def set_checked(self, keys: Iterable[str]) -> None:
        """Tick exactly ``keys``; a key not among the items is shown as "(okänd: key)"."""
        wanted = list(dict.fromkeys(keys))
        self._loading = True
        known = {item.data(KEY_ROLE): item for item in self._items()}
        for key, item in known.items():
            item.setCheckState(Qt.CheckState.Checked if key in wanted
                               else Qt.CheckState.Unchecked)
        for key in wanted:
            if key not in known:
                label = self.tr("(okänd: {key})").format(key=key)
                self._append(key, label).setCheckState(Qt.CheckState.Checked)
        self._loading = False
        if self._read_only:
            self._apply_filter("")  # read-only lists show just what is ticked

    def filter_edit(self) -> QLineEdit:
        """The filter line (for tab order, focus and its accessible name)."""
        return self._filter

    def list_widget(self) -> QListWidget:
        """The checkable list."""
        return self._list

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: only the ticked items are listed, in plain readable text, and nothing
        can be ticked (a finalised shift shows what was chosen, not forty grey boxes)."""
        self._read_only = read_only
        self._filter.clear()
        self._filter.setVisible(not read_only)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        self._loading = True
        for item in self._items():
            item.setFlags(flags)
        self._loading = False
        self._apply_filter("")

    def is_read_only(self) -> bool:
        """True while nothing can be ticked."""
        return self._read_only

    def set_add_handler(self, add: AddHandler | None) -> None:
        """``add(text)`` makes a new item from filter text that matches nothing; it returns
        the new (key, label), or ``None`` when nothing was added."""
        self._add = add
        self._apply_filter(self._filter.text())

    def hint(self) -> str:
        """The line under the filter ("Enter lägger till …"), empty when hidden."""
        return self._hint.text() if not self._hint.isHidden() else ""

    # -- behaviour -----------------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self._list.item(row) for row in range(self._list.count())]

    def _visible(self) -> list[QListWidgetItem]:
        return [item for item in self._items() if not item.isHidden()]

    def _append(self, key: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(KEY_ROLE, key)
        item.setData(FOLDED_ROLE, fold(label))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Unchecked)
        self._list.addItem(item)
        item.setHidden(not self._matches(item, fold(self._filter.text().strip())))
        return item

    def _matches(self, item: QListWidgetItem, folded: str) -> bool:
        if self._read_only:
            return item.checkState() == Qt.CheckState.Checked
        return folded in item.data(FOLDED_ROLE)

    def _on_item_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _apply_filter(self, text: str) -> None:
        typed = text.strip()
        folded = fold(typed)
        for item in self._items():
            item.setHidden(not self._matches(item, folded))
        if typed and not self._visible():
            self._hint.setText(self.tr("Enter lägger till «{text}» som ny").format(text=typed)
                               if self._add else
                               self.tr("Inget matchar «{text}»").format(text=typed))
            self._hint.show()
        else:
            self._hint.hide()
        visible = self._visible()
        if visible and (self._list.currentItem() is None or self._list.currentItem().isHidden()):
            self._list.setCurrentItem(visible[0])

    def _enter(self) -> bool:
        """Enter in the filter: tick the first match (or add a new item); True if handled."""
        typed = self._filter.text().strip()
        if not typed:
            return False
        visible = self._visible()
        if visible:
            toggle(visible[0])
            self._list.setCurrentItem(visible[0])
        elif self._add is not None:
            made = self._add(typed)
            if made is None:
                return True
            self._loading = True
            item = self._append(*made)
            item.setCheckState(Qt.CheckState.Checked)
            self._loading = False
            self.edited.emit()
        else:
            return True
        self._filter.clear()
        return True

    def _filter_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._enter()
        if event.key() == Qt.Key.Key_Down and self._visible():
            current = self._list.currentItem()
            if current is None or current.isHidden():
                self._list.setCurrentItem(self._visible()[0])
            self._list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _list_key(self, event: QKeyEvent) -> bool:
        visible = self._visible()
        if event.key() == Qt.Key.Key_Up and visible and self._list.currentItem() is visible[0]:
            self._filter.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._list.currentItem():
            if not self._read_only:
                toggle(self._list.currentItem())
            return True
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not self._read_only and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier)):
            self._filter.setFocus(Qt.FocusReason.OtherFocusReason)
            self._filter.insert(text)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keyboard paths between the filter and the list."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self._filter and self._filter_key(event):
                return True
            if watched is self._list and self._list_key(event):
                return True
        return super().eventFilter(watched, event)
