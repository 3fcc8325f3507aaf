"""Local versioned writes inside one :class:`Txn`: save with a base, delete, purge.

Every write checks the base version the caller started from against the current head and
refuses with :class:`EditConflict` if the head moved; content equal to the head writes nothing.
A new version gets the next Lamport counter, its parent (the head), a content hash, and a row in
``history`` whose ``seq`` orders local arrival. Tombstones and purged versions carry no content.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from faltapp.core.codec import to_payload
from faltapp.core.digest import canonical_json, content_hash
from faltapp.core.entities import Entity
from faltapp.core.messages import text
from faltapp.core.problems import Problem, ValidationError
from faltapp.core.validation import Context, validate
from faltapp.core.versions import LamportClock, Version, utc_now
from faltapp.store import rows
from faltapp.store.errors import DanglingReference, EditConflict, RecordPurged
from faltapp.store.writer import Txn

# (table, field) -> table it refers to; list fields hold several ids.
REFERENCES: dict[tuple[str, str], str] = {
    ("tally", "shift_id"): "shift",
    ("contact", "shift_id"): "shift",
    ("contact", "place_id"): "place",
    ("observation", "shift_id"): "shift",
    ("observation", "place_id"): "place",
    ("follow_up", "shift_id"): "shift",
    ("follow_up", "contact_id"): "contact",
    ("follow_up", "owner_id"): "staff",
    ("shift", "area_ids"): "place",
    ("shift", "staff_ids"): "staff",
}
_CHUNK = 400  # ids per IN (...) query, under SQLite's variable limit
_OTHER_DELETED_HEADS_SQL = """
    SELECT h.version FROM history h
    WHERE h.table_name = ? AND h.id = ? AND h.deleted = 1 AND h.version != ?
      AND NOT EXISTS (SELECT 1 FROM history c WHERE c.table_name = h.table_name
                      AND c.id = h.id AND (c.parent = h.version OR c.parent2 = h.version))
    ORDER BY h.lamport, h.device"""


@dataclass(frozen=True, slots=True)
class Head:
    """The current row of a record as the writer needs it."""

    version: str
    deleted: bool
    hash: str | None
    payload: dict[str, Any]


class VersionedWrites:
    """Saves, deletes and purges of local changes within one transaction."""

    def __init__(self, txn: Txn, device_id: str, clock: LamportClock, context: Context,
                 at: str | None = None) -> None:
        self._txn = txn
        self._conn = txn.conn
        self._device = device_id
        self._clock = clock
        self._context = context
        self._now = at or utc_now()

    # -- public -----------------------------------------------------------------------------

    def save(self, items: Sequence[tuple[Entity, str | None]], reason: str = "") -> int:
        """Store each ``(entity, base)``; returns how many new versions were written.

        Consecutive runs of one type are written in the given order, so a shift can be saved
        before the tallies that refer to it. Raises ValidationError, EditConflict,
        RecordPurged or DanglingReference; the caller's transaction then rolls back.
        """
        written = 0
        seen: set[tuple[str, str]] = set()
        for cls, run in itertools.groupby(items, key=lambda item: type(item[0])):
            batch = list(run)
            for entity, _ in batch:
                key = (cls.TABLE, entity.id)
                if key in seen:
                    raise ValidationError(
                        [Problem("id", text("Samma post förekommer två gånger."))])
                seen.add(key)
            written += self._save_run(cls, batch, reason)
        return written

    def delete(self, cls: type, record_id: str, base: str | None, reason: str = "") -> bool:
        """Write a tombstone (no content) over ``base``; False if already deleted."""
        head = self._heads(cls, [record_id]).get(record_id)
        if head is None or head.version != base:
            raise EditConflict(cls.TABLE, record_id)
        if head.deleted:
            return False
        self._write(cls, record_id, None, head.version, reason)
        return True

    def purge(self, cls: type, record_id: str, rule: str) -> int:
        """Blank the record and every payload in its history; returns the versions blanked.

        Versions, parents and hashes stay, so sync still recognises them; the id is marked
        purged and no content is ever stored under it again.
        """
        head = self._heads(cls, [record_id]).get(record_id)
        if head is not None and not head.deleted:
            self._write(cls, record_id, None, head.version, "gallring")
        cursor = self._conn.execute(
            'UPDATE history SET payload = NULL, purged = 1 WHERE table_name = ? AND id = ?',
            [cls.TABLE, record_id])
        self._conn.execute(
            "INSERT INTO retention_log (at, table_name, id, rule, versions) VALUES (?, ?, ?, ?, ?)",
            [self._now, cls.TABLE, record_id, rule, cursor.rowcount])
        self._txn.changed(cls.TABLE, record_id)
        return int(cursor.rowcount)

    def persist_clock(self) -> None:
        """Store the Lamport counter (inside this transaction)."""
        store_clock(self._conn, self._clock)

    # -- internals --------------------------------------------------------------------------

    def _save_run(self, cls: type, batch: list[tuple[Entity, str | None]], reason: str) -> int:
        ids = [entity.id for entity, _ in batch]
        heads = self._heads(cls, ids)
        purged = purged_ids(self._conn, cls.TABLE, ids)
        pending: list[tuple[str, dict[str, Any], str | None, str]] = []
        for entity, base in batch:
            head = heads.get(entity.id)
            if entity.id in purged:
                raise RecordPurged(cls.TABLE, entity.id)
            if (head.version if head else None) != base:
                raise EditConflict(cls.TABLE, entity.id)
            payload = to_payload(entity)
            if head is not None:
                for key, value in rows.unknown_fields(cls, head.payload).items():
                    payload.setdefault(key, value)
            self._validate(entity, head)
            digest = content_hash(payload, False)
            if head is not None and not head.deleted and head.hash == digest:
                continue  # unchanged: no new version
            pending.append((entity.id, payload, head.version if head else None, digest))
        self._check_references(cls, [(p, heads.get(i)) for i, p, _, _ in pending])
        written = 0
        for record_id, payload, parent, digest in pending:
            if parent is not None and heads[record_id].deleted:
                written += self._restore_other_branches(cls, record_id, payload, parent,
                                                        digest, reason)
            self._write(cls, record_id, payload, parent, reason, digest)
        return written + len(pending)

    def _restore_other_branches(self, cls: type, record_id: str, payload: dict[str, Any],
                                parent: str, digest: str, reason: str) -> int:
        """A restore over the winning tombstone also restores every other deleted head.

        Concurrent deletes leave several tombstone heads; one left alone would beat the
        restore (a tombstone wins over an edit) on every other laptop. The version over
        ``parent`` is written last, so it has the highest counter and wins everywhere.
        """
        others = [r[0] for r in self._conn.execute(_OTHER_DELETED_HEADS_SQL,
                                                   [cls.TABLE, record_id, parent])]
        for other in others:
            version = self._clock.next_version(self._device)
            write_version(self._conn, cls, record_id, payload, version, other, digest,
                          self._now, self._device, reason, current=False)
        return len(others)

    def _validate(self, entity: Entity, head: Head | None) -> None:
        problems = [p for p in validate(entity, self._context) if not _tolerated(p, head)]
        if problems:
            raise ValidationError(problems)

    def _write(self, cls: type, record_id: str, payload: dict[str, Any] | None,
               parent: str | None, reason: str, digest: str | None = None) -> None:
        """A new version; ``digest`` is the payload's content hash when already known."""
        version = self._clock.next_version(self._device)
        if digest is None:
            digest = content_hash(payload, payload is None)
        write_version(self._conn, cls, record_id, payload, version, parent, digest,
                      self._now, self._device, reason)
        self._txn.changed(cls.TABLE, record_id)

    def _heads(self, cls: type, ids: list[str]) -> dict[str, Head]:
        return read_heads(self._conn, cls, ids)

    def _check_references(self, cls: type,
                          items: list[tuple[dict[str, Any], Head | None]]) -> None:
        for (table, field), target in REFERENCES.items():
            if table != cls.TABLE or not items:
                continue
            wanted: dict[str, None] = {}
            for payload, head in items:
                value = payload.get(field)
                refs = value if isinstance(value, list) else [value] if value else []
                old = head.payload.get(field) if head else None
                kept = set(old if isinstance(old, list) else [old] if old else [])
                for ref in refs:
                    if ref not in kept:  # a reference the head already had is kept as is
                        wanted[ref] = None
            live = live_ids(self._conn, target, list(wanted))
            missing = [r for r in wanted if r not in live]
            if missing:
                raise DanglingReference(field, target, missing[0])


