"""What sync needs from the store besides merging: versions since a sequence number, the logs
of exports written and imports tried, and a preview of what merging a set of foreign versions
would do, computed without writing (issue 8; no Qt).

Hung off the facade as ``db.sync``. Reads run on the calling thread's read connection;
writes go through the one writer (inside an import's transaction they join it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from faltapp.store.writer import Writer

_CHUNK = 400  # ids per IN (...) query, under SQLite's variable limit
_VERSIONS_SQL = (
    "SELECT seq, table_name, id, version, parent, parent2, hash, deleted, payload, "
    "changed_at, changed_by, purged FROM history WHERE seq > ? AND seq <= ?")
_IMPORT_COLUMNS = ("export_id", "device_id", "counter", "records_sha256", "file_name",
                   "imported_at", "new", "updated", "unchanged", "conflicts", "outcome",
                   "reason")
_SETTLE_SQL = """
    UPDATE conflict SET resolved_at = ?, resolution = ?
    WHERE resolved_at IS NULL AND EXISTS (
        SELECT 1 FROM history h WHERE h.table_name = conflict.table_name
          AND h.id = conflict.id AND (h.parent = conflict.loser OR h.parent2 = conflict.loser))"""
SETTLED_ELSEWHERE = "på en annan enhet"
IMPORTED = "imported"
ALREADY = "already"
REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """One version from history as an export carries it (``payload`` None: purged content)."""

    seq: int
    table: str
    id: str
    version: str
    parent: str | None
    parent2: str | None
    hash: str
    deleted: bool
    payload: dict[str, Any] | None
    changed_at: str
    changed_by: str


@dataclass(frozen=True, slots=True)
class ExportLogEntry:
    """An export this device wrote."""

    export_id: str
    counter: int
    full: bool
    seq_from: int
    seq_to: int
    records: int
    created_at: str


@dataclass(frozen=True, slots=True)
class ImportLogEntry:
    """One import tried: what it brought (``outcome`` imported/already) or why it was refused."""

    export_id: str | None
    device_id: str | None
    counter: int | None
    records_sha256: str | None
    file_name: str
    imported_at: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    outcome: str = IMPORTED
    reason: str | None = None


class IncomingVersion(Protocol):
    """What the preview needs of a foreign version (an export record has it)."""

    @property
    def table(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def parent(self) -> str | None: ...
    @property
    def parent2(self) -> str | None: ...
    @property
    def hash(self) -> str: ...


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging would do, counted per record (not per version).

    ``new``: records this database never had; ``updated``: known records that move forward;
    ``unchanged``: every version already here with the same hash (or the record was purged
    here); ``conflicts``: records left with two heads; ``refused``: versions known here with
    another hash (``(table, id, version)``), which make the whole set unmergeable.
    """

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def changes(self) -> int:
        """Records a merge would change."""
        return self.new + self.updated + self.conflicts


@dataclass(slots=True)
class _Local:
    hashes: dict[str, str] = field(default_factory=dict)
    named: set[str] = field(default_factory=set)  # versions some version names as a parent
    purged: bool = False


