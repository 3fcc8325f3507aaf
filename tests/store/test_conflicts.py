"""Resolving a conflict (issue 8 item 5): the leader sees both versions, takes one whole or
picks per field, and the result is one new version whose parents are both heads — so every
laptop that imports it shows one record again, whatever order the versions arrive in."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE

from faltapp.core.codec import to_payload
from faltapp.core.conflict_fields import combine, field_pairs
from faltapp.core.digest import content_hash
from faltapp.core.entities import Place
from faltapp.store.conflicts import ConflictGone
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams
from faltapp.store.merge import ForeignVersion, Outcome

OTHER = "f" * 32  # another laptop, with the higher device id
AT = "2026-11-21T08:00:00+00:00"


def foreign(record_id: str, version: str, parent: str | None,
            payload: dict[str, Any] | None, parent2: str | None = None) -> ForeignVersion:
    deleted = payload is None
    return ForeignVersion(Place.TABLE, record_id, version, parent, content_hash(payload, deleted),
                          deleted, payload, AT, OTHER, parent2)


def exported(db: Database, record_id: str) -> list[tuple[type, ForeignVersion]]:
    """Every version of a place as another laptop would receive it."""
    return [(Place, ForeignVersion(Place.TABLE, record_id, h.version, h.parent, h.hash,
                                   h.deleted, None if h.deleted else h.payload, h.changed_at,
                                   h.changed_by, h.parent2))
            for h in db.history(Place, record_id)]


@pytest.fixture
def conflicted(db: Database) -> tuple[Place, str]:
    """A place edited here (name) and, concurrently, on another laptop (area)."""
    place = Place(name="Resecentrum", area="Centrum")
    base = db.save(place).version
    db.save(dataclasses.replace(place, name="Resecentrum norra"), base=base)
    theirs = to_payload(dataclasses.replace(place, area="Norr"))
    assert db.merge([(Place, foreign(place.id, f"900-{OTHER}", base, theirs))])[
        Outcome.CONFLICT] == 1
    return place, base


def test_an_open_conflict_shows_both_versions_field_by_field(
        db: Database, conflicted: tuple[Place, str]) -> None:
    place, _ = conflicted
    [conflict] = db.conflicts.open()
    assert (conflict.table, conflict.id) == ("place", place.id)
    assert conflict.winner.version == f"900-{OTHER}"  # the higher counter wins
    differing = {p.name: (p.winner, p.loser) for p in
                 field_pairs(conflict.winner.payload, conflict.loser.payload) if not p.same}
    assert differing == {"name": ("Resecentrum", "Resecentrum norra"),
                         "area": ("Norr", "Centrum")}


def test_picking_per_field_writes_one_version_after_both_heads(
        db: Database, conflicted: tuple[Place, str]) -> None:
    place, _ = conflicted
    [conflict] = db.conflicts.open()
    chosen = combine(conflict.winner.payload, conflict.loser.payload, {"name": "loser"})
    version = db.conflicts.resolve(conflict, chosen, "fält för fält")
    assert db.get(Place, place.id) == dataclasses.replace(place, name="Resecentrum norra",
                                                          area="Norr")
    assert [h.version for h in db.heads(Place, place.id)] == [version]
    newest = db.history(Place, place.id)[-1]
    assert (newest.parent, newest.parent2) == (conflict.winner.version, conflict.loser.version)
    assert db.conflicts.open() == []
    assert db.query("SELECT resolution FROM conflict WHERE id = ?", [place.id]) == [
        ("fält för fält",)]


def test_a_resolution_already_made_elsewhere_is_not_made_twice(
        db: Database, conflicted: tuple[Place, str]) -> None:
    [conflict] = db.conflicts.open()
    db.conflicts.resolve(conflict, conflict.winner.payload, "vinnaren")
    with pytest.raises(ConflictGone, match="redan löst"):
        db.conflicts.resolve(conflict, conflict.loser.payload, "den andra")


def test_the_resolution_travels_and_every_laptop_ends_with_one_head(
        db: Database, conflicted: tuple[Place, str], tmp_path: Path) -> None:
    place, _ = conflicted
    [conflict] = db.conflicts.open()
    db.conflicts.resolve(conflict, conflict.loser.payload, "den andra")
    everything = exported(db, place.id)
    for order in (everything, list(reversed(everything))):
        other = Database.create(tmp_path / f"other{len(list(tmp_path.iterdir()))}.db",
                                PASSPHRASE, kdf=KdfParams.for_tests())
        try:
            for item in order:  # one version per import, in this order
                other.merge([item])
            assert other.get(Place, place.id) == db.get(Place, place.id)
            assert [h.version for h in other.heads(Place, place.id)] == \
                [h.version for h in db.heads(Place, place.id)]
        finally:
            other.close()


def test_keeping_a_deletion_resolves_to_a_deleted_record(
        db: Database, conflicted: tuple[Place, str]) -> None:
    place, _ = conflicted
    [conflict] = db.conflicts.open()
    db.conflicts.resolve(conflict, None, "borttagen")
    assert db.get(Place, place.id) is None
    assert db.meta(Place, place.id).deleted


def test_a_pick_of_a_field_neither_version_has_is_refused() -> None:
    with pytest.raises(ValueError, match="okänt fält"):
        combine({"name": "a"}, {"name": "b"}, {"colour": "loser"})


def test_a_resolution_that_arrives_from_another_laptop_closes_the_conflict_here(
        db: Database, conflicted: tuple[Place, str], tmp_path: Path) -> None:
    place, _ = conflicted
    other = Database.create(tmp_path / "leader.db", PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        other.merge(exported(db, place.id))
        [theirs] = other.conflicts.open()
        other.conflicts.resolve(theirs, theirs.loser.payload, "den andra")
        db.merge(exported(other, place.id))
    finally:
        other.close()
    assert db.conflicts.open() == []
    assert len(db.heads(Place, place.id)) == 1
