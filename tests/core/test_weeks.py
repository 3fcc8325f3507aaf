"""ISO weeks as the week filter and the weekly reports count them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from faltapp.core.weeks import IsoWeek


def test_a_week_runs_monday_to_sunday_and_prints_as_iso() -> None:
    week = IsoWeek(2026, 47)
    assert (week.monday(), week.sunday()) == (date(2026, 11, 16), date(2026, 11, 22))
    assert str(week) == "2026-W47"
    assert str(IsoWeek(2026, 3)) == "2026-W03"
    assert str(IsoWeek(987, 3)) == "0987-W03"


@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 12, 31), IsoWeek(2026, 53)),  # 2026 starts on a Thursday: 53 weeks
    (date(2027, 1, 3), IsoWeek(2026, 53)),  # the first Sunday of 2027 is still in 2026-W53
    (date(2027, 1, 4), IsoWeek(2027, 1)),
    (date(2024, 12, 30), IsoWeek(2025, 1)),  # the last Monday of 2024 starts 2025-W01
    (date(2021, 1, 1), IsoWeek(2020, 53)),  # 2020, a leap year from a Wednesday: 53 weeks
    (date(2025, 12, 28), IsoWeek(2025, 52)),
])
def test_days_at_the_turn_of_the_year_belong_to_their_iso_week(day: date, expected: IsoWeek
                                                              ) -> None:
    week = IsoWeek.of(day)
    assert week == expected
    assert week.monday() <= day <= week.sunday()


def test_week_53_spans_the_new_year() -> None:
    week = IsoWeek(2026, 53)
    assert (week.monday(), week.sunday()) == (date(2026, 12, 28), date(2027, 1, 3))


@pytest.mark.parametrize(("year", "week"), [(2025, 53), (2026, 54), (2026, 0), (2026, -1)])
def test_a_week_the_year_does_not_have_is_refused(year: int, week: int) -> None:
    with pytest.raises(ValueError, match=f"År {year} har ingen vecka {week}"):
        IsoWeek(year, week)


@given(st.dates())
def test_every_day_lies_in_its_week_and_the_week_round_trips_through_text(day: date) -> None:
    week = IsoWeek.of(day)
    assert week.monday() <= day <= week.sunday()
    assert (week.sunday() - week.monday()).days == 6
    assert IsoWeek.parse(str(week)) == week


@pytest.mark.parametrize("text", [
    "", "2026", "2026-47", "2026W47", "2026-w47", "2026-W7", "2026-W047", " 2026-W47",
    "2026-W47 ", "2026-W4_7", "2026-W+7", "٢٠٢٦-W47", "26-W47", "2026-W47-1",
])
def test_anything_but_the_iso_text_is_refused_with_a_swedish_message(text: str) -> None:
    with pytest.raises(ValueError, match="ingen vecka; skriv den som 2026-W47"):
        IsoWeek.parse(text)


@pytest.mark.parametrize("text", ["2025-W53", "2026-W00", "2026-W54"])
def test_parse_refuses_a_week_the_year_does_not_have(text: str) -> None:
    with pytest.raises(ValueError, match="har ingen vecka"):
        IsoWeek.parse(text)
