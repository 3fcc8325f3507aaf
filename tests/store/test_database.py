"""The encrypted, versioned store: create, open, refuse, round trip, history."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from datetime import date, datetime, time
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot

from faltapp.core.entities import (
    Category,
    Contact,
    FollowUp,
    Observation,
    Place,
    Shift,
    Staff,
    Tally,
)
from faltapp.core.validation import ValidationError
from faltapp.store import schema, schema_state
from faltapp.store.database import Database
from faltapp.store.errors import (
    DanglingReference,
    DatabaseExists,
    FolderMissing,
    FolderNotWritable,
    NewerDatabase,
    NotADatabase,
)
from faltapp.store.keys import KdfParams, WrongPassphrase
from faltapp.store.lock import DatabaseInUse

ALIAS = "Zakarias-Ö7"


def _one_of_each(db: Database) -> list[object]:
    place = db.all(Place)[0]
    staff = Staff(name="Amira Hassan", initials="AH")
    shift = Shift(
        date=date(2026, 11, 20),
        start=time(21),
        end=time(2),
        kind="nattpass",
        area_ids=(place.id,),
        staff_ids=(staff.id,),
        partners=("polis",),
        summary="Lugn kväll vid Resecentrum.\nInga incidenter.",
    )
    contact = Contact(
        shift_id=shift.id,
        alias=ALIAS,
        birth_year=2010,
        gender="pojke",
        place_id=place.id,
        actions=("samtal", "concern_talk"),
        note="Pratade om skolan",
    )
    return [
        staff,
        Category(code="ny_kategori", name="Ny kategori"),
        shift,
        Tally(shift_id=shift.id, gender="flicka", age_band="13_15", count=7, affected_alcohol=1),
        contact,
        Observation(
            shift_id=shift.id,
            observed_at=datetime(2026, 11, 21, 0, 30),
            place_id=place.id,
            category="otrygg_samling",
            severity=2,
            people_count=12,
            description="Grupp vid busshållplatsen",
            forwarded_to=("polis",),
        ),
        FollowUp(
            text="Ring skolkuratorn",
            due=date(2026, 11, 27),
            owner_id=staff.id,
            shift_id=shift.id,
            contact_id=contact.id,
        ),
    ]


def test_new_database_has_every_migration_and_the_default_lists(db: Database) -> None:
    assert schema_state.applied_names(db.writer.conn) == schema.known_migrations()
    assert schema_state.pending_names(db.writer.conn) == []
    assert {c.code for c in db.all(Category)} >= {"skadegorelse", "paverkade", "trygg_plats"}
    assert "Stortorget" in {p.name for p in db.all(Place)}


def test_every_entity_round_trips_through_close_and_reopen(db_path: Path, db: Database) -> None:
    records = _one_of_each(db)
    db.save_many(records)
    db.close()
    with Database.open(db_path, PASSPHRASE) as reopened:
        for record in records:
            assert reopened.get(type(record), record.id) == record


def test_every_change_is_kept_in_history_with_its_parent(db: Database) -> None:
    shift = _one_of_each(db)[2]
    db.save_many(_one_of_each(db)[:1])
    bare = dataclasses.replace(shift, staff_ids=())
    first = db.save(bare)
    second = db.save(dataclasses.replace(bare, summary="Ändrad sammanfattning"), first.version)
    tomb = db.delete(Shift, bare.id, second.version)
    history = db.history(Shift, bare.id)
    assert [h.version for h in history] == [first.version, second.version, tomb.version]
    assert [h.parent for h in history] == [None, first.version, second.version]
    assert history[1].payload["summary"] == "Ändrad sammanfattning"
    assert history[2].deleted and db.get(Shift, bare.id) is None
    assert history[2].payload == {}, "a tombstone carries no content"
    assert [h.seq for h in history] == sorted(h.seq for h in history)
    assert db.meta(Shift, bare.id).deleted


def test_versions_keep_rising_after_reopen(db_path: Path, db: Database) -> None:
    place = Place(name="Testplatsen")
    before = db.save(place)
    db.close()
    with Database.open(db_path, PASSPHRASE) as reopened:
        after = reopened.save(dataclasses.replace(place, name="Testplatsen 2"), before.version)
    assert int(after.version.split("-")[0]) > int(before.version.split("-")[0])
    assert after.parent == before.version


def test_one_invalid_record_stores_none_of_the_batch(db: Database) -> None:
    good = Place(name="Bra plats")
    bad = Place(name="")
    with pytest.raises(ValidationError, match="Platsens namn måste fyllas i"):
        db.save_many([good, bad])
    assert db.get(Place, good.id) is None


def test_references_to_missing_rows_are_refused(db: Database) -> None:
    orphan = Tally(
        shift_id="00000000-0000-4000-8000-000000000000", gender="pojke", age_band="16_17", count=3
    )
    with pytest.raises(DanglingReference, match="shift_id hänvisar till shift 0000") as caught:
        db.save(orphan)
    assert caught.value.field == "shift_id"
    unknown_area = Shift(
        date=date(2026, 11, 20),
        start=time(19),
        end=time(23),
        kind="kvallspass",
        area_ids=("no-such-place",),
    )
    with pytest.raises(DanglingReference, match="area_ids hänvisar till place no-such-place"):
        db.save(unknown_area)


def test_unknown_category_is_refused(db: Database) -> None:
    shift = Shift(date=date(2026, 11, 20), start=time(19), end=time(23), kind="kvallspass")
    db.save(shift)
    observation = Observation(
        shift_id=shift.id,
        observed_at=datetime(2026, 11, 20, 20),
        place_id=db.all(Place)[0].id,
        category="finns_inte",
    )
    with pytest.raises(ValidationError, match="Okänd kategori"):
        db.save(observation)


def test_file_holds_no_plaintext_of_place_names_or_aliases(db_path: Path, db: Database) -> None:
    db.save_many(_one_of_each(db))
    db.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.iterdir() if p.is_file())
    for secret in ("Stortorget", ALIAS, "Amira Hassan", "Pratade om skolan"):
        assert secret.encode("utf-8") not in raw
        assert secret.encode("utf-16-le") not in raw
    assert not raw.startswith(b"SQLite format 3")


def test_wrong_passphrase_is_refused_and_nothing_changes(db_path: Path, db: Database) -> None:
    db.close()
    before = snapshot(db_path.parent)
    with pytest.raises(WrongPassphrase, match="Fel lösenfras"):
        Database.open(db_path, "inte rätt")
    assert snapshot(db_path.parent) == before


def test_newer_database_is_refused_before_anything_is_written(db_path: Path, db: Database) -> None:
    with db.writer.transaction() as txn:
        txn.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [schema.MIGRATION_SET, "9999_from_the_future", "2030-01-01"])
    db.close()
    before = snapshot(db_path.parent)
    with pytest.raises(NewerDatabase, match="nyare version av faltapp"):
        Database.open(db_path, PASSPHRASE)
    assert snapshot(db_path.parent) == before


def test_second_process_is_refused_with_a_clear_message(db_path: Path, db: Database) -> None:
    script = textwrap.dedent(f"""
        import sys
        from faltapp.store.database import Database
        from faltapp.store.errors import StoreError
        try:
            Database.open({str(db_path)!r}, {PASSPHRASE!r})
        except StoreError as exc:
            print(exc); sys.exit(3)
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3
    assert "används redan" in result.stdout
    db.close()
    with Database.open(db_path, PASSPHRASE) as again:
        assert again.counts()["place"] > 0


