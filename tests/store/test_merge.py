"""Merging versions from other laptops, and keeping data this build does not know (issue 5).

Foreign versions are built as an export would carry them (from ``db.history`` entries) or by
hand with a chosen Lamport counter and device. The rule under test is the one in
``docs/architecture.md``: fast-forward, ignore what is known, refuse a clash; of two heads a
tombstone wins, then the higher Lamport counter, then the higher device id — and every database
that has seen the same versions shows the same record, whatever order they came in.
"""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faltapp.core.changes import Changes
from faltapp.core.codec import to_payload
from faltapp.core.digest import content_hash
from faltapp.core.entities import Place, Shift
from faltapp.core.problems import ValidationError
from faltapp.core.versions import LamportClock
from faltapp.store.database import Database
from faltapp.store.errors import DanglingReference, VersionClash
from faltapp.store.keys import KdfParams
from faltapp.store.merge import ForeignVersion, Outcome
from faltapp.store.records import RecordReader

LOW, HIGH = "a" * 32, "b" * 32  # two other laptops; HIGH has the higher device id
AT = "2026-11-21T08:00:00+00:00"


def _foreign(cls: type, record_id: str, lamport: int, device: str, parent: str | None,
             payload: dict[str, Any] | None) -> ForeignVersion:
    deleted = payload is None
    return ForeignVersion(cls.TABLE, record_id, f"{lamport}-{device}", parent,
                          content_hash(payload, deleted), deleted, payload, AT, device)


def _exported(db: Database | RecordReader, cls: type,
              record_id: str) -> list[tuple[type, ForeignVersion]]:
    """Every stored version of a record as another laptop would receive it."""
    return [(cls, ForeignVersion(cls.TABLE, record_id, h.version, h.parent, h.hash, h.deleted,
                                 None if h.deleted else h.payload, h.changed_at, h.changed_by))
            for h in db.history(cls, record_id)]


def _conflicts(db: Database, record_id: str) -> list[tuple[str, str]]:
    return db.query("SELECT winner, loser FROM conflict WHERE id = ? ORDER BY seq", [record_id])


def _lamport(version: str) -> int:
    return int(version.split("-")[0])


@pytest.fixture
def place(db: Database) -> tuple[Place, str]:
    """A place saved locally, and its version."""
    record = Place(name="Resecentrum", area="Centrum")
    return record, db.save(record).version


# -- one version at a time ---------------------------------------------------------------------


def test_a_version_over_the_head_fast_forwards(db: Database, place: tuple[Place, str]) -> None:
    record, base = place
    renamed = dataclasses.replace(record, name="Resecentrum norra")
    incoming = _foreign(Place, record.id, 40, HIGH, base, to_payload(renamed))
    heard: list[Changes] = []
    db.subscribe(heard.append)
    assert db.merge([(Place, incoming)])[Outcome.NEW] == 1
    assert db.load(Place, record.id).entity == renamed
    assert db.meta(Place, record.id).version == incoming.version
    assert [h.version for h in db.heads(Place, record.id)] == [incoming.version]
    assert _conflicts(db, record.id) == []
    assert heard == [Changes({"place": frozenset({record.id})})]
    mine = db.save(dataclasses.replace(renamed, area="Norr"), incoming.version)
    assert _lamport(mine.version) > 40, "a local edit after a merge sorts after what it saw"


def test_a_known_version_changes_nothing(db: Database, place: tuple[Place, str]) -> None:
    record, base = place
    incoming = _foreign(Place, record.id, 7, HIGH, base, to_payload(record) | {"name": "Ny"})
    db.merge([(Place, incoming)])
    before = (db.counts(), db.load(Place, record.id), db.query("SELECT * FROM conflict"))
    heard: list[Changes] = []
    db.subscribe(heard.append)
    again = db.merge([(Place, incoming), *_exported(db, Place, record.id)])
    assert again[Outcome.KNOWN] == 3 and sum(again.values()) == 3
    assert (db.counts(), db.load(Place, record.id), db.query("SELECT * FROM conflict")) == before
    assert heard == []


