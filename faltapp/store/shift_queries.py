"""Read-only queries behind the shift list: ids by ISO week, rows for a page of ids, weeks.

Names of places and staff come as stored; an id this laptop does not know (a record from a
newer sync not yet arrived) comes as None, and the GUI says so in words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from faltapp.core.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class ShiftRow:
    """What one line of the shift list shows."""

    id: str
    date: str
    start: str
    end: str
    kind: str
    area_names: tuple[str | None, ...]
    staff_names: tuple[str | None, ...]
    status: str
    met: int
    contacts: int
    observations: int


class ShiftQueries:
    """Queries for the shift list; all exclude deleted shifts."""

    def __init__(self, conn: Any) -> None:
        self._db = conn
        self._ready_ids: list[str] | None = None
        self._ready_rows: dict[str, ShiftRow] = {}

    def prefetch(self, first_rows: int) -> None:
        """Read what the list's first paint needs (all ids, the first rows) now, on the
        calling thread — the unlock worker — so the GUI thread finds them ready once.

        Whoever calls this must call :meth:`forget_prefetched` on every commit (the store's
        change signal) until then; each prefetched answer is used at most once.
        """
        ids = self.ids()
        self._ready_rows = {row.id: row for row in self.rows(ids[:first_rows])}
        self._ready_ids = ids

    def forget_prefetched(self, *_: object) -> None:
        """Drop prefetched answers (something was committed since)."""
        self._ready_ids, self._ready_rows = None, {}

    def ids(self, week: IsoWeek | None = None) -> list[str]:
        """Ids of shifts, newest first, optionally only within one ISO week."""
        if week is None and self._ready_ids is not None:
            ready, self._ready_ids = self._ready_ids, None
            return ready
        sql = "SELECT id FROM shift WHERE deleted = 0"
        params: list[str] = []
        if week is not None:
            sql += " AND date BETWEEN ? AND ?"
            params = [week.monday().isoformat(), week.sunday().isoformat()]
        sql += " ORDER BY date DESC, start DESC, id DESC"  # a backward scan of idx_shift_list
        return [r[0] for r in self._db.execute(sql, params).fetchall()]

    def weeks(self) -> list[IsoWeek]:
        """Every ISO week that has at least one shift, newest first."""
        days = self._db.execute(
            "SELECT DISTINCT date FROM shift WHERE deleted = 0 ORDER BY date DESC"
        ).fetchall()
        seen: dict[IsoWeek, None] = {}
        for (day,) in days:
            seen.setdefault(IsoWeek.of(date.fromisoformat(day)), None)
        return list(seen)

    def rows(self, ids: list[str]) -> list[ShiftRow]:
        """List rows for ``ids`` in the same order (missing ids are skipped)."""
        if not ids:
            return []
        if self._ready_rows and all(i in self._ready_rows for i in ids):
            ready, self._ready_rows = self._ready_rows, {}
            return [ready[i] for i in ids]
        marks = ",".join("?" * len(ids))
        sql = f"""
            SELECT s.id, s.date, s.start, s.[end], s.kind, s.area_ids, s.staff_ids, s.status,
              (SELECT coalesce(sum(t.count), 0) FROM tally t
                 WHERE t.shift_id = s.id AND t.deleted = 0),
              (SELECT count(*) FROM contact c WHERE c.shift_id = s.id AND c.deleted = 0),
              (SELECT count(*) FROM observation o WHERE o.shift_id = s.id AND o.deleted = 0)
            FROM shift s WHERE s.id IN ({marks})"""
        places = dict(self._db.execute("SELECT id, name FROM place").fetchall())
        staff = self._staff_names()
        found = {}
        for r in self._db.execute(sql, ids).fetchall():
            areas = tuple(places.get(pid) for pid in json.loads(r[5] or "[]"))
            people = tuple(staff.get(sid) for sid in json.loads(r[6] or "[]"))
            found[r[0]] = ShiftRow(r[0], r[1], r[2], r[3], r[4], areas, people, *r[7:])
        return [found[i] for i in ids if i in found]

    def _staff_names(self) -> dict[str, str]:
        """Initials where a person has them (the list is narrow), else the name."""
        return {sid: initials or name for sid, name, initials in self._db.execute(
            "SELECT id, name, initials FROM staff WHERE deleted = 0").fetchall()}
