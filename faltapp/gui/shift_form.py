"""Dialog to create or edit a shift: date, start, end, kind, areas, summary.

Keyboard first: Tab walks the fields, Space ticks an area, Ctrl+Enter saves, Esc cancels.
Problems found by validation are listed in the dialog, which stays open with the input kept.
"""

from __future__ import annotations

import dataclasses
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.entities import Place, Shift
from faltapp.core.validation import ValidationError
from faltapp.core.vocabulary import vocabulary
from faltapp.gui.widgets import ErrorLabel
from faltapp.store.database import Database
from faltapp.store.errors import StoreError

DEFAULT_START = time(19, 0)
DEFAULT_END = time(23, 0)


class ShiftDialog(QDialog):
    """Create a new shift (``shift=None``) or edit an existing one."""

    def __init__(self, db: Database, shift: Shift | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._original = shift
        self.saved_id: str | None = None
        self.setWindowTitle(
            self.tr("Nytt fältpass") if shift is None else self.tr("Redigera fältpass")
        )
        self.setMinimumWidth(520)

        self.date_edit = QDateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit = QTimeEdit(displayFormat="HH:mm")
        self.end_edit = QTimeEdit(displayFormat="HH:mm")
        self.kind_combo = QComboBox()
        for term in vocabulary().shift_kinds:
            self.kind_combo.addItem(self.tr(term.name), term.code)
        self.areas_list = QListWidget()
        self.areas_list.setMinimumHeight(150)
        for place in sorted(db.all(Place), key=lambda p: (p.area, p.name)):
            item = QListWidgetItem(f"{place.name} ({place.area})" if place.area else place.name)
            item.setData(Qt.ItemDataRole.UserRole, place.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.areas_list.addItem(item)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("Kort sammanfattning av passet"))
        self.error_label = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("&Datum"), self.date_edit)
        form.addRow(self.tr("&Start"), self.start_edit)
        form.addRow(self.tr("S&lut"), self.end_edit)
        form.addRow(self.tr("&Typ av pass"), self.kind_combo)
        form.addRow(self.tr("&Områden"), self.areas_list)
        form.addRow(self.tr("Sa&mmanfattning"), self.summary_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Spara passet (Ctrl+Enter)")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._load(shift)
        self.date_edit.setFocus()

    def _load(self, shift: Shift | None) -> None:
        day = shift.date if shift else date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        start = shift.start if shift else DEFAULT_START
        end = shift.end if shift else DEFAULT_END
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))
        if shift:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(shift.kind)))
            self.summary_edit.setPlainText(shift.summary)
            for row in range(self.areas_list.count()):
                item = self.areas_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) in shift.area_ids:
                    item.setCheckState(Qt.CheckState.Checked)

    def shift(self) -> Shift:
        """The shift as the form shows it now (not yet validated)."""
        qd, qs, qe = self.date_edit.date(), self.start_edit.time(), self.end_edit.time()
        areas = tuple(
            self.areas_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.areas_list.count())
            if self.areas_list.item(r).checkState() == Qt.CheckState.Checked
        )
        fields = {
            "date": date(qd.year(), qd.month(), qd.day()),
            "start": time(qs.hour(), qs.minute()),
            "end": time(qe.hour(), qe.minute()),
            "kind": self.kind_combo.currentData(),
            "area_ids": areas,
            "summary": self.summary_edit.toPlainText().strip(),
        }
        if self._original is None:
            return Shift(**fields)
        return dataclasses.replace(self._original, **fields)

    def show_error(self, message: str) -> None:
        """List what is wrong; the dialog stays open with the input kept."""
        self.error_label.show_message(message)

    def accept(self) -> None:
        """Validate and save; on problems, list them and keep the dialog open."""
        shift = self.shift()
        if self._original is not None and shift == self._original:
            self.saved_id = shift.id
            super().accept()
            return
        try:
            self._db.save(shift)
        except ValidationError as exc:
            self.show_error("\n".join(p.message for p in exc.problems))
            return
        except StoreError as exc:
            self.show_error(str(exc))
            return
        self.saved_id = shift.id
        super().accept()
