"""Merging versions made on other devices (CouchDB's model, DESIGN.md §6).

A version is identified by ``(table, id, version)`` and its content by ``hash``. An incoming
version already in history is ignored if its hash matches and refused if not. Otherwise it joins
the history graph, and the record's current row becomes the deterministic winner among the
*heads* (versions no other version names as parent; a version that resolves a conflict names
both heads it replaces, in ``parent`` and ``parent2``):

1. a tombstone head beats every head that is not one — a delete made on one laptop wins over an
   edit made concurrently on another, because data about children that someone chose to remove
   must not come back by accident; the edit is not lost: it stays in history and in ``conflict``
   for the team leader to review and restore;
2. then the higher Lamport counter; 3. then the higher device id.

Every device applies the same rule to the same graph and so shows the same winner. An id purged
by retention takes no content again: its incoming versions are recorded without payload.

Merging is set-based (:func:`merge_all`): for each batch of versions the graphs of the records
it touches are read in one query per table and 400 ids, the versions are taken in order against
those graphs in memory (exactly as one at a time would: a version and its child in one batch, a
chain split over two batches), then history, conflicts and current rows are written with one
``executemany`` each. The whole merge is one transaction: any refusal rolls all of it back.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from faltapp.core.digest import canonical_json, content_hash_of
from faltapp.core.messages import text
from faltapp.core.versions import LamportClock, Version, VersionFormatError
from faltapp.store import rows
from faltapp.store.errors import VersionClash
from faltapp.store.versioning import store_clock
from faltapp.store.writer import Txn, Writer

_HEADS_SQL = """
    SELECT h.version, h.parent, h.deleted, h.lamport, h.device
    FROM history h
    WHERE h.table_name = ? AND h.id = ?
      AND NOT EXISTS (SELECT 1 FROM history c
                      WHERE c.table_name = h.table_name AND c.id = h.id
                        AND (c.parent = h.version OR c.parent2 = h.version))
    ORDER BY h.deleted DESC, h.lamport DESC, h.device DESC"""
_GRAPH_SQL = ("SELECT id, version, parent, parent2, hash, deleted, lamport, device, purged "
              "FROM history WHERE table_name = ? AND id IN ({marks})")
_INSERT_HISTORY_SQL = (
    "INSERT INTO history (table_name, id, version, parent, parent2, lamport, device, hash, "
    "changed_at, changed_by, deleted, reason, payload, purged) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")
_INSERT_CONFLICT_SQL = ("INSERT INTO conflict (table_name, id, winner, loser, detected_at) "
                        "VALUES (?, ?, ?, ?, ?)")
_OPEN_LOSERS_SQL = ("SELECT loser FROM conflict WHERE table_name = ? AND id = ? "
                    "AND resolved_at IS NULL")
_STORED_SQL = ("SELECT payload, changed_at, changed_by FROM history "
               "WHERE table_name = ? AND id = ? AND version = ?")
_IDS = 400  # ids per IN (...) query, under SQLite's variable limit
BATCH = 2000  # versions read, decided and written together


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


class _Node(NamedTuple):
    """A version in a graph; ``source``: the incoming version, when this merge brought it."""

    version: str
    parent: str | None
    deleted: bool
    lamport: int
    device: str
    hash: str
    source: ForeignVersion | None


def _rank(node: _Node) -> tuple[bool, int, str]:
    """The merge rule as a sort key: the highest is the winner."""
    return node.deleted, node.lamport, node.device


class _Graph:
    """One record's history as the merge sees it: stored versions and those taken so far."""

    __slots__ = ("heads", "named", "nodes", "open_losers", "purged")

    def __init__(self) -> None:
        self.nodes: dict[str, _Node] = {}
        self.named: set[str] = set()  # versions some version names as a parent
        self.heads: set[str] = set()
        self.purged = False
        self.open_losers: set[str] | None = None  # of open conflicts, read on the first one

    def add(self, node: _Node, parent2: str | None) -> None:
        """Join ``node`` to the graph, keeping the heads up to date."""
        self.nodes[node.version] = node
        for parent in (node.parent, parent2):
            if parent:
                self.named.add(parent)
                self.heads.discard(parent)
        if node.version not in self.named:
            self.heads.add(node.version)

    def ranked_heads(self) -> list[_Node]:
        """The heads, winner first."""
        if len(self.heads) == 1:
            return [self.nodes[next(iter(self.heads))]]
        return sorted((self.nodes[v] for v in self.heads), key=_rank, reverse=True)


