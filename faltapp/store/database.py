"""The one door to the data: create or open an encrypted database, read and write entities.

Writes go through the one :class:`Writer` (one connection, one transaction at a time, change
notifications after commit). Reads use a read-only connection per thread (:class:`Readers`),
opened with the database key that this object holds in memory while it is open and never
writes anywhere. See docs/architecture.md, "The engine".
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from faltapp.core.changes import Changes
from faltapp.core.jobs import Job, Progress, run_to_end
from faltapp.core.messages import text
from faltapp.core.versions import LamportClock, utc_now
from faltapp.store import file_modes, keys, opening, unlock_throttle
from faltapp.store.access_log import AccessLog
from faltapp.store.conflicts import Conflicts
from faltapp.store.connection import Connection, connect
from faltapp.store.drafts import EditorDrafts, discard_in
from faltapp.store.editor_queries import EditorQueries
from faltapp.store.errors import DatabaseMissing, StoreError, WriterBusy
from faltapp.store.follow_up_queries import FollowUpQueries
from faltapp.store.identity import AUDIT_SQL, rotate_session, settle
from faltapp.store.local_settings import LocalSettings
from faltapp.store.lock import DatabaseLock
from faltapp.store.person_queries import PersonQueries
from faltapp.store.promise_queries import PromiseQueries
from faltapp.store.readers import Readers, ThreadReader
from faltapp.store.report_queries import ReportQueries
from faltapp.store.shift_queries import ShiftQueries
from faltapp.store.sync_log import SyncLog
from faltapp.store.team_store import TeamStore
from faltapp.store.usage_queries import UsageQueries
from faltapp.store.writer import Writer

if TYPE_CHECKING:
    from faltapp.core.entities import Entity, RecordMeta
    from faltapp.core.shift_bundle import LoadedShift, ShiftBundle
    from faltapp.core.validation import Context
    from faltapp.store.merge import ForeignVersion, HeadRow, Outcome
    from faltapp.store.records import HistoryEntry, Loaded, RecordReader
    from faltapp.store.versioning import VersionedWrites

T = TypeVar("T")
BATCH = 500
backup_path_for = opening.backup_path_for


class Database:
    """An open faltapp database. Create with :meth:`create`, open with :meth:`open`."""

    def __init__(self, path: Path, conn: Connection, key: bytes, lock: DatabaseLock,
                 repairs: list[str] | None = None) -> None:
        self.path = path
        self.key_path = keys.key_path_for(path)
        self._lock = lock
        self._key = key
        self.writer = Writer(conn, path)
        self.readers = Readers(path, key)
        self.writer.on_first_commit(rotate_session(path))
        self.device_id, counter = settle(self.writer, path, repairs or [], utc_now())
        self._clock = LamportClock(counter)
        self._category_codes: frozenset[str] | None = None
        self._record_reader: RecordReader | None = None
        reader = ThreadReader(self.readers)  # the query objects hung off this door
        self.shifts = ShiftQueries(reader)
        self.follow_ups = FollowUpQueries(reader)
        self.usage = UsageQueries(reader)
        self.promises = PromiseQueries(reader)
        self.reports = ReportQueries(reader)
        self.drafts = EditorDrafts(self.writer, reader)
        self.local = LocalSettings(self.writer, reader)
        self.editor = EditorQueries(reader, self.get)
        self.team = TeamStore(self.writer, reader, self.device_id)
        self.sync = SyncLog(self.writer, reader)
        self.conflicts = Conflicts(self.writer, reader, self.device_id, self._clock)
        self.access = AccessLog(self.writer, reader, self.device_id)
        self.persons = PersonQueries(reader)
        self.writer.subscribe(self._forget_cached)

    # -- lifecycle ------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, *,
               kdf: keys.KdfParams | None = None) -> Database:
        """Create a new encrypted database and its key file; refuses to overwrite anything.

        ``kdf`` defaults to parameters calibrated on this machine (never below the floor);
        only tests pass cheaper ones. A kill at any moment leaves nothing or a database that
        opens.
        """
        path = Path(path).absolute()
        opening.check_folder(path.parent)
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            db_key = opening.create_files(path, passphrase, kdf)
            conn = connect(path, db_key)
            return cls._finish(path, conn, db_key, lock, [])
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: Path, passphrase: str, *,
             kdf: keys.KdfParams | None = None) -> Database:
        """Open an existing database; raises a :class:`StoreError` with a message for the user.

        A key file whose KDF parameters are below the floor is re-wrapped with calibrated ones
        (tests pass ``kdf`` to keep theirs).
        """
        path = Path(path).absolute()
        if not path.is_file():
            raise DatabaseMissing(path)
        opening.check_folder(path.parent)
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            opened = unlock_throttle.guarded(path, lambda: opening.open_files(path, passphrase,
                                                                             kdf))
            database = cls._finish(path, opened.conn, opened.key, lock, opened.repairs,
                                   prepared=True)
        except BaseException:
            lock.release()
            raise
        database.kdf_seconds = opened.kdf_seconds
        file_modes.tighten(path)
        return database

    @staticmethod
    def unlock(path: Path, passphrase: str) -> tuple[bytes, float]:
        """Unwrap the database key without opening (benchmarks); returns it and KDF seconds."""
        path = Path(path).absolute()
        if not path.is_file():
            raise DatabaseMissing(path)
        return unlock_throttle.guarded(path, lambda: keys.timed_unwrap(
            keys.read_key_file(keys.key_path_for(path)), passphrase))

    @classmethod
    def open_with_key(cls, path: Path, db_key: bytes) -> Database:
        """Open with an already unwrapped key (after :meth:`unlock`)."""
        path = Path(path).absolute()
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            conn = connect(path, db_key)
            return cls._finish(path, conn, db_key, lock, [])
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _finish(cls, path: Path, conn: Connection, key: bytes, lock: DatabaseLock,
                repairs: list[str], *, prepared: bool = False) -> Database:
        try:
            if not prepared:
                opening.prepare(conn, path, key)
            return cls(path, conn, key, lock, repairs)
        except BaseException:
            conn.close()
            raise

    kdf_seconds: float = 0.0

    @property
    def unclean_shutdown(self) -> bool:
        """The last process with this database crashed or was killed (check its pages)."""
        return self._lock.unclean

    def close(self) -> None:
        """Checkpoint, close every connection and release the lock (idempotent)."""
        if not self._lock.held:
            return
        self.readers.close()
        try:
            # Wait for a write on another thread to end; past the wait, closing rolls it back.
            with self.writer.exclusive() as conn:
                with contextlib.suppress(Exception):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
        except WriterBusy:
            self.writer.conn.close()
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``listener`` with what changed after every commit (on the committing thread)."""
        return self.writer.subscribe(listener)

    # -- writes ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def changing(self, reason: str = "") -> Iterator[VersionedWrites]:
        """One transaction of local changes; the Lamport counter is stored with them."""
        from faltapp.store.versioning import VersionedWrites  # the first write pays the import

        with self.writer.transaction() as txn:
            writes = VersionedWrites(txn, self.device_id, self._clock, self.validation_context())
            yield writes
            writes.persist_clock()

    def save(self, entity: Entity, base: str | None = None, reason: str = "") -> RecordMeta:
        """Store ``entity`` over ``base`` (the version the editor started from; None: new).

        Raises EditConflict if the record changed meanwhile, ValidationError for invalid input.
        Content equal to the current version writes nothing.
        """
        with self.changing(reason) as writes:
            writes.save([(entity, base)], reason)
            return self._meta_in_transaction(type(entity), entity.id)

    def apply(self, saves: Iterable[tuple[Entity, str | None]] = (),
              deletes: Iterable[tuple[type, str, str | None]] = (), reason: str = "") -> int:
        """Saves and deletes, each over its base version, in one transaction."""
        with self.changing(reason) as writes:
            count = writes.save(list(saves), reason)
            for cls, record_id, base in deletes:
                count += writes.delete(cls, record_id, base, reason)
        return count

    def write_many(self, entities: Iterable[Entity]) -> Job[int]:
        """A job storing many new entities in one transaction; cancel rolls all of it back."""
        count = 0
        with self.changing() as writes:
            batch: list[tuple[Entity, str | None]] = []
            for entity in entities:
                batch.append((entity, None))
                if len(batch) >= BATCH:
                    count += writes.save(batch)
                    batch = []
                    yield Progress(count)
            count += writes.save(batch)
        yield Progress(count)
        return count

    def save_many(self, entities: Iterable[Entity],
                  progress: Callable[[int], None] | None = None) -> int:
        """Store many new entities in one transaction (all or nothing); returns how many."""
        return run_to_end(self.write_many(entities),
                          (lambda p: progress(p.done)) if progress else None)

    def save_shift(self, bundle: ShiftBundle, bases: Mapping[tuple[str, str], str],
                   reason: str = "") -> int:
        """Save a whole shift in one transaction, each record over its base.

        Records in ``bases`` (as loaded) that the bundle no longer holds are deleted, so a
        child removed in the editor goes in the same transaction, and so does the removal of
        the shift's editor draft. Returns versions written.
        """
        from faltapp.core.entities import TYPE_BY_TABLE

        present = {(r.TABLE, r.id) for r in bundle.records()}
        saves = [(r, bases.get((r.TABLE, r.id))) for r in bundle.records()]
        deletes = [(TYPE_BY_TABLE[table], record_id, version)
                   for (table, record_id), version in bases.items()
                   if (table, record_id) not in present]
        with self.writer.transaction() as txn:
            count = self.apply(saves, deletes, reason)
            discard_in(txn, bundle.shift.id)
        return count

    def delete_shift(self, shift_id: str, bases: Mapping[tuple[str, str], str]) -> int:
        """Tombstone a shift and every child in ``bases`` (as loaded), and drop its draft,
        in one transaction; a shift that was never saved (``bases`` empty) loses only its
        draft. Returns tombstones written."""
        from faltapp.core.entities import TYPE_BY_TABLE

        deletes = [(TYPE_BY_TABLE[table], record_id, version)
                   for (table, record_id), version in bases.items()]
        deletes.sort(key=lambda d: d[0].TABLE == "shift")  # children first, the shift last
        with self.writer.transaction() as txn:
            count = self.apply((), deletes) if deletes else 0
            discard_in(txn, shift_id)
        return count

    def delete(self, cls: type, record_id: str, base: str | None) -> RecordMeta:
        """Write a tombstone over ``base``: no content, history keeps every version."""
        with self.changing() as writes:
            writes.delete(cls, record_id, base)
            return self._meta_in_transaction(cls, record_id)

    def _meta_in_transaction(self, cls: type, record_id: str) -> RecordMeta:
        """The head as this transaction left it (the reader would not see it yet)."""
        from faltapp.store.records import RecordReader

        meta = RecordReader(lambda: self.writer.conn).meta(cls, record_id)
        assert meta is not None
        return meta

    def purge(self, cls: type, record_id: str, rule: str) -> int:
        """Retention: blank the record and its history for good; returns versions blanked."""
        with self.changing() as writes:
            return writes.purge(cls, record_id, rule)

    def merge(self, versions: Iterable[tuple[type, ForeignVersion]]) -> dict[Outcome, int]:
        """Merge versions from other devices in one transaction; counts per outcome."""
        from faltapp.store.merge import merge_all

        return merge_all(self.writer, versions, self._clock, utc_now())

    def audit(self, action: str, detail: str) -> None:
        """Append one line to the local audit log."""
        with self.writer.transaction() as txn:
            txn.conn.execute(AUDIT_SQL, [utc_now(), self.device_id, action, detail])

    # -- reads ----------------------------------------------------------------------------

    @property
    def _reader(self) -> RecordReader:
        """Entity reads on the calling thread's reader (loaded on first use: the list at
        start-up needs none of it)."""
        if self._record_reader is None:
            from faltapp.store.records import RecordReader

            self._record_reader = RecordReader(self.readers.get)
        return self._record_reader

    def load(self, cls: type[T], record_id: str) -> Loaded[T] | None:
        """The current record with the version an editor saves against, or None."""
        return self._reader.load(cls, record_id)

    def load_shift(self, shift_id: str) -> LoadedShift | None:
        """A shift with its children and the version of each, or None if missing."""
        return self._reader.load_shift(shift_id)

    def get(self, cls: type[T], record_id: str) -> T | None:
        """The current version of one record, or None if missing or deleted."""
        return self._reader.get(cls, record_id)

    def all(self, cls: type[T]) -> list[T]:
        """Every current record of a (small) table."""
        return self._reader.all(cls)

    def meta(self, cls: type, record_id: str) -> RecordMeta | None:
        """Sync metadata of a record's head."""
        return self._reader.meta(cls, record_id)

    def history(self, cls: type, record_id: str) -> list[HistoryEntry]:
        """Every stored version of a record, in the order it arrived here."""
        return self._reader.history(cls, record_id)

    def heads(self, cls: type, record_id: str) -> list[HeadRow]:
        """The heads of a record's version graph, the current winner first."""
        from faltapp.store.merge import heads

        return heads(self.readers.get(), cls.TABLE, record_id)

    def counts(self) -> dict[str, int]:
        """Current rows per table, plus history and audit rows."""
        tables = ["shift", "tally", "contact", "observation", "follow_up", "place", "staff",
                  "category", "history", "audit_log"]
        return {t: self._reader.count(t) for t in tables}

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        """Raw read for store-side tests and diagnostics (read-only connection)."""
        return self.readers.get().execute(sql, list(params)).fetchall()

    def validation_context(self) -> Context:
        """What validation needs from the database (known category codes)."""
        from faltapp.core.entities import Category
        from faltapp.core.validation import Context

        if self._category_codes is None:
            self._category_codes = frozenset(c.code for c in self._reader.all(Category))
        return Context(category_codes=self._category_codes)

    def _forget_cached(self, changes: Changes) -> None:
        if changes.touches("category"):
            self._category_codes = None

    # -- keys -----------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Wrap the database key under a new passphrase (the key file replaced atomically);
        old key-file copies still open with the old one: :meth:`rekey` when that matters."""
        if not self._lock.held:
            raise StoreError(text("Databasen är stängd."))
        keys.change_passphrase(self.key_path, old, new)
        self.audit("passphrase", "Lösenfrasen byttes.")

    def rekey(self, passphrase: str) -> None:
        """Re-encrypt under a new random key (:mod:`faltapp.store.rekey`): no older key-file
        copy opens this database afterwards; older backups keep their old key."""
        from faltapp.store.rekey import rekey

        self._key = rekey(self.writer, self.readers, self.path, passphrase)
        self.audit("rekey", "Databasen fick en ny nyckel.")
