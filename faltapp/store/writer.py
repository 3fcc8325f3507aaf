"""The one writer: every change to the database goes through :meth:`Writer.transaction`.

``Writer`` owns the only connection that writes. A lock serialises transactions across threads:
a second thread *waits* (up to ``wait_seconds``) for the first transaction to end and then gets
its own ``BEGIN IMMEDIATE`` transaction, instead of being nested as a savepoint inside the other
thread's work (which lost a save when that work rolled back). Nested use on the same thread
joins the open transaction. After a commit, listeners get the :class:`Changes` — on the
committing thread, outside the lock.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from faltapp.core.changes import Changes
from faltapp.store.connection import Connection, DatabaseError
from faltapp.store.errors import DatabaseReadOnly, DiskFull, StoreError, WriterBusy

Listener = Callable[[Changes], None]
FirstCommit = Callable[[Connection], Callable[[], None]]
WAIT_SECONDS = 10.0


class Txn:
    """An open write transaction: the connection plus the ids it changed."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._changed: list[tuple[str, str]] = []

    def changed(self, table: str, record_id: str) -> None:
        """Note that ``record_id`` of ``table`` was written (for listeners)."""
        self._changed.append((table, record_id))

    def changes(self) -> Changes:
        """What this transaction changed."""
        return Changes.of(self._changed)


class Writer:
    """Owner of the write connection; one transaction at a time across all threads."""

    def __init__(self, conn: Connection, path: Path, wait_seconds: float = WAIT_SECONDS) -> None:
        self.conn = conn
        self.path = path
        self.wait_seconds = wait_seconds
        self._lock = threading.RLock()
        self._current: Txn | None = None
        self._listeners: list[Listener] = []
        self._listeners_lock = threading.Lock()
        self._first_commit: FirstCommit | None = None

    def on_first_commit(self, hook: FirstCommit) -> None:
        """Run ``hook(conn)`` inside the next committed transaction; its result after commit."""
        self._first_commit = hook

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changes)`` after every commit; returns an unsubscribe function."""
        with self._listeners_lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._listeners_lock, contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Txn]:
        """One atomic write; waits for another thread's transaction, then ``BEGIN IMMEDIATE``.

        Raises :class:`WriterBusy` if the other transaction does not end in time. Anything
        raised inside the block rolls the whole transaction back.
        """
        if not self._lock.acquire(timeout=self.wait_seconds):
            raise WriterBusy()
        if self._current is not None:  # the same thread, already inside a transaction
            try:
                yield self._current
            finally:
                self._lock.release()
            return
        txn = Txn(self.conn)
        try:
            self._begin()
            self._current = txn
            try:
                yield txn
                after = self._first_commit(self.conn) if self._first_commit else None
            except DatabaseError as exc:  # e.g. the disk filled in the middle: say so
                self._rollback()
                translated = translate(exc, self.path)
                if translated is exc:
                    raise
                raise translated from exc
            except BaseException:
                self._rollback()
                raise
            self._commit()
            if after is not None:
                self._first_commit = None
                after()
        finally:
            self._current = None
            self._lock.release()
        changes = txn.changes()
        if changes:
            self._notify(changes)

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[Connection]:
        """The write connection with no transaction open, for work SQLite must do outside one
        (``PRAGMA rekey``); no other write can start meanwhile."""
        if not self._lock.acquire(timeout=self.wait_seconds):
            raise WriterBusy()
        try:
            if self._current is not None:
                raise RuntimeError("exclusive() inside a transaction")
            yield self.conn
        finally:
            self._lock.release()

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as exc:
            raise translate(exc, self.path) from exc

    def _commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except DatabaseError as exc:
            self._rollback()
            raise translate(exc, self.path) from exc

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(DatabaseError):
                self.conn.execute("ROLLBACK")

    def _notify(self, changes: Changes) -> None:
        with self._listeners_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # the write is committed; one broken window must not undo that
                traceback.print_exc(file=sys.stderr)


def translate(exc: DatabaseError, path: Path) -> StoreError | DatabaseError:
    """A Swedish :class:`StoreError` for the SQLite errors a user can act on."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(path)
    if "database or disk is full" in text:
        return DiskFull(path)
    return exc
