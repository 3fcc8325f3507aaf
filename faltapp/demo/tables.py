"""Tables behind the demo data: seasons, school holidays, occasions, and how much happens."""

from __future__ import annotations

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
KIND_DRINK_FACTOR = {
    "nattpass": 1.0,
    "evenemang": 1.2,
    "helgpass": 0.35,
    "kvallspass": 0.3,
    "fritidsgard": 0.02,
    "skolpass": 0.0,
    "tatortsvandring": 0.3,
}
MET_PER_SHIFT = {
    "nattpass": (20, 70),
    "kvallspass": (8, 35),
    "helgpass": (10, 35),
    "skolpass": (25, 70),
    "fritidsgard": (12, 40),
    "evenemang": (50, 140),
    "tatortsvandring": (2, 12),
}
OBSERVATIONS_PER_SHIFT = {
    "nattpass": (2, 5),
    "kvallspass": (1, 4),
    "helgpass": (1, 3),
    "skolpass": (1, 2),
    "fritidsgard": (1, 2),
    "evenemang": (2, 5),
    "tatortsvandring": (3, 5),
}
CONTACT_COUNT_WEIGHTS = {
    "nattpass": (2, 3, 3, 2, 1),
    "kvallspass": (3, 3, 2, 1, 0.5),
    "helgpass": (3, 3, 2, 1, 0.5),
    "skolpass": (1, 2, 3, 2, 1),
    "fritidsgard": (1, 3, 3, 2, 1),
    "evenemang": (2, 3, 2, 1, 1),
    "tatortsvandring": (6, 2, 1, 0, 0),
}
