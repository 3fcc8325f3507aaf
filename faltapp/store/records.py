"""Reads of entities and their history, on whatever connection the caller's thread uses.

Writes live in :mod:`faltapp.store.versioning` (local changes) and :mod:`faltapp.store.merge`
(versions from other devices); both go through the one :class:`~faltapp.store.writer.Writer`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from faltapp.core.entities import TYPE_BY_TABLE, RecordMeta
from faltapp.store import rows
from faltapp.store.connection import Connection

if TYPE_CHECKING:
    from faltapp.core.shift_bundle import LoadedShift

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Loaded(Generic[T]):
    """A record as an editor opens it: the entity and the version to save against."""

    entity: T
    version: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One stored version of a record; ``payload`` is None when purged or unreadable."""

    seq: int
    version: str
    parent: str | None
    lamport: int
    device: str
    hash: str
    changed_at: str
    changed_by: str
    deleted: bool
    purged: bool
    reason: str | None
    payload: dict[str, Any] | None
    parent2: str | None = None  # the second head a conflict resolution replaced


class RecordReader:
    """Reads over the connection ``conn()`` returns (the calling thread's reader)."""

    def __init__(self, conn: Callable[[], Connection]) -> None:
        self._conn = conn

    def _rows(self, cls: type, where: str, params: list[Any],
              order_by: str | None = None) -> list[dict[str, Any]]:
        sql = f'SELECT * FROM "{cls.TABLE}" WHERE {where}'
        if order_by:
            sql += f" ORDER BY {order_by}"
        cursor = self._conn().execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def load(self, cls: type[T], record_id: str) -> Loaded[T] | None:
        """The current (non-deleted) record with its version, or None."""
        found = self._rows(cls, "id = ? AND deleted = 0", [record_id])
        if not found:
            return None
        return Loaded(rows.entity_from_row(cls, found[0]), found[0]["version"])

    def get(self, cls: type[T], record_id: str) -> T | None:
        """The current (non-deleted) version of one record, or None."""
        loaded = self.load(cls, record_id)
        return loaded.entity if loaded else None

    def all(self, cls: type[T], where: str = "deleted = 0", params: list[Any] | None = None,
            order_by: str | None = None) -> list[T]:
        """Every current record of ``cls`` matching ``where`` (for small tables)."""
        return [rows.entity_from_row(cls, r) for r in self._rows(cls, where, params or [],
                                                                  order_by)]

    def loaded(self, cls: type[T], where: str, params: list[Any]) -> list[Loaded[T]]:
        """Current records matching ``where`` with their versions."""
        return [Loaded(rows.entity_from_row(cls, r), r["version"])
                for r in self._rows(cls, f"deleted = 0 AND ({where})", params)]

    def meta(self, cls: type, record_id: str) -> RecordMeta | None:
        """Sync metadata of a record's head (also for a tombstone)."""
        row = self._conn().execute(
            f'SELECT version, parent, changed_at, changed_by, deleted FROM "{cls.TABLE}" '
            "WHERE id = ?", [record_id]).fetchone()
        if row is None:
            return None
        return RecordMeta(row[0], row[1], row[2], row[3], bool(row[4]))

    def history(self, cls: type, record_id: str) -> list[HistoryEntry]:
        """Every stored version of a record, in the order it arrived here."""
        found = self._conn().execute(
            "SELECT seq, version, parent, lamport, device, hash, changed_at, changed_by, "
            "deleted, purged, reason, payload, parent2 FROM history WHERE table_name = ? "
            "AND id = ? ORDER BY seq", [cls.TABLE, record_id]).fetchall()
        return [HistoryEntry(*r[:8], bool(r[8]), bool(r[9]), r[10], _parse(r[11]), r[12])
                for r in found]

    def load_shift(self, shift_id: str) -> LoadedShift | None:
        """A shift with its children and the version of each, or None if missing."""
        from faltapp.core.entities import Contact, FollowUp, Observation, Shift, Tally, WalkItem
        from faltapp.core.shift_bundle import CHILD_TYPES, LoadedShift, ShiftBundle

        shift = self.load(Shift, shift_id)
        if shift is None:
            return None
        bases = {(Shift.TABLE, shift_id): shift.version}
        children: dict[type, tuple[Any, ...]] = {}
        for cls in CHILD_TYPES:
            found = self.loaded(cls, "shift_id = ?", [shift_id])
            children[cls] = tuple(item.entity for item in found)
            bases.update({(cls.TABLE, item.entity.id): item.version for item in found})
        bundle = ShiftBundle(shift.entity, children[Tally], children[Contact],
                             children[Observation], children[FollowUp], children[WalkItem])
        return LoadedShift(bundle, bases)

    def count(self, table: str) -> int:
        """Rows in a table; for entity tables only current (non-deleted) records."""
        where = " WHERE deleted = 0" if table in TYPE_BY_TABLE else ""
        return int(self._conn().execute(f'SELECT count(*) FROM "{table}"{where}').fetchone()[0])


def _parse(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