def test_the_same_version_with_other_content_is_refused_and_nothing_is_merged(
    db: Database, place: tuple[Place, str],
) -> None:
    record, base = place
    clash = _foreign(Place, record.id, _lamport(base), db.device_id, None,
                     to_payload(record) | {"name": "Förfalskad"})
    assert clash.version == base
    newcomer = Place(name="Kommer med samma fil")
    before = db.counts()
    with pytest.raises(VersionClash, match="finns redan med ett annat innehåll"):
        db.merge([(Place, _foreign(Place, newcomer.id, 3, HIGH, None, to_payload(newcomer))),
                  (Place, clash)])
    assert db.counts() == before
    assert db.get(Place, newcomer.id) is None
    assert db.load(Place, record.id).entity == record


@pytest.mark.parametrize("damage", ["hash", "version"])
def test_a_bad_hash_or_version_rolls_the_whole_merge_back(
    db: Database, place: tuple[Place, str], damage: str,
) -> None:
    record, base = place
    good = _foreign(Place, record.id, 9, HIGH, base, to_payload(record) | {"name": "Giltig"})
    bad = _foreign(Place, record.id, 10, HIGH, good.version, to_payload(record))
    bad = (dataclasses.replace(bad, hash="0" * 64) if damage == "hash"
           else dataclasses.replace(bad, version="10-inte-en-enhet"))
    before = db.counts()
    with pytest.raises(ValueError):
        db.merge([(Place, good), (Place, bad)])
    assert db.counts() == before
    assert db.load(Place, record.id).version == base


# -- two heads --------------------------------------------------------------------------------


def test_of_two_edits_the_higher_lamport_counter_wins(
    db: Database, place: tuple[Place, str],
) -> None:
    record, base = place
    mine = db.save(dataclasses.replace(record, name="Min ändring"), base).version
    theirs = _foreign(Place, record.id, _lamport(mine) + 10, LOW, base,
                      to_payload(record) | {"name": "Deras ändring"})
    assert db.merge([(Place, theirs)])[Outcome.CONFLICT] == 1
    assert db.get(Place, record.id).name == "Deras ändring"
    assert _conflicts(db, record.id) == [(theirs.version, mine)]
    assert [h.payload["name"] for h in db.history(Place, record.id)][-2:] == [
        "Min ändring", "Deras ändring"], "the loser stays in history"

    other = Place(name="Torget")
    low_base = db.save(other).version
    mine_too = db.save(dataclasses.replace(other, name="Min"), low_base).version
    older = _foreign(Place, other.id, 1, HIGH, low_base, to_payload(other) | {"name": "Äldre"})
    assert db.merge([(Place, older)])[Outcome.CONFLICT] == 1
    assert db.get(Place, other.id).name == "Min"
    assert _conflicts(db, other.id) == [(mine_too, older.version)]


def test_an_equal_lamport_counter_is_decided_by_the_higher_device_id(
    db: Database, place: tuple[Place, str],
) -> None:
    record, base = place
    low = _foreign(Place, record.id, 50, LOW, base, to_payload(record) | {"name": "Från a"})
    high = _foreign(Place, record.id, 50, HIGH, base, to_payload(record) | {"name": "Från b"})
    twin = Place(name="Tvilling")
    twin_base = db.save(twin).version
    low_twin = _foreign(Place, twin.id, 50, LOW, twin_base, to_payload(twin) | {"name": "a"})
    high_twin = _foreign(Place, twin.id, 50, HIGH, twin_base, to_payload(twin) | {"name": "b"})
    db.merge([(Place, low), (Place, high), (Place, high_twin), (Place, low_twin)])
    assert db.get(Place, record.id).name == "Från b"
    assert db.get(Place, twin.id).name == "b"
    assert _conflicts(db, record.id) == [(high.version, low.version)]
    assert _conflicts(db, twin.id) == [(high_twin.version, low_twin.version)]


def test_a_delete_beats_a_concurrent_edit_whatever_the_counters(
    db: Database, place: tuple[Place, str],
) -> None:
    record, base = place
    edited = db.save(dataclasses.replace(record, name="Ändrad efter mötet"), base).version
    tomb = _foreign(Place, record.id, 2, LOW, base, None)
    assert _lamport(tomb.version) < _lamport(edited)
    assert db.merge([(Place, tomb)])[Outcome.CONFLICT] == 1
    assert db.get(Place, record.id) is None
    assert db.meta(Place, record.id).deleted
    assert _conflicts(db, record.id) == [(tomb.version, edited)]
    assert db.history(Place, record.id)[1].payload["name"] == "Ändrad efter mötet"

    other = Place(name="Kiosken")
    first = db.save(other).version
    my_tomb = db.delete(Place, other.id, first).version
    late_edit = _foreign(Place, other.id, 10_000, HIGH, first,
                         to_payload(other) | {"name": "Redigerad utan att veta"})
    assert db.merge([(Place, late_edit)])[Outcome.CONFLICT] == 1
    assert db.get(Place, other.id) is None
    assert _conflicts(db, other.id) == [(my_tomb, late_edit.version)]
    assert db.history(Place, other.id)[-1].payload["name"] == "Redigerad utan att veta"