def test_same_process_second_open_is_refused(db_path: Path, db: Database) -> None:
    with pytest.raises(DatabaseInUse):
        Database.open(db_path, PASSPHRASE)


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, this is a text file\n" * 40, bytes(range(256)) * 64],
    ids=["empty", "text", "binary"],
)
def test_foreign_or_corrupt_file_is_refused_and_left_alone(
    tmp_path: Path, db_path: Path, db: Database, content: bytes
) -> None:
    db.close()
    foreign = tmp_path / "other.db"
    foreign.write_bytes(content)
    (tmp_path / "other.db.key").write_bytes((tmp_path / "faltapp.db.key").read_bytes())
    before = snapshot(tmp_path)
    with pytest.raises(NotADatabase, match="inte en faltapp-databas"):
        Database.open(foreign, PASSPHRASE)
    assert snapshot(tmp_path) == before


def test_database_with_someone_elses_key_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for name in ("a", "b"):
        Database.create(tmp_path / name / "x.db", PASSPHRASE, kdf=KdfParams.for_tests()).close()
    swapped = (tmp_path / "b" / "x.db.key").read_bytes()
    (tmp_path / "a" / "x.db.key").write_bytes(swapped)
    with pytest.raises(NotADatabase):
        Database.open(tmp_path / "a" / "x.db", PASSPHRASE)