class SyncLog:
    """Export and import bookkeeping; ``writer`` for changes, ``reader`` for queries."""

    def __init__(self, writer: Writer, reader: Any) -> None:
        self._writer = writer
        self._db = reader

    # -- export -----------------------------------------------------------------------------

    def last_seq(self) -> int:
        """The highest history sequence number (0 in an empty history)."""
        return int(self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM history").fetchone()[0])

    def last_export(self) -> ExportLogEntry | None:
        """This device's latest export (highest counter), or None."""
        row = self._db.execute(
            'SELECT "export_id", "counter", "full", "seq_from", "seq_to", "records", '
            '"created_at" FROM "export_log" ORDER BY "counter" DESC LIMIT 1').fetchone()
        return ExportLogEntry(row[0], row[1], bool(row[2]), *row[3:]) if row else None

    def versions_since(self, seq_from: int, seq_to: int,
                       device: str | None = None) -> Iterator[StoredVersion]:
        """History versions with ``seq_from < seq <= seq_to`` in arrival order; only those
        made by ``device`` when given. A purged version comes without its payload."""
        sql, params = _VERSIONS_SQL, [seq_from, seq_to]
        if device is not None:
            sql += " AND device = ?"
            params.append(device)
        for row in self._db.execute(sql + " ORDER BY seq", params):
            deleted = bool(row[7])
            payload = {} if deleted else None if row[8] is None else json.loads(row[8])
            yield StoredVersion(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                                deleted, payload, row[9], row[10])

    def log_export(self, entry: ExportLogEntry) -> None:
        """Record an export written (its counter must be new)."""
        with self._writer.transaction() as txn:
            txn.conn.execute(
                'INSERT INTO "export_log" ("export_id", "counter", "full", "seq_from", '
                '"seq_to", "records", "created_at") VALUES (?, ?, ?, ?, ?, ?, ?)',
                [entry.export_id, entry.counter, int(entry.full), entry.seq_from,
                 entry.seq_to, entry.records, entry.created_at])
            txn.changed("export_log", entry.export_id)

    # -- import -----------------------------------------------------------------------------

    def imported(self, export_id: str) -> ImportLogEntry | None:
        """The import that took in ``export_id``, or None if it never was."""
        rows = self._select_imports('WHERE "export_id" = ? AND "outcome" = ? '
                                    'ORDER BY "id" LIMIT 1', [export_id, IMPORTED])
        return rows[0] if rows else None

    def imports(self, device_id: str | None = None, limit: int = 100) -> list[ImportLogEntry]:
        """The latest imports tried, newest first; only those from ``device_id`` when given."""
        where, params = "", []
        if device_id is not None:
            where, params = 'WHERE "device_id" = ? ', [device_id]
        return self._select_imports(where + 'ORDER BY "id" DESC LIMIT ?', [*params, limit])

    def last_imports(self) -> dict[str, ImportLogEntry]:
        """Per device id, the latest file from it that was imported (not refused or repeated)."""
        entries = self._select_imports(
            'WHERE "id" IN (SELECT MAX("id") FROM "import_log" WHERE "outcome" = ? '
            'AND "device_id" IS NOT NULL GROUP BY "device_id")', [IMPORTED])
        return {e.device_id: e for e in entries if e.device_id}

    def log_import(self, entry: ImportLogEntry) -> None:
        """Append one row to the import log (joins the calling thread's open transaction)."""
        marks = ", ".join("?" * len(_IMPORT_COLUMNS))
        names = ", ".join(f'"{c}"' for c in _IMPORT_COLUMNS)
        with self._writer.transaction() as txn:
            txn.conn.execute(f'INSERT INTO "import_log" ({names}) VALUES ({marks})',
                             [getattr(entry, c) for c in _IMPORT_COLUMNS])
            txn.changed("import_log", entry.export_id or "")

    def settle_conflicts(self, at: str) -> int:
        """Close the open conflicts whose losing version some version now names as a parent
        (a resolution made on another device arrived); returns how many were closed."""
        with self._writer.transaction() as txn:
            cursor = txn.conn.execute(_SETTLE_SQL, [at, SETTLED_ELSEWHERE])
            if cursor.rowcount:
                txn.changed("conflict", "")
            return int(cursor.rowcount)

    def _select_imports(self, tail: str, params: list[Any]) -> list[ImportLogEntry]:
        names = ", ".join(f'"{c}"' for c in _IMPORT_COLUMNS)
        rows = self._db.execute(f'SELECT {names} FROM "import_log" {tail}', params).fetchall()
        return [ImportLogEntry(*row) for row in rows]

    # -- staging ----------------------------------------------------------------------------

    def existing_ids(self, table: str, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` this database knows in ``table`` (current, deleted or purged)."""
        found: set[str] = set()
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute(
                f"SELECT DISTINCT id FROM history WHERE table_name = ? AND id IN ({marks})",
                [table, *chunk]))
        return found

    def preview(self, incoming: Sequence[IncomingVersion]) -> MergePreview:
        """What merging ``incoming`` (in this order) would do, computed without writing.

        Follows ``store/merge.py``: a known version is unchanged (same hash) or refused; a new
        one joins the graph; the record's heads are the versions nobody names as a parent.
        """
        by_record: dict[tuple[str, str], list[IncomingVersion]] = {}
        for item in incoming:
            by_record.setdefault((item.table, item.id), []).append(item)
        local = self._local_graphs(list(by_record))
        counts = {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0}
        refused: list[tuple[str, str, str]] = []
        for key, versions in by_record.items():
            graph = local.get(key)
            kind = _classify(graph, versions, refused)
            counts[kind] += 1
        return MergePreview(counts["new"], counts["updated"], counts["unchanged"],
                            counts["conflicts"], refused)

    def _local_graphs(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], _Local]:
        by_table: dict[str, list[str]] = {}
        for table, record_id in keys:
            by_table.setdefault(table, []).append(record_id)
        graphs: dict[tuple[str, str], _Local] = {}
        for table, ids in by_table.items():
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for record_id, version, digest, parent, parent2, purged in self._db.execute(
                        "SELECT id, version, hash, parent, parent2, purged FROM history "
                        f"WHERE table_name = ? AND id IN ({marks})", [table, *chunk]):
                    graph = graphs.setdefault((table, record_id), _Local())
                    graph.hashes[version] = digest
                    graph.named.update(p for p in (parent, parent2) if p)
                    graph.purged = graph.purged or bool(purged)
        return graphs


def _classify(graph: _Local | None, versions: list[IncomingVersion],
              refused: list[tuple[str, str, str]]) -> str:
    """new / updated / unchanged / conflicts for one record (refused versions noted)."""
    graph = graph or _Local()
    heads = {v for v in graph.hashes if v not in graph.named}
    named = set(graph.named)
    seen = dict(graph.hashes)
    added = False
    for item in versions:
        known = seen.get(item.version)
        if known is not None:
            if known != item.hash:
                refused.append((item.table, item.id, item.version))
            continue
        seen[item.version] = item.hash
        added = True
        for parent in (item.parent, item.parent2):
            if parent:
                named.add(parent)
                heads.discard(parent)
        if item.version not in named:
            heads.add(item.version)
    if not added or graph.purged:
        return "unchanged"
    if len(heads) > 1:
        return "conflicts"
    return "updated" if graph.hashes else "new"
