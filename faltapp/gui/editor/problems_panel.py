"""The list of a shift's problems under the page: Enter or a double-click jumps to the field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from faltapp.core.shift_checks import FieldProblem
from faltapp.gui.widgets import ERROR_COLOUR

VISIBLE_ROWS = 4


class ProblemsPanel(QWidget):
    """Hidden while there is nothing to show; ``activated`` names the problem chosen."""

    activated = Signal(object)
    """A :class:`FieldProblem` the user chose (Enter or double-click)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problem i passet"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(
            lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.hide()

    def show_problems(self, problems: list[tuple[str, FieldProblem]]) -> None:
        """List ``(section title, problem)`` pairs; an empty list hides the panel."""
        self.list.clear()
        for title, problem in problems:
            item = QListWidgetItem(self.tr("{section}: {message}").format(
                section=title, message=problem.message))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.list.addItem(item)
        self.heading.setText(self.tr(
            "Rätta detta innan passet avslutas ({count}). Enter visar fältet:").format(
                count=len(problems)))
        rows = min(len(problems), VISIBLE_ROWS)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                                 if problems else 0)
        self.list.setCurrentRow(0)
        self.setVisible(bool(problems))

    def count(self) -> int:
        """How many problems are listed."""
        return self.list.count()
