"""Medborgarlöften (citizen promises) as data, and the monthly counts of what counts toward them.

The promises of the year live in ``resources/data/promises.json`` (format ``faltapp-promises``,
version 1). Each promise has rules saying which recorded activities count toward it, for
example ``{"count": "contacts_with_action", "action": "concern_talk"}``. The counting itself is
SQL in ``store/promise_queries.py``; this module loads and checks the file and holds the result
types. Every activity is counted in the month of its shift's date (a shift that crosses
midnight stays on its start date).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from faltapp.core.messages import text
from faltapp.core.vocabulary import Term, resources_dir, vocabulary

FORMAT = "faltapp-promises"
VERSION = 1
OWNERS = ("polis", "kommun", "gemensamt")

RULE_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # kind: (required filters, optional filters)
    "contacts_with_action": (("action",), ()),
    "shifts_with_partner": (("partner",), ()),
    "shifts_of_kind": (("kind",), ()),
    "shifts_in_areas": (("area",), ("from_hour",)),
    "observations_forwarded": (("forwarded_to",), ("category", "description_contains")),
    "observations": ((), ("category", "description_contains")),
}
"""Every kind of rule with the filters it takes (beside ``count``, ``label``, ``label_en``)."""


class PromiseFileError(ValueError):
    """The promises file cannot be used; the message says where and what, in plain words."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of recorded activity that counts toward a promise.

    ``count`` is one of :data:`RULE_KINDS`; ``filters`` holds that kind's filters by name
    (``action``, ``partner``, ``kind``, ``area``, ``from_hour``, ``forwarded_to``,
    ``category``, ``description_contains``).
    """

    count: str
    filters: tuple[tuple[str, str | int], ...]
    label: str
    label_en: str = ""

    def get(self, name: str) -> str | int | None:
        """The filter ``name``, or None when the rule has none."""
        return dict(self.filters).get(name)

    def title(self, language: str = "sv") -> str:
        """What the rule counts, in ``language`` (Swedish when there is no English)."""
        return self.label_en if language == "en" and self.label_en else self.label


@dataclass(frozen=True, slots=True)
class Promise:
    """One promise of the year: who made it, what it says, and what counts toward it."""

    id: str
    year: int
    owner: str  # polis, kommun or gemensamt
    title: str
    title_en: str
    rules: tuple[Rule, ...]

    def name(self, language: str = "sv") -> str:
        """The promise's title in ``language`` (Swedish when there is no English)."""
        return self.title_en if language == "en" and self.title_en else self.title


@dataclass(frozen=True, slots=True)
class PromiseCounts:
    """How many activities counted toward one promise in each month of a period.

    ``months`` are the first days of every month the period touches, in order; ``per_rule``
    holds one row per rule of the promise, one count per month. A month with nothing is 0.
    """

    promise: Promise
    months: tuple[date, ...]
    per_rule: tuple[tuple[int, ...], ...]

    @property
    def per_month(self) -> tuple[int, ...]:
        """The promise's activities per month (the sum of its rules)."""
        return tuple(sum(column) for column in zip(*self.per_rule, strict=True)) \
            if self.per_rule else tuple(0 for _ in self.months)

    @property
    def total(self) -> int:
        """All of the promise's activities in the period."""
        return sum(self.per_month)


def months_between(start: date, end: date) -> tuple[date, ...]:
    """The first day of every month from ``start``'s to ``end``'s, both included."""
    months: list[date] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def default_path() -> Path:
    """Where the shipped promises are."""
    return resources_dir() / "data" / "promises.json"


def load_promises(path: Path | None = None) -> tuple[Promise, ...]:
    """The promises in ``path`` (default: the shipped file), in file order.

    Raises :class:`PromiseFileError` for a file that is missing, not JSON, of another format
    or a newer version, or holds a promise or rule that is incomplete or unknown.
    """
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise PromiseFileError(text("Filen med medborgarlöften {path} kan inte läsas: {cause}.",
                                    path=str(path), cause=str(exc))) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT \
            or not isinstance(data.get("promises"), list):
        raise PromiseFileError(text("Filen {path} är inte en fil med medborgarlöften.",
                                    path=str(path)))
    if data.get("version") != VERSION:
        raise PromiseFileError(text(
            "Filen med medborgarlöften {path} har version {version}; den här versionen av "
            "faltapp läser version 1.", path=str(path), version=data.get("version")))
    promises = tuple(_promise(item, str(path), n)
                     for n, item in enumerate(data["promises"], start=1))
    seen: set[str] = set()
    for n, promise in enumerate(promises, start=1):
        if promise.id in seen:
            raise PromiseFileError(text("{path}, löfte nr {number}: id {value!r} finns redan.",
                                        path=str(path), number=n, value=promise.id))
        seen.add(promise.id)
    return promises