# -- convergence ------------------------------------------------------------------------------

SLOTS = [str(uuid.UUID(int=n + 1, version=4)) for n in range(3)]
STEPS = st.lists(st.tuples(st.sampled_from(["edit", "delete", "sync"]), st.integers(0, 1),
                           st.integers(0, len(SLOTS) - 1)), max_size=20)


class _Rollback(Exception):
    """Ends an example: every database returns to its state before it."""


@contextlib.contextmanager
def _scratch(*dbs: Database) -> Iterator[list[RecordReader]]:
    """Open transactions on every database (rolled back at the end); readers that see them.

    Each database's in-memory Lamport clock is reset to its stored value too, so an example
    makes the same versions every time hypothesis runs it.
    """
    with contextlib.suppress(_Rollback), contextlib.ExitStack() as stack:
        for db in dbs:
            stack.enter_context(db.writer.transaction())
            stored = db.writer.conn.execute(
                "SELECT value FROM settings WHERE key = 'lamport'").fetchone()[0]
            db._clock = LamportClock(int(stored))  # the rollback does not reach memory
        yield [RecordReader(lambda db=db: db.writer.conn) for db in dbs]
        raise _Rollback()


def _current(reader: RecordReader, record_id: str) -> tuple[str, bool] | None:
    meta = reader.meta(Place, record_id)
    return (meta.version, meta.deleted) if meta else None


def _rows(db: Database) -> dict[str, Any]:
    conn = db.writer.conn
    return {i: conn.execute("SELECT * FROM place WHERE id = ?", [i]).fetchall() for i in SLOTS}


def _all_versions(reader: RecordReader) -> list[tuple[type, ForeignVersion]]:
    return [item for i in SLOTS for item in _exported(reader, Place, i)]


def _local_step(db: Database, reader: RecordReader, op: str, record_id: str, name: str) -> None:
    head = _current(reader, record_id)
    if op == "delete" and head and not head[1]:
        db.apply(deletes=[(Place, record_id, head[0])])
    elif op == "edit":  # a new record, an edit, or a restore over a tombstone
        db.apply([(Place(name=name, id=record_id), head[0] if head else None)])


@pytest.fixture
def three(tmp_path: Path) -> Iterator[list[Database]]:
    dbs = []
    for name in "abc":
        (tmp_path / name).mkdir()
        dbs.append(Database.create(tmp_path / name / "faltapp.db", PASSPHRASE,
                                   kdf=KdfParams.for_tests()))
    yield dbs
    for db in dbs:
        db.close()


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS, data=st.data())
def test_databases_that_exchange_every_version_show_the_same_records(
    three: list[Database], steps: list[tuple[str, int, int]], data: st.DataObject,
) -> None:
    with _scratch(*three) as readers:
        assert [_current(r, i) for r in readers for i in SLOTS] == [None] * 9, "not rolled back"
        pair = three[:2]
        for number, (op, side, slot) in enumerate(steps):
            if op == "sync":
                pair[1 - side].merge(_all_versions(readers[side]))
            else:
                _local_step(pair[side], readers[side], op, SLOTS[slot], f"Plats {side}-{number}")
        mine, theirs = _all_versions(readers[0]), _all_versions(readers[1])
        three[0].merge(data.draw(st.permutations(theirs), label="b → a"))
        three[1].merge(data.draw(st.permutations(mine), label="a → b"))
        three[2].merge(data.draw(st.permutations(mine + theirs), label="both → c"))
        rows = [_rows(db) for db in three]
        assert rows[0] == rows[1] == rows[2]


