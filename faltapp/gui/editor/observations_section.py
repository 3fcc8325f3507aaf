"""Iakttagelser: what was seen, where and when, in an EST category; sorted by time.

A typed time is placed within the shift: on a shift that crosses midnight, a time at or
before the start is the next day ("00:40 (+1)"). A time outside the shift gets the message
of ``core.shift_checks`` next to the field. The category takes a digit (1 Skadegörelse, …)
and the cursor moves on to the severity by itself; the description offers the category's
usual cases ("mi" + Enter → "Misstänkt droghantering"); "forwarded to" is one field where a
letter ticks its box (P Polis, F Kommunens felanmälan, …).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from faltapp.core.entities import Observation, Shift
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.core.shift_checks import check_bundle
from faltapp.gui.editor.item_list import ItemListSection
from faltapp.gui.editor.item_parts import (
    CodeCombo,
    DigitCombo,
    FormRead,
    place_picker,
    read_place,
    show_place,
)
from faltapp.gui.inputs.count_spin import CountSpin
from faltapp.gui.inputs.key_checks import KeyChecks
from faltapp.gui.inputs.suggest_text import SuggestText, split_cases
from faltapp.gui.inputs.time_edit import TimeEdit
from faltapp.gui.labels import category_description, category_label, term_label

if TYPE_CHECKING:
    from faltapp.gui.editor.context import EditorContext


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


class CategoryCombo(DigitCombo):
    """A :class:`DigitCombo` that moves the cursor on to the next field once a digit chose."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit picks its entry and moves on; other keys as in a combo box."""
        text = event.text()
        chosen = (len(text) == 1 and text in "123456789" and int(text) <= self.count()
                  and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        super().keyPressEvent(event)
        if chosen:
            self.focusNextChild()


class ObservationsSection(ItemListSection):
    """The observations of the shift: list (by time) above, the selected one's form below."""

    KEY: ClassVar[str] = "observations"
    TABLES: ClassVar[frozenset[str]] = frozenset({"observation"})
    DRAFT_LIST: ClassVar[str] = "observations"

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        self._shift = Shift(date=date.today(), start=time(18), end=time(23), kind="kvallspass")
        super().__init__(context, parent)

    def title(self) -> str:
        """The name in the side index."""
        return self.tr("Iakttagelser")

    def add_text(self) -> str:
        """Text of the add button."""
        return self.tr("&Ny iakttagelse")

    def empty_text(self) -> str:
        """Shown while the shift has no observations."""
        return self.tr("Inga iakttagelser på det här passet. Alt+N lägger till en.")

    def headers(self) -> list[str]:
        """Columns of the list."""
        return [self.tr("Tid"), self.tr("Plats"), self.tr("Kategori"), self.tr("Beskrivning")]

    def cells(self, record: Any) -> list[str]:
        """One line per observation."""
        return [self._time_text(record.observed_at), self.context.place_name(record.place_id),
                self._category_name(record.category), record.description]

    def sort_key(self, record: Any) -> Any:
        """Observations are listed by time."""
        return record.observed_at

    def new_record(self) -> Any:
        """A blank observation at the time of the last one (or the shift's start)."""
        last = max((r.observed_at for r in self.records), default=None)
        at = last or datetime.combine(self._shift.date, self._shift.start)
        return Observation(shift_id="", observed_at=at, place_id="", category="")

    def describe(self, record: Any) -> str:
        """The question before removing an observation."""
        return self.tr("Ta bort iakttagelsen klockan {time} ({category})?").format(
            time=record.observed_at.strftime("%H:%M"),
            category=self._category_name(record.category) or "?")

    def set_shift_times(self, on: date, start: time, end: time) -> None:
        """The shift's day and times: typed times are placed within them."""
        old = self._shift
        self._shift = replace(old, date=on, start=start, end=end)
        self.time.set_day_start(start if end <= start else None)
        if old.date != on or old.start != start:
            self.records[:] = [replace(r, observed_at=self._place_time(r.observed_at.time()))
                               for r in self.records]
            self.records.sort(key=self.sort_key)
            self.model.refresh()
            self._show_current()

    def build_form(self) -> None:
        """Time, place, category, severity, people; description, forwarded to."""
        vocab = self.context.vocab
        self.time = TimeEdit()
        self.place = place_picker(self.context)
        self.category = CategoryCombo()
        self.category.set_items([(c.code, category_label(c))
                                 for c in self.context.categories if c.active])
        self.category.setToolTip(self.tr("Tryck siffran för kategorin"))
        self.category.edited.connect(self._offer_cases)
        self.severity = CodeCombo()
        self.severity.set_terms(vocab.severities)
        self.people = CountSpin()
        self.description = SuggestText()
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.description.setToolTip(self.tr("Börja skriva ett vanligt fall för kategorin: "
                                            "Enter tar förslaget"))
        self.forwarded = KeyChecks(((t.code, term_label(t, mnemonic=True))
                                    for t in vocab.forward_targets),
                                   columns=2)

        self.add_field("observed_at", self.tr("Klockan"), self.time)
        self.add_field("place_id", self.tr("Plats"), self.place)
        self.add_field("category", self.tr("Kategori"), self.category)
        self.add_field("severity", self.tr("Allvarlighet"), self.severity)
        self.add_field("people_count", self.tr("Antal personer"), self.people)
        self.add_field("description", self.tr("Beskrivning"), self.description, column="right")
        self.add_field("forwarded_to", self.tr("Vidarebefordrat till"), self.forwarded,
                       column="right", focus=self.forwarded.focus_widget(),
                       tab=self.forwarded.tab_widgets())
        for signal in (self.time.edited, self.place.edited, self.category.edited,
                       self.severity.edited, self.people.edited, self.forwarded.edited,
                       self.description.textChanged):
            signal.connect(self.edited)

    def show_record(self, record: Any, raw: dict[str, str]) -> None:
        """Fill the form from an observation (unread time or place from ``raw``)."""
        self.time.set_time(record.observed_at.time())
        if "observed_at" in raw:
            self.time.set_raw_text(raw["observed_at"])
        show_place(self.place, self.context, record.place_id or None, raw.get("place_id"))
        self.category.set_code(record.category)
        self._offer_cases()
        self.severity.set_code(str(record.severity))
        self.people.setValue(record.people_count)
        self.forwarded.set_checked(record.forwarded_to)
        if self.description.toPlainText() != record.description:
            self.description.setPlainText(record.description)

    def read_form(self, record: Any) -> FormRead:
        """The observation as the form holds it; an unread time stays raw."""
        raw: dict[str, str] = {}
        problems: dict[str, str] = {}
        observed_at = record.observed_at
        typed = self.time.time()
        if self.time.problem() is not None or typed is None:
            raw["observed_at"] = self.time.raw_text()
            problems["observed_at"] = self.time.problem() or self.tr("Skriv klockslaget.")
        else:
            observed_at = self._place_time(typed)
        place_id = read_place(self.place, record.place_id, raw, problems) or ""
        if self.people.problem():
            problems["people_count"] = self.people.problem() or ""
        severity = self.severity.code()
        updated = replace(
            record, observed_at=observed_at, place_id=place_id,
            category=self.category.code(),
            severity=int(severity) if severity.isdigit() else record.severity,
            people_count=self.people.value(), forwarded_to=self.forwarded.checked(),
            description=self.description.toPlainText())
        return FormRead(updated, raw, problems)

    def live_problems(self, read: FormRead) -> dict[str, str]:
        """The record's own rules, the shift's time window, a place and a category chosen."""
        bundle = ShiftBundle(self._shift, observations=(read.record,))
        found = [p for p in check_bundle(bundle, self.check_context())
                 if p.table == "observation"]
        problems = {p.field: p.message for p in reversed(found)}
        if not read.record.place_id:
            problems["place_id"] = self.tr("Välj en plats.")
        if not read.record.category:
            problems["category"] = self.tr("Välj en kategori (tryck siffran).")
        problems.update(read.problems)
        return problems

    def _offer_cases(self) -> None:
        """The description offers the usual cases of the category chosen."""
        code = self.category.code()
        category = next((c for c in self.context.categories if c.code == code), None)
        cases = category_description(category) if category else ""
        self.description.set_suggestions(split_cases(cases))
        self.description.setPlaceholderText(
            self.tr("Till exempel: {cases}").format(cases=cases) if cases else "")

    def _place_time(self, t: time) -> datetime:
        """``t`` on the shift's day, or the next day when the shift crosses midnight and
        ``t`` is at or before its start."""
        shift = self._shift
        at = datetime.combine(shift.date, t)
        if shift.end <= shift.start and t < shift.start:
            after_end, before_start = _minutes(t) - _minutes(shift.end), \
                _minutes(shift.start) - _minutes(t)
            if after_end <= 0 or after_end < before_start:
                at += timedelta(days=1)
        return at

    def _time_text(self, at: datetime) -> str:
        text = at.strftime("%H:%M")
        return f"{text} (+1)" if at.date() > self._shift.date else text

    def _category_name(self, code: str) -> str:
        category = next((c for c in self.context.categories if c.code == code), None)
        return category_label(category) if category else code
