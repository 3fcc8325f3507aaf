"""One process per database, enforced with an OS file lock beside the database.

``<db>.lock`` carries the OS lock (``filelock.FileLock``: ``flock`` on POSIX, ``LockFileEx``
on Windows), so a crashed process never blocks the next one: the kernel drops its lock.
The holder's process id goes into a separate ``<db>.lock.pid``, because on Windows the locked
byte of the lock file cannot be read by other processes. Both files are removed on release.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from faltapp.store.errors import StoreError


class DatabaseInUse(StoreError):
    """Another process (window or command) holds the database."""

    def __init__(self, db_path: Path, pid: int | None) -> None:
        self.path = db_path
        self.pid = pid
        holder = f", processnummer {pid}" if pid is not None else ""
        super().__init__(
            "Databasen används redan av ett annat faltapp-fönster eller -kommando "
            f"({db_path}{holder}). Stäng det först."
        )


def _sibling(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


class DatabaseLock:
    """Exclusive, non-blocking lock on one database; usable as a context manager."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.lock_path = _sibling(self.db_path, ".lock")
        self.pid_path = _sibling(self.db_path, ".lock.pid")
        self._lock = FileLock(self.lock_path, timeout=0, mode=0o600)
        self._held = False

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._held

    def acquire(self) -> None:
        """Take the lock without waiting; raises :class:`DatabaseInUse` if another holds it."""
        if self._held:
            return
        try:
            self._lock.acquire(timeout=0, blocking=False)
        except Timeout:
            raise DatabaseInUse(self.db_path, self._read_holder_pid()) from None
        self._held = True
        try:
            self.pid_path.write_text(f"{os.getpid()}\n", encoding="ascii")
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        """Remove the pid and lock files, then drop the lock (idempotent)."""
        if not self._held:
            return
        try:
            with contextlib.suppress(OSError):
                self.pid_path.unlink(missing_ok=True)
            if os.name != "nt":
                # Unlink while still holding the lock: a contender that opened the old file and
                # wins its flock afterwards sees it unlinked and does not count it (filelock
                # checks st_nlink). On Windows filelock deletes the file itself after unlocking.
                with contextlib.suppress(OSError):
                    self.lock_path.unlink(missing_ok=True)
        finally:
            self._held = False
            self._lock.release()

    def _read_holder_pid(self) -> int | None:
        try:
            text = self.pid_path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return int(text) if text.isdigit() and 0 < int(text) < 2**32 else None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
