"""Merging versions made on other devices (CouchDB's model, DESIGN.md §6).

A version is identified by ``(table, id, version)`` and its content by ``hash``. An incoming
version already in history is ignored if its hash matches and refused if not. Otherwise it joins
the history graph, and the record's current row becomes the deterministic winner among the
*heads* (versions no other version names as parent; a version that resolves a conflict names
both heads it replaces, in ``parent`` and ``parent2``), computed in SQL:

1. a tombstone head beats every head that is not one — a delete made on one laptop wins over an
   edit made concurrently on another, because data about children that someone chose to remove
   must not come back by accident; the edit is not lost: it stays in history and in ``conflict``
   for the team leader to review and restore;
2. then the higher Lamport counter; 3. then the higher device id.

Every device applies the same rule to the same graph and so shows the same winner. An id purged
by retention takes no content again: its incoming versions are recorded without payload.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from faltapp.core.digest import canonical_json, content_hash, content_hash_of
from faltapp.core.messages import text
from faltapp.core.versions import LamportClock, Version, VersionFormatError
from faltapp.store import rows
from faltapp.store.errors import VersionClash
from faltapp.store.versioning import purged_ids, store_clock, write_version
from faltapp.store.writer import Txn, Writer

_HEADS_SQL = """
    SELECT h.version, h.parent, h.deleted, h.lamport, h.device
    FROM history h
    WHERE h.table_name = ? AND h.id = ?
      AND NOT EXISTS (SELECT 1 FROM history c
                      WHERE c.table_name = h.table_name AND c.id = h.id
                        AND (c.parent = h.version OR c.parent2 = h.version))
    ORDER BY h.deleted DESC, h.lamport DESC, h.device DESC"""


class Outcome(enum.Enum):
    """What merging one incoming version did."""

    NEW = "new"                # joined history; the record fast-forwarded or was created
    KNOWN = "known"            # already in history with the same hash
    CONFLICT = "conflict"      # joined history as a second head; a winner was chosen
    PURGED = "purged"          # recorded without content: the id was purged by retention


@dataclass(frozen=True, slots=True)
class ForeignVersion:
    """One version as it arrives from another device (an export record)."""

    table: str
    id: str
    version: str
    parent: str | None
    hash: str
    deleted: bool
    payload: dict[str, Any] | None
    changed_at: str
    changed_by: str
    parent2: str | None = None  # the second head a conflict resolution replaces
    payload_json: str | None = None  # canonical JSON of payload, if the caller made it


@dataclass(frozen=True, slots=True)
class HeadRow:
    """One head of a record's history graph."""

    version: str
    parent: str | None
    deleted: bool
    lamport: int
    device: str


def heads(conn: Any, table: str, record_id: str) -> list[HeadRow]:
    """The heads of a record, winner first (the merge rule above)."""
    return [HeadRow(r[0], r[1], bool(r[2]), r[3], r[4])
            for r in conn.execute(_HEADS_SQL, [table, record_id]).fetchall()]


