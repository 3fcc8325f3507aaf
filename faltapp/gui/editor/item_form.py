"""The form under a record list: inputs in columns, each with a red problem line under it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from faltapp.gui.editor.item_parts import ReadOnlyGuard
from faltapp.gui.widgets import ErrorLabel


@dataclass
class FormField:
    """One input of the form: the widget, where the cursor goes, and its problem line."""

    widget: QWidget
    focus: QWidget
    error: ErrorLabel


class RecordForm:
    """Mixin of :class:`~faltapp.gui.editor.item_list.ItemListSection`: the record's form.

    :meth:`make_form` builds the form and calls the hook :meth:`build_form`, which adds the
    inputs with :meth:`add_field` and :meth:`add_row` in reading order.
    """

    _fields: dict[str, FormField]
    _order: list[QWidget]
    """Inputs in tab order."""

    def build_form(self) -> None:
        """Create the inputs with :meth:`add_field`, in reading order."""
        raise NotImplementedError

    def make_form(self) -> QScrollArea:
        """Build the form (``self.form``) and return it inside a scroll area."""
        self._fields = {}
        self._order = []
        self.record_error = ErrorLabel()
        self.form = QWidget()
        self._guard = ReadOnlyGuard(self.form)
        self.top = QFormLayout()
        self.left = QFormLayout()
        self.right = QFormLayout()
        self.bottom = QFormLayout()
        for form in (self.top, self.left, self.right, self.bottom):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(self.left, 1)
        columns.addLayout(self.right, 1)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.record_error)
        form_layout.addLayout(self.top)
        form_layout.addLayout(columns)
        form_layout.addLayout(self.bottom)
        form_layout.addStretch(1)
        self.build_form()
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return scroll

    def add_field(self, name: str, label: str, widget: QWidget, *, column: str = "left",
                  focus: QWidget | None = None, tab: list[QWidget] | None = None) -> None:
        """Add an input for record field ``name`` with a red problem line under it.

        ``column``: "top" or "bottom" (full width), "left" or "right"; add fields in reading
        order. ``focus``: the widget that takes the cursor (default ``widget``); ``tab``: the
        widgets inside in tab order.
        """
        widget.setAccessibleName(label.replace("&", ""))
        if focus is not None and tab is None:
            focus.setAccessibleName(label.replace("&", ""))
        focus = focus or widget
        error = ErrorLabel()
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        box_layout.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(focus)
        self._column(column).addRow(caption, box)
        self._fields[name] = FormField(widget, focus, error)
        self._order.extend(tab or [focus])

    def add_row(self, widget: QWidget, column: str = "left",
                tab: list[QWidget] | None = None) -> None:
        """Add a widget without a field (a button) at the start of a row of its own."""
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        self._column(column).addRow(row)
        self._order.extend(tab or [widget])

    def _column(self, name: str) -> QFormLayout:
        return {"top": self.top, "left": self.left, "right": self.right,
                "bottom": self.bottom}[name]

    def field_widget(self, name: str) -> QWidget:
        """The input that takes the cursor for record field ``name``."""
        return self._fields[name].focus

    def mark_fields(self, problems: dict[str, str]) -> None:
        """Show each problem (field → message) under its field; the rest above the form."""
        problems = dict(problems)
        for name, f in self._fields.items():
            message = problems.pop(name, None)
            if message:
                f.error.show_message(message)
            else:
                f.error.hide()
        if problems:
            self.record_error.show_message("\n".join(problems.values()))
        else:
            self.record_error.hide()

    def set_form_read_only(self, read_only: bool) -> None:
        """Refuse edits in the form but keep every text readable and selectable."""
        for widget in self.form.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QComboBox) or (
                    isinstance(widget, QAbstractButton) and widget.isCheckable()):
                if read_only:
                    widget.installEventFilter(self._guard)
                else:
                    widget.removeEventFilter(self._guard)
            elif isinstance(widget, QPushButton):
                widget.setEnabled(not read_only)


def focus_input(widget: QWidget) -> None:
    """Put the cursor in ``widget``: a line's text selected, a text's cursor at its end."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    elif isinstance(widget, QPlainTextEdit):
        widget.moveCursor(QTextCursor.MoveOperation.End)
