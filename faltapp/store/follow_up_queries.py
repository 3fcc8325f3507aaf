"""Read-only queries behind the follow-up list: open follow-ups by due date, rows, owners.

Only live, open follow-ups (status ``open``, not deleted) are listed; a due date of NULL
sorts last (nothing urgent about it). Names of an owner or a contact this laptop does not know
come as None.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

_OPEN = "f.deleted = 0 AND f.status = 'open'"
_BY_DUE = "f.due IS NULL, f.due, f.id"


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """What one line of the follow-up list shows."""

    id: str
    text: str
    due: date | None
    owner_id: str | None
    owner_name: str | None
    shift_id: str | None
    shift_date: date | None
    contact_alias: str | None
    status: str


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class FollowUpQueries:
    """Queries for the follow-up list."""

    def __init__(self, conn: Any) -> None:
        self._db = conn

    def open_ids(self, owner_id: str | None = None, *, by_owner: bool = False) -> list[str]:
        """Ids of open follow-ups, soonest due first (no due date last); only ``owner_id``'s
        when given; ``by_owner``: grouped by the owner's name (no owner last), then by due."""
        sql = f"SELECT f.id FROM follow_up f LEFT JOIN staff s ON s.id = f.owner_id WHERE {_OPEN}"
        params: list[str] = []
        if owner_id is not None:
            sql += " AND f.owner_id = ?"
            params.append(owner_id)
        order = f"s.name IS NULL, s.name COLLATE NOCASE, {_BY_DUE}" if by_owner else _BY_DUE
        return [r[0] for r in self._db.execute(f"{sql} ORDER BY {order}", params).fetchall()]

    def rows(self, ids: list[str]) -> list[FollowUpRow]:
        """List rows for ``ids`` in the same order (missing ids are skipped)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        sql = f"""
            SELECT f.id, f.text, f.due, f.owner_id, s.name, f.shift_id, sh.date, c.alias, f.status
            FROM follow_up f
              LEFT JOIN staff s ON s.id = f.owner_id AND s.deleted = 0
              LEFT JOIN shift sh ON sh.id = f.shift_id AND sh.deleted = 0
              LEFT JOIN contact c ON c.id = f.contact_id AND c.deleted = 0
            WHERE f.id IN ({marks})"""
        found = {
            r[0]: FollowUpRow(r[0], r[1] or "", _day(r[2]), r[3], r[4], r[5], _day(r[6]), r[7],
                              r[8])
            for r in self._db.execute(sql, ids).fetchall()
        }
        return [found[i] for i in ids if i in found]

    def owners(self) -> list[tuple[str, str]]:
        """(id, name) of every person who owns an open follow-up, by name."""
        return [tuple(r) for r in self._db.execute(
            f"""SELECT DISTINCT s.id, s.name FROM follow_up f JOIN staff s ON s.id = f.owner_id
                WHERE {_OPEN} AND s.deleted = 0 ORDER BY s.name COLLATE NOCASE, s.id"""
        ).fetchall()]

    def open_count(self) -> int:
        """How many follow-ups are open (for the tab title, before the list is loaded)."""
        return self._db.execute(f"SELECT count(*) FROM follow_up f WHERE {_OPEN}").fetchone()[0]

    def overdue_count(self, today: date) -> int:
        """How many open follow-ups were due before ``today``."""
        return self._db.execute(
            f"SELECT count(*) FROM follow_up f WHERE {_OPEN} AND f.due < ?", [today.isoformat()]
        ).fetchone()[0]
