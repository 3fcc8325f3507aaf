"""Who this database is, checked on every open: copies get a new device id, the clock catches up.

A copied or restored database would otherwise hand out the same versions (``41-<device>``) as
its original for different content. Two marks catch that:

- the file's identity (its inode number), stored in ``settings``: a copy lives in another file;
- a *session* token, rotated in the first committed write of every process and kept both in
  ``settings`` and in the sidecar file ``<db>.state``: ``cp backup faltapp.db`` writes an older
  database into the same inode, and its token then differs from the sidecar's.

Either mismatch gives the database a new device id (audit row ``copy``); the old id's versions
stay as they are. Moving the file within one file system keeps both marks. A restore of the
database *and* its sidecar into the same files is not caught (nothing outside them remembers
more). The Lamport counter is raised to at least the highest counter in history on every open.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from faltapp.store.connection import Connection
from faltapp.store.writer import Writer

STATE_SUFFIX = ".state"
_STATE_FORMAT = "faltapp-state"

AUDIT_SQL = "INSERT INTO audit_log (at, device_id, action, detail) VALUES (?, ?, ?, ?)"


def file_identity(path: Path) -> str:
    """The file's identity on its file system (changes when the file is copied)."""
    return str(os.stat(path).st_ino)


def settle(writer: Writer, path: Path, repairs: list[str], now: str) -> tuple[str, int]:
    """Device id and Lamport counter to use; records repairs in ``audit_log``."""
    conn = writer.conn
    settings = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    device = settings["device_id"]
    notes = [("repair", text) for text in repairs]
    updates: dict[str, str] = {}
    try:
        lamport = int(settings.get("lamport") or 0)
    except ValueError:
        lamport = -1
    highest = int(conn.execute("SELECT coalesce(max(lamport), 0) FROM history").fetchone()[0])
    if highest > lamport:
        updates["lamport"] = str(highest)
        notes.append(("repair", f"Lamporträknaren ({settings.get('lamport')!r}) låg efter "
                                f"historiken och höjdes till {highest}."))
        lamport = highest
    identity = file_identity(path)
    stored = settings.get("file_identity")
    sidecar = read_session(path)
    replaced = sidecar is not None and settings.get("session") != sidecar
    if stored != identity or replaced:
        updates["file_identity"] = identity
        if stored is not None or replaced:
            new_device = os.urandom(16).hex()
            updates["device_id"] = new_device
            notes.append(("copy", f"Databasen har kopierats eller återställts; den fick ett nytt "
                                  f"enhets-id {new_device} (tidigare {device})."))
            device = new_device
    if updates or notes:
        with writer.transaction():
            conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                             list(updates.items()))
            conn.executemany(AUDIT_SQL, [(now, device, action, text) for action, text in notes])
    return device, lamport


def state_path(path: Path) -> Path:
    """``faltapp.db`` → ``faltapp.db.state``."""
    return path.with_name(path.name + STATE_SUFFIX)


def read_session(path: Path) -> str | None:
    """The session token in the sidecar file, or None if it is missing or unreadable."""
    try:
        with state_path(path).open("rb") as handle:
            document = json.loads(handle.read(4096))
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("format") != _STATE_FORMAT:
        return None
    session = document.get("session")
    return session if isinstance(session, str) else None


def rotate_session(path: Path) -> Callable[[Connection], Callable[[], None]]:
    """A first-commit hook: a new session token in ``settings``, then in the sidecar file."""

    def in_transaction(conn: Connection) -> Callable[[], None]:
        session = os.urandom(16).hex()
        conn.execute("INSERT INTO settings (key, value) VALUES ('session', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [session])

        def after_commit() -> None:
            from faltapp.store.atomic_file import write_atomically

            data = json.dumps({"format": _STATE_FORMAT, "session": session}).encode()
            # A sidecar left behind only costs a new device id on the next open.
            with contextlib.suppress(OSError):
                write_atomically(state_path(path), data, replace=True)

        return after_commit

    return in_transaction
