"""The one door to the data: create or open an encrypted database and read and write entities.

Opening order matters for "nothing on disk is changed" on failure: paths are checked, the
lock is taken, the key is unwrapped and the schema version is checked before any write.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from faltapp import __version__
from faltapp.core.versions import LamportClock
from faltapp.store import keys, schema_state
from faltapp.store.connection import (
    Connection,
    apply_pragmas,
    backup,
    connect,
    sqlite_utils_over,
)
from faltapp.store.errors import (
    DatabaseExists,
    DatabaseMissing,
    FolderMissing,
    FolderNotWritable,
    NewerDatabase,
    NotADatabase,
)
from faltapp.store.lock import DatabaseLock
from faltapp.store.shift_queries import ShiftQueries

if TYPE_CHECKING:
    import sqlite_utils

    from faltapp.core.entities import Entity, RecordMeta
    from faltapp.core.validation import Context
    from faltapp.store.records import HistoryEntry, Progress, RecordStore

T = TypeVar("T")


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise FolderMissing(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FolderNotWritable(folder)


class Database:
    """An open faltapp database. Create with :meth:`create`, open with :meth:`open`.

    Showing the shift list needs only the raw connection; sqlite-utils, validation and the
    versioned writer are loaded on the first write (start-up stays close to a bare Qt window).
    """

    def __init__(self, path: Path, conn: Connection, lock: DatabaseLock) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._lock = lock
        settings = dict(conn.execute("SELECT key, value FROM settings").fetchall())
        self.device_id: str = settings["device_id"]
        self._clock = LamportClock(int(settings.get("lamport", "0")))
        self._category_codes: frozenset[str] | None = None
        self._utils: sqlite_utils.Database | None = None
        self._records: RecordStore | None = None
        self.shifts = ShiftQueries(conn)

    @property
    def _db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection, created on first use."""
        if self._utils is None:
            assert self._conn is not None, "database is closed"
            self._utils = sqlite_utils_over(self._conn)
        return self._utils

    @property
    def records(self) -> RecordStore:
        """The versioned reader/writer of entities, created on first use."""
        if self._records is None:
            from faltapp.store.records import RecordStore

            self._records = RecordStore(
                self._db, self.device_id, self._clock, self.validation_context,
                self._persist_clock,
            )
        return self._records

    # -- lifecycle ------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: keys.KdfParams | None = None
    ) -> Database:
        """Create a new encrypted database and its key file; refuses to overwrite anything.

        ``kdf`` defaults to parameters calibrated on this machine (never below the floor);
        only tests pass cheaper ones.
        """
        path = Path(path).absolute()
        _check_folder(path.parent)
        key_path = keys.key_path_for(path)
        for existing in (path, key_path):
            if existing.exists():
                raise DatabaseExists(existing)
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            db_key = keys.new_database_key()
            key_file = keys.wrap_key(db_key, passphrase, kdf or keys.calibrate())
            conn = connect(path, db_key)
            try:
                apply_pragmas(conn)
                _migrate(conn)
                _seed(sqlite_utils_over(conn))
            except BaseException:
                conn.close()
                raise
            keys.write_key_file(key_path, key_file)
        except BaseException:
            _remove_database_files(path)
            lock.release()
            raise
        return cls(path, conn, lock)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Database:
        """Open an existing database; raises a :class:`StoreError` with a Swedish message."""
        db_key, _ = cls.unlock(path, passphrase)
        return cls.open_with_key(path, db_key)

    @staticmethod
    def unlock(path: Path, passphrase: str) -> tuple[bytes, float]:
        """Check the paths and unwrap the database key; returns it and the KDF seconds."""
        path = Path(path).absolute()
        if not path.is_file():
            raise DatabaseMissing(path)
        _check_folder(path.parent)
        key_file = keys.read_key_file(keys.key_path_for(path))
        return keys.timed_unwrap(key_file, passphrase)

    @classmethod
    def open_with_key(cls, path: Path, db_key: bytes) -> Database:
        """Open with an already unwrapped key (after :meth:`unlock`)."""
        path = Path(path).absolute()
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            conn = connect(path, db_key)
            try:
                if not schema_state.is_faltapp_database(conn):
                    raise NotADatabase(path)
                unknown = schema_state.unknown_applied(conn)
                if unknown:
                    raise NewerDatabase(path, unknown)
                apply_pragmas(conn)
                pending = schema_state.pending_names(conn)
                if pending:
                    backup(conn, backup_path_for(path, pending[0]), db_key)
                    _migrate(conn)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock)

    def close(self) -> None:
        """Checkpoint, close the connection and release the lock (idempotent)."""
        if self._conn is None:
            return
        with contextlib.suppress(Exception):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None
        self._utils = None
        self._records = None
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- entities -------------------------------------------------------------------------

    def save(self, entity: Entity) -> RecordMeta:
        """Validate and store one entity as a new version."""
        meta = self.records.save(entity)
        self._forget_cached(type(entity))
        return meta

    def save_many(self, entities: Iterable[Entity], progress: Progress | None = None) -> int:
        """Validate and store many entities in one transaction."""
        count = self.records.save_many(entities, progress)
        self._category_codes = None
        return count

    def delete(self, cls: type, record_id: str) -> RecordMeta:
        """Mark a record deleted (a tombstone version; history keeps every version)."""
        meta = self.records.delete(cls, record_id)
        self._forget_cached(cls)
        return meta

    def get(self, cls: type[T], record_id: str) -> T | None:
        """The current version of one record, or None if missing or deleted."""
        return self.records.get(cls, record_id)

    def all(self, cls: type[T]) -> list[T]:
        """Every current record of a (small) table."""
        return self.records.all(cls)

    def meta(self, cls: type, record_id: str) -> RecordMeta | None:
        """Sync metadata of a record's head."""
        return self.records.meta(cls, record_id)

    def history(self, cls: type, record_id: str) -> list[HistoryEntry]:
        """Every stored version of a record, oldest first."""
        return self.records.history(cls, record_id)

    def counts(self) -> dict[str, int]:
        """Current rows per table, plus history and audit rows."""
        tables = ["shift", "tally", "contact", "observation", "follow_up", "place", "staff",
                  "category", "history", "audit_log"]
        return {t: self.records.count(t) for t in tables}

    def validation_context(self) -> Context:
        """What validation needs from the database (known category codes)."""
        from faltapp.core.entities import Category
        from faltapp.core.validation import Context

        if self._category_codes is None:
            self._category_codes = frozenset(c.code for c in self.records.all(Category))
        return Context(category_codes=self._category_codes)

    def _forget_cached(self, cls: type) -> None:
        if cls.TABLE == "category":
            self._category_codes = None

    def _persist_clock(self, value: int) -> None:
        _persist_lamport(self._db, value)


