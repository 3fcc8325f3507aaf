"""One process per database, enforced with an OS file lock beside the database.

``<db>.lock`` carries the lock: ``flock`` on POSIX, ``msvcrt.locking`` on Windows. The kernel
drops it when the holder dies, so a crashed process never blocks the next one, and two opens
in one process conflict as well. The holder's process id goes into ``<db>.lock.pid`` (a
locked byte cannot be read by others on Windows). Both files are removed on release, so a pid
file found by the next holder means the last one crashed or was killed (``unclean``). Either
file being a folder, unreadable or otherwise unusable is :class:`LockFileUnusable`, a plain
sentence naming the file, and leaves no lock held.

Written on the standard library rather than ``filelock``: importing that package (with
``logging`` and more) cost ~14 ms of the ~60 ms start-up budget above a bare Qt window, for
what is here about forty lines.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from types import TracebackType

from faltapp.core.messages import text
from faltapp.store.errors import LockFileUnusable, StoreError

__all__ = ["DatabaseInUse", "DatabaseLock", "LockFileUnusable"]

# flock's answers when another open file holds the lock; any other error is a broken file.
_HELD_ELSEWHERE = frozenset({errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES})


class DatabaseInUse(StoreError):
    """Another process (window or command) holds the database."""

    def __init__(self, db_path: Path, pid: int | None) -> None:
        self.path = db_path
        self.pid = pid
        if pid is None:
            message = text("Databasen används redan av ett annat faltapp-fönster eller "
                           "-kommando ({path}). Stäng det först.", path=db_path)
        else:
            message = text("Databasen används redan av ett annat faltapp-fönster eller "
                           "-kommando ({path}, processnummer {pid}). Stäng det först.",
                           path=db_path, pid=pid)
        super().__init__(message)


def _sibling(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


class DatabaseLock:
    """Exclusive, non-blocking lock on one database; usable as a context manager."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.lock_path = _sibling(self.db_path, ".lock")
        self.pid_path = _sibling(self.db_path, ".lock.pid")
        self._fd: int | None = None
        self.unclean = False
        """True once acquired if the last holder never released: it crashed or was killed."""

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock without waiting.

        Raises :class:`DatabaseInUse` if another holds it, and :class:`LockFileUnusable` if
        the lock file or its companion cannot be opened, locked or written (a folder, no
        permission, …); after either, no lock is held.
        """
        if self._fd is not None:
            return
        for _attempt in range(3):
            fd = self._open_lock_file()
            try:
                _lock(fd)
                unlinked = os.name != "nt" and os.fstat(fd).st_nlink == 0
            except OSError as exc:
                os.close(fd)
                if os.name == "nt" or exc.errno in _HELD_ELSEWHERE:
                    raise DatabaseInUse(self.db_path, self._read_holder_pid()) from None
                raise LockFileUnusable(self.lock_path, exc) from None
            if not unlinked:
                break
            # The previous holder unlinked this file while we waited on it: use a fresh one.
            os.close(fd)
        else:
            raise DatabaseInUse(self.db_path, None)
        self._fd = fd
        try:
            self.unclean = self.pid_path.exists()  # a release removes it; we hold the lock
            self.pid_path.write_text(f"{os.getpid()}\n", encoding="ascii")
        except OSError as exc:
            self._drop(remove_pid_file=False)  # it is not ours: leave it for the user to see
            raise LockFileUnusable(self.pid_path, exc) from None
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        """Remove the pid and lock files, then drop the lock (idempotent)."""
        self._drop(remove_pid_file=True)

    def _open_lock_file(self) -> int:
        try:
            return os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise LockFileUnusable(self.lock_path, exc) from None

    def _drop(self, *, remove_pid_file: bool) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if remove_pid_file:
            with contextlib.suppress(OSError):
                self.pid_path.unlink(missing_ok=True)
        if os.name != "nt":
            # Unlink while still holding the lock; a contender that opened the old file sees
            # st_nlink == 0 after winning it and starts over.
            with contextlib.suppress(OSError):
                self.lock_path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)
        if os.name == "nt":
            with contextlib.suppress(OSError):
                self.lock_path.unlink(missing_ok=True)

    def _read_holder_pid(self) -> int | None:
        try:
            content = self.pid_path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return int(content) if content.isdigit() and 0 < int(content) < 2**32 else None

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


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