def store_clock(conn: Any, clock: LamportClock) -> None:
    """Keep the Lamport counter in ``settings`` (inside the caller's transaction)."""
    conn.execute("UPDATE settings SET value = ? WHERE key = 'lamport'", [str(clock.value)])


def write_version(conn: Any, cls: type, record_id: str, payload: dict[str, Any] | None,
                  version: Version, parent: str | None, digest: str, changed_at: str,
                  changed_by: str, reason: str = "", *, current: bool = True,
                  parent2: str | None = None) -> None:
    """Insert one version into history and (``current``) make it the record's row.

    ``parent2`` is the second head a version replaces when it resolves a conflict.
    """
    deleted = payload is None
    conn.execute(
        "INSERT INTO history (table_name, id, version, parent, parent2, lamport, device, hash, "
        "changed_at, changed_by, deleted, reason, payload) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [cls.TABLE, record_id, str(version), parent, parent2, version.lamport,
         version.device_id, digest, changed_at, changed_by, int(deleted), reason or None,
         "{}" if deleted else canonical_json(payload)])
    if current:
        meta = (str(version), parent, changed_at, changed_by, int(deleted))
        conn.execute(rows.upsert_sql(cls), rows.row_values(cls, record_id, payload, meta))


def read_heads(conn: Any, cls: type, ids: list[str]) -> dict[str, Head]:
    """Current rows of ``ids`` with their content hash (deleted ones included)."""
    out: dict[str, Head] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        cursor = conn.execute(
            f'SELECT r.*, h.hash AS "__hash" FROM "{cls.TABLE}" r LEFT JOIN history h '
            "ON h.table_name = ? AND h.id = r.id AND h.version = r.version "
            f"WHERE r.id IN ({marks})", [cls.TABLE, *chunk])
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            deleted = bool(row["deleted"])
            payload = {} if deleted else rows.payload_from_row(cls, row)
            out[row["id"]] = Head(row["version"], deleted, row["__hash"], payload)
    return out


def purged_ids(conn: Any, table: str, ids: list[str]) -> set[str]:
    """Which of ``ids`` were purged by retention."""
    return _ids_among(conn, ids, "SELECT DISTINCT id FROM history WHERE table_name = ? "
                      "AND purged = 1 AND id IN ({marks})", [table])


def live_ids(conn: Any, table: str, ids: list[str]) -> set[str]:
    """Which of ``ids`` exist in ``table`` and are not deleted."""
    return _ids_among(conn, ids, f'SELECT id FROM "{table}" WHERE deleted = 0 '
                      "AND id IN ({marks})", [])


def _ids_among(conn: Any, ids: list[str], sql: str, params: list[Any]) -> set[str]:
    """The ids ``sql`` returns for ``ids``, asked in chunks under SQLite's variable limit."""
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        query = sql.format(marks=",".join("?" * len(chunk)))
        found.update(r[0] for r in conn.execute(query, [*params, *chunk]))
    return found


def _tolerated(problem: Problem, head: Head | None) -> bool:
    """An unknown code the head already had (from a newer build) is kept, not refused."""
    if problem.unknown is None or head is None:
        return False
    old = head.payload.get(problem.field)
    return old == problem.unknown or (isinstance(old, list) and problem.unknown in old)