def backup_path_for(path: Path, migration: str) -> Path:
    """Where the copy made before applying ``migration`` goes (beside the database)."""
    return path.with_name(f"{path.name}.before-{migration}.bak")


def _migrate(conn: Connection) -> None:
    """Apply pending migrations (imports the schema and sqlite-utils only when needed)."""
    from faltapp.store import schema

    schema.migrate(sqlite_utils_over(conn))


def _seed(db: sqlite_utils.Database) -> None:
    """Settings of a new database and the default places and categories."""
    from faltapp.core.entities import Category, Place
    from faltapp.core.validation import Context
    from faltapp.core.vocabulary import default_categories, default_places
    from faltapp.store.records import RecordStore

    device_id = os.urandom(16).hex()  # 128 random bits, like a UUID4, as 32 hex digits
    db["settings"].insert_all([  # type: ignore[union-attr]
        {"key": "device_id", "value": device_id},
        {"key": "lamport", "value": "0"},
        {"key": "created_by_version", "value": __version__},
    ])
    clock = LamportClock()
    store = RecordStore(
        db, device_id, clock,
        lambda: Context(category_codes=frozenset()),
        lambda value: _persist_lamport(db, value),
    )
    entities: list[Any] = [Category(**c) for c in default_categories()]
    entities += [Place(**p) for p in default_places()]
    store.save_many(entities)


def _persist_lamport(db: sqlite_utils.Database, value: int) -> None:
    """Store the Lamport counter (inside the caller's transaction)."""
    db["settings"].upsert({"key": "lamport", "value": str(value)}, pk="key")  # type: ignore[union-attr]


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".key"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()

