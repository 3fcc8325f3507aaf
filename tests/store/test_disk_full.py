"""A disk that fills in the middle of a save: one clear Swedish sentence, the whole save rolled
back, everything saved before intact, and the next save works once there is room again.

The full disk is SQLite's own: ``PRAGMA max_page_count`` at the file's current size makes the
next write that needs a new page fail with SQLITE_FULL, exactly as a full file system does.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from faltapp.core.entities import Contact, Place, Shift
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.store.database import Database
from faltapp.store.errors import DiskFull


def fill_up(db: Database) -> int:
    pages = db.writer.conn.execute("PRAGMA page_count").fetchone()[0]
    db.writer.conn.execute(f"PRAGMA max_page_count = {pages}")
    return pages


def big_shift(db: Database, day: int) -> ShiftBundle:
    place = sorted(db.all(Place), key=lambda p: p.id)[0]
    shift = Shift(date(2026, 11, day), time(18), time(23), "kvallspass", area_ids=(place.id,),
                  summary="Lång sammanfattning. " * 180)
    contacts = tuple(Contact(shift.id, f"Kontakt {n}", 2009, "flicka", place.id,
                             note="Anteckning " * 90) for n in range(20))
    return ShiftBundle(shift, contacts=contacts)


def test_a_full_disk_is_one_sentence_and_the_save_is_all_or_nothing(db: Database) -> None:
    earlier = big_shift(db, 10)
    db.save_shift(earlier, {})
    before = db.counts()
    pages = fill_up(db)
    with pytest.raises(DiskFull) as caught:
        db.save_shift(big_shift(db, 11), {})
    assert str(caught.value).startswith("Disken där databasen ligger")
    assert db.counts() == before
    assert db.get(Shift, earlier.shift.id).summary == earlier.shift.summary
    assert len([c for c in db.all(Contact) if c.shift_id == earlier.shift.id]) == 20
    db.writer.conn.execute(f"PRAGMA max_page_count = {pages * 100}")
    db.save_shift(big_shift(db, 12), {})
    assert db.counts()["shift"] == before["shift"] + 1
    assert db.query("PRAGMA integrity_check")[0][0] == "ok"


def test_a_full_disk_during_an_editor_draft_is_the_same_sentence(db: Database) -> None:
    fill_up(db)
    with pytest.raises(DiskFull):
        db.drafts.put("b2c1a0d4-0000-4000-8000-000000000000", "x" * 200_000)
    assert db.drafts.get("b2c1a0d4-0000-4000-8000-000000000000") is None
