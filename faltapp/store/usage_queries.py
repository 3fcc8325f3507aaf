"""How many live records refer to each place and each staff member.

Inställningar needs it to decide whether a place or a person may be deleted (only when nothing
uses it) and to show the count beside each. References inside JSON lists (a shift's areas and
staff) are unpacked with SQLite's ``json_each``; a list that is not valid JSON counts as empty.
Only live rows count (``deleted = 0``): a tombstone keeps no content.
"""

from __future__ import annotations

from typing import Any

_JSON_LIST = "CASE WHEN json_valid({col}) THEN {col} ELSE '[]' END"

_PLACE_USAGE = f"""
    SELECT ref, count(*) FROM (
      SELECT j.value AS ref FROM shift s, json_each({_JSON_LIST.format(col="s.area_ids")}) j
        WHERE s.deleted = 0
      UNION ALL SELECT place_id FROM contact WHERE deleted = 0 AND place_id IS NOT NULL
      UNION ALL SELECT place_id FROM observation WHERE deleted = 0 AND place_id IS NOT NULL
      UNION ALL SELECT place_id FROM walk_item WHERE deleted = 0 AND place_id IS NOT NULL
    ) GROUP BY ref"""

_STAFF_USAGE = f"""
    SELECT ref, count(*) FROM (
      SELECT j.value AS ref FROM shift s, json_each({_JSON_LIST.format(col="s.staff_ids")}) j
        WHERE s.deleted = 0
      UNION ALL SELECT owner_id FROM follow_up WHERE deleted = 0 AND owner_id IS NOT NULL
    ) GROUP BY ref"""


class UsageQueries:
    """Counts of live references; ``conn`` runs the SQL (a read connection)."""

    def __init__(self, conn: Any) -> None:
        self._db = conn

    def place_usage(self) -> dict[str, int]:
        """Place id → live shifts (areas), contacts, observations and walk items naming it."""
        return self._counts(_PLACE_USAGE)

    def staff_usage(self) -> dict[str, int]:
        """Staff id → live shifts (staff on the shift) and follow-ups (owner) naming them."""
        return self._counts(_STAFF_USAGE)

    def _counts(self, sql: str) -> dict[str, int]:
        return {str(ref): n for ref, n in self._db.execute(sql).fetchall()}
