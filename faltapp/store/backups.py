"""Backups of the encrypted database beside it (restoring one: ``store/restore.py``).

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

Restoring one of them is ``store/restore.py``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.store import schema_state
from faltapp.store.atomic_file import fsync_dir, write_atomically
from faltapp.store.connection import Connection, DatabaseError, connect
from faltapp.store.errors import StoreError, os_error_cause

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
STAMP = "%Y-%m-%dT%H%M%SZ"
ACTIVE_TEMPS: set[Path] = set()  # temp files of jobs running in this process (set ops are atomic)
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


def reason_label(reason: str) -> str:
    """``import`` → "före import"; an unknown reason is shown as it is."""
    if reason == "manual":
        return text("manuell")
    if reason == "import":
        return text("före import")
    if reason == "restore":
        return text("före återställning")
    if reason == "daily":
        return text("daglig")
    return reason


def daily_backup_due(db_path: Path, today: date | None = None) -> bool:
    """True if no backup of any reason was made today (UTC) beside ``db_path``."""
    day = today or datetime.now(UTC).date()
    return not any(info.made_at.astimezone(UTC).date() == day
                   for info in list_backups(db_path))


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
    path = yield from make_backup(lambda: writer.conn, db.path, _key(db), reason,
                              lambda: Turns(writer), step_pages)
    return path


def make_backup(source: Callable[[], Connection], db_path: Path, key: bytes, reason: str,
                turns: Callable[[], Turns], step_pages: int) -> Job[Path]:
    """Copy the database behind ``source`` into a new backup (the job of :func:`backup_job`;
    also used by ``store/restore.py`` for the state a restore replaces)."""
    folder = folder_for(db_path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        remove_stale_files(db_path)
    except OSError as error:
        raise BackupNotWritten(folder, error) from error
    made_at = datetime.now(UTC)  # to the microsecond: orders backups of one second
    temp = folder / f".{made_at.strftime(STAMP)}-{reason}.partial-{os.urandom(6).hex()}"
    try:
        ACTIVE_TEMPS.add(temp)
        copy = connect(temp, key)
        try:
            yield from _copy_pages(source(), copy, turns(), step_pages)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            counts = _counts(copy)
            migrations = schema_state.applied_names(copy)
        finally:
            copy.close()
        info = BackupInfo(temp, made_at, reason, counts, tuple(migrations), fsync_and_hash(temp))
        path = publish(temp, info)
    except OSError as error:
        raise BackupNotWritten(folder, error) from error
    except DatabaseError as error:
        if "full" in str(error).lower():
            raise BackupNotWritten(folder, OSError(28, "disk full")) from error
        raise
    finally:
        remove_files(temp, companion(temp, "-journal"))
        ACTIVE_TEMPS.discard(temp)
    rotate(db_path)
    yield Progress(1, 1)
    return path


class Turns:
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


def _copy_pages(source: Connection, target: Connection, turns: Turns,
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


def fsync_and_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
        os.fsync(handle.fileno())
    return digest.hexdigest()


def publish(temp: Path, info: BackupInfo) -> Path:
    """Sidecar first, then the backup under the first free name (the commit point)."""
    base = f"{info.made_at.strftime(STAMP)}-{info.reason}"
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
        made_at = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
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
        remove_files(_sidecar(path), companion(path, "-wal"), path)
    return removed


def remove_stale_files(db_path: Path) -> None:
    """Remove temp files of backups and restores a kill interrupted (the caller holds the
    database's lock, so none of them is in use)."""
    for folder in (folder_for(db_path), db_path.parent):
        with contextlib.suppress(OSError):
            for name in os.listdir(folder):
                stale = folder / name
                mine = folder == folder_for(db_path) or name.startswith(f".{db_path.name}.")
                running = any(name.startswith(a.name) for a in list(ACTIVE_TEMPS))
                if mine and not running and _TEMP.fullmatch(name):
                    remove_files(stale)


def companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def remove_files(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

