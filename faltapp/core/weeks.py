"""ISO 8601 weeks, the unit of the week filter and the weekly reports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_TEXT = re.compile(r"([0-9]{4})-W([0-9]{2})")


@dataclass(frozen=True, slots=True)
class IsoWeek:
    """An ISO 8601 week, e.g. 2026-W47; a week its year does not have raises ValueError."""

    year: int
    week: int

    def __post_init__(self) -> None:
        try:
            date.fromisocalendar(self.year, self.week, 1)
        except ValueError:
            raise ValueError(f"År {self.year} har ingen vecka {self.week}.") from None

    def monday(self) -> date:
        """First day of the week."""
        return date.fromisocalendar(self.year, self.week, 1)

    def sunday(self) -> date:
        """Last day of the week."""
        return self.monday() + timedelta(days=6)

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        """The week ``day`` belongs to (early January may belong to last year's week 52 or 53)."""
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """Parse exactly what ``str()`` writes, e.g. ``"2026-W47"``; raises ValueError otherwise."""
        match = _TEXT.fullmatch(text)
        if match is None:
            raise ValueError(f"{text!r} är ingen vecka; skriv den som 2026-W47.")
        return cls(int(match.group(1)), int(match.group(2)))
