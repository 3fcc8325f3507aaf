"""Typed times and dates are read strictly: a typing mistake is refused, never another value."""

from __future__ import annotations

from datetime import date, time

import pytest

from faltapp.core.time_text import (
    TimeTextError,
    format_shift_time,
    improbable_date,
    parse_date,
    parse_time,
)

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("typed", "meant"), [
    ("21:30", time(21, 30)), ("21.30", time(21, 30)), ("21,30", time(21, 30)),
    ("2130", time(21, 30)), ("930", time(9, 30)), ("0930", time(9, 30)), ("9:05", time(9, 5)),
    ("21", time(21)), ("9", time(9)), ("0", time(0)), ("00", time(0)), ("00:00", time(0)),
    ("24:00", time(0)), ("2400", time(0)), (" 18:00 ", time(18)), ("23:59", time(23, 59)),
])
def test_a_time_typed_in_any_usual_way_is_read(typed: str, meant: time) -> None:
    assert parse_time(typed) == meant


def test_an_empty_time_is_no_time() -> None:
    assert parse_time("") is None
    assert parse_time("   ") is None


@pytest.mark.parametrize(("typed", "code"), [
    ("2530", "hour"), ("9999", "hour"), ("25", "hour"), ("24:30", "hour"), ("99", "hour"),
    ("21:75", "minute"), ("2160", "minute"), ("abc", "time_format"), ("1:2:3", "time_format"),
    ("21:3", "time_format"), ("12345", "time_format"), ("-5", "time_format"),
    ("21:30:00", "time_format"), ("kl 9", "time_format"),
])
def test_a_mistyped_time_is_refused_with_a_reason(typed: str, code: str) -> None:
    with pytest.raises(TimeTextError) as caught:
        parse_time(typed)
    assert caught.value.code == code
    assert f"«{typed}»" in str(caught.value)  # the message quotes what was typed


def test_the_refusal_says_what_to_type_in_swedish() -> None:
    with pytest.raises(TimeTextError, match="timmen måste vara 0–23"):
        parse_time("2530")
    with pytest.raises(TimeTextError, match=r"Skriv t\.ex\. 21:30"):
        parse_time("abc")


@pytest.mark.parametrize(("typed", "meant"), [
    ("2025-03-14", date(2025, 3, 14)), ("2025-3-4", date(2025, 3, 4)),
    ("20250314", date(2025, 3, 14)), ("14/3", date(2026, 3, 14)), ("14.3", date(2026, 3, 14)),
    ("14.3.", date(2026, 3, 14)), ("14/3 2025", date(2025, 3, 14)),
    ("14/3/2025", date(2025, 3, 14)), ("14.3.2025", date(2025, 3, 14)),
    ("14.3.25", date(2025, 3, 14)), ("idag", TODAY), ("i dag", TODAY), ("Today", TODAY),
    ("igår", date(2026, 11, 24)), ("yesterday", date(2026, 11, 24)),
    ("26/11", date(2026, 11, 26)),  # tomorrow is still this year
    ("27/11", date(2025, 11, 27)),  # further ahead: the shift was last year
])
def test_a_date_typed_in_any_usual_way_is_read(typed: str, meant: date) -> None:
    assert parse_date(typed, TODAY) == meant


def test_a_date_without_year_around_new_year_is_the_one_just_past() -> None:
    assert parse_date("30/12", date(2027, 1, 2)) == date(2026, 12, 30)
    assert parse_date("29/2", date(2026, 3, 1)) == date(2024, 2, 29)


@pytest.mark.parametrize(("typed", "code"), [
    ("31/4", "no_such_date"), ("2025-02-30", "no_such_date"), ("1/13", "no_such_date"),
    ("20251399", "no_such_date"), ("0/0", "no_such_date"), ("x", "date_format"),
    ("14 mars", "date_format"), ("2025/03/14", "date_format"), ("imorgon", "date_format"),
])
def test_a_mistyped_date_is_refused(typed: str, code: str) -> None:
    with pytest.raises(TimeTextError) as caught:
        parse_date(typed, TODAY)
    assert caught.value.code == code
    assert parse_date("", TODAY) is None


def test_an_end_after_midnight_is_shown_as_the_next_day() -> None:
    assert format_shift_time(time(2, 15), time(18)) == "02:15 (+1)"
    assert format_shift_time(time(23, 30), time(18)) == "23:30"
    assert format_shift_time(time(21, 30), None) == "21:30"
    assert format_shift_time(time(0, 0), time(18)) == "00:00 (+1)"
    assert format_shift_time(time(18), time(18)) == "18:00"  # the start itself is not tomorrow


def test_dates_far_ahead_or_long_ago_are_improbable() -> None:
    assert not improbable_date(TODAY, TODAY)
    assert not improbable_date(date(2026, 11, 26), TODAY)
    assert improbable_date(date(2026, 11, 27), TODAY)
    assert improbable_date(date(2027, 3, 14), TODAY)
    assert not improbable_date(date(2026, 8, 27), TODAY)  # 90 days ago
    assert improbable_date(date(2026, 8, 26), TODAY)
