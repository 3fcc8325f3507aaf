"""Time bands of the week report, the change against last week, and the previous ISO week."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from faltapp.core.report_figures import DayFigures, Totals, WeekFigures, previous_week
from faltapp.core.time_bands import LABELS, band_of
from faltapp.core.weeks import IsoWeek

FRIDAY = date(2026, 11, 20)


@pytest.mark.parametrize(("at", "band"), [
    (datetime(2026, 11, 20, 9, 0), "före 17"),
    (datetime(2026, 11, 20, 16, 59), "före 17"),
    (datetime(2026, 11, 20, 17, 0), "17–19"),
    (datetime(2026, 11, 20, 18, 59), "17–19"),
    (datetime(2026, 11, 20, 19, 0), "19–21"),
    (datetime(2026, 11, 20, 22, 59), "21–23"),
    (datetime(2026, 11, 20, 23, 0), "23–01"),
    (datetime(2026, 11, 21, 0, 30), "23–01"),  # after a Friday shift: still Friday's 23–01
    (datetime(2026, 11, 21, 0, 59), "23–01"),
    (datetime(2026, 11, 21, 1, 0), "01–"),
    (datetime(2026, 11, 21, 4, 30), "01–"),
    (datetime(2026, 11, 19, 23, 0), "före 17"),  # before the shift's date: nothing late
])
def test_bands_count_hours_from_the_shifts_own_date(at: datetime, band: str) -> None:
    assert band_of(FRIDAY, at) == band


def test_bands_read_in_the_order_of_the_evening() -> None:
    assert LABELS == ("före 17", "17–19", "19–21", "21–23", "23–01", "01–")


def test_change_is_this_week_minus_last() -> None:
    this = Totals(shifts=5, met=40, concern_talks=1, overdue_follow_ups=2)
    last = Totals(shifts=7, met=30, concern_talks=1)
    figures = WeekFigures(IsoWeek(2026, 47), FRIDAY, this, last,
                          tuple(DayFigures(FRIDAY) for _ in range(7)))
    assert figures.change == Totals(shifts=-2, met=10, overdue_follow_ups=2)
    assert not figures.is_empty
    assert WeekFigures(IsoWeek(2026, 47), FRIDAY, Totals(), last, ()).is_empty


@pytest.mark.parametrize(("week", "before"), [
    (IsoWeek(2026, 47), IsoWeek(2026, 46)),
    (IsoWeek(2026, 1), IsoWeek(2025, 52)),
    (IsoWeek(2021, 1), IsoWeek(2020, 53)),
])
def test_previous_week_crosses_the_year(week: IsoWeek, before: IsoWeek) -> None:
    assert previous_week(week) == before
