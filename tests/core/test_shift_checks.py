"""Rules between the records of one shift: affected ≤ met, observations within the shift."""

from __future__ import annotations

from datetime import date, datetime, time

from faltapp.core.entities import Observation, Shift, Tally
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.core.shift_checks import check_bundle, shift_window
from faltapp.core.validation import Context

CTX = Context(category_codes=frozenset({"otrygg_plats"}), today=date(2025, 6, 15))
LATE = Shift(date=date(2025, 3, 14), start=time(21), end=time(2, 15), kind="nattpass")


def test_a_shift_past_midnight_ends_the_next_day() -> None:
    assert shift_window(LATE) == (datetime(2025, 3, 14, 21), datetime(2025, 3, 15, 2, 15))


def observation(at: datetime) -> Observation:
    return Observation(LATE.id, at, "p1", "otrygg_plats")


def test_an_observation_after_midnight_within_the_shift_is_fine() -> None:
    bundle = ShiftBundle(LATE, observations=(observation(datetime(2025, 3, 15, 1, 40)),))
    assert check_bundle(bundle, CTX) == []


def test_an_observation_outside_the_shift_is_named_at_its_time_field() -> None:
    early = observation(datetime(2025, 3, 14, 20, 59))
    problems = check_bundle(ShiftBundle(LATE, observations=(early,)), CTX)
    assert [(p.table, p.record_id, p.field) for p in problems] == [
        ("observation", early.id, "observed_at")]
    assert "20:59" in problems[0].message and "21:00–02:15" in problems[0].message


def test_more_affected_than_met_over_the_whole_grid_is_a_problem() -> None:
    tallies = (Tally(LATE.id, "flicka", "13_15", 2, affected_alcohol=2),
               Tally(LATE.id, "pojke", "13_15", 1, affected_alcohol=1, affected_drugs=1))
    assert check_bundle(ShiftBundle(LATE, tallies), CTX) == []
    too_many = (Tally(LATE.id, "flicka", "13_15", 2, affected_drugs=2),
                Tally(LATE.id, "pojke", "13_15", 0, affected_drugs=1))
    fields = {(p.table, p.field) for p in check_bundle(ShiftBundle(LATE, too_many), CTX)}
    assert ("tally", "affected_drugs") in fields


def test_problems_of_each_record_carry_its_table_and_id() -> None:
    bad = Tally(LATE.id, "flicka", "13_15", -1)
    problems = check_bundle(ShiftBundle(LATE, (bad,)), CTX)
    assert ("tally", bad.id, "count") in {(p.table, p.record_id, p.field) for p in problems}