def merge_version(txn: Txn, cls: type, incoming: ForeignVersion, clock: LamportClock,
                  detected_at: str) -> Outcome:
    """Add one foreign version to history and make the winner current.

    Raises VersionClash for a known version with other content, ValueError for a malformed
    version or a hash that does not match the content.
    """
    try:
        version = Version.parse(incoming.version)
    except VersionFormatError as exc:
        raise ValueError(str(exc)) from None
    payload = None if incoming.deleted else incoming.payload
    conn = txn.conn
    known = conn.execute(
        "SELECT hash FROM history WHERE table_name = ? AND id = ? AND version = ?",
        [cls.TABLE, incoming.id, incoming.version]).fetchone()
    if known is not None:  # checked first: a purged version arrives without its content
        if known[0] != incoming.hash:
            raise VersionClash(cls.TABLE, incoming.id, incoming.version)
        return Outcome.KNOWN
    if content_hash(payload, incoming.deleted) != incoming.hash:
        raise ValueError(text("Innehållet i {table} {record_id} stämmer inte med sin hash.",
                              table=incoming.table, record_id=incoming.id))
    clock.observe(version.lamport)
    if purged_ids(conn, cls.TABLE, [incoming.id]):
        write_version(conn, cls, incoming.id, None, version, incoming.parent, incoming.hash,
                      incoming.changed_at, incoming.changed_by, current=False,
                      parent2=incoming.parent2)
        conn.execute("UPDATE history SET payload = NULL, purged = 1, deleted = ? "
                     "WHERE table_name = ? AND id = ? AND version = ?",
                     [int(incoming.deleted), cls.TABLE, incoming.id, incoming.version])
        return Outcome.PURGED
    write_version(conn, cls, incoming.id, payload, version, incoming.parent, incoming.hash,
                  incoming.changed_at, incoming.changed_by, current=False,
                  parent2=incoming.parent2)
    found = heads(conn, cls.TABLE, incoming.id)
    winner = found[0]
    _make_current(conn, cls, incoming.id, winner)
    txn.changed(cls.TABLE, incoming.id)
    if len(found) == 1:
        return Outcome.NEW
    for loser in found[1:]:
        exists = conn.execute(
            "SELECT 1 FROM conflict WHERE table_name = ? AND id = ? AND loser = ? "
            "AND resolved_at IS NULL", [cls.TABLE, incoming.id, loser.version]).fetchone()
        if not exists:
            conn.execute(
                "INSERT INTO conflict (table_name, id, winner, loser, detected_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [cls.TABLE, incoming.id, winner.version, loser.version, detected_at])
    return Outcome.CONFLICT


def merge_all(writer: Writer, versions: Iterable[tuple[type, ForeignVersion]],
              clock: LamportClock, detected_at: str) -> dict[Outcome, int]:
    """Merge every version in one transaction; counts per outcome (``Database.merge``).

    Records this database has never seen, arriving as one clean chain (a first import),
    are written in bulk (``_insert_fresh``); every other version goes through
    :func:`merge_version`. Both give the same rows and history. Foreign keys are checked at
    the commit, so the bulk rows need no particular order.
    """
    counts = dict.fromkeys(Outcome, 0)
    versions = list(versions)
    with writer.transaction() as txn:
        txn.conn.execute("PRAGMA defer_foreign_keys = ON")
        fresh, rest = _split_fresh(txn.conn, versions)
        counts[Outcome.NEW] += _insert_fresh(txn, fresh, clock)
        for cls, incoming in rest:
            counts[merge_version(txn, cls, incoming, clock, detected_at)] += 1
        store_clock(txn.conn, clock)
    return counts


_CHUNK = 400


def _split_fresh(conn: Any, versions: list[tuple[type, ForeignVersion]]
                 ) -> tuple[list[tuple[type, list[ForeignVersion], ForeignVersion]],
                            list[tuple[type, ForeignVersion]]]:
    """(records for the bulk path: class, versions, head) and the versions left over.

    A record takes the bulk path when no version of its id is in history here and its
    incoming versions form one chain inside this set (exactly one head, every parent known
    within the set or None).
    """
    by_record: dict[tuple[str, str], list[tuple[type, ForeignVersion]]] = {}
    for cls, incoming in versions:
        by_record.setdefault((cls.TABLE, incoming.id), []).append((cls, incoming))
    known = _ids_with_history(conn, list(by_record))
    fresh, fresh_keys = [], set()
    for key, group in by_record.items():
        if key in known:
            continue
        names = {v.version for _, v in group}
        named = {p for _, v in group for p in (v.parent, v.parent2) if p}
        heads = [v for _, v in group if v.version not in named]
        if len(heads) == 1 and named <= names and len(names) == len(group):
            fresh.append((group[0][0], [v for _, v in group], heads[0]))
            fresh_keys.add(key)
    rest = [(cls, v) for cls, v in versions if (cls.TABLE, v.id) not in fresh_keys]
    return fresh, rest


def _ids_with_history(conn: Any, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    by_table: dict[str, list[str]] = {}
    for table, record_id in keys:
        by_table.setdefault(table, []).append(record_id)
    for table, ids in by_table.items():
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update((table, r[0]) for r in conn.execute(
                f"SELECT DISTINCT id FROM history WHERE table_name = ? AND id IN ({marks})",
                [table, *chunk]))
    return found


def _insert_fresh(txn: Txn, fresh: list[tuple[type, list[ForeignVersion], ForeignVersion]],
                  clock: LamportClock) -> int:
    """Write never-seen records in bulk: every version to history, the head as the row."""
    history: list[list[Any]] = []
    current: dict[type, list[tuple[Any, ...]]] = {}
    for cls, chain, head in fresh:
        for incoming in chain:
            lamport, _, device = incoming.version.partition("-")
            if not lamport.isdigit() or len(device) != 32:  # Version.parse, without the regex
                Version.parse(incoming.version)  # raises the same error as the slow path
            payload = None if incoming.deleted else incoming.payload
            stored = (incoming.payload_json if payload is not None and incoming.payload_json
                      else canonical_json(payload or {}))
            if content_hash_of(stored, incoming.deleted) != incoming.hash:
                raise ValueError(text("Innehållet i {table} {record_id} stämmer inte med sin "
                                      "hash.", table=incoming.table, record_id=incoming.id))
            clock.observe(int(lamport))
            history.append([cls.TABLE, incoming.id, incoming.version, incoming.parent,
                            incoming.parent2, int(lamport), device,
                            incoming.hash, incoming.changed_at, incoming.changed_by,
                            int(incoming.deleted), None, stored])
        payload = None if head.deleted else head.payload
        meta = (head.version, head.parent, head.changed_at, head.changed_by, int(head.deleted))
        current.setdefault(cls, []).append(rows.row_values(cls, head.id, payload, meta))
        txn.changed(cls.TABLE, head.id)
    txn.conn.executemany(
        "INSERT INTO history (table_name, id, version, parent, parent2, lamport, device, hash, "
        "changed_at, changed_by, deleted, reason, payload) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", history)
    for cls, values in current.items():
        txn.conn.executemany(rows.upsert_sql(cls), values)
    return len(history)


def _make_current(conn: Any, cls: type, record_id: str, winner: HeadRow) -> None:
    stored = conn.execute(
        "SELECT payload, changed_at, changed_by FROM history "
        "WHERE table_name = ? AND id = ? AND version = ?",
        [cls.TABLE, record_id, winner.version]).fetchone()
    payload = None if winner.deleted else json.loads(stored[0])
    meta = (winner.version, winner.parent, stored[1], stored[2], int(winner.deleted))
    conn.execute(rows.upsert_sql(cls), rows.row_values(cls, record_id, payload, meta))