class _Merge:
    """The state of one :func:`merge_all`: graphs read so far and what waits to be written."""

    def __init__(self, txn: Txn, clock: LamportClock, detected_at: str) -> None:
        self.txn = txn
        self.clock = clock
        self.detected_at = detected_at
        self.graphs: dict[tuple[str, str], _Graph] = {}
        self.history: list[list[Any]] = []
        self.conflicts: list[list[str]] = []
        self.current: dict[tuple[str, str], tuple[type, _Node]] = {}

    def load(self, batch: list[tuple[type, ForeignVersion]]) -> None:
        """Read the graphs of the batch's records not read yet (one query per 400 ids)."""
        wanted: dict[str, list[str]] = {}
        for cls, incoming in batch:
            key = (cls.TABLE, incoming.id)
            if key not in self.graphs:
                self.graphs[key] = _Graph()
                wanted.setdefault(cls.TABLE, []).append(incoming.id)
        for table, ids in wanted.items():
            for start in range(0, len(ids), _IDS):
                chunk = ids[start:start + _IDS]
                sql = _GRAPH_SQL.format(marks=",".join("?" * len(chunk)))
                for (record_id, version, parent, parent2, digest, deleted, lamport, device,
                     purged) in self.txn.conn.execute(sql, [table, *chunk]):
                    graph = self.graphs[(table, record_id)]
                    graph.add(_Node(version, parent, bool(deleted), lamport, device, digest,
                                    None), parent2)
                    graph.purged = graph.purged or bool(purged)

    def take(self, cls: type, incoming: ForeignVersion) -> Outcome:
        """Merge one version against the graphs in memory (written by :meth:`flush`)."""
        try:
            version = Version.parse(incoming.version)
        except VersionFormatError as exc:
            raise ValueError(str(exc)) from None
        key = (cls.TABLE, incoming.id)
        graph = self.graphs[key]
        known = graph.nodes.get(incoming.version)
        if known is not None:  # checked first: a purged version arrives without its content
            if known.hash != incoming.hash:
                raise VersionClash(cls.TABLE, incoming.id, incoming.version)
            return Outcome.KNOWN
        payload = None if incoming.deleted else incoming.payload
        stored = (incoming.payload_json if payload is not None and incoming.payload_json
                  else canonical_json(payload or {}))
        if content_hash_of(stored, incoming.deleted) != incoming.hash:
            raise ValueError(text("Innehållet i {table} {record_id} stämmer inte med sin hash.",
                                  table=incoming.table, record_id=incoming.id))
        self.clock.observe(version.lamport)
        deleted = incoming.deleted if graph.purged else payload is None
        graph.add(_Node(incoming.version, incoming.parent, deleted, version.lamport,
                        version.device_id, incoming.hash, incoming), incoming.parent2)
        self.history.append([
            cls.TABLE, incoming.id, incoming.version, incoming.parent, incoming.parent2,
            version.lamport, version.device_id, incoming.hash, incoming.changed_at,
            incoming.changed_by, int(deleted), None if graph.purged else stored,
            int(graph.purged)])
        if graph.purged:
            return Outcome.PURGED
        self.txn.changed(cls.TABLE, incoming.id)
        ranked = graph.ranked_heads()
        if not ranked:  # every version names another as its parent: a ring
            raise ValueError(text("Versionerna av {table} {record_id} pekar på varandra i en "
                                  "ring.", table=incoming.table, record_id=incoming.id))
        self.current[key] = (cls, ranked[0])
        if len(ranked) == 1:
            return Outcome.NEW
        self._conflicts(key, graph, ranked)
        return Outcome.CONFLICT

    def _conflicts(self, key: tuple[str, str], graph: _Graph, ranked: list[_Node]) -> None:
        """A conflict row for each loser that has no open one yet."""
        if graph.open_losers is None:
            graph.open_losers = {r[0] for r in self.txn.conn.execute(_OPEN_LOSERS_SQL, key)}
        for loser in ranked[1:]:
            if loser.version not in graph.open_losers:
                graph.open_losers.add(loser.version)
                self.conflicts.append([*key, ranked[0].version, loser.version,
                                       self.detected_at])

    def flush(self) -> None:
        """Write what the batch decided: history, conflicts, then each record's winner."""
        conn = self.txn.conn
        conn.executemany(_INSERT_HISTORY_SQL, self.history)
        conn.executemany(_INSERT_CONFLICT_SQL, self.conflicts)
        by_class: dict[type, list[tuple[Any, ...]]] = {}
        for (table, record_id), (cls, winner) in self.current.items():
            incoming = winner.source
            if incoming is not None:
                payload = incoming.payload
                changed_at, changed_by = incoming.changed_at, incoming.changed_by
            else:  # a version stored before this merge won
                stored, changed_at, changed_by = conn.execute(
                    _STORED_SQL, [table, record_id, winner.version]).fetchone()
                payload = None if winner.deleted else json.loads(stored)
            meta = (winner.version, winner.parent, changed_at, changed_by, int(winner.deleted))
            by_class.setdefault(cls, []).append(
                rows.row_values(cls, record_id, None if winner.deleted else payload, meta))
        for cls, values in by_class.items():
            conn.executemany(rows.upsert_sql(cls), values)
        self.history, self.conflicts, self.current = [], [], {}


def merge_all(writer: Writer, versions: Iterable[tuple[type, ForeignVersion]],
              clock: LamportClock, detected_at: str) -> dict[Outcome, int]:
    """Merge every version in one transaction, in order; counts per outcome (``Database.merge``).

    Raises VersionClash for a known version with other content, ValueError for a malformed
    version, a hash that does not match the content or versions that name each other as
    parents in a ring; nothing is written then. Foreign keys are checked at the commit, so a
    batch's rows need no particular order.
    """
    counts = dict.fromkeys(Outcome, 0)
    versions = list(versions)
    with writer.transaction() as txn:
        txn.conn.execute("PRAGMA defer_foreign_keys = ON")
        merge = _Merge(txn, clock, detected_at)
        for start in range(0, len(versions), BATCH):
            batch = versions[start:start + BATCH]
            merge.load(batch)
            for cls, incoming in batch:
                counts[merge.take(cls, incoming)] += 1
            merge.flush()
        store_clock(txn.conn, clock)
    return counts
