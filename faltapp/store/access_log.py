"""The access log (issue 9 item 1, DESIGN §8): who opened, printed, exported or imported what.

Hung off the facade as ``db.access``. Local and never synced: each laptop logs its own use.
Append-only: triggers of migration ``0006_persons`` refuse every UPDATE and every DELETE,
except rows logged before the day a retention purge names for the length of its own
transaction (:meth:`AccessLog.purge_before`, the hook gallring calls with the cut-off of
the ``access_log`` rule in ``resources/data/retention.json``). Nothing in the app edits a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.core.versions import utc_now
from faltapp.store.errors import StoreError
from faltapp.store.writer import Writer

ACTIONS: tuple[str, ...] = (
    "open_person", "open_contact", "registerutdrag", "erase", "export", "import", "print",
    "save_pdf", "settings",
)
"""Every action the log knows; ``log`` refuses any other (a programming error)."""
TABLE = "access_log"
PURGE_KEY = "access_log_purge_before"
"""The settings key the delete trigger reads; present only inside a purge's transaction."""
_PROFILE_KEYS = ("profile_name", "profile_device")
CSV_COLUMNS = ("tid_utc", "vem", "enhet", "handelse", "tabell", "post")


@dataclass(frozen=True, slots=True)
class AccessEntry:
    """One logged access: when (UTC ISO text), who, on which device, what, which record."""

    seq: int
    logged_at: str
    who: str
    device: str
    action: str
    table: str | None
    record_id: str | None


class AccessLog:
    """``db.access``: append to the log and read it (reads on the calling thread's reader)."""

    def __init__(self, writer: Writer, reader: Any, device_id: str) -> None:
        self._writer = writer
        self._reader = reader
        self._device_id = device_id

    def log(self, action: str, table: str | None = None, record_id: str | None = None) -> int:
        """Append one row (joins the caller's transaction on this thread); returns its seq."""
        if action not in ACTIONS:
            raise ValueError(f"unknown access-log action {action!r}")
        with self._writer.transaction() as txn:
            found = dict(txn.conn.execute(
                "SELECT key, value FROM settings WHERE key IN (?, ?)", _PROFILE_KEYS))
            cursor = txn.conn.execute(
                f'INSERT INTO "{TABLE}" (logged_at, who, device, action, table_name, record_id) '
                "VALUES (?, ?, ?, ?, ?, ?)",
                [utc_now(), found.get("profile_name", ""),
                 found.get("profile_device") or self._device_id[:8], action, table, record_id])
            seq = int(cursor.lastrowid)
            txn.changed(TABLE, str(seq))
        return seq

    def entries(self, since: date | None = None, until: date | None = None,
                action: str | None = None) -> list[AccessEntry]:
        """Rows logged on ``since`` (UTC day) or later and before ``until``, oldest first."""
        where, params = ["1"], []
        if since is not None:
            where.append("logged_at >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("logged_at < ?")
            params.append(until.isoformat())
        if action is not None:
            where.append("action = ?")
            params.append(action)
        rows = self._reader.execute(
            "SELECT seq, logged_at, who, device, action, table_name, record_id "
            f'FROM "{TABLE}" WHERE {" AND ".join(where)} ORDER BY seq', params).fetchall()
        return [AccessEntry(*row) for row in rows]

    def count(self) -> int:
        """How many rows the log holds."""
        return int(self._reader.execute(f'SELECT count(*) FROM "{TABLE}"').fetchone()[0])

    def purge_before(self, cutoff: date) -> int:
        """Delete the rows logged before ``cutoff`` (the retention hook); returns how many.

        The trigger lets a DELETE through only for rows older than the day stored under
        :data:`PURGE_KEY`, which exists only inside this transaction.
        """
        with self._writer.transaction() as txn:
            txn.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                             "DO UPDATE SET value = excluded.value",
                             [PURGE_KEY, cutoff.isoformat()])
            deleted = txn.conn.execute(f'DELETE FROM "{TABLE}" WHERE logged_at < ?',
                                       [cutoff.isoformat()]).rowcount
            txn.conn.execute("DELETE FROM settings WHERE key = ?", [PURGE_KEY])
            if deleted:
                txn.changed(TABLE, "purge")
        return int(deleted)

    def csv_job(self, path: Path, since: date | None = None) -> Job[int]:
        """Write the log (from ``since``) to ``path`` as CSV for a spreadsheet (UTF-8 with BOM,
        ``;``), atomically; returns the rows written. A written file is logged (``export``)."""
        import csv
        import io

        from faltapp.store.atomic_file import write_atomically

        entries = self.entries(since=since)
        yield Progress(0, len(entries))
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows((e.logged_at, e.who, e.device, e.action, e.table or "", e.record_id or "")
                         for e in entries)
        try:
            write_atomically(path, buffer.getvalue().encode("utf-8-sig"), replace=True)
        except OSError as error:
            raise AccessLogError(text("Åtkomstloggen kunde inte sparas i {path}: {reason}.",
                                      path=str(path), reason=error.strerror or str(error))
                                 ) from None
        self.log("export", TABLE, path.name)
        yield Progress(len(entries), len(entries))
        return len(entries)


class AccessLogError(StoreError):
    """The access log could not be written to a file (one Swedish sentence)."""
