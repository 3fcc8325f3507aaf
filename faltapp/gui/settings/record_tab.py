"""One tab of Inställningar: a filterable list of places (or staff) and what can be done to them.

Add, rename, deactivate/activate and delete — delete only when nothing uses the record; a used
one is deactivated instead, which keeps it readable on old shifts and out of new pickers. The
list loads in the task runner (the usage count reads every shift) and reloads whenever the
store reports a change that may touch it, also one made elsewhere (an import, the editor).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.changes import Changes
from faltapp.gui import errors
from faltapp.gui.settings.kinds import RecordKind
from faltapp.gui.settings.record_dialog import RecordDialog
from faltapp.gui.settings.record_model import RecordModel
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.widgets import ErrorLabel
from faltapp.store.database import Database


class RecordTab(QWidget):
    """The list of one kind of record with its buttons and keyboard shortcuts."""

    def __init__(self, db: Database, runner: TaskRunner, kind: RecordKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self.kind = kind
        self._texts = kind.texts()
        self._loading = False
        self._stale = False
        self._select_id: str | None = None
        self._error_for: str | None = None
        self.dialog: RecordDialog | None = None
        self.question: QMessageBox | None = None

        self.model = RecordModel(kind, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self._texts["filter"])
        self.filter_edit.setAccessibleName(self._texts["filter_name"])
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.installEventFilter(self)
        filter_label = QLabel(self.tr("&Filtrera:"))
        filter_label.setBuddy(self.filter_edit)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self._texts["table_name"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.table.activated.connect(lambda _: self.rename())

        self.add_button = self._button(self.tr("&Lägg till…"), self._texts["add_tip"], self.add)
        self.rename_button = self._button(self.tr("&Byt namn…"), self._texts["rename_tip"],
                                          self.rename)
        self.toggle_button = self._button(self.tr("&Inaktivera"), "", self.toggle_active)
        self.delete_button = self._button(self.tr("&Ta bort"), self._texts["delete_tip"],
                                          self.delete)
        for key, slot in ((Qt.Key.Key_Insert, self.add), (Qt.Key.Key_F2, self.rename),
                          ("Ctrl+D", self.toggle_active), (Qt.Key.Key_Delete, self.delete)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.error_label = ErrorLabel()

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.toggle_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.setFocusProxy(self.filter_edit)
        self._update_buttons()

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the records and their usage in the background (coalesced while one runs)."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        db, cls, usage = self._db, self.kind.cls, self.kind.usage(self._db)
        self._runner.run(lambda: (db.all(cls), usage()), on_done=self._loaded,
                         on_error=self._load_failed, window=self)

    def on_changes(self, changes: Changes) -> None:
        """Reload when the store changed something this list shows."""
        if changes.touches(*self.kind.tables):
            self.reload()

    def _loaded(self, result: tuple[list[Any], dict[str, int]]) -> None:
        self._loading = False
        if self._stale:
            self.reload()
            return
        current = self.current_id()
        self.model.set_rows(*result)
        self._select(self._select_id or current)
        self._select_id = None
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.error_label.show_message(errors.message_for(error))

    # -- selection ------------------------------------------------------------------------

    def current_id(self) -> str | None:
        """Id of the record under the cursor, or None."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entity(self.proxy.mapToSource(index).row()).id

    def _current(self) -> tuple[Any, int] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.model.entity(row), self.model.uses(row)

    def _select(self, record_id: str | None) -> None:
        row = self.model.row_of(record_id) if record_id else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _filter(self, text: str) -> None:
        current = self.current_id()
        self.proxy.setFilterFixedString(text)
        self._select(current)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Page Down in the filter moves into the list."""
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)):
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self._select(None)
            return True
        return super().eventFilter(watched, event)

    def _row_changed(self) -> None:
        if self.current_id() != self._error_for:  # an error stays with its own row
            self.error_label.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self._current()
        for button in (self.rename_button, self.toggle_button, self.delete_button):
            button.setEnabled(current is not None)
        if current is None:
            self.hint.setText(self._texts["empty"] if self.model.rowCount() else "")
            return
        entity, uses = current
        if entity.active:
            self.toggle_button.setText(self.tr("&Inaktivera"))
            self.toggle_button.setToolTip(self._texts["deactivate_tip"])
        else:
            self.toggle_button.setText(self.tr("&Aktivera"))
            self.toggle_button.setToolTip(self._texts["activate_tip"])
        in_use = self._in_use(entity.name, uses) if uses else ""
        self.delete_button.setEnabled(not uses)
        self.delete_button.setToolTip(in_use or self._texts["delete_tip"])
        self.hint.setText(in_use if self.error_label.isHidden() else "")

    # -- actions --------------------------------------------------------------------------

    def add(self) -> None:
        """Open the dialog for a new record."""
        self._open_dialog(None)

    def rename(self) -> None:
        """Open the dialog on the record under the cursor, over its current version."""
        current = self._current()
        if current is None:
            return
        loaded = self._db.load(self.kind.cls, current[0].id)
        if loaded is None:
            self._refuse(self._texts["gone"])
            return
        self._open_dialog(loaded)

    def _open_dialog(self, loaded: Any) -> None:
        self.error_label.hide()
        dialog = RecordDialog(self._db, self._runner, self.kind, loaded, self._duplicate, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._back_to_list)
        self.dialog = dialog
        dialog.open()

    def _back_to_list(self) -> None:
        """After a dialog on top: the list has the keyboard again (some window managers, and
        Qt's offscreen platform, leave no window active when a modal child closes)."""
        self.window().activateWindow()
        self.table.setFocus()

    def _saved(self, record_id: str) -> None:
        # The reload this save causes may have ended already (its result can overtake the
        # save's), or may still come: select the record now and after that reload.
        self._select_id = record_id
        self.filter_edit.clear()  # the new name must be visible, whatever the filter was
        self._select(record_id)

    def _duplicate(self, name: str, own_id: str) -> str | None:
        """A message if another record has ``name`` (case and surrounding spaces ignored)."""
        key = name.strip().casefold()
        for other in self.model.entities():
            if other.id != own_id and other.name.strip().casefold() == key:
                which = "duplicate" if other.active else "duplicate_inactive"
                return self._texts[which].format(name=other.name)
        return None

    def toggle_active(self) -> None:
        """Deactivate the active record under the cursor, or activate an inactive one."""
        current = self._current()
        if current is None:
            return
        self.error_label.hide()
        db, cls, record_id, active = self._db, self.kind.cls, current[0].id, not current[0].active

        def job() -> bool:
            loaded = db.load(cls, record_id)
            if loaded is None:
                return False
            db.save(dataclasses.replace(loaded.entity, active=active), loaded.version)
            return True

        self._runner.run(job, on_done=lambda ok: ok or self._refuse(self._texts["gone"]),
                         on_error=self._failed, window=self)

    def delete(self) -> None:
        """Delete the record under the cursor after a question; refused (with why) if used."""
        current = self._current()
        if current is None:
            return
        entity, uses = current
        if uses:
            self._refuse(self._in_use(entity.name, uses))
            return
        self.error_label.hide()
        box = QMessageBox(QMessageBox.Icon.Question, self.window().windowTitle(),
                          self._texts["delete_question"].format(name=entity.name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(self.tr("&Ta bort"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Behåll"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: b is yes and self._delete(entity.id, entity.name))
        box.finished.connect(self._back_to_list)
        self.question = box
        box.open()

    def _delete(self, record_id: str, name: str) -> None:
        db, cls, usage = self._db, self.kind.cls, self.kind.usage(self._db)

        def job() -> int | None:
            uses = usage().get(record_id, 0)  # someone may have used it meanwhile
            loaded = db.load(cls, record_id)
            if uses or loaded is None:
                return uses
            db.delete(cls, record_id, loaded.version)
            return None

        def done(uses: int | None) -> None:
            if uses:
                self._refuse(self._in_use(name, uses))
            elif uses == 0:
                self._refuse(self._texts["gone"])

        self._runner.run(job, on_done=done, on_error=self._failed, window=self)

    def _in_use(self, name: str, uses: int) -> str:
        """Why ``name`` cannot be deleted (one sentence for one use, another for several)."""
        return self._texts["in_use_one" if uses == 1 else "in_use"].format(name=name, n=uses)

    def _refuse(self, message: str) -> None:
        self._error_for = self.current_id()
        self.error_label.show_message(message)
        self.hint.clear()

    def _failed(self, error: BaseException) -> None:
        self._refuse(errors.message_for(error))
        self.reload()
