"""Restoring one of the backups of ``store/backups.py`` in place of the (closed) database.

Restoring (the database closed, this module takes its lock) verifies the backup (SHA-256
against the sidecar, then it must open with the key file and the passphrase and pass
``quick_check``) on a staged copy beside the database, backs up the current database (a
damaged one is copied byte for byte), checkpoints it so its WAL is empty, removes WAL and SHM,
and renames the staged copy over the database (the commit point; the key file stays). A kill
before that rename leaves the old database whole, after it the restored one; the old state is
in the backups either way. The restored file stays the same device: the replaced database's
device id, keys, team, export counter and Lamport clock are carried into it
(``store/restore_identity.py``); only a replaced database that does not open carries nothing,
and the restored file then takes a new device id at its next open (``store/identity.py``).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.store import keys, schema_state
from faltapp.store.atomic_file import fsync_dir
from faltapp.store.backups import (
    ACTIVE_TEMPS,
    STAMP,
    STEP_PAGES,
    BackupInfo,
    BackupNotWritten,
    BackupUnusable,
    Turns,
    companion,
    folder_for,
    fsync_and_hash,
    make_backup,
    publish,
    read_info,
    remove_files,
    remove_stale_files,
)
from faltapp.store.connection import Connection, DatabaseError, connect
from faltapp.store.errors import NotADatabase
from faltapp.store.identity import AUDIT_SQL
from faltapp.store.lock import DatabaseLock
from faltapp.store.restore_identity import carry_identity


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup put in place, and where the replaced state went."""

    restored: BackupInfo
    previous: Path | None



def restore_job(db_path: Path, passphrase: str, backup: BackupInfo | Path) -> Job[RestoreResult]:
    """Put ``backup`` in place of the (closed) database at ``db_path``; see the module docstring.

    Raises :class:`WrongPassphrase`, :class:`BackupUnusable` (nothing changed) or
    ``DatabaseInUse`` when the database is open. Cancelling before the last step changes
    nothing but may leave the backup of the current state.
    """
    db_path = Path(db_path).absolute()
    info = backup if isinstance(backup, BackupInfo) else read_info(Path(backup))
    if info is None or not info.path.is_file():
        raise BackupUnusable(Path(backup if isinstance(backup, Path) else backup.path), "missing")
    with DatabaseLock(db_path):
        key = keys.unwrap_key(keys.read_key_file(keys.key_path_for(db_path)), passphrase)
        remove_stale_files(db_path)
        yield Progress(0, 3, text("Kontrollerar säkerhetskopian…"))
        staged = db_path.with_name(f".{db_path.name}.restoring-{os.urandom(6).hex()}")
        ACTIVE_TEMPS.add(staged)
        try:
            _stage(info, staged, key, db_path)
            yield Progress(1, 3, text("Sparar den nuvarande databasen…"))
            previous = yield from _save_current(db_path, key)
            for suffix in ("-wal", "-shm"):  # the WAL is empty now, or saved with the old file
                remove_files(companion(db_path, suffix))
            os.replace(staged, db_path)
            fsync_dir(db_path.parent)
        finally:
            remove_files(staged, companion(staged, "-journal"), companion(staged, "-wal"))
            ACTIVE_TEMPS.discard(staged)
        yield Progress(3, 3)
    return RestoreResult(info, previous)


def _stage(info: BackupInfo, staged: Path, key: bytes, db_path: Path) -> None:
    """Copy the backup beside the database, prove it whole under ``key``, keep the device."""
    if info.sha256 is not None and fsync_and_hash(info.path) != info.sha256:
        raise BackupUnusable(info.path, "damaged")
    shutil.copyfile(info.path, staged)
    wal = companion(info.path, "-wal")  # a damaged database saved byte for byte
    if wal.is_file():
        shutil.copyfile(wal, companion(staged, "-wal"))
    try:
        conn = connect(staged, key)
    except NotADatabase:
        raise BackupUnusable(info.path, "key") from None
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok" or not \
                schema_state.is_faltapp_database(conn):
            raise BackupUnusable(info.path, "damaged")
        if schema_state.unknown_applied(conn):
            raise BackupUnusable(info.path, "newer")
        conn.execute("PRAGMA journal_mode = DELETE")
        device = conn.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
        conn.execute(AUDIT_SQL, [datetime.now(UTC).isoformat(), device[0] if device else "",
                                 "restore", f"Återställd från säkerhetskopian {info.path.name} "
                                            f"({info.made_at.isoformat()}, {info.reason})."])
        _carry_from_current(db_path, conn, staged, key)
    except DatabaseError:
        raise BackupUnusable(info.path, "damaged") from None
    finally:
        conn.close()
    fsync_and_hash(staged)


def _carry_from_current(db_path: Path, staged_conn: Connection, staged: Path,
                        key: bytes) -> None:
    """The replaced database's device id, keys and counters into the staged copy, if it opens."""
    if not db_path.exists():
        return
    try:
        current = connect(db_path, key)
    except NotADatabase:
        return
    try:
        carry_identity(current, staged_conn, staged, db_path)
    finally:
        current.close()


def _save_current(db_path: Path, key: bytes) -> Job[Path | None]:
    """Back up the database about to be replaced; checkpoint it so its WAL is empty."""
    if not db_path.exists():
        return None
    try:
        conn = connect(db_path, key)
    except NotADatabase:
        return _copy_damaged(db_path)
    try:
        saved = yield from make_backup(lambda: conn, db_path, key, "restore",
                                   lambda: Turns(None), STEP_PAGES)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return saved


def _copy_damaged(db_path: Path) -> Path:
    """A current database that does not open is kept as it is (with its WAL) among the backups."""
    folder = folder_for(db_path)
    made_at = datetime.now(UTC)  # to the microsecond: orders backups of one second
    temp = folder / f".{made_at.strftime(STAMP)}-restore.partial-{os.urandom(6).hex()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        shutil.copyfile(db_path, temp)
        info = BackupInfo(temp, made_at, "restore", sha256=fsync_and_hash(temp))
        path = publish(temp, info)
        wal = companion(db_path, "-wal")
        if wal.is_file() and wal.stat().st_size:
            shutil.copyfile(wal, companion(path, "-wal"))
            fsync_and_hash(companion(path, "-wal"))
            fsync_dir(folder)
    except OSError as error:
        raise BackupNotWritten(folder, error) from error
    finally:
        remove_files(temp)
    return path


