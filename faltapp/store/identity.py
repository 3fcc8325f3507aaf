"""Who this database is, checked on every open: copies get a new device id, the clock catches up.

A copied or restored database would otherwise hand out the same versions (``41-<device>``) as
its original for different content. The file's identity (its inode number) is stored in
``settings``; a database that finds itself in another file was copied or restored and takes a
new device id, keeping the old one's versions as they are. Moving the file within one file
system keeps its inode and its identity. The Lamport counter is raised to at least the highest
counter in history, so no new version can sort below one that exists.
"""

from __future__ import annotations

import os
from pathlib import Path

from faltapp.store.writer import Writer

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
    if stored != identity:
        updates["file_identity"] = identity
        if stored is not None:
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
