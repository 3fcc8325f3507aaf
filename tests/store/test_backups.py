"""Backups beside the database and restoring one (issue 8 items 3 and 7).

A backup is a whole encrypted copy with a sidecar that lists it without opening anything;
writes go on while it is made; cancelling leaves nothing; rotation keeps what the policy says;
a restore brings back exactly the old records, backs up the current state first, refuses a
damaged backup with one sentence and the database untouched, and a kill at any file-system
step leaves the old database or the restored one, never a mix and never the old state lost.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot

from faltapp.core.entities import Category, Place, Staff
from faltapp.core.jobs import Progress, run_to_end
from faltapp.demo import DemoSpec, generate
from faltapp.store import backups
from faltapp.store.backups import BackupInfo, BackupUnusable, backup_job, list_backups
from faltapp.store.connection import connect
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams, WrongPassphrase
from faltapp.store.lock import DatabaseInUse
from faltapp.store.restore import restore_job

CHEAP = KdfParams.for_tests()


def state(db: Database) -> dict[str, object]:
    """Everything a user could notice: every current record of every table, and history."""
    from faltapp.core.entities import TYPE_BY_TABLE

    tables = {t: sorted(json.dumps(asdict(e), default=str, sort_keys=True) for e in db.all(cls))
              for t, cls in TYPE_BY_TABLE.items()}
    versions = db.query("SELECT table_name, id, version, hash FROM history ORDER BY 1, 2, 3")
    return {"tables": tables, "history": versions}


def make_backup(db: Database, reason: str = "manual", **options: int) -> tuple[Path, list]:
    steps: list[Progress] = []
    path = run_to_end(backup_job(db, reason, **options), steps.append)
    return path, steps


@pytest.fixture
def demo(db: Database) -> Database:
    """A database with two workers' month of demo shifts (a few hundred pages)."""
    records = generate(DemoSpec(workers=2, years=1, seed=3), db.all(Place), db.all(Category))
    db.save_many(r for _, r in zip(range(3000), records, strict=False))
    return db


def test_a_backup_is_an_encrypted_copy_listed_with_its_counts(demo: Database) -> None:
    path, steps = make_backup(demo, step_pages=64)
    assert path.parent == demo.path.with_name("faltapp.db.backups")
    assert backups._NAME.fullmatch(path.name) and path.name.endswith("-manual.db")
    assert len(steps) > 3 and steps[-1].done == steps[-1].total
    assert b"SQLite format 3" not in path.read_bytes()[:64]  # encrypted
    [info] = list_backups(demo.path)
    counts = demo.counts()
    assert info.path == path and info.reason == "manual" and info.label == "manuell"
    assert {t: info.counts[t] for t in ("shift", "tally", "contact", "place", "history")} == {
        t: counts[t] for t in ("shift", "tally", "contact", "place", "history")}
    assert counts["shift"] > 50
    assert "0005_sync" in info.migrations
    assert abs(info.made_at - datetime.now(UTC)) < timedelta(minutes=1)
    copy = connect(path, demo._key)
    try:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM shift WHERE deleted = 0").fetchone()[0] == \
            counts["shift"]
    finally:
        copy.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, path.name + ".json"]


def test_saves_go_on_while_a_backup_is_made_and_it_holds_a_consistent_state(
        demo: Database) -> None:
    saved: list[str] = []
    stop = threading.Event()

    def keep_saving() -> None:
        while not stop.is_set():
            place = Place(f"Plats {len(saved)}", area="Norr")
            demo.save(place)
            saved.append(place.id)

    writer = threading.Thread(target=keep_saving)
    before = demo.counts()["place"]
    writer.start()
    try:
        path, steps = make_backup(demo, step_pages=4)
    finally:
        stop.set()
        writer.join()
    assert len(steps) > 20
    assert saved, "no save got in while the backup ran"
    copy = connect(path, demo._key)
    try:
        in_copy = {r[0] for r in copy.execute("SELECT id FROM place WHERE deleted = 0")}
        history = {r[0] for r in copy.execute(
            "SELECT id FROM history WHERE table_name = 'place'")}
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    assert len(in_copy) >= before
    assert in_copy - {p.id for p in demo.all(Place)} == set()
    assert in_copy <= history  # every row came with its version: one committed state
    assert list_backups(demo.path)[0].counts["place"] == len(in_copy)


def test_a_cancelled_backup_leaves_no_file(demo: Database) -> None:
    job = backup_job(demo, "manual", step_pages=8)
    for _ in range(3):
        next(job)
    job.close()
    folder = backups.folder_for(demo.path)
    assert list(folder.iterdir()) == []
    assert list_backups(demo.path) == []
    demo.save(Place("Efter avbrottet"))  # the writer was given back


