"""Read-only queries about persons: the register's rows and every contact linked to one person.

Hung off the facade as ``db.persons``. Only live rows count (``deleted = 0``); a contact whose
shift this laptop does not have comes with no date and sorts last. Filtering by alias is done
by the caller (``casefold`` handles every script; SQLite's NOCASE only folds ASCII).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time
from typing import Any

_ROWS = """
    SELECT p.id, p.alias, p.birth_year, p.gender, p.school, p.known_to,
           count(c.id), max(s.date)
    FROM person p
    LEFT JOIN contact c ON c.person_id = p.id AND c.deleted = 0
    LEFT JOIN shift s ON s.id = c.shift_id AND s.deleted = 0
    WHERE p.deleted = 0
    GROUP BY p.id
    ORDER BY p.alias COLLATE NOCASE, p.id"""

_CONTACTS = """
    SELECT c.id, c.shift_id, s.date, s.start, s.kind, pl.name, c.conversation, c.actions,
           c.note, c.referred_to, c.alias
    FROM contact c
    LEFT JOIN shift s ON s.id = c.shift_id AND s.deleted = 0
    LEFT JOIN place pl ON pl.id = c.place_id
    WHERE c.person_id = ? AND c.deleted = 0
    ORDER BY s.date IS NULL, s.date DESC, s.start DESC, c.id"""


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the person register."""

    id: str
    alias: str
    birth_year: int | None
    gender: str
    school: str
    known_to: str
    contacts: int
    last_contact: date | None


@dataclass(frozen=True, slots=True)
class PersonContact:
    """One contact linked to a person, with what its shift and place say about it."""

    contact_id: str
    shift_id: str
    day: date | None
    start: time | None
    shift_kind: str | None
    place: str | None
    conversation: str
    actions: tuple[str, ...]
    note: str
    referred_to: str
    alias: str


def _actions(value: str | None) -> tuple[str, ...]:
    try:
        found = json.loads(value) if value else []
    except ValueError:
        return ()
    return tuple(str(v) for v in found) if isinstance(found, list) else ()


class PersonQueries:
    """Queries for the person register and a person's history; ``conn`` is a read connection."""

    def __init__(self, conn: Any) -> None:
        self._db = conn

    def rows(self) -> list[PersonRow]:
        """Every live person by alias, with the number of linked contacts and the last one."""
        return [PersonRow(i, alias or "", year, gender or "okant", school or "", known or "",
                          n, date.fromisoformat(last) if last else None)
                for i, alias, year, gender, school, known, n, last
                in self._db.execute(_ROWS).fetchall()]

    def contacts_of(self, person_id: str) -> list[PersonContact]:
        """Every live contact linked to ``person_id``, newest first (undated last)."""
        return [PersonContact(cid, sid, date.fromisoformat(day) if day else None,
                              time.fromisoformat(start) if start else None, kind, place,
                              conversation or "", _actions(actions), note or "",
                              referred or "", alias or "")
                for cid, sid, day, start, kind, place, conversation, actions, note, referred,
                alias in self._db.execute(_CONTACTS, [person_id]).fetchall()]
