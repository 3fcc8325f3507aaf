"""Grunduppgifter: date with weekday, start and end ("02:15 (+1)"), kind, areas, staff,
partners present and the weather.

What this build does not know is kept and shown as itself: a kind from a newer build ("okänd
typ (code)"), an area or staff id not in the lists, a partner code. Text typed into the date
and time fields that is no date or time stays in the field (and in ``draft.raw``).
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from faltapp.core.problems import ValidationError
from faltapp.core.shift_draft import raw_key
from faltapp.gui.editor.section import Section
from faltapp.gui.inputs.date_edit import DateEdit
from faltapp.gui.inputs.multi_pick import MultiPick
from faltapp.gui.inputs.time_edit import TimeEdit
from faltapp.gui.labels import term_label
from faltapp.gui.widgets import ErrorLabel

if TYPE_CHECKING:
    from faltapp.core.shift_checks import FieldProblem
    from faltapp.core.shift_draft import ShiftDraft
    from faltapp.gui.editor.context import EditorContext

_GROUPS = {"date": "when", "start": "when", "end": "when", "kind": "when",
           "area_ids": "areas", "staff_ids": "staff", "partners": "partners",
           "weather": "weather"}
"""Which error label under the fields shows a field's problems."""


class BasicsSection(Section):
    """The shift record's own fields."""

    KEY = "basics"
    SHIFT_FIELDS = frozenset(_GROUPS) | {"status"}
    kind_changed = Signal(str)
    """The kind chosen (the window shows Tätortsvandring only for that kind)."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self._shift_id = ""
        self._extra_partners: tuple[str, ...] = ()
        self.date_edit = DateEdit()
        self.start_edit = TimeEdit()
        self.start_edit.setAccessibleName(self.tr("Start"))
        self.end_edit = TimeEdit()
        self.end_edit.setAccessibleName(self.tr("Slut"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Typ av pass"))
        for term in context.vocab.shift_kinds:
            self.kind_combo.addItem(term_label(term), term.code)
        self.areas = MultiPick()
        self.areas.filter_edit().setAccessibleName(self.tr("Områden: filter"))
        self.areas.list_widget().setAccessibleName(self.tr("Områden"))
        self.areas.set_add_handler(self._add_place)
        self.staff = MultiPick()
        self.staff.filter_edit().setAccessibleName(self.tr("Personal: filter"))
        self.staff.list_widget().setAccessibleName(self.tr("Personal på passet"))
        self.partner_boxes: dict[str, QCheckBox] = {}
        for term in context.vocab.partner_kinds:
            box = QCheckBox(term_label(term))
            box.setAccessibleName(term_label(term))
            self.partner_boxes[term.code] = box
        self.weather_edit = QLineEdit()
        self.weather_edit.setAccessibleName(self.tr("Väder"))
        self.weather_edit.setPlaceholderText(self.tr("Valfritt, t.ex. regn, kallt"))
        self.weather_edit.setCompleter(QCompleter([
            self.tr("Uppehåll"), self.tr("Klart"), self.tr("Mulet"), self.tr("Regn"),
            self.tr("Snö"), self.tr("Blåsigt"), self.tr("Kallt"), self.tr("Varmt"),
            self.tr("Dimma"), self.tr("Halt")], self.weather_edit))
        self.weather_edit.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.errors = {group: ErrorLabel() for group in set(_GROUPS.values())}
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        when = QHBoxLayout()
        for text, widget in ((self.tr("&Datum"), self.date_edit),
                             (self.tr("S&tart"), self.start_edit),
                             (self.tr("S&lut"), self.end_edit),
                             (self.tr("T&yp"), self.kind_combo)):
            label = QLabel(text)
            label.setBuddy(widget.line_edit() if isinstance(widget, DateEdit) else widget)
            when.addWidget(label)
            when.addWidget(widget)
        when.addStretch(1)
        picks = QGridLayout()
        for column, (text, pick, group) in enumerate((
                (self.tr("&Områden (skriv för att filtrera, Enter kryssar)"), self.areas,
                 "areas"),
                (self.tr("Perso&nal på passet"), self.staff, "staff"))):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(pick.filter_edit())
            picks.addWidget(label, 0, column)
            picks.addWidget(pick, 1, column)
            picks.addWidget(self.errors[group], 2, column)
        picks.setRowStretch(1, 1)
        partners = QGridLayout()
        for number, box in enumerate(self.partner_boxes.values()):
            partners.addWidget(box, number // 4, number % 4)
        weather = QHBoxLayout()
        label = QLabel(self.tr("&Väder"))
        label.setBuddy(self.weather_edit)
        weather.addWidget(label)
        weather.addWidget(self.weather_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(when)
        layout.addWidget(self.errors["when"])
        layout.addLayout(picks, 1)
        layout.addWidget(QLabel(self.tr("Samverkanspartner på plats")))
        layout.addLayout(partners)
        layout.addWidget(self.errors["partners"])
        layout.addLayout(weather)
        layout.addWidget(self.errors["weather"])
        order = [self.date_edit.line_edit(), self.start_edit, self.end_edit, self.kind_combo,
                 self.areas.filter_edit(), self.areas.list_widget(), self.staff.filter_edit(),
                 self.staff.list_widget(), *self.partner_boxes.values(), self.weather_edit]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        for signal in (self.date_edit.edited, self.end_edit.edited, self.areas.edited,
                       self.staff.edited, self.weather_edit.textEdited):
            signal.connect(self._edited)
        self.start_edit.edited.connect(self._start_edited)
        self.kind_combo.currentIndexChanged.connect(self._kind_edited)
        for box in self.partner_boxes.values():
            box.toggled.connect(self._edited)

    # -- Section --------------------------------------------------------------------------

    def title(self) -> str:
        """The section's name in the side index."""
        return self.tr("Grunduppgifter")

    def load(self, draft: ShiftDraft) -> None:
        """Show the shift's fields and any unread text of the date and times."""
        shift = draft.shift
        self._loading = True
        try:
            self._shift_id = shift.id
            self.date_edit.set_date(shift.date)
            self.start_edit.set_time(shift.start)
            self.end_edit.set_time(shift.end)
            for name, edit in (("date", self.date_edit), ("start", self.start_edit),
                               ("end", self.end_edit)):
                raw = draft.raw.get(raw_key("shift", shift.id, name))
                if raw is not None:
                    edit.set_raw_text(raw)
            self.end_edit.set_day_start(self.start_edit.time())
            if self.kind_combo.findData(shift.kind) < 0:  # a kind from a newer build: keep it
                self.kind_combo.addItem(self.tr("okänd typ ({code})").format(code=shift.kind),
                                        shift.kind)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(shift.kind))
            places = self.context.active_places() + [
                p for p in self.context.places if not p.active and p.id in shift.area_ids]
            self.areas.set_items([(p.id, p.name) for p in places])
            self.areas.set_checked(shift.area_ids)
            staff = self.context.active_staff() + [
                s for s in self.context.staff if not s.active and s.id in shift.staff_ids]
            self.staff.set_items([(s.id, s.name) for s in staff])
            self.staff.set_checked(shift.staff_ids)
            for code, box in self.partner_boxes.items():
                box.setChecked(code in shift.partners)
            self._extra_partners = tuple(p for p in shift.partners
                                         if p not in self.partner_boxes)
            self.weather_edit.setText(shift.weather)
        finally:
            self._loading = False
        self.show_problems([])

    def collect(self, draft: ShiftDraft) -> None:
        """The fields into ``draft.shift``; a date or time that does not parse keeps the last
        good value and its text goes into ``draft.raw``."""
        shift = draft.shift
        values = {}
        for name, edit in (("date", self.date_edit), ("start", self.start_edit),
                           ("end", self.end_edit)):
            value = edit.date() if name == "date" else edit.time()
            if edit.problem() is not None or value is None:
                draft.raw[raw_key("shift", shift.id, name)] = edit.raw_text()
            else:
                values[name] = value
        partners = tuple(c for c, box in self.partner_boxes.items() if box.isChecked())
        draft.shift = replace(
            shift, **values, kind=self.kind_combo.currentData(),
            area_ids=self.areas.checked(), staff_ids=self.staff.checked(),
            partners=partners + self._extra_partners, weather=self.weather_edit.text())

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem under the row of its field."""
        texts: dict[str, list[str]] = {group: [] for group in self.errors}
        for problem in problems:
            texts[_GROUPS.get(problem.field, "when")].append(problem.message)
        for group, label in self.errors.items():
            if texts[group]:
                label.show_message("\n".join(dict.fromkeys(texts[group])))
            else:
                label.hide()

    def focus_problem(self, problem: FieldProblem) -> None:
        """The cursor into the field of ``problem``."""
        widgets = {"date": self.date_edit.line_edit(), "start": self.start_edit,
                   "end": self.end_edit, "kind": self.kind_combo,
                   "area_ids": self.areas.filter_edit(), "staff_ids": self.staff.filter_edit(),
                   "partners": next(iter(self.partner_boxes.values())),
                   "weather": self.weather_edit}
        widgets.get(problem.field, self.date_edit.line_edit()).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        """Text fields stay selectable; choices are shown but cannot change."""
        for edit in (self.date_edit.line_edit(), self.start_edit, self.end_edit,
                     self.weather_edit):
            edit.setReadOnly(read_only)
        self.areas.set_read_only(read_only)
        self.staff.set_read_only(read_only)
        self.kind_combo.setEnabled(not read_only)
        for box in self.partner_boxes.values():
            box.setEnabled(not read_only or box.isChecked())  # what was there stays readable

    def first_field(self) -> QWidget:
        """The date."""
        return self.date_edit.line_edit()

    # -- behaviour ------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _start_edited(self) -> None:
        self.end_edit.set_day_start(self.start_edit.time())
        self._edited()

    def _kind_edited(self) -> None:
        if not self._loading:
            self.kind_changed.emit(self.kind_combo.currentData())
            self.changed.emit()

    def _add_place(self, name: str) -> tuple[str, str] | None:
        """A place typed that is not in the list is saved at once and ticked."""
        try:
            place = self.context.add_place(name)
        except ValidationError as error:
            self.errors["areas"].show_message(str(error))
            return None
        return place.id, place.name
