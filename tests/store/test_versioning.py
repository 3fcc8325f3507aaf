"""Versions of local saves: bases, history, copies and the clock, deletes and purges, no
unique constraints (issue 5 items 3–5 and 7).

Written from the specification, not from the code: every check is something a user or another
laptop would notice (a lost edit, a version used twice, content that should be gone).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE

from faltapp.core.changes import Changes
from faltapp.core.codec import to_payload
from faltapp.core.digest import content_hash
from faltapp.core.entities import Category, Contact, FollowUp, Observation, Place, Shift, Tally
from faltapp.core.problems import ValidationError
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.store.database import Database
from faltapp.store.errors import DanglingReference, EditConflict, RecordPurged
from faltapp.store.keys import KdfParams
from faltapp.store.merge import ForeignVersion, Outcome

META = {"id", "version", "parent", "changed_at", "changed_by", "deleted"}
SECRET = "Hemlig uppgift om Öyvind"
OTHER_DEVICE = "f" * 32
CHEAP = KdfParams.for_tests()  # reopening keeps the cheap key file (no re-wrap)


def _row(db: Database, table: str, record_id: str) -> dict[str, Any]:
    names = [r[1] for r in db.query(f'PRAGMA table_info("{table}")')]
    values = db.query(f'SELECT * FROM "{table}" WHERE id = ?', [record_id])
    assert len(values) == 1, f"{table} {record_id}: {len(values)} rows"
    return dict(zip(names, values[0], strict=True))


def _shift(**changes: Any) -> Shift:
    return dataclasses.replace(
        Shift(date(2026, 11, 20), time(19), time(23), "kvallspass", summary="Lugnt"), **changes)


def _bundle(db: Database) -> ShiftBundle:
    place = db.all(Place)[0]
    shift = _shift(area_ids=(place.id,))
    contact = Contact(shift.id, alias="Sara", birth_year=2011, gender="flicka")
    return ShiftBundle(
        shift,
        tallies=(Tally(shift.id, "flicka", "13_15", 9), Tally(shift.id, "pojke", "16_17", 4)),
        contacts=(contact,),
        observations=(Observation(shift.id, datetime(2026, 11, 20, 22), place.id,
                                  "otrygg_samling", people_count=8),),
        follow_ups=(FollowUp("Ring skolan", shift_id=shift.id, contact_id=contact.id),),
    )


# -- history rows ----------------------------------------------------------------------------


def test_every_version_has_seq_lamport_device_hash_and_parent(db: Database) -> None:
    shift, place = _shift(), Place(name="Kvarteret")
    first = db.save(shift)
    other = db.save(place)
    second = db.save(dataclasses.replace(shift, summary="Bråk vid kiosken"), first.version)
    tomb = db.delete(Shift, shift.id, second.version)

    arrival = db.query("SELECT id, version FROM history ORDER BY seq")[-4:]
    assert arrival == [(shift.id, first.version), (place.id, other.version),
                       (shift.id, second.version), (shift.id, tomb.version)]
    history = db.history(Shift, shift.id)
    assert [h.parent for h in history] == [None, first.version, second.version]
    lamports = [h.lamport for h in history]
    assert lamports == sorted(set(lamports)), "each local version counts higher"
    for entry in history:
        assert entry.version == f"{entry.lamport}-{entry.device}"
        assert entry.device == db.device_id
        assert entry.hash == content_hash(entry.payload, entry.deleted)
    assert history[2].deleted and history[2].payload == {}


# -- saves over a base -----------------------------------------------------------------------


def test_a_save_over_a_moved_head_is_a_conflict_and_keeps_the_newer_version(
    db: Database,
) -> None:
    shift = _shift()
    first = db.save(shift)
    mine = db.save(dataclasses.replace(shift, summary="Sparad i ett annat fönster"),
                   first.version)
    rows_before = db.counts()["history"]
    with pytest.raises(EditConflict, match="har ändrats någon annanstans"):
        db.save(dataclasses.replace(shift, summary="Gammalt fönster"), first.version)
    with pytest.raises(EditConflict):
        db.save(dataclasses.replace(shift, summary="Som ny"), None)
    assert db.get(Shift, shift.id).summary == "Sparad i ett annat fönster"
    assert db.meta(Shift, shift.id).version == mine.version
    assert db.counts()["history"] == rows_before


def test_a_new_record_saved_with_a_base_is_a_conflict(db: Database) -> None:
    other = db.save(Place(name="Finns"))
    shift = _shift()
    with pytest.raises(EditConflict):
        db.save(shift, other.version)
    assert db.get(Shift, shift.id) is None and db.history(Shift, shift.id) == []


def test_an_unchanged_save_writes_nothing_and_tells_no_one(db: Database) -> None:
    shift = _shift()
    first = db.save(shift)
    heard: list[Changes] = []
    db.subscribe(heard.append)
    rows_before = db.counts()["history"]
    again = db.save(_shift(id=shift.id), first.version)
    assert again.version == first.version
    assert db.counts()["history"] == rows_before
    assert heard == []


def test_a_whole_shift_with_a_removed_child_commits_in_one_transaction(db: Database) -> None:
    bundle = _bundle(db)
    db.save_shift(bundle, {})
    loaded = db.load_shift(bundle.shift.id)
    kept, removed = loaded.bundle.tallies
    heard: list[Changes] = []
    db.subscribe(heard.append)
    new_contact = Contact(bundle.shift.id, alias="Nils", birth_year=2010, gender="pojke")
    written = db.apply(
        saves=[(dataclasses.replace(loaded.bundle.shift, summary="Ändrad"),
                loaded.bases[("shift", bundle.shift.id)]),
               (dataclasses.replace(kept, count=10), loaded.bases[("tally", kept.id)]),
               (new_contact, None)],
        deletes=[(Tally, removed.id, loaded.bases[("tally", removed.id)])])
    assert written == 4
    assert len(heard) == 1, "one transaction, one notice"
    assert heard[0].ids == {"shift": {bundle.shift.id}, "tally": {kept.id, removed.id},
                            "contact": {new_contact.id}}
    again = db.load_shift(bundle.shift.id)
    assert again.bundle.shift.summary == "Ändrad"
    assert [t.count for t in again.bundle.tallies] == [10]
    assert new_contact in again.bundle.contacts


def test_one_invalid_child_stores_nothing_not_even_the_shift_or_a_delete(db: Database) -> None:
    bundle = _bundle(db)
    db.save_shift(bundle, {})
    loaded = db.load_shift(bundle.shift.id)
    removed = loaded.bundle.tallies[1]
    rows_before = db.counts()
    heard: list[Changes] = []
    db.subscribe(heard.append)
    with pytest.raises(ValidationError):
        db.apply(
            saves=[(dataclasses.replace(loaded.bundle.shift, summary="Ska inte sparas"),
                    loaded.bases[("shift", bundle.shift.id)]),
                   (Tally(bundle.shift.id, "flicka", "13_15", 2, affected_drugs=3), None)],
            deletes=[(Tally, removed.id, loaded.bases[("tally", removed.id)])])
    assert db.counts() == rows_before
    assert db.load_shift(bundle.shift.id) == loaded
    assert heard == []

    new_shift = _shift()
    with pytest.raises(ValidationError):
        db.apply([(new_shift, None), (Tally(new_shift.id, "flicka", "13_15", -1), None)])
    assert db.get(Shift, new_shift.id) is None


# -- copies and the clock --------------------------------------------------------------------


def _copy_database(source: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copy2(source, folder / source.name)
    shutil.copy2(source.with_name(source.name + ".key"), folder / (source.name + ".key"))
    return folder / source.name


def _audit(db: Database, action: str) -> list[str]:
    return [r[0] for r in db.query("SELECT detail FROM audit_log WHERE action = ?", [action])]


def test_a_copied_database_gets_a_new_device_and_never_repeats_a_version(
    tmp_path: Path, db_path: Path, db: Database,
) -> None:
    place = Place(name="Delad plats")
    base = db.save(place)
    original_device = db.device_id
    db.close()
    copy_path = _copy_database(db_path, tmp_path / "kopia")
    with Database.open(copy_path, PASSPHRASE, kdf=CHEAP) as copy:
        assert copy.device_id != original_device
        assert len(_audit(copy, "copy")) == 1
        copy_edit = copy.save(dataclasses.replace(place, name="Ändrad i kopian"), base.version)
        copy_history = copy.history(Place, place.id)
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as original:
        assert original.device_id == original_device
        assert _audit(original, "copy") == []
        own_edit = original.save(dataclasses.replace(place, name="Ändrad i originalet"),
                                 base.version)
        assert own_edit.version != copy_edit.version
        incoming = copy_history[-1]
        outcome = original.merge([(Place, ForeignVersion(
            "place", place.id, incoming.version, incoming.parent, incoming.hash,
            incoming.deleted, incoming.payload, incoming.changed_at, incoming.changed_by))])
        assert outcome[Outcome.CONFLICT] == 1
        assert {h.version for h in original.heads(Place, place.id)} == {
            own_edit.version, copy_edit.version}


def test_a_backup_restored_over_the_original_never_repeats_a_version(
    tmp_path: Path, db_path: Path, db: Database,
) -> None:
    place = Place(name="Före säkerhetskopian")
    base = db.save(place)
    db.close()
    backup = _copy_database(db_path, tmp_path / "backup")
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as original:
        issued = original.save(dataclasses.replace(place, name="Exporterad sedan"), base.version)
    for name in (db_path.name, db_path.name + ".key"):  # as `cp backup/* .` restores it
        shutil.copyfile(backup.with_name(name), db_path.with_name(name))
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as restored:
        again = restored.save(dataclasses.replace(place, name="Annat innehåll"), base.version)
    assert again.version != issued.version


def test_a_database_renamed_in_its_folder_keeps_its_device(db_path: Path, db: Database) -> None:
    device = db.device_id
    db.close()
    moved = db_path.with_name("flyttad.db")
    os.rename(db_path, moved)
    os.rename(db_path.with_name(db_path.name + ".key"), moved.with_name("flyttad.db.key"))
    with Database.open(moved, PASSPHRASE, kdf=CHEAP) as again:
        assert again.device_id == device
        assert _audit(again, "copy") == []


@pytest.mark.parametrize("stored", ["1", "abc"])
def test_a_clock_behind_its_history_is_raised_on_open(
    db_path: Path, db: Database, stored: str,
) -> None:
    db.save(Place(name="Några versioner"))
    with db.writer.transaction() as txn:
        txn.conn.execute("UPDATE settings SET value = ? WHERE key = 'lamport'", [stored])
    db.close()
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as again:
        highest = again.query("SELECT max(lamport) FROM history")[0][0]
        assert highest > 1
        assert any("Lamport" in detail for detail in _audit(again, "repair"))
        saved = again.save(Place(name="Efter reparationen"))
        assert int(saved.version.split("-")[0]) > highest


# -- deletes and purges ----------------------------------------------------------------------


def test_a_tombstone_keeps_id_and_meta_and_no_content(db: Database) -> None:
    shift = _shift(summary=SECRET, partners=("polis",))
    first = db.save(shift)
    tomb = db.delete(Shift, shift.id, first.version)
    row = _row(db, "shift", shift.id)
    assert row["version"] == tomb.version and row["parent"] == first.version
    assert row["deleted"] == 1 and row["changed_by"] == db.device_id
    assert {k: v for k, v in row.items() if k not in META and v is not None} == {}
    history = db.history(Shift, shift.id)
    assert history[-1].payload == {}
    assert history[0].payload["summary"] == SECRET, "earlier versions keep their content"
    assert db.get(Shift, shift.id) is None and db.load(Shift, shift.id) is None
    with pytest.raises(EditConflict):
        db.save(shift, None)
    with pytest.raises(EditConflict):
        db.delete(Shift, shift.id, first.version)


def test_a_purge_blanks_every_version_and_no_save_or_merge_brings_it_back(
    db: Database,
) -> None:
    shift = _shift(summary=SECRET)
    first = db.save(shift)
    second = db.save(dataclasses.replace(shift, summary=SECRET + " igen"), first.version)
    before = [(h.version, h.parent, h.hash) for h in db.history(Shift, shift.id)]

    db.purge(Shift, shift.id, "kontakter efter 3 år")

    history = db.history(Shift, shift.id)
    assert [(h.version, h.parent, h.hash) for h in history[:2]] == before
    assert all(h.payload is None and h.purged for h in history)
    stored = db.query("SELECT payload, purged FROM history WHERE id = ?", [shift.id])
    assert stored == [(None, 1)] * len(history)
    row = _row(db, "shift", shift.id)
    assert row["deleted"] == 1
    assert {k: v for k, v in row.items() if k not in META and v is not None} == {}
    assert db.query("SELECT table_name, rule FROM retention_log WHERE id = ?", [shift.id]) == [
        ("shift", "kontakter efter 3 år")]

    with pytest.raises(RecordPurged, match="gallrad"):
        db.save(shift, None)
    with pytest.raises(RecordPurged):
        db.save(shift, db.meta(Shift, shift.id).version)

    payload = {**to_payload(shift), "summary": SECRET + " från en annan dator"}
    late = ForeignVersion("shift", shift.id, f"{history[-1].lamport + 5}-{OTHER_DEVICE}",
                          second.version, content_hash(payload, False), False, payload,
                          "2026-11-21T08:00:00+00:00", OTHER_DEVICE)
    assert db.merge([(Shift, late)])[Outcome.PURGED] == 1
    stored_late = db.history(Shift, shift.id)[-1]
    assert (stored_late.version, stored_late.deleted, stored_late.purged) == (
        late.version, False, True), "an edit stays an edit, only without content"
    assert db.heads(Shift, shift.id)[0].version == db.meta(Shift, shift.id).version
    dump = repr(db.query("SELECT * FROM history WHERE id = ?", [shift.id]))
    dump += repr(_row(db, "shift", shift.id))
    assert "Hemlig" not in dump and "Öyvind" not in dump
    assert db.get(Shift, shift.id) is None
    assert len(db.query("SELECT 1 FROM retention_log")) == 1


# -- no unique constraints; references -------------------------------------------------------


def test_two_categories_with_the_same_code_can_both_be_saved(db: Database) -> None:
    mine, theirs = Category(code="buskorning", name="Buskörning"), Category(
        code="buskorning", name="Buskörning (annan dator)")
    db.save(mine)
    db.save(theirs)
    assert {c.id for c in db.all(Category) if c.code == "buskorning"} == {mine.id, theirs.id}


def test_no_entity_table_has_a_unique_index_besides_its_key(db: Database) -> None:
    from faltapp.core.entities import ENTITY_TYPES

    for cls in ENTITY_TYPES:
        unique = [(name, origin) for _, name, is_unique, origin, _ in
                  db.query(f'PRAGMA index_list("{cls.TABLE}")') if is_unique and origin != "pk"]
        assert unique == [], cls.TABLE


def test_a_reference_to_a_missing_or_deleted_record_names_the_field(db: Database) -> None:
    shift = _shift()
    first = db.save(shift)
    follow_up = FollowUp("Ring", shift_id=shift.id, contact_id="saknas-1")
    with pytest.raises(DanglingReference, match="contact_id") as caught:
        db.save(follow_up)
    assert caught.value.field == "contact_id" and caught.value.target_id == "saknas-1"
    db.delete(Shift, shift.id, first.version)
    with pytest.raises(DanglingReference, match="shift_id"):
        db.save(Tally(shift.id, "pojke", "16_17", 2))
    assert db.counts()["tally"] == 0 and db.counts()["follow_up"] == 0

