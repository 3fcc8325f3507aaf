"""Check boxes that work as one field: a letter ticks its box, Tab leaves the whole group.

Each box shows its key underlined ("&Polis"): pressing that letter while the group has the
cursor ticks or unticks the box, arrow keys move between the boxes, Space toggles the one
with the cursor, and Tab / Shift+Tab go on to the next field instead of through every box
(only the box with the cursor is a tab stop). The letters are no Alt shortcuts, so they
never clash with the window's buttons.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

_MOVES = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0),
          Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}
"""Arrow key → (rows, columns) to move."""


def assign_keys(labels: list[str]) -> list[str]:
    """One distinct letter for each label (lower case; "" when none is left).

    A label's own "&x" is kept when it is free; then each label gets the first letter of one
    of its words of four letters or more (the last word first: "Kommunens felanmälan" → f),
    then any free letter.
    """
    plain = [label.replace("&", "") for label in labels]
    keys = [""] * len(labels)
    used: set[str] = set()

    def take(n: int, letters: Iterable[str]) -> None:
        for letter in letters:
            if letter.isalpha() and letter.lower() not in used:
                keys[n] = letter.lower()
                used.add(keys[n])
                return

    for n, label in enumerate(labels):
        marked = re.search(r"&(\w)", label)
        if marked:
            take(n, marked.group(1))
    for n, text in enumerate(plain):
        if not keys[n]:
            take(n, [word[0] for word in reversed(re.findall(r"\w{4,}", text))])
    for n, text in enumerate(plain):
        if not keys[n]:
            take(n, text)
    return keys


def with_mnemonic(text: str, key: str) -> str:
    """``text`` with "&" before the first occurrence of ``key`` (any case)."""
    at = text.lower().find(key) if key else -1
    escaped = text.replace("&", "&&")
    if at < 0:
        return escaped
    at += text[:at].count("&")  # every "&" before it was doubled
    return f"{escaped[:at]}&{escaped[at:]}"


class KeyChecks(QWidget):
    """A grid of check boxes, one per (code, label), working as one keyboard field."""

    edited = Signal()
    """Emitted when the user ticks or unticks a box (not on :meth:`set_checked`)."""

    def __init__(self, items: Iterable[tuple[str, str]], columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        items = list(items)
        self.boxes: dict[str, QCheckBox] = {}
        self.keys: dict[str, str] = {}
        """Letter → code."""
        self._unknown: tuple[str, ...] = ()
        self._loading = False
        self._rows = max(1, -(-len(items) // max(1, columns)))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for n, ((code, label), key) in enumerate(zip(items, assign_keys([i[1] for i in items]),
                                                     strict=True)):
            name = label.replace("&", "")
            box = QCheckBox(with_mnemonic(name, key))
            box.setShortcut(QKeySequence())  # the letter works inside the group, not as Alt+x
            box.setAccessibleName(name)
            if key:
                box.setAccessibleDescription(self.tr("Tangent {key}").format(key=key.upper()))
            box.toggled.connect(self._toggled)
            box.installEventFilter(self)
            grid.addWidget(box, n % self._rows, n // self._rows)
            self.boxes[code] = box
            if key:
                self.keys[key] = code
        self._current = 0
        self._set_current(0)
        self.setToolTip(self.tr("Tryck bokstaven för att kryssa i eller ur; "
                                "piltangenterna flyttar, Tab går vidare"))

    # -- public API ----------------------------------------------------------------------

    def checked(self) -> tuple[str, ...]:
        """Ticked codes in list order, then kept codes that no box offers."""
        return (*(c for c, b in self.boxes.items() if b.isChecked()), *self._unknown)

    def set_checked(self, codes: Iterable[str]) -> None:
        """Tick exactly ``codes`` (unknown ones are kept unseen); emits no ``edited``."""
        wanted = tuple(codes)
        self._loading = True
        try:
            for code, box in self.boxes.items():
                box.setChecked(code in wanted)
        finally:
            self._loading = False
        self._unknown = tuple(c for c in wanted if c not in self.boxes)

    def focus_widget(self) -> QWidget:
        """The box that takes the cursor (the group's one tab stop)."""
        return list(self.boxes.values())[self._current]

    def tab_widgets(self) -> list[QWidget]:
        """Every box in order, for a tab chain (only the current one is a tab stop)."""
        return list(self.boxes.values())

    # -- behaviour -----------------------------------------------------------------------

    def _set_current(self, n: int) -> None:
        boxes = list(self.boxes.values())
        if not boxes:
            return
        self._current = n
        for i, box in enumerate(boxes):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus if i == n
                               else Qt.FocusPolicy.ClickFocus)

    def _move_to(self, n: int) -> None:
        self._set_current(n)
        self.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggled(self) -> None:
        if not self._loading:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Letters tick their box, arrows move; a box clicked becomes the tab stop."""
        boxes = list(self.boxes.values())
        if watched not in boxes:
            return super().eventFilter(watched, event)
        index = boxes.index(watched)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.FocusIn and index != self._current:
            self._set_current(index)
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(index, event)
        return super().eventFilter(watched, event)

    def _key(self, index: int, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        move = _MOVES.get(Qt.Key(event.key()))
        if move is not None and modifiers == Qt.KeyboardModifier.NoModifier:
            row, column = divmod(index, self._rows)[::-1]
            target = (column + move[1]) * self._rows + row + move[0]
            if 0 <= target < len(self.boxes):
                self._move_to(target)
            return True
        code = self.keys.get(event.text().lower())
        if code is None or modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        box = self.boxes[code]
        self._move_to(list(self.boxes).index(code))
        if box.isEnabled() and not box.signalsBlocked():
            box.toggle()
        return True