def test_create_refuses_missing_folder_and_existing_file(tmp_path: Path) -> None:
    with pytest.raises(FolderMissing, match="finns inte"):
        Database.create(tmp_path / "nope" / "x.db", PASSPHRASE, kdf=KdfParams.for_tests())
    existing = tmp_path / "x.db"
    existing.write_text("mina anteckningar")
    with pytest.raises(DatabaseExists):
        Database.create(existing, PASSPHRASE, kdf=KdfParams.for_tests())
    assert existing.read_text() == "mina anteckningar"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.db"]


def test_read_only_folder_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root in CI, where permission bits do not stop writes; simulate the check.
    monkeypatch.setattr("faltapp.store.opening.os.access", lambda *_a: False)
    with pytest.raises(FolderNotWritable, match="skrivskyddad"):
        Database.create(tmp_path / "x.db", PASSPHRASE, kdf=KdfParams.for_tests())
    assert list(tmp_path.iterdir()) == []


def test_sqlite_utils_sees_sqlcipher_errors(db: Database) -> None:
    from faltapp.store.connection import sqlite_utils_over

    utils = sqlite_utils_over(db.writer.conn)
    utils["no_such_table"].drop(ignore=True)
    utils["scratch"].insert({"id": 1, "name": "x"}, pk="id")
    utils["scratch"].drop(ignore=True)
    assert not utils["scratch"].exists()


def test_shift_list_queries_filter_by_iso_week_newest_first(db: Database) -> None:
    from faltapp.core.weeks import IsoWeek

    def shift(day: date, start: int) -> Shift:
        return Shift(date=day, start=time(start), end=time(23), kind="kvallspass")

    sunday, monday, later = (
        shift(date(2026, 11, 22), 18),
        shift(date(2026, 11, 23), 19),
        shift(date(2026, 11, 23), 20),
    )
    db.save_many([sunday, monday, later])
    assert db.shifts.ids() == [later.id, monday.id, sunday.id]
    assert db.shifts.ids(IsoWeek(2026, 48)) == [later.id, monday.id]
    assert db.shifts.ids(IsoWeek(2026, 47)) == [sunday.id]
    assert db.shifts.weeks() == [IsoWeek(2026, 48), IsoWeek(2026, 47)]


def test_records_of_several_shifts_interleaved_are_saved_in_order(db: Database) -> None:
    records: list[object] = []
    for day in range(1, 4):
        shift = Shift(date=date(2026, 11, day), start=time(19), end=time(23), kind="kvallspass")
        records += [shift, Tally(shift_id=shift.id, gender="flicka", age_band="16_17", count=day)]
    db.save_many(records)
    assert [r.met for r in db.shifts.rows(db.shifts.ids())] == [3, 2, 1]


def test_start_up_list_of_migrations_matches_the_registered_ones() -> None:
    from faltapp.store import schema_state

    assert list(schema_state.KNOWN_MIGRATIONS) == schema.known_migrations()
    assert schema.migrations.name == schema_state.MIGRATION_SET