def of_year(promises: tuple[Promise, ...], year: int) -> tuple[Promise, ...]:
    """The promises made for ``year``."""
    return tuple(p for p in promises if p.year == year)


def year_in_force(promises: Iterable[Promise], year: int) -> int | None:
    """The year whose promises apply in ``year``: ``year`` itself, else the latest before it
    (promises stay the ones to follow up until new ones are entered); None when none exist."""
    years = [p.year for p in promises if p.year <= year]
    return max(years) if years else None


def _promise(item: Any, path: str, number: int) -> Promise:
    def bad(field: str, value: Any) -> PromiseFileError:
        if value is None:
            return PromiseFileError(text("{path}, löfte nr {number}: {field} saknas.",
                                         path=path, number=number, field=field))
        return PromiseFileError(text("{path}, löfte nr {number}: {field} kan inte vara "
                                     "{value!r}.", path=path, number=number, field=field,
                                     value=value))

    if not isinstance(item, dict):
        raise bad("id", item)
    for field in ("id", "title"):
        if not isinstance(item.get(field), str) or not item[field].strip():
            raise bad(field, item.get(field))
    if not isinstance(item.get("title_en", ""), str):
        raise bad("title_en", item.get("title_en"))
    year = item.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise bad("year", year)
    if item.get("owner") not in OWNERS:
        raise bad("owner", item.get("owner"))
    rules = item.get("rules")
    if not isinstance(rules, list) or not rules:
        raise bad("rules", rules or None)
    return Promise(item["id"], year, item["owner"], item["title"], item.get("title_en", ""),
                   tuple(_rule(r, path, number, n) for n, r in enumerate(rules, start=1)))


def _vocabulary_terms() -> dict[str, tuple[Term, ...]]:
    v = vocabulary()
    return {"action": v.contact_actions, "partner": v.partner_kinds, "kind": v.shift_kinds,
            "forwarded_to": v.forward_targets}


def _rule(item: Any, path: str, number: int, rule: int) -> Rule:
    def bad(field: str, value: Any) -> PromiseFileError:
        if value is None:
            return PromiseFileError(text("{path}, löfte nr {number}, regel nr {rule}: {field} "
                                         "saknas.", path=path, number=number, rule=rule,
                                         field=field))
        return PromiseFileError(text("{path}, löfte nr {number}, regel nr {rule}: {field} kan "
                                     "inte vara {value!r}.", path=path, number=number,
                                     rule=rule, field=field, value=value))

    if not isinstance(item, dict):
        raise bad("count", item)
    kind = item.get("count")
    if kind not in RULE_KINDS:
        raise bad("count", kind)
    required, optional = RULE_KINDS[kind]
    for name in item:
        if name not in (*required, *optional, "count", "label", "label_en"):
            raise PromiseFileError(text("{path}, löfte nr {number}, regel nr {rule}: okänt fält "
                                        "{field!r}.", path=path, number=number, rule=rule,
                                        field=name))
    for name in ("label", "label_en"):
        if not isinstance(item.get(name, ""), str):
            raise bad(name, item[name])
    if not item.get("label", "").strip():
        raise bad("label", None)
    terms = _vocabulary_terms()
    filters: list[tuple[str, str | int]] = []
    for name in (*required, *optional):
        value = item.get(name)
        if value is None:
            if name in required:
                raise bad(name, None)
            continue
        if name == "from_hour":
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 23:
                raise bad(name, value)
        elif (not isinstance(value, str) or not value.strip()
              or (name in terms and value not in {t.code for t in terms[name]})):
            raise bad(name, value)
        filters.append((name, value))
    return Rule(kind, tuple(filters), item["label"], item.get("label_en", ""))
