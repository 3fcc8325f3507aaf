"""Add or rename a place or a staff member; every problem is shown under its field.

The dialog saves by itself through the task runner over the version it opened (a rename that
crosses an edit made elsewhere is refused, not overwritten) and stays open with what was typed
until the save has succeeded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.problems import ValidationError
from faltapp.core.validation import Context, validate
from faltapp.gui import errors
from faltapp.gui.settings.kinds import Field, RecordKind
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.widgets import BusyLine, ErrorLabel
from faltapp.store.database import Database
from faltapp.store.errors import EditConflict
from faltapp.store.records import Loaded

Duplicate = Callable[[str, str], str | None]
"""(name, own id) → a message if another record already has that name, else None."""


class _Input(QWidget):
    """A line edit or a combo box with its own error line under it."""

    def __init__(self, spec: Field, value: str) -> None:
        super().__init__()
        self.spec = spec
        self.error = ErrorLabel()
        if spec.choices:
            combo = QComboBox()
            for code, label in spec.choices:
                combo.addItem(label, code)
            if combo.findData(value) < 0:  # a role this build does not know: kept as itself
                combo.addItem(value, value)
            combo.setCurrentIndex(combo.findData(value))
            self.edit: QWidget = combo
        else:
            self.edit = QLineEdit(value)
        self.edit.setAccessibleName(spec.accessible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        if isinstance(self.edit, QComboBox):
            return str(self.edit.currentData())
        assert isinstance(self.edit, QLineEdit)
        return self.edit.text().strip()


class RecordDialog(QDialog):
    """Adds a record (``loaded`` None) or renames ``loaded``; ``saved(id)`` after the save."""

    saved = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, kind: RecordKind,
                 loaded: Loaded[Any] | None, duplicate: Duplicate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._kind = kind
        self._loaded = loaded
        self._duplicate = duplicate
        self._busy = False
        texts = kind.texts()
        self.setWindowTitle(texts["rename_title"] if loaded else texts["add_title"])
        self.setMinimumWidth(420)
        current = dataclasses.asdict(loaded.entity) if loaded else {}
        form = QFormLayout()
        self.inputs: dict[str, _Input] = {}
        for spec in kind.fields():
            default = spec.choices[0][0] if spec.choices else ""
            field = _Input(spec, str(current.get(spec.name, default)))
            self.inputs[spec.name] = field
            form.addRow(spec.label, field)
        self.error_label = ErrorLabel(attempts=True)
        self.busy = BusyLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        first = self.inputs["name"].edit
        first.setFocus()
        if isinstance(first, QLineEdit):
            first.selectAll()

    def accept(self) -> None:
        """Check here (name, duplicates, lengths), then save in the background."""
        if self._busy:
            return
        for field in self.inputs.values():
            field.error.hide()
        self.error_label.hide()
        values = {name: field.value() for name, field in self.inputs.items()}
        if self._loaded is None:
            entity = self._kind.new(values)
        else:
            entity = dataclasses.replace(self._loaded.entity, **values)
            if entity == self._loaded.entity:
                super().accept()
                return
        duplicate = self._duplicate(values["name"], entity.id) if values["name"] else None
        if duplicate:
            self._show_error("name", duplicate)
            return
        problems = validate(entity, Context(category_codes=frozenset()))
        if problems:
            self._show_problems(ValidationError(problems))
            return
        self._set_busy(True)
        base = self._loaded.version if self._loaded else None
        self._runner.run(partial(self._db.save, entity, base),
                         on_done=lambda _: self._saved(entity.id), on_error=self._failed,
                         window=self)

    def reject(self) -> None:
        """Close without saving, unless a save is under way."""
        if not self._busy:
            super().reject()

    def _show_error(self, name: str | None, message: str) -> None:
        field = self.inputs.get(name) if name else None
        if field is None:
            self.error_label.show_message(message)
            return
        field.error.show_message(message)
        field.edit.setFocus()
        if isinstance(field.edit, QLineEdit):
            field.edit.selectAll()

    def _show_problems(self, error: ValidationError) -> None:
        for problem in reversed(error.problems):  # the first problem ends up with the focus
            self._show_error(problem.field, problem.message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (*self.inputs.values(), self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Sparar…"))
        else:
            self.busy.hide()

    def _saved(self, record_id: str) -> None:
        self._set_busy(False)
        self.saved.emit(record_id)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            self._show_problems(error)
        elif isinstance(error, EditConflict):
            self._show_error(None, self._kind.texts()["conflict"])
        else:
            self._show_error(None, errors.message_for(error))
