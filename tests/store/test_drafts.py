"""Editor drafts in the encrypted database: put, replace, list, drop, and dropped by a save."""

from __future__ import annotations

from datetime import date, time

import pytest

from faltapp.core.entities import Shift, Tally
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.store.database import Database


def a_shift() -> Shift:
    return Shift(date=date(2025, 3, 14), start=time(18), end=time(23, 30), kind="kvallspass")


def test_a_draft_is_stored_replaced_and_listed(db: Database) -> None:
    db.drafts.put("s-1", '{"summary": "Lugnt"}')
    db.drafts.put("s-1", '{"summary": "Lugnt på torget"}')
    db.drafts.put("s-2", "{}")
    assert db.drafts.get("s-1") == '{"summary": "Lugnt på torget"}'
    assert {d.shift_id for d in db.drafts.waiting()} == {"s-1", "s-2"}
    db.drafts.discard("s-2")
    assert db.drafts.get("s-2") is None
    assert [d.shift_id for d in db.drafts.waiting()] == ["s-1"]


def test_a_draft_survives_closing_and_reopening(db_path, db: Database) -> None:
    from tests.conftest import PASSPHRASE

    db.drafts.put("s-1", '{"summary": "Skrivet före strömavbrottet"}')
    db.close()
    with Database.open(db_path, PASSPHRASE) as again:
        assert again.drafts.get("s-1") == '{"summary": "Skrivet före strömavbrottet"}'


def test_saving_the_shift_drops_its_draft_in_the_same_transaction(db: Database) -> None:
    shift = a_shift()
    db.drafts.put(shift.id, '{"x": 1}')
    seen: list[set[str]] = []
    db.subscribe(lambda changes: seen.append(set(changes.tables)))
    db.save_shift(ShiftBundle(shift, (Tally(shift.id, "flicka", "13_15", 9),)), {})
    assert db.drafts.get(shift.id) is None
    assert seen == [{"shift", "tally", "editor_draft"}]  # one commit, one notification


def test_a_failed_save_keeps_the_draft(db: Database) -> None:
    from faltapp.core.problems import ValidationError

    shift = a_shift()
    db.drafts.put(shift.id, '{"x": 1}')
    bad = Tally(shift.id, "flicka", "13_15", count=-1)
    with pytest.raises(ValidationError):
        db.save_shift(ShiftBundle(shift, (bad,)), {})
    assert db.drafts.get(shift.id) == '{"x": 1}'


def test_deleting_a_shift_tombstones_its_children_and_drops_the_draft(db: Database) -> None:
    shift = a_shift()
    db.save_shift(ShiftBundle(shift, (Tally(shift.id, "pojke", "16_17", 6),)), {})
    loaded = db.load_shift(shift.id)
    assert loaded is not None
    db.drafts.put(shift.id, "{}")
    assert db.delete_shift(shift.id, loaded.bases) == 2
    assert db.load_shift(shift.id) is None
    assert db.all(Tally) == []
    assert db.drafts.get(shift.id) is None


def test_an_absurdly_large_draft_is_refused(db: Database) -> None:
    with pytest.raises(ValueError):
        db.drafts.put("s-1", "x" * 4_000_001)
    assert db.drafts.get("s-1") is None
