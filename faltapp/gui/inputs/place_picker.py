"""One place, picked by typing part of its name; a name that is no place can be added."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QMessageBox, QWidget

from faltapp.gui.inputs.multi_pick import fold
from faltapp.gui.inputs.time_edit import MAX_TYPED, mark_invalid

ID_ROLE = Qt.ItemDataRole.UserRole


def ask_add(parent: QWidget, question: str) -> bool:
    """Ask whether to add a new place (Ja/Nej, Ja is the default); True for Ja."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("PlacePicker", "Ny plats"), question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


class PlacePicker(QComboBox):
    """An editable combo box of places; its completer finds a typed part anywhere in a name.

    A place that is no longer offered (an inactive place on an old shift) is still shown by
    its name. Text that names no place stays as typed, marked red, and ``problem()`` says
    why; Enter on it offers to add it as a new place (when an add handler is set).
    """

    edited = Signal()
    """Emitted on every edit by the user (not on :meth:`set_place_id`)."""

    confirm: ClassVar[Callable[[QWidget, str], bool]] = staticmethod(ask_add)
    """Asks before a new place is added (tests replace it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._add: Callable[[str], tuple[str, str] | None] | None = None
        self._loading = False
        self.setEditable(True)
        self.setAccessibleName(self.tr("Plats"))  # the caller names it more precisely
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setMaxLength(MAX_TYPED)
        self.lineEdit().setPlaceholderText(self.tr("Skriv en del av namnet"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.lineEdit().textChanged.connect(self._check)  # also a draft's text put back
        self.activated.connect(self._on_activated)
        completer.activated.connect(self._on_activated)

    # -- public API ----------------------------------------------------------------------

    def set_places(self, places: list[tuple[str, str]]) -> None:
        """Offer ``places`` (id, name), in this order; the shown place stays if it can."""
        pid, text = self.place_id(), self.currentText()
        self._loading = True
        self.clear()
        for place_id, name in places:
            self.addItem(name, place_id)
        if pid is not None:
            self._loading = False
            self.set_place_id(pid, text)
            return
        self.setCurrentIndex(-1)  # Qt makes the first place current: it was not chosen
        self.setEditText(text)
        self._loading = False
        self._check()

    def place_id(self) -> str | None:
        """The id of the place named in the field, or ``None`` (empty, or no place)."""
        text, current = self.currentText(), self.currentIndex()
        if current >= 0 and fold(self.itemText(current)) == fold(text.strip()):
            return self.itemData(current, ID_ROLE)  # two places may share a name
        row = self._row_for(text)
        return None if row < 0 else self.itemData(row, ID_ROLE)

    def set_place_id(self, pid: str | None, name: str = "") -> None:
        """Show place ``pid``; one not offered is added and shown as ``name``."""
        self._loading = True
        if pid is None:
            self.setCurrentIndex(-1)
            self.setEditText("")
        else:
            row = self.findData(pid, ID_ROLE)
            if row < 0:
                self.addItem(name or pid, pid)
                row = self.count() - 1
            self.setCurrentIndex(row)
        self._loading = False
        self._check()

    def set_add_handler(self, add: Callable[[str], tuple[str, str] | None] | None) -> None:
        """``add(name)`` creates a new place and returns its (id, name), or ``None``."""
        self._add = add

    def problem(self) -> str | None:
        """Why the typed text is no place, or ``None``."""
        text = self.currentText().strip()
        if not text or self._row_for(text) >= 0:
            return None
        if self._containing(text):
            return self.tr("«{name}» är bara en del av ett namn. Välj platsen bland förslagen "
                           "med pilarna och Enter.").format(name=text)
        if self._add is not None:
            return self.tr("«{name}» finns inte bland platserna. Tryck Enter för att lägga "
                           "till den.").format(name=text)
        return self.tr("«{name}» finns inte bland platserna.").format(name=text)

    # -- behaviour -----------------------------------------------------------------------

    def _row_for(self, text: str) -> int:
        """The row whose name is ``text`` (ignoring case, accents and outer spaces), or -1."""
        wanted = fold(text.strip())
        if not wanted:
            return -1
        return next((row for row in range(self.count())
                     if fold(self.itemText(row)) == wanted), -1)

    def _containing(self, text: str) -> list[int]:
        """The rows whose name holds ``text`` (ignoring case and accents)."""
        part = fold(text.strip())
        return [row for row in range(self.count()) if part in fold(self.itemText(row))]

    def _check(self) -> None:
        mark_invalid(self.lineEdit(), self.problem())

    def _on_text_edited(self) -> None:
        self.edited.emit()

    def _on_activated(self) -> None:
        if not self._loading:
            self._check()
            self.edited.emit()

    def _commit_text(self) -> None:
        """Enter: pick the place typed (or the only one holding it), or offer to add it."""
        text = self.currentText().strip()
        row, containing = self._row_for(text), self._containing(text)
        if row < 0 and len(containing) == 1:
            row = containing[0]
        if row >= 0:
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))
        elif containing:
            self.completer().complete()  # several: show them again
        elif text and self._add is not None:
            question = self.tr("Lägg till «{name}» som ny plats?").format(name=text)
            if type(self).confirm(self, question):
                made = self._add(text)
                if made is not None:
                    self.set_place_id(*made)
        self._check()
        self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on text that is no place picks the only place holding it or offers to add
        it; a row chosen in the completer's list is left to the completer."""
        popup = self.completer().popup()
        chosen = popup.isVisible() and popup.currentIndex().isValid()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not chosen \
                and self.problem() is not None:
            popup.hide()
            self._commit_text()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """A name typed in other case or without accents becomes the place's own name."""
        row = self._row_for(self.currentText())
        if row >= 0 and self.itemText(row) != self.currentText():
            self._loading = True
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))
            self._loading = False
        super().focusOutEvent(event)
