"""A whole shift is loaded with its versions and saved in one transaction."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from faltapp.core.entities import Contact, FollowUp, Observation, Place, Shift, Tally
from faltapp.core.problems import ValidationError
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.store.database import Database
from faltapp.store.errors import EditConflict


def _bundle(db: Database) -> ShiftBundle:
    place = db.all(Place)[0]
    shift = Shift(date(2026, 11, 20), time(18), time(23, 30), "kvallspass",
                  area_ids=(place.id,))
    contact = Contact(shift.id, alias="Sara", birth_year=2011, gender="flicka")
    return ShiftBundle(
        shift,
        tallies=(Tally(shift.id, "flicka", "13_15", 9), Tally(shift.id, "pojke", "13_15", 11)),
        contacts=(contact,),
        observations=(Observation(shift.id, datetime(2026, 11, 20, 22, 10), place.id,
                                  "otrygg_samling", people_count=15),),
        follow_ups=(FollowUp("Ring vårdnadshavare", shift_id=shift.id, contact_id=contact.id),),
    )


def test_a_shift_round_trips_with_its_children_and_their_versions(db: Database) -> None:
    bundle = _bundle(db)
    assert db.save_shift(bundle, {}) == 6
    loaded = db.load_shift(bundle.shift.id)
    assert loaded is not None
    assert set(loaded.bundle.tallies) == set(bundle.tallies)
    assert loaded.bundle.contacts == bundle.contacts
    assert loaded.bundle.follow_ups == bundle.follow_ups
    assert len(loaded.bases) == 6
    assert db.shifts.rows([bundle.shift.id])[0].met == 20


def test_a_removed_child_is_deleted_and_an_unchanged_save_writes_nothing(db: Database) -> None:
    bundle = _bundle(db)
    db.save_shift(bundle, {})
    loaded = db.load_shift(bundle.shift.id)
    assert loaded is not None
    history_rows = db.counts()["history"]
    assert db.save_shift(loaded.bundle, loaded.bases) == 0
    assert db.counts()["history"] == history_rows
    fewer = dataclasses.replace(loaded.bundle, tallies=loaded.bundle.tallies[:1])
    assert db.save_shift(fewer, loaded.bases) == 1
    assert len(db.load_shift(bundle.shift.id).bundle.tallies) == 1
    assert db.shifts.rows([bundle.shift.id])[0].met in (9, 11)


def test_one_bad_child_stores_nothing_of_the_shift(db: Database) -> None:
    bundle = _bundle(db)
    bad = dataclasses.replace(bundle, tallies=(Tally(bundle.shift.id, "flicka", "13_15", 3,
                                                     affected_alcohol=5),))
    with pytest.raises(ValidationError, match="Fler påverkade än antalet mötta"):
        db.save_shift(bad, {})
    assert db.load_shift(bundle.shift.id) is None
    assert db.counts()["tally"] == 0


def test_a_child_changed_elsewhere_makes_the_whole_save_a_conflict(db: Database) -> None:
    bundle = _bundle(db)
    db.save_shift(bundle, {})
    loaded = db.load_shift(bundle.shift.id)
    assert loaded is not None
    tally = loaded.bundle.tallies[0]
    db.save(dataclasses.replace(tally, count=12), loaded.bases[("tally", tally.id)])
    edited = dataclasses.replace(
        loaded.bundle, shift=dataclasses.replace(loaded.bundle.shift, summary="Lugnt"),
        tallies=tuple(dataclasses.replace(t, count=t.count + 1) for t in loaded.bundle.tallies))
    with pytest.raises(EditConflict):
        db.save_shift(edited, loaded.bases)
    assert db.get(Shift, bundle.shift.id).summary == ""
