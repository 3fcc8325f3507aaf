"""Conflicts between devices: list them with both versions, and resolve one (issue 8 item 5).

A merge that leaves two heads records a row in ``conflict`` (``store/merge.py``). Resolving
writes a new version whose ``parent`` is the winning head and ``parent2`` the losing one, so
the record has one head again on every device that imports it; the conflict row gets
``resolved_at`` and how it was resolved. Hung off the facade as ``db.conflicts``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from faltapp.core.messages import text
from faltapp.core.versions import LamportClock, utc_now
from faltapp.store.errors import StoreError
from faltapp.store.writer import Writer

_OPEN_SQL = """
    SELECT c.seq, c.table_name, c.id, c.winner, c.loser, c.detected_at,
           w.payload, w.deleted, w.changed_at, w.changed_by,
           l.payload, l.deleted, l.changed_at, l.changed_by
    FROM conflict c
    JOIN history w ON w.table_name = c.table_name AND w.id = c.id AND w.version = c.winner
    JOIN history l ON l.table_name = c.table_name AND l.id = c.id AND l.version = c.loser
    WHERE c.resolved_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM history x WHERE x.table_name = c.table_name
                      AND x.id = c.id AND (x.parent = c.loser OR x.parent2 = c.loser))
    ORDER BY c.seq"""


class ConflictGone(StoreError):
    """The conflict was resolved meanwhile (here or by an import): nothing was written."""

    def __init__(self, table: str, record_id: str) -> None:
        super().__init__(text("Konflikten för {table} {record_id} är redan löst; ingenting "
                              "ändrades.", table=table, record_id=record_id))


@dataclass(frozen=True, slots=True)
class VersionSide:
    """One of the two versions: its content (None when it is a deletion) and who made it."""

    version: str
    payload: dict[str, Any] | None
    changed_at: str
    changed_by: str

    @property
    def deleted(self) -> bool:
        """True when this version deleted the record."""
        return self.payload is None


@dataclass(frozen=True, slots=True)
class OpenConflict:
    """A record with two heads the team leader has not reviewed yet."""

    seq: int
    table: str
    id: str
    detected_at: str
    winner: VersionSide
    loser: VersionSide


class Conflicts:
    """Open conflicts and their resolution; writes go through the one writer."""

    def __init__(self, writer: Writer, reader: Any, device_id: str,
                 clock: LamportClock) -> None:
        self._writer = writer
        self._db = reader
        self._device = device_id
        self._clock = clock

    def open(self) -> list[OpenConflict]:
        """Every unresolved conflict whose losing version is still a head (no version names
        it as a parent yet, here or from another device), oldest first."""
        found = []
        for row in self._db.execute(_OPEN_SQL).fetchall():
            winner = VersionSide(row[3], _content(row[6], row[7]), row[8], row[9])
            loser = VersionSide(row[4], _content(row[10], row[11]), row[12], row[13])
            found.append(OpenConflict(row[0], row[1], row[2], row[5], winner, loser))
        return found

    def resolve(self, conflict: OpenConflict, payload: dict[str, Any] | None,
                how: str) -> str:
        """Write ``payload`` (None: keep the record deleted) as the version after both heads.

        ``how`` says what the leader chose ("vinnaren", "den andra", "fält för fält"); it is
        stored with the conflict. Raises :class:`ConflictGone` when the two versions are no
        longer both heads, and ValidationError (via the entity) for content that is not valid.
        Returns the new version.
        """
        # Imported here: the facade builds this object at start-up, before any entity is read.
        from faltapp.core.codec import from_payload
        from faltapp.core.digest import content_hash
        from faltapp.core.entities import TYPE_BY_TABLE
        from faltapp.store.merge import heads
        from faltapp.store.versioning import store_clock, write_version

        cls = TYPE_BY_TABLE[conflict.table]
        if payload is not None:
            from_payload(cls, {**payload, "id": conflict.id})  # refuses a malformed payload
        with self._writer.transaction() as txn:
            current = {h.version for h in heads(txn.conn, conflict.table, conflict.id)}
            if not {conflict.winner.version, conflict.loser.version} <= current:
                raise ConflictGone(conflict.table, conflict.id)
            version = self._clock.next_version(self._device)
            now = utc_now()
            write_version(txn.conn, cls, conflict.id, payload, version, conflict.winner.version,
                          content_hash(payload, payload is None), now, self._device,
                          "konflikt löst", parent2=conflict.loser.version)
            txn.conn.execute(
                "UPDATE conflict SET resolved_at = ?, resolution = ? WHERE table_name = ? "
                "AND id = ? AND resolved_at IS NULL", [now, how, conflict.table, conflict.id])
            store_clock(txn.conn, self._clock)
            txn.changed(conflict.table, conflict.id)
        return str(version)


def _content(stored: str | None, deleted: int) -> dict[str, Any] | None:
    if deleted or stored is None:
        return None
    return json.loads(stored)
