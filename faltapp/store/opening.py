"""Creating and opening a database so that a kill at any moment leaves nothing half-done.

Creation builds the database under a hidden temporary name, writes the key file as
``<db>.key.new``, publishes the database under its name (the commit point), then renames the key
file into place. Opening finishes a creation killed between those two renames, and a rekey
killed before its new key file was promoted (``<db>.key.next``). Every step that writes happens
with the lock held.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from faltapp import __version__
from faltapp.store import keys, schema_state
from faltapp.store.atomic_file import fsync_dir
from faltapp.store.connection import (
    Connection,
    apply_pragmas,
    backup,
    connect,
    sqlite_utils_over,
)
from faltapp.store.errors import (
    DatabaseExists,
    DatabaseReadOnly,
    FolderMissing,
    FolderNotWritable,
    NewerDatabase,
    NotADatabase,
)

if TYPE_CHECKING:
    from faltapp.store.database import Database

PENDING_KEY = ".key.new"
NEXT_KEY = ".key.next"


@dataclass
class Opened:
    """What opening produced: the connection, the key, and repairs to write to the audit log."""

    conn: Connection
    key: bytes
    kdf_seconds: float = 0.0
    repairs: list[str] = field(default_factory=list)


def sibling(path: Path, suffix: str) -> Path:
    """``faltapp.db`` + ``.key.new`` → ``faltapp.db.key.new``."""
    return path.with_name(path.name + suffix)


def check_folder(folder: Path) -> None:
    """The folder exists, faltapp may create files in it, and it is on this computer's own
    disk (not a network share or a removable drive: ``store/safe_place.py``)."""
    if not folder.is_dir():
        raise FolderMissing(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FolderNotWritable(folder)
    from faltapp.store.safe_place import refuse_unsafe

    refuse_unsafe(folder)


def check_writable(path: Path) -> None:
    """The database and its WAL companions can be written (else every save would fail)."""
    for candidate in (path, sibling(path, "-wal"), sibling(path, "-shm")):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            raise DatabaseReadOnly(path)


# -- creation ---------------------------------------------------------------------------------


def create_files(path: Path, passphrase: str, kdf: keys.KdfParams | None) -> bytes:
    """Create database and key file (caller holds the lock); returns the database key."""
    key_path = keys.key_path_for(path)
    for existing in (path, key_path):
        if existing.exists():
            raise DatabaseExists(existing)
    passphrase = keys.check_new_passphrase(passphrase)
    remove_interrupted_creation(path)
    db_key = keys.new_database_key()
    key_file = keys.wrap_key(db_key, passphrase, kdf or keys.calibrate())
    temp = path.with_name(f".{path.name}.creating-{os.urandom(6).hex()}")
    pending = sibling(path, PENDING_KEY)
    published = False
    try:
        _build(temp, db_key)
        keys.write_key_file(pending, key_file)
        os.link(temp, path)  # fails rather than replace a file that appeared meanwhile
        published = True
        _remove(temp)
        os.replace(pending, key_path)
        fsync_dir(path.parent)
    except FileExistsError:
        raise DatabaseExists(path) from None
    finally:
        _remove(temp, sibling(temp, "-wal"), sibling(temp, "-shm"))
        if not published:
            _remove(pending)
    return db_key


def _build(temp: Path, db_key: bytes) -> None:
    conn = connect(temp, db_key)
    try:
        apply_pragmas(conn)
        migrate(conn)
        _seed(conn, temp)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _seed(conn: Connection, path: Path) -> None:
    """Settings of a new database and the default places and categories (``core.seed``)."""
    from faltapp.core.seed import SEED_AT, SEED_DEVICE, seed_entities
    from faltapp.core.validation import Context
    from faltapp.core.versions import LamportClock
    from faltapp.store.versioning import VersionedWrites, store_clock
    from faltapp.store.writer import Writer

    device_id = os.urandom(16).hex()  # 128 random bits, like a UUID4, as 32 hex digits
    writer = Writer(conn, path)
    with writer.transaction() as txn:
        conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [
            ("device_id", device_id), ("lamport", "0"), ("created_by_version", __version__)])
        context = Context(category_codes=frozenset())
        for entity in seed_entities():  # each is version 1-<seed device>, on every laptop
            VersionedWrites(txn, SEED_DEVICE, LamportClock(), context,
                            SEED_AT).save([(entity, None)])
        store_clock(conn, LamportClock(1))


def remove_interrupted_creation(path: Path) -> None:
    """Remove what a creation killed before its commit point left (no database exists)."""
    pending = sibling(path, PENDING_KEY)
    _remove(pending, sibling(path, ".state"))  # a sidecar without its database is stale
    keys.clean_stale_temp_files(pending)  # a kill while the pending key file was written
    for leftover in path.parent.glob(f".{path.name}.creating-*"):
        _remove(leftover)


# -- opening ----------------------------------------------------------------------------------


def finish_interrupted_creation(path: Path) -> list[str]:
    """A creation killed after publishing the database: promote its pending key file."""
    pending = sibling(path, PENDING_KEY)
    key_path = keys.key_path_for(path)
    if pending.is_file() and not key_path.exists():
        os.replace(pending, key_path)
        fsync_dir(path.parent)
        return ["Nyckelfilen från en avbruten databasskapning flyttades på plats."]
    return []


def open_files(path: Path, passphrase: str, kdf: keys.KdfParams | None) -> Opened:
    """Unlock and open an existing database (caller holds the lock)."""
    repairs = finish_interrupted_creation(path)
    key_path = keys.key_path_for(path)
    for written in (key_path, sibling(path, PENDING_KEY), sibling(path, NEXT_KEY)):
        keys.clean_stale_temp_files(written)  # temp files of writes a kill interrupted
    key_file = keys.read_key_file(key_path)
    db_key, seconds = keys.timed_unwrap(key_file, passphrase)
    conn, db_key, more = _connect_after_rekey(path, db_key, passphrase)
    repairs += more
    try:
        prepare(conn, path, db_key)
        if keys.needs_rewrap(key_file) and key_file.params != kdf:
            # ``kdf`` is passed only by tests; real callers get calibrated parameters.
            params = kdf if kdf is not None else keys.calibrate()
            keys.replace_key_file(key_path, keys.wrap_key(db_key, passphrase, params))
            repairs.append("Nyckelfilen skrevs om med starkare parametrar för lösenfrasen.")
    except BaseException:
        conn.close()
        raise
    return Opened(conn, db_key, seconds, repairs)


def _connect_after_rekey(path: Path, db_key: bytes,
                         passphrase: str) -> tuple[Connection, bytes, list[str]]:
    """Connect with the key file's key, or finish a rekey whose new key file was not promoted."""
    next_path = sibling(path, NEXT_KEY)
    try:
        conn = connect(path, db_key)
    except NotADatabase:
        if not next_path.is_file():
            raise
        next_key = keys.unwrap_key(keys.read_key_file(next_path), passphrase)
        conn = connect(path, next_key)  # raises NotADatabase if neither key fits
        os.replace(next_path, keys.key_path_for(path))
        fsync_dir(path.parent)
        return conn, next_key, ["En avbruten nyckelbyte (rekey) slutfördes."]
    if next_path.exists():
        _remove(next_path)  # a rekey that never committed: the old key is still the key
        return conn, db_key, ["En avbruten nyckelbyte (rekey) rullades tillbaka."]
    return conn, db_key, []