def test_a_full_or_read_only_folder_is_one_sentence(db: Database) -> None:
    folder = backups.folder_for(db.path)
    folder.write_text("not a folder")
    with pytest.raises(backups.BackupNotWritten) as caught:
        run_to_end(backup_job(db, "manual"))
    assert str(caught.value).startswith("Säkerhetskopian kunde inte skrivas i ")
    assert str(caught.value).endswith("Databasen är orörd.")


def fake_backup(db_path: Path, made_at: datetime, reason: str) -> Path:
    folder = backups.folder_for(db_path)
    folder.mkdir(exist_ok=True)
    path = folder / f"{made_at.strftime('%Y-%m-%dT%H%M%SZ')}-{reason}.db"
    path.write_bytes(b"x")
    sidecar = {"format": "faltapp-backup", "version": 1, "made_at": made_at.isoformat(),
               "reason": reason, "counts": {"shift": 1}, "migrations": [], "sha256": None}
    path.with_name(path.name + ".json").write_text(json.dumps(sidecar))
    return path


def test_rotation_keeps_ten_of_each_reason_and_one_a_day_for_thirty_days(
        tmp_path: Path) -> None:
    db_path = tmp_path / "faltapp.db"
    now = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
    imports = [fake_backup(db_path, now - timedelta(hours=h), "import") for h in range(15)]
    daily = [fake_backup(db_path, now - timedelta(days=d, minutes=30), "manual")
             for d in range(1, 45)]
    removed = backups.rotate(db_path, now)
    kept = {i.path for i in list_backups(db_path)}
    # the 10 newest imports (all of 4 Dec, 17:00 back to 03:00); of the daily manual ones,
    # those made in the last 30 days (day 30 is 30 days and 30 minutes old)
    assert kept == set(imports[:10]) | set(daily[:29])
    assert set(removed) == set(imports[10:]) | set(daily[29:])
    assert not any(p.exists() or p.with_name(p.name + ".json").exists() for p in removed)


def test_a_backup_without_sidecar_is_listed_by_its_name(tmp_path: Path) -> None:
    db_path = tmp_path / "faltapp.db"
    path = fake_backup(db_path, datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "import")
    path.with_name(path.name + ".json").write_text("{broken")
    [info] = list_backups(db_path)
    assert (info.made_at, info.reason, info.counts, info.label) == (
        datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "import", None, "före import")


# -- restore ----------------------------------------------------------------------------------


def restore(db_path: Path, info: BackupInfo | Path, passphrase: str = PASSPHRASE):
    return run_to_end(restore_job(db_path, passphrase, info))


def test_restore_brings_back_exactly_the_old_records_and_keeps_the_replaced_state(
        db: Database, db_path: Path) -> None:
    anna = Staff("Anna Berg", initials="AB")
    db.save(anna)
    old_place = Place("Gamla torget")
    old_version = db.save(old_place).version
    path, _ = make_backup(db)
    before = state(db)
    old_device = db.device_id
    db.save(Place("Ny plats efter kopian"))
    db.save(Staff("Anna Berg-Lind", initials="AB", id=anna.id), db.load(Staff, anna.id).version)
    db.delete(Place, old_place.id, old_version)
    after = state(db)
    db.close()

    result = restore(db_path, list_backups(db_path)[-1])
    assert result.restored.path == path and result.previous is not None
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as back:
        assert state(back) == before
        audit = back.query("SELECT action, detail FROM audit_log ORDER BY rowid")
        assert any(a == "restore" and path.name in d for a, d in audit)
        # the same device, whose next version comes after every one the replaced file made
        assert back.device_id == old_device
        highest = max(int(v.split("-")[0]) for _, _, v, _ in after["history"])
        fresh = back.save(Place("Efter återställningen")).version
        assert int(fresh.split("-")[0]) > highest
        assert fresh not in {v for _, _, v, _ in after["history"]}
    # the replaced state is itself a backup, and restoring it undoes the restore
    assert list_backups(db_path)[0].path == result.previous
    assert list_backups(db_path)[0].reason == "restore"
    restore(db_path, result.previous)
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as again:
        assert state(again) == after


def test_a_restore_does_not_replay_the_old_databases_wal(
        db: Database, db_path: Path) -> None:
    """A process killed with committed writes only in the WAL: those are kept in the backup of
    the current state, and never applied to the restored file."""
    path, _ = make_backup(db)
    before = state(db)
    db.close()
    pid = os.fork()
    if pid == 0:  # the child writes, then dies without checkpointing
        opened = Database.open(db_path, PASSPHRASE, kdf=CHEAP)
        opened.writer.conn.execute("PRAGMA wal_autocheckpoint = 0")
        for n in range(30):
            opened.save(Place(f"Bara i WAL {n}"))
        os._exit(0)
    os.waitpid(pid, 0)
    assert db_path.with_name("faltapp.db-wal").stat().st_size > 0
    result = restore(db_path, path)
    assert not db_path.with_name("faltapp.db-wal").exists()
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as back:
        assert state(back) == before
    restore(db_path, result.previous)
    with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as again:
        assert {f"Bara i WAL {n}" for n in range(30)} <= {p.name for p in again.all(Place)}


