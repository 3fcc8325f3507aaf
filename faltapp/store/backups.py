"""Backups of the encrypted database beside it, and restoring one of them.

A backup is a copy made with SQLite's online backup API from the open database, under the same
key, into ``<db>.backups/`` named by UTC time and reason (``2026-12-04T170102Z-import.db``).
Beside it a small JSON sidecar (``….db.json``: made_at, reason, counts per table, migrations
applied, size and SHA-256) lets the list be shown without opening anything. The copy is built
under a hidden temp name, fsynced, its sidecar written, then linked to its name: a kill leaves
a whole backup or a hidden temp file that the next backup or restore removes.

The copy runs in steps of pages on a helper thread holding the writer's connection only during
each step, so saves go on between steps (a change made on that connection is copied along by
SQLite). Cancelling stops it at the next step and removes the temp file.

Rotation after every backup keeps the newest ``KEEP_PER_REASON`` of each reason, plus the
newest backup of each UTC day of the last ``KEEP_DAYS`` days; every other one is deleted.

Restoring (the database closed, this module takes its lock) verifies the backup (SHA-256
against the sidecar, then it must open with the key file and the passphrase and pass
``quick_check``) on a staged copy beside the database, backs up the current database (a
damaged one is copied byte for byte), checkpoints it so its WAL is empty, removes WAL and SHM,
and renames the staged copy over the database (the commit point; the key file stays). A kill
before that rename leaves the old database whole, after it the restored one; the old state is
in the backups either way. The restored file lives in a new inode with an older session token,
so its next open gives the device a new device id (``store/identity.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.store import keys, schema_state
from faltapp.store.atomic_file import fsync_dir, write_atomically
from faltapp.store.connection import Connection, DatabaseError, connect
from faltapp.store.errors import NotADatabase, StoreError, os_error_cause
from faltapp.store.identity import AUDIT_SQL
from faltapp.store.lock import DatabaseLock

if TYPE_CHECKING:
    from faltapp.store.database import Database
    from faltapp.store.writer import Writer

FOLDER_SUFFIX = ".backups"
SIDECAR_SUFFIX = ".json"
FORMAT = "faltapp-backup"
STEP_PAGES = 256  # 1 MiB of 4 KiB pages: a save waits at most one step
KEEP_PER_REASON = 10
KEEP_DAYS = 30
MAX_SIDECAR_BYTES = 65536
_REASON = re.compile(r"[a-z][a-z0-9-]{0,31}")
_NAME = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{6}Z)-([a-z][a-z0-9-]*?)(?:-\d+)?\.db")
_STAMP = "%Y-%m-%dT%H%M%SZ"
_ACTIVE: set[Path] = set()  # temp files of jobs running in this process (set ops are atomic)
_TEMP = re.compile(r"\.(?:.+\.partial|.+\.restoring)-[0-9a-f]{12}(?:-journal|-wal|-shm)?")


class BackupError(StoreError):
    """A backup could not be made, or a backup cannot be restored."""


class BackupUnusable(BackupError):
    """The chosen backup is missing, damaged, under another key or from a newer faltapp."""

    def __init__(self, path: Path, why: str) -> None:
        self.path = path
        self.why = why
        name = path.name
        if why == "missing":
            message = text("Säkerhetskopian {name} finns inte längre.", name=name)
        elif why == "key":
            message = text("Säkerhetskopian {name} går inte att öppna med databasens nyckel: den "
                           "är skadad eller gjordes före ett nyckelbyte.", name=name)
        elif why == "newer":
            message = text("Säkerhetskopian {name} kommer från en nyare version av faltapp.",
                           name=name)
        else:
            message = text("Säkerhetskopian {name} är skadad och kan inte återställas.",
                           name=name)
        super().__init__(message + " " + text("Databasen är orörd."))


class BackupNotWritten(BackupError):
    """Writing into the backup folder failed (full disk, no permission, …)."""

    def __init__(self, folder: Path, error: OSError) -> None:
        super().__init__(text("Säkerhetskopian kunde inte skrivas i {folder} ({cause}). "
                              "Databasen är orörd.", folder=folder, cause=os_error_cause(error)))


@dataclass(frozen=True)
class BackupInfo:
    """One backup as its sidecar (or, lacking one, its name) describes it."""

    path: Path
    made_at: datetime
    reason: str
    counts: dict[str, int] | None = None
    migrations: tuple[str, ...] = ()
    sha256: str | None = None

    @property
    def label(self) -> str:
        """The reason in words (the UI's language)."""
        return reason_label(self.reason)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup put in place, and where the replaced state went."""

    restored: BackupInfo
    previous: Path | None


def reason_label(reason: str) -> str:
    """``import`` → "före import"; an unknown reason is shown as it is."""
    if reason == "manual":
        return text("manuell")
    if reason == "import":
        return text("före import")
    if reason == "restore":
        return text("före återställning")
    return reason


def counts_line(counts: dict[str, int] | None) -> str:
    """"312 pass, 1204 kontakter, 45 uppföljningar" (or that the counts are unknown)."""
    if counts is None:
        return text("antal okänt")
    return text("{shifts} pass, {contacts} kontakter, {follow_ups} uppföljningar",
                shifts=counts.get("shift", 0), contacts=counts.get("contact", 0),
                follow_ups=counts.get("follow_up", 0))


def folder_for(db_path: Path) -> Path:
    """``faltapp.db`` → ``faltapp.db.backups``."""
    return db_path.with_name(db_path.name + FOLDER_SUFFIX)


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _key(db: Database) -> bytes:
    return db._key  # the store's own facade: the key never leaves the store


# -- making a backup --------------------------------------------------------------------------


def backup_job(db: Database, reason: str, *, step_pages: int = STEP_PAGES) -> Job[Path]:
    """Back up the open ``db`` into its backup folder; returns the new backup's path.

    Must not run inside a write transaction of the same database (the copy waits for the
    writer between its steps). Cancelling leaves no file behind.
    """
    if not _REASON.fullmatch(reason):
        raise ValueError(f"bad backup reason {reason!r}")
    writer = db.writer
    path = yield from _backup(lambda: writer.conn, db.path, _key(db), reason,
                              lambda: _Turns(writer), step_pages)
    return path


def _backup(source: Callable[[], Connection], db_path: Path, key: bytes, reason: str,
            turns: Callable[[], _Turns], step_pages: int) -> Job[Path]:
    folder = folder_for(db_path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        remove_stale_files(db_path)
    except OSError as error:
        raise BackupNotWritten(folder, error) from error
    made_at = datetime.now(UTC)  # to the microsecond: orders backups of one second
    temp = folder / f".{made_at.strftime(_STAMP)}-{reason}.partial-{os.urandom(6).hex()}"
    try:
        _ACTIVE.add(temp)
        copy = connect(temp, key)
        try:
            yield from _copy_pages(source(), copy, turns(), step_pages)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            counts = _counts(copy)
            migrations = schema_state.applied_names(copy)
        finally:
            copy.close()
        info = BackupInfo(temp, made_at, reason, counts, tuple(migrations), _fsync_and_hash(temp))
        path = _publish(temp, info)
    except OSError as error:
        raise BackupNotWritten(folder, error) from error
    except DatabaseError as error:
        if "full" in str(error).lower():
            raise BackupNotWritten(folder, OSError(28, "disk full")) from error
        raise
    finally:
        _remove(temp, _companion(temp, "-journal"))
        _ACTIVE.discard(temp)
    rotate(db_path)
    yield Progress(1, 1)
    return path


class _Turns:
    """The writer's connection, taken for one step of the copy and given back after it."""

    def __init__(self, writer: Writer | None) -> None:
        self._writer = writer
        self._held: contextlib.AbstractContextManager[Any] | None = None

    def take(self) -> None:
        if self._writer is not None:
            self._held = self._writer.exclusive()
            self._held.__enter__()

    def give(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            held.__exit__(None, None, None)
            time.sleep(0.001)  # a save waiting for the writer gets in before the next step


class _Stopped(Exception):
    """The job was closed: stop the copy at the next step."""


def _copy_pages(source: Connection, target: Connection, turns: _Turns,
                step_pages: int) -> Job[None]:
    """Copy ``source`` into ``target`` step by step on a helper thread, yielding progress."""
    events: queue.Queue[tuple[int, int] | BaseException | None] = queue.Queue()
    stop = threading.Event()

    def progress(_status: int, remaining: int, total: int) -> None:
        turns.give()
        if stop.is_set():
            raise _Stopped
        events.put((total - remaining, total))
        turns.take()

    def run() -> None:
        try:
            turns.take()
            try:
                source.backup(target, pages=step_pages, progress=progress)
            finally:
                turns.give()
        except BaseException as exc:
            events.put(exc)
        else:
            events.put(None)

    worker = threading.Thread(target=run, name="faltapp-backup", daemon=True)
    worker.start()
    try:
        while (event := events.get()) is not None:
            if isinstance(event, BaseException):
                raise event
            yield Progress(*event)
    finally:
        stop.set()
        worker.join()


def _counts(conn: Connection) -> dict[str, int]:
    """Current records per entity table (tombstones left out), and the versions in history."""
    from faltapp.core.entities import TYPE_BY_TABLE

    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    counts = {table: int(conn.execute(f'SELECT count(*) FROM "{table}" WHERE deleted = 0')
                         .fetchone()[0]) for table in TYPE_BY_TABLE if table in present}
    counts["history"] = int(conn.execute("SELECT count(*) FROM history").fetchone()[0])
    return counts


def _fsync_and_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
        os.fsync(handle.fileno())
    return digest.hexdigest()


def _publish(temp: Path, info: BackupInfo) -> Path:
    """Sidecar first, then the backup under the first free name (the commit point)."""
    base = f"{info.made_at.strftime(_STAMP)}-{info.reason}"
    document = {"format": FORMAT, "version": 1, "made_at": info.made_at.isoformat(),
                "reason": info.reason, "counts": info.counts, "migrations": list(info.migrations),
                "size": temp.stat().st_size, "sha256": info.sha256}
    for number in range(1, 1000):
        path = temp.parent / (f"{base}.db" if number == 1 else f"{base}-{number}.db")
        if path.exists():
            continue
        write_atomically(_sidecar(path), json.dumps(document, indent=1).encode(), replace=True)
        try:
            os.link(temp, path)
        except FileExistsError:
            continue
        fsync_dir(path.parent)
        return path
    raise FileExistsError(temp.parent / f"{base}.db")


# -- listing and rotation ---------------------------------------------------------------------


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup of ``db_path``, newest first, read from the sidecars (nothing is opened)."""
    folder = folder_for(Path(db_path).absolute())
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = [info for name in names if name.endswith(".db") and not name.startswith(".")
             if (info := read_info(folder / name)) is not None]
    return sorted(found, key=lambda i: (i.made_at, i.path.name), reverse=True)


def read_info(path: Path) -> BackupInfo | None:
    """A backup's description; from its name when the sidecar is missing or unreadable."""
    match = _NAME.fullmatch(path.name)
    try:
        with _sidecar(path).open("rb") as handle:
            document = json.loads(handle.read(MAX_SIDECAR_BYTES))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("not a backup sidecar")
        counts = document.get("counts")
        return BackupInfo(
            path, datetime.fromisoformat(document["made_at"]).astimezone(UTC),
            str(document["reason"]),
            {str(k): int(v) for k, v in counts.items()} if isinstance(counts, dict) else None,
            tuple(str(m) for m in document.get("migrations") or ()),
            str(document["sha256"]) if document.get("sha256") else None)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        if match is None:
            return None
        made_at = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        return BackupInfo(path, made_at, match.group(2))


def rotate(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete backups the policy no longer keeps (see the module docstring); returns them."""
    now = now or datetime.now(UTC)
    backups = list_backups(db_path)  # newest first
    keep: set[Path] = set()
    per_reason: dict[str, int] = {}
    days: set[str] = set()
    for info in backups:
        per_reason[info.reason] = per_reason.get(info.reason, 0) + 1
        if per_reason[info.reason] <= KEEP_PER_REASON:
            keep.add(info.path)
        day = info.made_at.date().isoformat()
        if now - info.made_at <= timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(info.path)
    removed = [info.path for info in backups if info.path not in keep]
    for path in removed:
        _remove(_sidecar(path), _companion(path, "-wal"), path)
    return removed


def remove_stale_files(db_path: Path) -> None:
    """Remove temp files of backups and restores a kill interrupted (the caller holds the
    database's lock, so none of them is in use)."""
    for folder in (folder_for(db_path), db_path.parent):
        with contextlib.suppress(OSError):
            for name in os.listdir(folder):
                stale = folder / name
                mine = folder == folder_for(db_path) or name.startswith(f".{db_path.name}.")
                running = any(name.startswith(a.name) for a in list(_ACTIVE))
                if mine and not running and _TEMP.fullmatch(name):
                    _remove(stale)


# -- restoring --------------------------------------------------------------------------------


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
        _ACTIVE.add(staged)
        try:
            _stage(info, staged, key)
            yield Progress(1, 3, text("Sparar den nuvarande databasen…"))
            previous = yield from _save_current(db_path, key)
            for suffix in ("-wal", "-shm"):  # the WAL is empty now, or saved with the old file
                _remove(_companion(db_path, suffix))
            os.replace(staged, db_path)
            fsync_dir(db_path.parent)
        finally:
            _remove(staged, _companion(staged, "-journal"), _companion(staged, "-wal"))
            _ACTIVE.discard(staged)
        yield Progress(3, 3)
    return RestoreResult(info, previous)


def _stage(info: BackupInfo, staged: Path, key: bytes) -> None:
    """Copy the backup beside the database and prove it whole under ``key``."""
    if info.sha256 is not None and _fsync_and_hash(info.path) != info.sha256:
        raise BackupUnusable(info.path, "damaged")
    shutil.copyfile(info.path, staged)
    wal = _companion(info.path, "-wal")  # a damaged database saved byte for byte
    if wal.is_file():
        shutil.copyfile(wal, _companion(staged, "-wal"))
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
    except DatabaseError:
        raise BackupUnusable(info.path, "damaged") from None
    finally:
        conn.close()
    _fsync_and_hash(staged)


def _save_current(db_path: Path, key: bytes) -> Job[Path | None]:
    """Back up the database about to be replaced; checkpoint it so its WAL is empty."""
    if not db_path.exists():
        return None
    try:
        conn = connect(db_path, key)
    except NotADatabase:
        return _copy_damaged(db_path)
    try:
        saved = yield from _backup(lambda: conn, db_path, key, "restore",
                                   lambda: _Turns(None), STEP_PAGES)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return saved


def _copy_damaged(db_path: Path) -> Path:
    """A current database that does not open is kept as it is (with its WAL) among the backups."""
    folder = folder_for(db_path)
    made_at = datetime.now(UTC)  # to the microsecond: orders backups of one second
    temp = folder / f".{made_at.strftime(_STAMP)}-restore.partial-{os.urandom(6).hex()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        shutil.copyfile(db_path, temp)
        info = BackupInfo(temp, made_at, "restore", sha256=_fsync_and_hash(temp))
        path = _publish(temp, info)
        wal = _companion(db_path, "-wal")
        if wal.is_file() and wal.stat().st_size:
            shutil.copyfile(wal, _companion(path, "-wal"))
            _fsync_and_hash(_companion(path, "-wal"))
            fsync_dir(folder)
    except OSError as error:
        raise BackupNotWritten(folder, error) from error
    finally:
        _remove(temp)
    return path


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

