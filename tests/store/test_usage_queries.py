"""Usage counts: what refers to a place or a staff member decides whether it may be deleted."""

from __future__ import annotations

from datetime import date, datetime, time

from faltapp.core.entities import (
    Contact,
    FollowUp,
    Observation,
    Place,
    Shift,
    Staff,
    WalkItem,
)
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.store.database import Database


def _setup(db: Database) -> tuple[Place, Place, Place, Staff, Staff, Staff, ShiftBundle]:
    a, b, unused = db.all(Place)[:3]
    amira, bo, nobody = (Staff(name="Amira Hassan", initials="AH"),
                         Staff(name="Bo Ek", initials="BE"), Staff(name="Cia Ny", initials="CN"))
    for person in (amira, bo, nobody):
        db.save(person)
    shift = Shift(date=date(2026, 11, 20), start=time(18), end=time(23, 30), kind="tatortsvandring",
                  area_ids=(a.id, b.id), staff_ids=(amira.id, bo.id))
    bundle = ShiftBundle(
        shift,
        contacts=(Contact(shift_id=shift.id, alias="K1", place_id=a.id),
                  Contact(shift_id=shift.id, alias="K2")),
        observations=(Observation(shift_id=shift.id, observed_at=datetime(2026, 11, 20, 21, 40),
                                  place_id=a.id, category="ordningsstorning"),),
        follow_ups=(FollowUp(text="Ring skolan", owner_id=amira.id, shift_id=shift.id),),
        walk_items=(WalkItem(shift_id=shift.id, problem="Trasig belysning", place_id=b.id),),
    )
    db.save_shift(bundle, {})
    return a, b, unused, amira, bo, nobody, bundle


def test_a_fresh_database_uses_nothing(db: Database) -> None:
    assert db.usage.place_usage() == {}
    assert db.usage.staff_usage() == {}


def test_every_kind_of_reference_counts_once_per_record(db: Database) -> None:
    a, b, unused, amira, bo, nobody, _ = _setup(db)
    # a: the shift's areas, one contact, one observation; b: the areas and one walk item.
    assert db.usage.place_usage() == {a.id: 3, b.id: 2}
    # Amira: on the shift and owner of the follow-up; Bo: on the shift.
    assert db.usage.staff_usage() == {amira.id: 2, bo.id: 1}
    assert unused.id not in db.usage.place_usage()
    assert nobody.id not in db.usage.staff_usage()


def test_deleted_records_no_longer_count(db: Database) -> None:
    a, *_, bundle = _setup(db)
    observation = bundle.observations[0]
    db.delete(Observation, observation.id, db.meta(Observation, observation.id).version)
    assert db.usage.place_usage()[a.id] == 2

    loaded = db.load_shift(bundle.shift.id)
    db.delete_shift(bundle.shift.id, loaded.bases)
    assert db.usage.place_usage() == {}
    assert db.usage.staff_usage() == {}


def test_a_list_that_is_not_json_counts_as_empty(db: Database) -> None:
    a, b, _, _, _, _, bundle = _setup(db)
    with db.writer.transaction() as txn:  # damage as an old bug or a foreign tool might leave
        txn.conn.execute("UPDATE shift SET area_ids = 'inte json', staff_ids = NULL "
                         "WHERE id = ?", [bundle.shift.id])
    assert db.usage.place_usage() == {a.id: 2, b.id: 1}
    assert db.usage.staff_usage() == {bundle.follow_ups[0].owner_id: 1}
