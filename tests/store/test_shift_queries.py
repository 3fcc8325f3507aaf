"""The shift list's rows: staff on the shift, and ids this laptop does not know."""

from __future__ import annotations

from datetime import date, time

from faltapp.core.entities import Place, Shift, Staff
from faltapp.store.database import Database


def test_rows_name_the_staff_by_initials_or_name(db: Database) -> None:
    anna = Staff(name="Anna Berg", initials="AB")
    bo = Staff(name="Bo Ek")
    place = db.all(Place)[0]
    shift = Shift(date=date(2026, 3, 13), start=time(18), end=time(2, 15), kind="kvallspass",
                  area_ids=(place.id,), staff_ids=(anna.id, bo.id))
    db.save_many([anna, bo, shift])
    row = db.shifts.rows([shift.id])[0]
    assert row.staff_names == ("AB", "Bo Ek")
    assert row.area_names == (place.name,)
    assert (row.start, row.end) == ("18:00", "02:15")


def test_unknown_places_and_staff_come_as_none(db: Database) -> None:
    shift = Shift(date=date(2026, 3, 13), start=time(18), end=time(22), kind="kvallspass")
    db.save(shift)
    db.writer.conn.execute("UPDATE shift SET area_ids = ?, staff_ids = ? WHERE id = ?",
                           ['["nowhere"]', '["nobody"]', shift.id])
    row = db.shifts.rows([shift.id])[0]
    assert row.area_names == (None,) and row.staff_names == (None,)


def test_prefetched_ids_and_rows_are_served_once_and_dropped_by_a_commit(db: Database) -> None:
    """The unlock worker reads the list's first page; the window gets it without a query,
    and never a stale one: a commit in between drops it."""
    first = Shift(date=date(2025, 3, 14), start=time(18), end=time(23), kind="kvallspass")
    db.save(first)
    db.subscribe(db.shifts.forget_prefetched)
    db.shifts.prefetch(10)
    reader, db.shifts._db = db.shifts._db, None  # any query now would fail
    assert db.shifts.ids() == [first.id]
    assert [r.id for r in db.shifts.rows([first.id])] == [first.id]
    db.shifts._db = reader
    db.shifts.prefetch(10)
    second = Shift(date=date(2025, 3, 15), start=time(18), end=time(23), kind="kvallspass")
    db.save(second)
    assert db.shifts.ids() == [second.id, first.id]  # read again, not the prefetched list