def prepare(conn: Connection, path: Path, db_key: bytes) -> None:
    """Schema checks, then pragmas and pending migrations (after a backup)."""
    if not schema_state.is_faltapp_database(conn):
        raise NotADatabase(path)
    unknown = schema_state.unknown_applied(conn)
    if unknown:
        raise NewerDatabase(path, unknown)
    check_writable(path)
    apply_pragmas(conn)
    pending = schema_state.pending_names(conn)
    if pending:
        backup(conn, backup_path_for(path, pending[0]), db_key)
        migrate(conn)


def backup_path_for(path: Path, migration: str) -> Path:
    """Where the copy made before applying ``migration`` goes (beside the database)."""
    return path.with_name(f"{path.name}.before-{migration}.bak")


def migrate(conn: Connection) -> None:
    """Apply pending migrations (imports the schema and sqlite-utils only when needed)."""
    from faltapp.store import schema

    schema.migrate(sqlite_utils_over(conn))


def _remove(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def suspend(db: Database) -> None:
    """Lock an open database for a while (auto-lock): close its connections, release the
    lock and drop its key; the object (and what subscribed to it) stays for :func:`resume`."""
    db.close()
    db.readers.reset(b"")
    db.readers.close()
    db._key = b""


def resume(db: Database, fresh: Database) -> None:
    """Carry on with ``db`` over ``fresh``, the same file opened again with the passphrase:
    ``db`` takes its write connection, key and lock; ``fresh`` is spent afterwards."""
    if fresh.path != db.path:
        raise ValueError("resume needs the same database")
    fresh.readers.close()
    db.writer.conn = fresh.writer.conn
    db.readers.reset(fresh._key)
    db._key, db._lock = fresh._key, fresh._lock
