"""Versioned writes and reads of entities: every change gets a Lamport version, its parent, and
a copy in ``history`` in the same transaction (DESIGN.md §4)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import sqlite_utils

from faltapp.core.codec import from_payload, to_payload, tuple_fields
from faltapp.core.entities import TYPE_BY_TABLE, Entity, RecordMeta
from faltapp.core.validation import Context, Problem, ValidationError, validate
from faltapp.core.versions import LamportClock
from faltapp.store.connection import IntegrityError
from faltapp.store.errors import RecordNotFound

T = TypeVar("T")
BATCH = 500
Progress = Callable[[int], None]

_LIST_REFERENCES: dict[tuple[str, str], str] = {
    ("shift", "area_ids"): "place",
    ("shift", "staff_ids"): "staff",
}
"""List fields whose items must be ids of rows in another table."""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One stored version of a record."""

    version: str
    parent: str | None
    changed_at: str
    changed_by: str
    deleted: bool
    payload: dict[str, Any]


def utc_now() -> str:
    """Current UTC time as ISO text (informational only: order comes from Lamport counters)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row_from_payload(cls: type, payload: dict[str, Any]) -> dict[str, Any]:
    lists = tuple_fields(cls)
    row = {}
    for name, value in payload.items():
        if name in lists:
            row[name] = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            row[name] = int(value)
        else:
            row[name] = value
    return row


def _payload_from_row(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    lists = tuple_fields(cls)
    return {k: (json.loads(v) if k in lists and v is not None else v) for k, v in row.items()}


class RecordStore:
    """Reads and versioned writes of entities over one sqlite-utils connection."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        device_id: str,
        clock: LamportClock,
        context: Callable[[], Context],
        persist_clock: Callable[[int], None],
    ) -> None:
        self._db = db
        self._device_id = device_id
        self._clock = clock
        self._context = context
        self._persist_clock = persist_clock

    # -- writes ---------------------------------------------------------------------------

    def save(self, entity: Entity) -> RecordMeta:
        """Validate and store one entity as a new version; returns its metadata."""
        self.save_many([entity])
        meta = self.meta(type(entity), entity.id)
        assert meta is not None
        return meta

    def save_many(self, entities: Iterable[Entity], progress: Progress | None = None) -> int:
        """Validate and store many entities in one transaction; returns how many.

        Either every entity is stored or none is: a single invalid one raises
        :class:`ValidationError` with its problems and the database is left as it was.
        """
        count = 0
        context = self._context()
        with self._db.atomic():
            for batch in _batches(entities, BATCH):
                self._write_batch(batch, context)
                count += len(batch)
                if progress:
                    progress(count)
            self._persist_clock(self._clock.value)
        return count

    def delete(self, cls: type, record_id: str) -> RecordMeta:
        """Write a tombstone version of a record (it stays in history)."""
        current = self.get(cls, record_id)
        if current is None:
            raise RecordNotFound(cls.TABLE, record_id)
        with self._db.atomic():
            self._write_rows(cls, [to_payload(current)], deleted=True)
            self._persist_clock(self._clock.value)
        meta = self.meta(cls, record_id)
        assert meta is not None
        return meta

    def _write_batch(self, batch: list[Entity], context: Context) -> None:
        for entity in batch:
            problems = validate(entity, context)
            if problems:
                raise ValidationError(problems)
        # Consecutive runs of one type, in the given order, so a shift is written before the
        # tallies that refer to it.
        for cls, run in itertools.groupby(batch, key=type):
            payloads = [to_payload(entity) for entity in run]
            self._check_list_references(cls, payloads)
            self._write_rows(cls, payloads, deleted=False)

    def _write_rows(self, cls: type, payloads: list[dict[str, Any]], *, deleted: bool) -> None:
        table = cls.TABLE
        ids = [p["id"] for p in payloads]
        if len(set(ids)) != len(ids):
            raise ValidationError([Problem("id", "Samma post förekommer två gånger.")])
        heads = self._heads(table, ids)
        changed_at = utc_now()
        rows, history = [], []
        for payload in payloads:
            meta = {
                "version": str(self._clock.next_version(self._device_id)),
                "parent": heads.get(payload["id"]),
                "changed_at": changed_at,
                "changed_by": self._device_id,
                "deleted": int(deleted),
            }
            rows.append({**_row_from_payload(cls, payload), **meta})
            history.append(
                {"table_name": table, "id": payload["id"], **meta,
                 "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True)}
            )
        try:
            self._db[table].upsert_all(rows, pk="id")  # type: ignore[union-attr]
        except IntegrityError as exc:
            raise ValidationError(
                [Problem("id", "Posten hänvisar till ett pass, en plats eller en person som "
                         "inte finns.")]
            ) from exc
        self._db["history"].insert_all(history)  # type: ignore[union-attr]

    def _heads(self, table: str, ids: list[str]) -> dict[str, str]:
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id, version FROM [{table}] WHERE id IN ({marks})"
        return dict(self._db.execute(sql, ids).fetchall())

    def _check_list_references(self, cls: type, payloads: list[dict[str, Any]]) -> None:
        for (table, field), target in _LIST_REFERENCES.items():
            if table != cls.TABLE:
                continue
            wanted = sorted({ref for p in payloads for ref in p[field]})
            if not wanted:
                continue
            found = set(self._heads(target, wanted))
            missing = [ref for ref in wanted if ref not in found]
            if missing:
                raise ValidationError([Problem(field, f"Okänd hänvisning: {missing[0]}.")])

    # -- reads ----------------------------------------------------------------------------

    def get(self, cls: type[T], record_id: str) -> T | None:
        """The current (non-deleted) version of one record, or None."""
        rows = self._select(cls, "id = ? AND deleted = 0", [record_id])
        return rows[0] if rows else None

    def all(self, cls: type[T], where: str = "deleted = 0", params: list[Any] | None = None,
            order_by: str | None = None) -> list[T]:
        """Every current record of ``cls`` matching ``where`` (for small tables)."""
        return self._select(cls, where, params or [], order_by)

    def _select(self, cls: type, where: str, params: list[Any],
                order_by: str | None = None) -> list[Any]:
        rows = self._db[cls.TABLE].rows_where(where, params, order_by=order_by)  # type: ignore[union-attr]
        fields = cls.__dataclass_fields__
        out = []
        for row in rows:
            payload = _payload_from_row(cls, {k: v for k, v in row.items() if k in fields})
            out.append(from_payload(cls, payload))
        return out

    def meta(self, cls: type, record_id: str) -> RecordMeta | None:
        """Sync metadata of a record's head (also for a tombstone)."""
        row = self._db.execute(
            f"SELECT version, parent, changed_at, changed_by, deleted FROM [{cls.TABLE}] "
            "WHERE id = ?", [record_id]).fetchone()
        if row is None:
            return None
        return RecordMeta(row[0], row[1], row[2], row[3], bool(row[4]))

    def history(self, cls: type, record_id: str) -> list[HistoryEntry]:
        """Every stored version of a record, oldest first."""
        rows = self._db.execute(
            "SELECT version, parent, changed_at, changed_by, deleted, payload FROM history "
            "WHERE table_name = ? AND id = ?", [cls.TABLE, record_id]).fetchall()
        entries = [HistoryEntry(r[0], r[1], r[2], r[3], bool(r[4]), json.loads(r[5]))
                   for r in rows]
        return sorted(entries, key=lambda e: int(e.version.split("-", 1)[0]))

    def count(self, table: str) -> int:
        """Number of rows in a table; for entity tables only current (non-deleted) records."""
        where = " WHERE deleted = 0" if table in TYPE_BY_TABLE else ""
        return int(self._db.execute(f"SELECT count(*) FROM [{table}]{where}").fetchone()[0])


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
