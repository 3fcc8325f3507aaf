"""Read-only queries behind the reports: the figures of an ISO week, and the shifts behind one.

Every figure is counted by SQLite (GROUP BY, ``json_each`` over the JSON lists); Python only
turns the handful of result rows into ``core.report_figures`` dataclasses. What each figure
means is written in ``core/report_figures.py``.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from faltapp.core.report_figures import (
    FIGURES,
    NOTABLE_FORWARD,
    NOTABLE_SEVERITY,
    AreaFigures,
    CategoryFigures,
    DayFigures,
    FigureKey,
    NotableObservation,
    OpenFollowUp,
    PlaceBandFigures,
    Totals,
    WeekFigures,
    previous_week,
)
from faltapp.core.time_bands import BANDS, LABELS
from faltapp.core.weeks import IsoWeek

_WEEK = "WITH s AS (SELECT * FROM shift WHERE deleted = 0 AND date BETWEEN ? AND ?)"


def _has(column: str, code: str) -> str:
    return f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value = '{code}')"


_HOUR = ("(CAST(julianday(substr(o.observed_at, 1, 10)) - julianday(s.date) AS INTEGER) * 24"
         " + CAST(substr(o.observed_at, 12, 2) AS INTEGER))")
_BAND = ("CASE " + " ".join(f"WHEN {_HOUR} >= {first} THEN {i}"
                            for i, (_, first) in reversed(list(enumerate(BANDS))) if first)
         + " ELSE 0 END")
"""Index into ``time_bands.LABELS`` of observation ``o`` on shift ``s`` (the hour counted
from midnight before the shift's date, so a shift crossing midnight stays on its day)."""

_PER_SHIFT = f"""{_WEEK},
  tal AS (SELECT t.shift_id, sum(t.count) met, sum(t.affected_alcohol) alc,
                 sum(t.affected_drugs) drg
          FROM tally t JOIN s ON s.id = t.shift_id WHERE t.deleted = 0 GROUP BY t.shift_id),
  con AS (SELECT c.shift_id, count(*) n, sum({_has('c.actions', 'concern_talk')}) talks,
                 sum({_has('c.actions', 'concern_report')}) reports
          FROM contact c JOIN s ON s.id = c.shift_id WHERE c.deleted = 0 GROUP BY c.shift_id),
  obs AS (SELECT o.shift_id, count(*) n
          FROM observation o JOIN s ON s.id = o.shift_id WHERE o.deleted = 0
          GROUP BY o.shift_id),
  fu AS (SELECT f.shift_id, count(*) open, sum(f.due < ?) overdue
         FROM follow_up f JOIN s ON s.id = f.shift_id
         WHERE f.deleted = 0 AND f.status = 'open' GROUP BY f.shift_id),
  per AS (SELECT s.date, coalesce(tal.met, 0) met, coalesce(con.n, 0) contacts,
                 coalesce(obs.n, 0) observations, coalesce(con.talks, 0) talks,
                 coalesce(con.reports, 0) reports, coalesce(tal.alc, 0) alc,
                 coalesce(tal.drg, 0) drg, {_has('s.partners', 'polis')} police,
                 {_has('s.partners', 'nattvandrare')} adults, coalesce(fu.open, 0) open,
                 coalesce(fu.overdue, 0) overdue
          FROM s LEFT JOIN tal ON tal.shift_id = s.id LEFT JOIN con ON con.shift_id = s.id
            LEFT JOIN obs ON obs.shift_id = s.id LEFT JOIN fu ON fu.shift_id = s.id)"""

_TOTALS = f"""{_PER_SHIFT}
SELECT count(*), sum(met), sum(contacts), sum(observations), sum(talks), sum(reports),
       sum(alc), sum(drg), sum(police), sum(adults), sum(open), sum(overdue) FROM per"""

_DAYS = f"""{_PER_SHIFT}
SELECT date, count(*), sum(met), sum(contacts), sum(observations) FROM per GROUP BY date"""

_AREAS = f"""{_WEEK}
SELECT area, sum(shifts), sum(contacts), sum(observations) FROM (
  SELECT coalesce(p.area, '') area, count(DISTINCT s.id) shifts, 0 contacts, 0 observations
    FROM s, json_each(s.area_ids) j LEFT JOIN place p ON p.id = j.value GROUP BY 1
  UNION ALL
  SELECT coalesce(p.area, ''), 0, count(*), 0
    FROM contact c JOIN s ON s.id = c.shift_id LEFT JOIN place p ON p.id = c.place_id
    WHERE c.deleted = 0 GROUP BY 1
  UNION ALL
  SELECT coalesce(p.area, ''), 0, 0, count(*)
    FROM observation o JOIN s ON s.id = o.shift_id LEFT JOIN place p ON p.id = o.place_id
    WHERE o.deleted = 0 GROUP BY 1)
GROUP BY area ORDER BY area"""

_CATEGORIES = f"""{_WEEK}
SELECT coalesce(o.category, ''),
       coalesce((SELECT k.name FROM category k WHERE k.code = o.category AND k.deleted = 0
                 ORDER BY k.id LIMIT 1), o.category, ''),
       count(*), coalesce(sum(o.people_count), 0)
FROM observation o JOIN s ON s.id = o.shift_id WHERE o.deleted = 0
GROUP BY o.category ORDER BY count(*) DESC, o.category"""

_PLACE_BANDS = f"""{_WEEK}
SELECT o.place_id, coalesce(p.name, ''), coalesce(p.area, ''), {_BAND} band, count(*)
FROM observation o JOIN s ON s.id = o.shift_id LEFT JOIN place p ON p.id = o.place_id
WHERE o.deleted = 0 GROUP BY o.place_id, band ORDER BY p.name, o.place_id, band"""

_NOTABLE = f"""{_WEEK}
SELECT o.id, s.id, s.date, o.observed_at, coalesce(p.name, ''),
       coalesce((SELECT k.name FROM category k WHERE k.code = o.category AND k.deleted = 0
                 ORDER BY k.id LIMIT 1), o.category, ''),
       o.severity, coalesce(o.people_count, 0), coalesce(o.description, ''),
       coalesce(o.forwarded_to, '[]'), count(*) OVER ()
FROM observation o JOIN s ON s.id = o.shift_id LEFT JOIN place p ON p.id = o.place_id
WHERE o.deleted = 0 AND (o.severity >= {NOTABLE_SEVERITY}
                         OR {_has('o.forwarded_to', NOTABLE_FORWARD)})
ORDER BY o.severity DESC, o.observed_at DESC, o.id LIMIT ?"""

_OPEN_FOLLOW_UPS = f"""{_WEEK}
SELECT f.id, s.id, s.date, coalesce(f.text, ''), f.due, coalesce(st.name, ''),
       coalesce(f.due < ?, 0)
FROM follow_up f JOIN s ON s.id = f.shift_id LEFT JOIN staff st ON st.id = f.owner_id
WHERE f.deleted = 0 AND f.status = 'open'
ORDER BY f.due IS NULL, f.due, s.date, f.id"""

_SHIFT_AREA = ("EXISTS (SELECT 1 FROM json_each(s.area_ids) j LEFT JOIN place p "
               "ON p.id = j.value WHERE coalesce(p.area, '') = ?)")
_SHIFT_LEVEL = {
    "shifts": "1",
    "police_shifts": _has("s.partners", "polis"),
    "adult_shifts": _has("s.partners", "nattvandrare"),
    "met": "EXISTS (SELECT 1 FROM tally t WHERE t.shift_id = s.id AND t.deleted = 0 "
           "AND t.count > 0)",
    "affected_alcohol": "EXISTS (SELECT 1 FROM tally t WHERE t.shift_id = s.id "
                        "AND t.deleted = 0 AND t.affected_alcohol > 0)",
    "affected_drugs": "EXISTS (SELECT 1 FROM tally t WHERE t.shift_id = s.id "
                      "AND t.deleted = 0 AND t.affected_drugs > 0)",
    "open_follow_ups": "EXISTS (SELECT 1 FROM follow_up f WHERE f.shift_id = s.id "
                       "AND f.deleted = 0 AND f.status = 'open')",
    "overdue_follow_ups": "EXISTS (SELECT 1 FROM follow_up f WHERE f.shift_id = s.id "
                          "AND f.deleted = 0 AND f.status = 'open' AND f.due < ?)",
}
_CONTACT_LEVEL = {"contacts": "1", "concern_talks": _has("c.actions", "concern_talk"),
                  "concern_reports": _has("c.actions", "concern_report")}
assert set(_SHIFT_LEVEL) | set(_CONTACT_LEVEL) | {"observations"} == set(FIGURES)


class ReportQueries:
    """Figures of a week, and the shifts behind any one of them."""

    def __init__(self, conn: Any) -> None:
        self._db = conn

    def week_figures(self, week: IsoWeek, today: date) -> WeekFigures:
        """Every figure of ``week`` (and the previous week's totals); overdue means due before
        ``today``. An empty week gives zeros."""
        span = [week.monday().isoformat(), week.sunday().isoformat()]
        found = {r[0]: DayFigures(date.fromisoformat(r[0]), *r[1:])
                 for r in self._rows(_DAYS, [*span, today.isoformat()])}
        days = tuple(found.get(d.isoformat(), DayFigures(d)) for d in _dates(week))
        return WeekFigures(
            week=week, today=today,
            totals=self._totals(week, today), previous=self._totals(previous_week(week), today),
            days=days,
            areas=tuple(AreaFigures(*r) for r in self._rows(_AREAS, span)),
            categories=tuple(CategoryFigures(*r) for r in self._rows(_CATEGORIES, span)),
            place_bands=tuple(PlaceBandFigures(r[0], r[1], r[2], LABELS[r[3]], r[4])
                              for r in self._rows(_PLACE_BANDS, span)),
        )

    def notable_observations(self, week: IsoWeek, limit: int
                             ) -> tuple[tuple[NotableObservation, ...], int]:
        """At most ``limit`` notable observations of ``week`` (see
        ``report_figures.NotableObservation``), most severe then newest first, and how many
        there are in all."""
        rows = self._rows(_NOTABLE, [week.monday().isoformat(), week.sunday().isoformat(),
                                     limit])
        found = tuple(NotableObservation(
            id=r[0], shift_id=r[1], shift_date=date.fromisoformat(r[2]),
            observed_at=datetime.fromisoformat(r[3]), place=r[4], category=r[5],
            severity=r[6], people=r[7], description=r[8], forwarded_to=tuple(json.loads(r[9])))
            for r in rows)
        return found, rows[0][10] if rows else 0

    def open_follow_ups(self, week: IsoWeek, today: date) -> tuple[OpenFollowUp, ...]:
        """The open follow-ups made on ``week``'s shifts, soonest due first (none last);
        overdue means due before ``today``."""
        rows = self._rows(_OPEN_FOLLOW_UPS, [week.monday().isoformat(),
                                             week.sunday().isoformat(), today.isoformat()])
        return tuple(OpenFollowUp(r[0], r[1], date.fromisoformat(r[2]), r[3],
                                  date.fromisoformat(r[4]) if r[4] else None, r[5], bool(r[6]))
                     for r in rows)

    def shift_ids_behind(self, week: IsoWeek, figure: str, key: FigureKey | None = None,
                         *, today: date | None = None) -> list[str]:
        """Ids of the week's shifts that count toward ``figure`` (a name in
        ``report_figures.FIGURES``) in the cell ``key``, by date and start time; ``today``
        is needed for ``overdue_follow_ups`` only."""
        key = key or FigureKey()
        where = ["s.deleted = 0", "s.date BETWEEN ? AND ?"]
        params: list[Any] = [week.monday().isoformat(), week.sunday().isoformat()]
        if key.day is not None:
            where.append("s.date = ?")
            params.append(key.day.isoformat())
        if figure in _SHIFT_LEVEL:
            _refuse(figure, key, ("category", "place_id", "band"))
            where.append(_SHIFT_LEVEL[figure])
            if figure == "overdue_follow_ups":
                if today is None:
                    raise ValueError("overdue_follow_ups needs today")
                params.append(today.isoformat())
            if key.area is not None:
                where.append(_SHIFT_AREA)
                params.append(key.area)
        elif figure in _CONTACT_LEVEL:
            _refuse(figure, key, ("category", "place_id", "band"))
            where.append(self._records("contact c", "c", _CONTACT_LEVEL[figure], key, params))
        elif figure == "observations":
            where.append(self._observations(key, params))
        else:
            raise ValueError(f"unknown figure {figure!r}")
        sql = (f"SELECT s.id FROM shift s WHERE {' AND '.join(where)} "
               "ORDER BY s.date, s.start, s.id")
        return [r[0] for r in self._rows(sql, params)]

    # -- helpers --------------------------------------------------------------------------

    def _rows(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, params).fetchall()

    def _totals(self, week: IsoWeek, today: date) -> Totals:
        row = self._rows(_TOTALS, [week.monday().isoformat(), week.sunday().isoformat(),
                                   today.isoformat()])[0]
        return Totals(*(value or 0 for value in row))

    @staticmethod
    def _records(table: str, alias: str, condition: str, key: FigureKey,
                 params: list[Any]) -> str:
        sql = (f"EXISTS (SELECT 1 FROM {table} LEFT JOIN place p ON p.id = {alias}.place_id "
               f"WHERE {alias}.shift_id = s.id AND {alias}.deleted = 0 AND {condition}")
        if key.area is not None:
            sql += " AND coalesce(p.area, '') = ?"
            params.append(key.area)
        return sql + ")"

    def _observations(self, key: FigureKey, params: list[Any]) -> str:
        condition = "1"
        if key.category is not None:
            condition += " AND o.category = ?"
            params.append(key.category)
        if key.place_id is not None:
            condition += " AND o.place_id = ?"
            params.append(key.place_id)
        if key.band is not None:
            condition += f" AND {_BAND} = ?"
            params.append(LABELS.index(key.band))
        return self._records("observation o", "o", condition, key, params)


def _refuse(figure: str, key: FigureKey, fields: tuple[str, ...]) -> None:
    given = [f for f in fields if getattr(key, f) is not None]
    if given:
        raise ValueError(f"{figure} is not counted by {', '.join(given)}")


def _dates(week: IsoWeek) -> list[date]:
    monday = week.monday().toordinal()
    return [date.fromordinal(monday + i) for i in range(7)]
