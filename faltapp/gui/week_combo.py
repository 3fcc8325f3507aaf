"""The week filter: "Alla veckor", "Denna vecka", "Förra veckan", then every other ISO week
that has shifts, filled on first use.

Reading every week means reading every shift date, which grows with the years of data; the
list is only needed once the user opens or focuses the filter, so start-up does not pay it.
This week and last week are there from the start, with shifts or not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from faltapp.core.weeks import IsoWeek
from faltapp.gui.i18n import format_week


def _short_date(day: date) -> str:
    """E.g. "2 nov" in the Swedish locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


class WeekCombo(QComboBox):
    """A combo box of ISO weeks; ``currentData()`` is ``"2026-W47"`` or None for all weeks.

    ``FIXED`` items come first: all weeks, this week, last week."""

    FIXED = 3

    def __init__(self, load_weeks: Callable[[], list[IsoWeek]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_weeks = load_weeks
        self._stale = True
        self._add_fixed()

    def _add_fixed(self) -> tuple[IsoWeek, IsoWeek]:
        """The three choices that are always there; returns this week and last week."""
        today = date.today()
        this, last = IsoWeek.of(today), IsoWeek.of(today - timedelta(days=7))
        self.addItem(self.tr("Alla veckor"), None)
        self.addItem(self.tr("Denna vecka ({week})").format(week=format_week(this)), str(this))
        self.addItem(self.tr("Förra veckan ({week})").format(week=format_week(last)), str(last))
        return this, last

    def invalidate(self) -> None:
        """The weeks may have changed (a shift was saved); refill on next use."""
        self._stale = True

    def selected_week(self) -> IsoWeek | None:
        """The chosen week, or None for all weeks."""
        data = self.currentData()
        return IsoWeek.parse(data) if data else None

    def ensure_filled(self) -> None:
        """Fill the list now if it is stale, keeping the current choice and not signalling."""
        if not self._stale:
            return
        self._stale = False
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        fixed = self._add_fixed()
        for week in self._load_weeks():
            if week in fixed:
                continue
            label = self.tr("{week} ({first}–{last})").format(
                week=format_week(week),
                first=_short_date(week.monday()), last=_short_date(week.sunday()),
            )
            self.addItem(label, str(week))
        self.setCurrentIndex(max(0, self.findData(current)) if current else 0)
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_filled()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.ensure_filled()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.ensure_filled()
        super().wheelEvent(event)