def damage(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["flipped byte", "flipped byte, no sidecar", "truncated",
                                 "first page, no sidecar", "missing"])
def test_a_damaged_backup_is_refused_and_the_database_is_untouched(
        db: Database, db_path: Path, how: str) -> None:
    path, _ = make_backup(db)
    size = path.stat().st_size
    listed = backups.read_info(path)  # as a list shown before the file went away
    if how == "missing":
        path.unlink()
    elif how == "truncated":
        os.truncate(path, size // 2)
    else:
        damage(path, 100 if how.startswith("first page") else size - 3000)
    if "no sidecar" in how:
        path.with_name(path.name + ".json").unlink()
    info = backups.read_info(path) if how != "missing" else listed
    db.close()
    files, kept = snapshot(db_path.parent), snapshot(backups.folder_for(db_path))
    with pytest.raises(BackupUnusable) as caught:
        restore(db_path, info)
    message = str(caught.value)
    assert message.startswith(f"Säkerhetskopian {path.name} ")
    assert message.endswith("Databasen är orörd.")
    expected = {"missing": "finns inte längre", "first page, no sidecar": "databasens nyckel"}
    assert expected.get(how, "är skadad och kan inte återställas") in message
    assert snapshot(db_path.parent) == files
    assert snapshot(backups.folder_for(db_path)) == kept


def test_a_wrong_passphrase_or_an_open_database_changes_nothing(
        db: Database, db_path: Path) -> None:
    path, _ = make_backup(db)
    with pytest.raises(DatabaseInUse):
        restore(db_path, path)
    db.close()
    files = snapshot(db_path.parent)
    with pytest.raises(WrongPassphrase):
        restore(db_path, path, "fel lösenfras")
    assert snapshot(db_path.parent) == files


def test_a_backup_from_before_a_rekey_is_refused(db: Database, db_path: Path) -> None:
    path, _ = make_backup(db)
    db.rekey(PASSPHRASE)
    db.close()
    with pytest.raises(BackupUnusable, match="före ett nyckelbyte"):
        restore(db_path, path)


# -- a kill at every file-system step ---------------------------------------------------------

STEPS = ("fsync", "link", "rename", "replace", "unlink")


def _restore_pausing_at(db_path: Path, backup: Path, step: int, beacon: Callable) -> None:
    calls = 0

    def pausing(real: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            nonlocal calls
            calls += 1
            if calls == step:
                beacon(b"!")
                time.sleep(60)
            return real(*args, **kwargs)

        return call

    for name in STEPS:
        setattr(os, name, pausing(getattr(os, name)))
    restore(db_path, backup)
    beacon(b".")
    time.sleep(60)


def _kill_at(db_path: Path, backup: Path, step: int) -> bool:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_fd)
            _restore_pausing_at(db_path, backup, step,
                                lambda b: os.write(write_fd, b) and None)
        finally:
            os._exit(1)
    os.close(write_fd)
    try:
        first = os.read(read_fd, 1)
        os.kill(pid, signal.SIGKILL)
    finally:
        os.close(read_fd)
        os.waitpid(pid, 0)
    assert first in (b"!", b"."), f"the child failed at step {step}"
    return first == b"!"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX fork and SIGKILL")
def test_a_restore_killed_at_any_step_leaves_the_old_database_or_the_restored_one(
        tmp_path: Path) -> None:
    step = 0
    while True:
        step += 1
        assert step < 60, "a restore should not take this many steps"
        folder = tmp_path / f"step-{step}"
        folder.mkdir()
        db_path = folder / "faltapp.db"
        with Database.create(db_path, PASSPHRASE, kdf=CHEAP) as db:
            db.save(Place("Före kopian"))
            backup, _ = make_backup(db)
            old = state(db)
            db.save(Place("Efter kopian"))
            current = state(db)
        if not _kill_at(db_path, backup, step):
            break
        with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as after:
            found = state(after)
        assert found in (old, current), f"a mix after a kill at step {step}"
        saved = [i for i in list_backups(db_path) if i.reason == "restore"]
        if found == old:  # restored: the replaced state must be in a backup
            assert saved, f"the state before the restore was lost at step {step}"
            restore(db_path, saved[0])
            with Database.open(db_path, PASSPHRASE, kdf=CHEAP) as undone:
                assert state(undone) == current
        backups.remove_stale_files(db_path)
        assert not [p for p in folder.rglob(".*") if "partial" in p.name or "restoring"
                    in p.name], f"temp files left at step {step}"
    assert step > 6, "the kills covered the backup, the checkpoint and the rename"
