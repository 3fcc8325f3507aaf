"""Tables behind the demo data: seasons, school holidays, occasions, and how much happens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

SEASON = (0.7, 0.85, 0.9, 1.0, 1.15, 1.3, 1.2, 1.25, 1.0, 1.0, 0.9, 0.95)
"""Relative amount of outreach per month, January first."""


def first_day(end: date, years: int) -> date:
    """The first day covered when ``years`` years end at ``end``."""
    try:
        back = end.replace(year=end.year - years)
    except ValueError:  # 29 February
        back = end.replace(year=end.year - years, day=28)
    return back + timedelta(days=1)


def school_open(d: date) -> bool:
    """Whether schools are open that day (approximate Swedish school holidays)."""
    week = d.isocalendar().week
    if d.weekday() >= 5 or week in (8, 15, 44) or (d.month, d.day) in ((5, 1), (6, 6)):
        return False
    summer = date.fromisocalendar(d.year, 24, 4) < d < date(d.year, 8, 18)
    return not summer and not (d.month == 12 and d.day > 20) and not (d.month == 1 and d.day < 8)


def occasion_dates(year: int) -> list[tuple[date, str]]:
    """Dates of the occasions with extra outreach in ``year`` (keys of OCCASIONS)."""
    out = [
        (date(year, 4, 30), "valborg"),
        (date.fromisocalendar(year, 24, 4), "skolavslutning"),
        (
            next(date(year, 6, d) for d in range(19, 26) if date(year, 6, d).weekday() == 4),
            "midsommar",
        ),
        (date(year, 10, 31), "halloween"),
        (date(year, 12, 31), "nyar"),
    ]
    out += [(date.fromisocalendar(year, w, 6), "tragarn") for w in (28, 31, 34)]
    return out


AGE_WEIGHTS = {  # age band weights of the young people met, per group of shift kinds
    "night": {
        "upp_till_12": 0.5,
        "13_15": 4,
        "16_17": 4.5,
        "18_20": 1.8,
        "21_25": 0.3,
        "okand": 0.3,
    },
    "day": {"upp_till_12": 1.2, "13_15": 5, "16_17": 3, "18_20": 0.8, "okand": 0.2},
    "grund": {"upp_till_12": 2, "13_15": 5, "16_17": 0.3},
    "gymn": {"16_17": 5, "18_20": 2.5, "13_15": 0.3},
}
GENDER_WEIGHTS = {"flicka": 4.6, "pojke": 5.0, "annat": 0.12, "okant": 0.6}
DRINK_RATE = {
    "upp_till_12": 0.0,
    "13_15": 0.04,
    "16_17": 0.11,
    "18_20": 0.2,
    "21_25": 0.25,
    "vuxen": 0.2,
    "okand": 0.08,
}


@dataclass(frozen=True, slots=True)
class KindProfile:
    """How much happens on one kind of shift."""

    met: tuple[int, int]
    """Fewest and most young people met (before season and occasion)."""
    observations: tuple[int, int]
    """Fewest and most observations."""
    contacts: tuple[float, ...]
    """Weights of 0, 1, 2, 3 and 4 contacts."""
    drinking: float
    """How often the young people met seem affected, a night shift being 1."""


KINDS = {
    "nattpass": KindProfile((20, 70), (2, 5), (2, 3, 3, 2, 1), 1.0),
    "kvallspass": KindProfile((8, 35), (1, 4), (3, 3, 2, 1, 0.5), 0.3),
    "helgpass": KindProfile((10, 35), (1, 3), (3, 3, 2, 1, 0.5), 0.35),
    "skolpass": KindProfile((25, 70), (1, 2), (1, 2, 3, 2, 1), 0.0),
    "fritidsgard": KindProfile((12, 40), (1, 2), (1, 3, 3, 2, 1), 0.02),
    "evenemang": KindProfile((50, 140), (2, 5), (2, 3, 2, 1, 1), 1.2),
    "tatortsvandring": KindProfile((2, 12), (3, 5), (6, 2, 1, 0, 0), 0.3),
}
