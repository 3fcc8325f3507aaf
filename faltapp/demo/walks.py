"""Demo safety-walk protocol items and shift weather (Qt-free, deterministic from the rng)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from faltapp.core.entities import Place, WalkItem

_PROBLEMS = (
    ("Trasig belysning vid {p}", "Byt armaturer och se över timer", "Gata/park"),
    ("Buskage skymmer sikten vid {p}", "Beskär buskarna längs gångvägen", "Gata/park"),
    ("Klotter och glaskross vid {p}", "Sanera och följ upp med ägaren", "Fastighetsägare"),
    ("Mörk passage bakom {p}", "Sätt upp belysning på fasaden", "Fastighetsägare"),
    ("Nedskräpning vid {p} efter helgerna", "Fler papperskorgar och tätare tömning", "Gata/park"),
    ("Samlingsplats för unga vid {p} sent på kvällen", "Samordnad närvaro fredagar",
     "Polis"),
    ("Trasigt staket vid {p}", "Laga staketet innan skolstart", "Skola"),
)
_WEATHER = {
    "vinter": ("Kallt, minusgrader", "Snöfall", "Halt och blåsigt"),
    "vår": ("Uppehåll, milt", "Regn", "Kyligt men torrt"),
    "sommar": ("Varmt och ljust", "Ljust, mulet", "Åskskurar"),
    "höst": ("Regn och blåst", "Mörkt, duggregn", "Klart och kallt"),
}
_SEASONS = ("vinter",) * 2 + ("vår",) * 3 + ("sommar",) * 3 + ("höst",) * 3 + ("vinter",)


def weather(rng: random.Random, day: date) -> str:
    """Weather as a field secretary notes it, or "" (about half the shifts note none)."""
    if rng.random() < 0.5:
        return ""
    return rng.choice(_WEATHER[_SEASONS[day.month - 1]])


def walk_items(rng: random.Random, shift_id: str, day: date, areas: Sequence[Place],
               age_days: int, new_id: Callable[[], str]) -> list[WalkItem]:
    """Two to five protocol items of a safety walk; old walks' items are mostly done."""
    out = []
    for problem, action, unit in rng.sample(_PROBLEMS, rng.randint(2, 5)):
        place = rng.choice(list(areas))
        if age_days > 120:
            status = "done" if rng.random() < 0.85 else "in_progress"
        else:
            status = rng.choice(("open", "open", "in_progress"))
        out.append(WalkItem(
            shift_id=shift_id, problem=problem.format(p=place.name), place_id=place.id,
            proposed_action=action, responsible=unit, priority=rng.choice(("hog", "medel", "lag")),
            deadline=day + timedelta(days=rng.choice((14, 30, 60, 90))), status=status,
            id=new_id()))
    return out
