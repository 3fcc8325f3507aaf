"""A restored database stays the same device: id, keys, team, export counter, clock.

Without this a restored file looked like a copy (``store/identity.py``) and took a new device
id, and with it lost its keys (kept per device id) and its place on the team: the field
secretary had to enrol again after every restore. Staying the same device is safe only if the
restored file never hands out a version or an export counter the replaced one already used,
so the replaced database's newer local state is carried into the staged copy before it is put
in place:

- ``settings``: the device id, the Lamport counter (the highest of both files and of both
  histories), and the marks copy detection compares (the sidecar's session token, the staged
  file's inode, which the final rename keeps);
- the device's keys (``device_key``), its team (``team``) and its exports (``export_log``), so
  the next export's counter goes on from the last one the team saw;
- the roster (``team_device``) of the replaced file, but with each device's last imported
  counter from the backup: files imported after the backup can be imported again and bring
  back what the restore took away;
- history's sequence, so versions made after the restore sort after everything the replaced
  database already exported (incremental exports go by that sequence).

A replaced database that does not open (damaged) carries nothing: the restored file then
takes a new device id at its next open, as a copy does.
"""

from __future__ import annotations

from pathlib import Path

from faltapp.store.connection import Connection
from faltapp.store.identity import file_identity, read_session

_CARRIED_TABLES = ("device_key", "team", "export_log")
_UPSERT_SETTING = ("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value")


def carry_identity(current: Connection, staged: Connection, staged_path: Path,
                   db_path: Path) -> None:
    """Write the replaced database's identity and local sync state into ``staged``."""
    settings = dict(current.execute("SELECT key, value FROM settings").fetchall())
    lamport = max(_lamport(current, settings),
                  _lamport(staged, dict(staged.execute("SELECT key, value FROM settings"))))
    updates = {"device_id": settings["device_id"], "lamport": str(lamport),
               "file_identity": file_identity(staged_path)}
    session = read_session(db_path)
    if session is not None:
        updates["session"] = session
    staged.execute("BEGIN IMMEDIATE")
    try:
        staged.executemany(_UPSERT_SETTING, list(updates.items()))
        shared = _tables(current) & _tables(staged)
        for table in _CARRIED_TABLES:
            if table in shared:
                _replace_rows(current, staged, table)
        if "team_device" in shared:
            _carry_roster(current, staged)
        staged.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'history'",
                       [_history_seq(current)])
        staged.execute("COMMIT")
    except BaseException:
        staged.execute("ROLLBACK")
        raise


def _lamport(conn: Connection, settings: dict[str, str]) -> int:
    try:
        stored = int(settings.get("lamport") or 0)
    except ValueError:
        stored = 0
    highest = conn.execute("SELECT coalesce(max(lamport), 0) FROM history").fetchone()[0]
    return max(stored, int(highest))


def _tables(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(conn: Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _replace_rows(current: Connection, staged: Connection, table: str) -> None:
    columns = _columns(current, table)
    names = ", ".join(f'"{c}"' for c in columns)
    rows = current.execute(f'SELECT {names} FROM "{table}"').fetchall()
    staged.execute(f'DELETE FROM "{table}"')
    staged.executemany(f'INSERT INTO "{table}" ({names}) VALUES '
                       f'({", ".join("?" * len(columns))})', rows)


def _carry_roster(current: Connection, staged: Connection) -> None:
    counters = dict(staged.execute('SELECT device_id, last_counter FROM "team_device"'))
    _replace_rows(current, staged, "team_device")
    staged.executemany('UPDATE "team_device" SET last_counter = ? WHERE device_id = ?',
                       [(counter, device) for device, counter in counters.items()])
    known = set(counters)
    staged.executemany('UPDATE "team_device" SET last_counter = 0 WHERE device_id = ?',
                       [(d,) for (d,) in staged.execute('SELECT device_id FROM "team_device"')
                        if d not in known])


def _history_seq(conn: Connection) -> int:
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'history'").fetchone()
    return int(row[0]) if row else 0