def test_a_record_deleted_on_two_laptops_and_restored_on_one_is_restored_on_both(
    three: list[Database],
) -> None:
    # Found by the property above: the restore was a child of one tombstone only, so the
    # other tombstone stayed a head and won on every other laptop, while the restoring one
    # showed the record.
    mine, theirs = three[:2]
    place = Place(name="Fritidsgården")
    first = mine.save(place).version
    theirs.merge(_exported(mine, Place, place.id))
    mine.delete(Place, place.id, first)
    theirs.delete(Place, place.id, first)
    assert theirs.merge(_exported(mine, Place, place.id))[Outcome.CONFLICT] == 1
    restored = dataclasses.replace(place, name="Fritidsgården (återställd)")
    theirs.save(restored, theirs.meta(Place, place.id).version)
    mine.merge(_exported(theirs, Place, place.id))
    theirs.merge(_exported(mine, Place, place.id))
    assert mine.get(Place, place.id) == theirs.get(Place, place.id) == restored
    assert mine.meta(Place, place.id) == theirs.meta(Place, place.id)


# -- data from a newer build ------------------------------------------------------------------


def test_an_unknown_field_and_kind_are_kept_and_carried_into_the_next_version(
    db: Database,
) -> None:
    shift = Shift(date(2026, 11, 20), time(22), time(3), "nattpass", summary="Från en ny version")
    payload = to_payload(shift) | {"kind": "nattvandring_x", "mood": "glad"}
    incoming = _foreign(Shift, shift.id, 12, HIGH, None, payload)
    assert db.merge([(Shift, incoming)])[Outcome.NEW] == 1

    loaded = db.load(Shift, shift.id)
    assert loaded.entity.kind == "nattvandring_x"
    saved = db.save(dataclasses.replace(loaded.entity, summary="Ändrad här"), loaded.version)
    newest = db.history(Shift, shift.id)[-1]
    assert newest.version == saved.version and newest.parent == incoming.version
    assert newest.payload["mood"] == "glad"
    assert newest.payload["kind"] == "nattvandring_x"
    assert newest.payload["summary"] == "Ändrad här"
    assert db.get(Shift, shift.id).kind == "nattvandring_x"

    with pytest.raises(ValidationError, match="nattvandring_x"):
        db.save(Shift(date(2026, 11, 21), time(22), time(3), "nattvandring_x"))


def test_an_unknown_area_is_kept_but_a_new_shift_may_not_name_one(db: Database) -> None:
    known = db.all(Place)[0].id
    unknown = str(uuid.uuid4())
    shift = Shift(date(2026, 11, 20), time(19), time(23), "kvallspass")
    payload = to_payload(shift) | {"area_ids": [known, unknown]}
    incoming = _foreign(Shift, shift.id, 12, HIGH, None, payload)
    db.merge([(Shift, incoming)])

    loaded = db.load(Shift, shift.id)
    assert loaded.entity.area_ids == (known, unknown)
    db.save(dataclasses.replace(loaded.entity, summary="Ändrad här"), loaded.version)
    assert db.get(Shift, shift.id).area_ids == (known, unknown)
    assert db.history(Shift, shift.id)[-1].payload["area_ids"] == [known, unknown]

    with pytest.raises((ValidationError, DanglingReference), match=r"area_ids|Områden"):
        db.save(Shift(date(2026, 11, 21), time(19), time(23), "kvallspass",
                      area_ids=(unknown,)))


def test_a_tombstone_drops_the_unknown_fields_too(db: Database) -> None:
    place = Place(name="Ny sorts plats")
    incoming = _foreign(Place, place.id, 5, HIGH, None,
                        to_payload(place) | {"lighting": "Trasig belysning vid Öster"})
    db.merge([(Place, incoming)])
    assert "Trasig" in repr(db.query("SELECT * FROM place WHERE id = ?", [place.id]))
    db.delete(Place, place.id, incoming.version)
    row = repr(db.query("SELECT * FROM place WHERE id = ?", [place.id]))
    assert "Trasig" not in row and "Ny sorts plats" not in row


def test_a_purged_version_sent_back_without_content_is_recognised(db: Database) -> None:
    place = Place(name="Gallras bort")
    db.save(place)
    db.purge(Place, place.id, "test")
    sent_back = _exported(db, Place, place.id)  # payloads are gone, hashes are kept
    assert all(fv.payload is None for _, fv in sent_back)
    assert db.merge(sent_back)[Outcome.KNOWN] == len(sent_back)
