"""Medborgarlöfte counts: the recorded activities that count toward each promise, per month.

One SQL query per kind of rule counts every rule of that kind at once: the rules go in as one
JSON parameter (unpacked with ``json_each``, its ``key`` numbering them), lists inside records
(a contact's actions, a shift's partners and areas, an observation's targets) are unpacked with
``json_each`` too, and the rows come back grouped by rule and month. Only live records of live
shifts count (``deleted = 0``, drafts included), each in the month of its shift's date (a
shift that crosses midnight stays on its start date). ``description_contains`` ignores case for
A–Z only (SQLite's ``lower``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from faltapp.core.promises import Promise, PromiseCounts, Rule, months_between

_LIST = "CASE WHEN json_valid({col}) THEN {col} ELSE '[]' END"
_SHIFTS = "s.deleted = 0 AND s.date BETWEEN ?2 AND ?3"
_RULES = "SELECT key AS idx, {fields} FROM json_each(?1)"
_MONTH = "substr(s.date, 1, 7)"


def _rules(*fields: str) -> str:
    return _RULES.format(fields=", ".join(f"value ->> '{f}' AS {f}" for f in fields))


_OBSERVATION_FILTERS = """
    (r.category IS NULL OR o.category = r.category)
    AND (r.description_contains IS NULL
         OR instr(lower(coalesce(o.description, '')), lower(r.description_contains)) > 0)"""

_SQL: dict[str, str] = {
    "contacts_with_action": f"""
        WITH r AS ({_rules("action")})
        SELECT r.idx, {_MONTH}, count(DISTINCT c.id)
        FROM shift s JOIN contact c ON c.shift_id = s.id AND c.deleted = 0
          JOIN json_each({_LIST.format(col="c.actions")}) a
          JOIN r ON r.action = a.value
        WHERE {_SHIFTS} GROUP BY r.idx, 2""",
    "shifts_with_partner": f"""
        WITH r AS ({_rules("partner")})
        SELECT r.idx, {_MONTH}, count(DISTINCT s.id)
        FROM shift s JOIN json_each({_LIST.format(col="s.partners")}) p
          JOIN r ON r.partner = p.value
        WHERE {_SHIFTS} GROUP BY r.idx, 2""",
    "shifts_of_kind": f"""
        WITH r AS ({_rules("kind")})
        SELECT r.idx, {_MONTH}, count(*)
        FROM shift s JOIN r ON r.kind = s.kind
        WHERE {_SHIFTS} GROUP BY r.idx, 2""",
    # On duty at or after from_hour: ends after it, or crosses midnight.
    "shifts_in_areas": f"""
        WITH r AS ({_rules("area", "from_hour")})
        SELECT r.idx, {_MONTH}, count(DISTINCT s.id)
        FROM shift s JOIN json_each({_LIST.format(col="s.area_ids")}) a
          JOIN place pl ON pl.id = a.value AND pl.deleted = 0
          JOIN r ON r.area = pl.area
        WHERE {_SHIFTS} AND (r.from_hour IS NULL OR s."end" <= s.start
                             OR s."end" > printf('%02d:00', r.from_hour))
        GROUP BY r.idx, 2""",
    "observations_forwarded": f"""
        WITH r AS ({_rules("forwarded_to", "category", "description_contains")})
        SELECT r.idx, {_MONTH}, count(DISTINCT o.id)
        FROM shift s JOIN observation o ON o.shift_id = s.id AND o.deleted = 0
          JOIN json_each({_LIST.format(col="o.forwarded_to")}) f
          JOIN r ON r.forwarded_to = f.value
        WHERE {_SHIFTS} AND {_OBSERVATION_FILTERS} GROUP BY r.idx, 2""",
    "observations": f"""
        WITH r AS ({_rules("category", "description_contains")})
        SELECT r.idx, {_MONTH}, count(*)
        FROM shift s JOIN observation o ON o.shift_id = s.id AND o.deleted = 0
          JOIN r
        WHERE {_SHIFTS} AND {_OBSERVATION_FILTERS} GROUP BY r.idx, 2""",
}


class PromiseQueries:
    """Counts toward medborgarlöften; ``conn`` runs the SQL (a read connection)."""

    def __init__(self, conn: Any) -> None:
        self._db = conn

    def promise_counts(self, promises: Iterable[Promise], start: date,
                       end: date) -> list[PromiseCounts]:
        """Per promise (in the order given), its activities per rule and month from ``start``
        to ``end`` (both included); every month the period touches is there, 0 when empty."""
        promises = list(promises)
        months = months_between(start, end)
        by_kind: dict[str, list[Rule]] = {}
        for promise in promises:
            for rule in promise.rules:
                by_kind.setdefault(rule.count, []).append(rule)
        found: dict[tuple[str, int], dict[str, int]] = {}
        for kind, rules in by_kind.items():
            for idx, month, n in self._count(kind, rules, start, end):
                found.setdefault((kind, idx), {})[month] = n
        result: list[PromiseCounts] = []
        position = {kind: 0 for kind in by_kind}
        for promise in promises:
            rows = []
            for rule in promise.rules:
                counted = found.get((rule.count, position[rule.count]), {})
                position[rule.count] += 1
                rows.append(tuple(counted.get(m.isoformat()[:7], 0) for m in months))
            result.append(PromiseCounts(promise, months, tuple(rows)))
        return result

    def _count(self, kind: str, rules: list[Rule], start: date,
               end: date) -> list[tuple[int, str, int]]:
        param = json.dumps([dict(rule.filters) for rule in rules], ensure_ascii=False)
        return self._db.execute(_SQL[kind], [param, start.isoformat(), end.isoformat()]
                                ).fetchall()
