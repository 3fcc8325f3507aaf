"""Gallring (retention) rules: what is culled when, and on what legal basis (issue 9 item 2).

The Swedish defaults live in ``resources/data/retention.json`` with the law or reasoning
behind each; the municipality decides, so each period can be changed per database (stored as
a local setting, see ``store/retention.py``). A rule with no period keeps its records (the
anonymous statistics). A period is counted from the record's *last entry*: a shift's date, or
for a person and the contacts linked to them the person's last contact, because a personal
file's entries are culled together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta

from faltapp.core.messages import text
from faltapp.core.vocabulary import resources_dir

MAX_DAYS = 36525  # 100 years: anything longer is a typing mistake
AFTER_KINDS = ("shift_date", "last_contact", "logged_at")


class RetentionError(ValueError):
    """A retention period that cannot be used (Swedish message)."""


@dataclass(frozen=True, slots=True)
class RetentionRule:
    """One kind of record's retention: ``days`` after ``after``, or kept (``days`` None)."""

    table: str
    days: int | None
    after: str
    name: str
    name_en: str
    basis: str
    basis_en: str
    default_days: int | None = None

    def label(self, lang: str = "sv") -> str:
        """The rule's name in ``lang``."""
        return self.name_en if lang == "en" and self.name_en else self.name

    def legal_basis(self, lang: str = "sv") -> str:
        """Why this period, in ``lang``."""
        return self.basis_en if lang == "en" and self.basis_en else self.basis

    def cutoff(self, today: date) -> date | None:
        """Records whose last entry is before this day are due (None: kept)."""
        return None if self.days is None else today - timedelta(days=self.days)


def check_days(value: object) -> int:
    """A period typed or stored as days: a whole number from 1 to 100 years.

    0 or a negative number would mean "cull everything now": refused with a message.
    """
    try:
        days = int(str(value).strip())
    except ValueError:
        raise RetentionError(text("Ange gallringstiden som ett helt antal dagar.")) from None
    if days < 1:
        raise RetentionError(text(
            "Gallringstiden måste vara minst 1 dag ({days} skulle gallra allt direkt).",
            days=days))
    if days > MAX_DAYS:
        raise RetentionError(text("Gallringstiden kan vara högst {max} dagar.", max=MAX_DAYS))
    return days


def default_rules() -> list[RetentionRule]:
    """The Swedish default rules, in the order the settings show them."""
    path = resources_dir() / "data" / "retention.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "faltapp-retention":
        raise ValueError(f"{path}: förväntade formatet faltapp-retention")
    rules = []
    for item in data["rules"]:
        if item["after"] not in AFTER_KINDS:
            raise ValueError(f"{path}: okänd startpunkt {item['after']!r}")
        days = None if item["days"] is None else check_days(item["days"])
        rules.append(RetentionRule(item["table"], days, item["after"], item["name"],
                                   item.get("name_en", ""), item["basis"],
                                   item.get("basis_en", ""), default_days=days))
    return rules


def with_overrides(rules: list[RetentionRule], overrides: dict[str, int]) -> list[RetentionRule]:
    """``rules`` with the periods a team leader set (only rules that cull can be changed)."""
    return [replace(r, days=overrides[r.table])
            if r.days is not None and r.table in overrides else r for r in rules]
