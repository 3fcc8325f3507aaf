"""Dialog to create or edit a shift: date, start, end, kind, areas, summary.

Keyboard first: Tab walks the fields, Space ticks an area, Ctrl+Enter saves, Esc cancels.
Problems found by validation are listed in the dialog, which stays open with the input kept.

The form saves over the version it was opened from, so a change made meanwhile (another
window, an import) is reported as a conflict instead of being overwritten. What this build
does not know — a kind from a newer build, an area id not in the place list — is shown as
itself and saved back unchanged. Saving runs in the task runner: a busy writer (an import)
makes the form wait with a progress dialog instead of freezing the window.
"""

from __future__ import annotations

import dataclasses
from datetime import date, time
from functools import partial

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
from faltapp.core.vocabulary import vocabulary
from faltapp.gui import errors
from faltapp.gui.tasks import TaskRunner
from faltapp.gui.widgets import ErrorLabel
from faltapp.store.database import Database
from faltapp.store.records import Loaded

DEFAULT_START = time(19, 0)
DEFAULT_END = time(23, 0)


class ShiftDialog(QDialog):
    """Create a new shift (``loaded=None``) or edit one opened with ``db.load``."""

    def __init__(self, db: Database, runner: TaskRunner, loaded: Loaded[Shift] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        shift = loaded.entity if loaded else None
        self._original = shift
        self._base = loaded.version if loaded else None
        self._saving = False
        self._refocus: QWidget | None = None
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
        if shift is None:
            return
        if self.kind_combo.findData(shift.kind) < 0:  # a kind from a newer build: keep it
            self.kind_combo.addItem(self.tr("okänd typ: {code}").format(code=shift.kind),
                                    shift.kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(shift.kind))
        self.summary_edit.setPlainText(shift.summary)
        known = set()
        for row in range(self.areas_list.count()):
            item = self.areas_list.item(row)
            known.add(item.data(Qt.ItemDataRole.UserRole))
            if item.data(Qt.ItemDataRole.UserRole) in shift.area_ids:
                item.setCheckState(Qt.CheckState.Checked)
        unknown = [a for a in shift.area_ids if a not in known]
        for area_id in reversed(unknown):  # not in this database's place list: keep it ticked
            item = QListWidgetItem(self.tr("Okänd plats ({id})").format(id=area_id))
            item.setData(Qt.ItemDataRole.UserRole, area_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.areas_list.insertItem(0, item)  # first, where the user sees it

    def _ticked_areas(self) -> tuple[str, ...]:
        """Ticked area ids: those of the opened shift in their order, then new ones."""
        ticked = [
            self.areas_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.areas_list.count())
            if self.areas_list.item(r).checkState() == Qt.CheckState.Checked
        ]
        before = self._original.area_ids if self._original else ()
        kept = [a for a in before if a in ticked]
        return tuple(kept + [a for a in ticked if a not in kept])

    def shift(self) -> Shift:
        """The shift as the form shows it now (not yet validated)."""
        qd, qs, qe = self.date_edit.date(), self.start_edit.time(), self.end_edit.time()
        areas = self._ticked_areas()
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
        """Save over the opened version in the background; on problems, keep the dialog open."""
        if self._saving:
            return
        shift = self.shift()
        if self._original is not None and shift == self._original:
            self._saved(shift.id)
            return
        self.error_label.hide()
        self._refocus = self.focusWidget()
        self._set_saving(True)
        self._runner.run(partial(self._db.save, shift, base=self._base),
                         title=self.tr("Sparar"), label=self.tr("Sparar passet…"),
                         on_done=lambda _: self._saved(shift.id), on_error=self._failed,
                         window=self)

    def reject(self) -> None:
        """Close without saving (not while a save is under way)."""
        if not self._saving:
            super().reject()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for widget in (self.date_edit, self.start_edit, self.end_edit, self.kind_combo,
                       self.areas_list, self.summary_edit, self.buttons):
            widget.setEnabled(not saving)

    def _saved(self, shift_id: str) -> None:
        self._set_saving(False)
        self.saved_id = shift_id
        super().accept()

    def _failed(self, error: BaseException) -> None:
        """Everything typed stays; the message says what to do."""
        self._set_saving(False)
        self.show_error(errors.message_for(error))
        if self._refocus is not None:
            self._refocus.setFocus()
