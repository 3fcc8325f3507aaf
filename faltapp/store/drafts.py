"""Editor drafts: what an open shift editor holds but has not saved, kept for crash recovery.

A draft is local to this database (never synced, no history): one row per shift being edited,
its payload an opaque JSON text that ``core/editor_draft.py`` writes and reads. It lives inside
the encrypted database, never in a plain temporary file. Writing it goes through the one writer
like every other write; saving the shift removes it in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from faltapp.core.messages import text
from faltapp.core.versions import utc_now
from faltapp.store.writer import Txn, Writer

DRAFT_TABLE = "editor_draft"
MAX_DRAFT_CHARS = 4_000_000
"""A draft is what one person typed into one shift; anything larger is a bug, not a draft."""


@dataclass(frozen=True, slots=True)
class DraftInfo:
    """A draft waiting to be offered back: which shift, and when it was last written (UTC)."""

    shift_id: str
    saved_at: str


class EditorDrafts:
    """Put, read and drop drafts; reads use the calling thread's reader connection."""

    def __init__(self, writer: Writer, reader: Any) -> None:
        self._writer = writer
        self._reader = reader

    def put(self, shift_id: str, payload: str) -> None:
        """Store (or replace) the draft of ``shift_id``; committed when this returns."""
        if len(payload) > MAX_DRAFT_CHARS:
            raise ValueError(text("Utkastet är för stort ({count} tecken).", count=len(payload)))
        with self._writer.transaction() as txn:
            txn.conn.execute(
                f'INSERT INTO "{DRAFT_TABLE}" ("shift_id", "payload", "saved_at") VALUES (?, ?, ?) '
                'ON CONFLICT("shift_id") DO UPDATE SET "payload" = excluded."payload", '
                '"saved_at" = excluded."saved_at"',
                [shift_id, payload, utc_now()])
            txn.changed(DRAFT_TABLE, shift_id)

    def get(self, shift_id: str) -> str | None:
        """The draft payload of ``shift_id``, or None."""
        row = self._reader.execute(
            f'SELECT "payload" FROM "{DRAFT_TABLE}" WHERE "shift_id" = ?', [shift_id]).fetchone()
        return row[0] if row else None

    def waiting(self) -> list[DraftInfo]:
        """Every stored draft, the most recently written first."""
        rows = self._reader.execute(
            f'SELECT "shift_id", "saved_at" FROM "{DRAFT_TABLE}" ORDER BY "saved_at" DESC'
        ).fetchall()
        return [DraftInfo(r[0], r[1]) for r in rows]

    def discard(self, shift_id: str) -> None:
        """Drop the draft of ``shift_id`` (nothing happens if there is none)."""
        with self._writer.transaction() as txn:
            discard_in(txn, shift_id)


def discard_in(txn: Txn, shift_id: str) -> None:
    """Drop the draft of ``shift_id`` inside an open transaction (a save drops its draft)."""
    cursor = txn.conn.execute(f'DELETE FROM "{DRAFT_TABLE}" WHERE "shift_id" = ?', [shift_id])
    if cursor.rowcount:
        txn.changed(DRAFT_TABLE, shift_id)
