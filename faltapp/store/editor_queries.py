"""Read-only queries the shift editor needs beyond one shift: the defaults of a new shift."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from faltapp.core.entities import Shift


class EditorQueries:
    """Queries for the editor; all exclude deleted shifts."""

    def __init__(self, conn: Any, get: Callable[[type, str], Any]) -> None:
        self._db = conn
        self._get = get

    def latest_shift(self) -> Shift | None:
        """The most recent shift (by date, then start), or None in an empty database.

        A new shift takes its staff, areas, kind and times from it; "Kopiera föregående pass"
        copies its structure.
        """
        row = self._db.execute(
            "SELECT id FROM shift WHERE deleted = 0 ORDER BY date DESC, start DESC, id DESC "
            "LIMIT 1").fetchone()
        return self._get(Shift, row[0]) if row else None
