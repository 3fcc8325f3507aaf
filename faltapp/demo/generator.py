"""Deterministic demo data: years of logs of a field-secretary team in Lidköping.

Everything random comes from one ``random.Random(spec.seed)``, ids included, so the same spec,
places and categories give exactly the same records every run.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from faltapp.core.entities import (
    Category,
    Contact,
    Entity,
    FollowUp,
    Observation,
    Place,
    Shift,
    Staff,
    Tally,
)
from faltapp.demo.persons import with_persons
from faltapp.demo.tables import (
    AGE_WEIGHTS,
    DRINK_RATE,
    GENDER_WEIGHTS,
    KINDS,
    SEASON,
    first_day,
    occasion_dates,
    school_open,
)
from faltapp.demo.text import (
    CATEGORY_WEIGHTS,
    CONTACT_NOTES,
    OBSERVATIONS,
    OCCASIONS,
    PLACE_WEIGHTS,
    YOUTH_NAMES,
    approx,
    follow_up_text,
    staff_names,
    summary,
)
from faltapp.demo.walks import walk_items, weather

_DRAFT_DAYS = 3
_POOL_PER_WORKER = 150 / 8
_RECORDS_PER_SHIFT = 10.4
_SHIFTS_PER_WORKER_WEEK = 5.1 / 8


@dataclass(frozen=True, slots=True)
class DemoSpec:
    """How much demo data to make: team size, years back from ``end``, and the seed."""

    workers: int = 8
    years: int = 5
    seed: int = 1
    end: date = date(2026, 11, 22)


@dataclass(frozen=True, slots=True)
class _Youth:
    alias: str
    birth_year: int
    gender: str
    at_risk: bool


def estimate_records(spec: DemoSpec) -> int:
    """Rough number of entities ``generate`` yields for ``spec`` (for a progress bar)."""
    shifts = spec.years * 52.18 * _SHIFTS_PER_WORKER_WEEK * spec.workers
    return spec.workers + round(shifts * _RECORDS_PER_SHIFT)


def generate(spec: DemoSpec, places: Sequence[Place], categories: Sequence[Category]
             ) -> Iterator[Entity]:
    """Staff first, then every shift followed by its tallies, contacts, observations and
    follow-ups, referring to the given active ``places`` and ``categories``."""
    if spec.workers < 1 or spec.years < 1:
        raise ValueError("DemoSpec: workers och years måste vara minst 1")
    if not places:
        raise ValueError("generate: minst en plats behövs")
    return with_persons(_Generator(spec, places, categories).run(), spec.seed)


class _Generator:
    def __init__(self, spec: DemoSpec, places: Sequence[Place],
                 categories: Sequence[Category]) -> None:
        self.spec, self.rng = spec, random.Random(spec.seed)
        self.scale = spec.workers / 8
        self.first = first_day(spec.end, spec.years)
        self.places = [p for p in places if p.active] or list(places)
        self.codes = [c.code for c in categories if c.active]
        low = {p.id: p.name.lower() for p in self.places}
        self.schools = [p for p in self.places if "skola" in low[p.id] or "gymnas" in low[p.id]]
        self.youth_centres = [p for p in self.places if "fritidsg" in low[p.id]]
        self.summer_spots = {p.id for p in self.places if "bad" in low[p.id] or "hamn" in low[p.id]}
        self.base_weight = {p.id: PLACE_WEIGHTS.get(p.name, 1.0) for p in self.places}
        self.staff: list[Staff] = []
        self.pool: list[_Youth] = []
        self.pool_weights: list[float] = []
        self.eligible: dict[int, tuple[list[_Youth], list[float]]] = {}

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def count(self, expected: float) -> int:
        whole = int(expected)
        return whole + (1 if self.rng.random() < expected - whole else 0)

    def pick(self, items: Sequence, weights: Sequence[float], k: int) -> list:
        items, weights, out = list(items), list(weights), []
        while items and len(out) < k:
            i = self.rng.choices(range(len(items)), weights)[0]
            out.append(items.pop(i))
            weights.pop(i)
        return out

    def run(self) -> Iterator[Entity]:
        rng = self.rng
        initials: set[str] = set()
        for name in staff_names(rng, self.spec.workers):
            letters = "".join(part[0] for part in name.replace("-", " ").split()).upper()
            tag, n = letters, 1
            while tag in initials:
                n += 1
                tag = f"{letters}{n}"
            initials.add(tag)
            self.staff.append(Staff(name=name, initials=tag, id=self.uid()))
        yield from self.staff
        self._make_pool()
        walks = self._walk_dates()
        occasions = {d: o for y in range(self.first.year, self.spec.end.year + 1)
                     for d, o in occasion_dates(y)}
        day = self.first
        while day <= self.spec.end:
            for kind, occasion in self._plan(day, day in walks, occasions.get(day)):
                yield from self._shift(day, kind, occasion)
            day += timedelta(days=1)

    def _make_pool(self) -> None:
        rng, low, high = self.rng, self.first.year - 19, self.spec.end.year - 13
        size = round(_POOL_PER_WORKER * self.spec.workers * (high - low + 1) / 7)
        origins = list(YOUTH_NAMES)
        weights = [YOUTH_NAMES[o][0] for o in origins]
        seen: set[str] = set()
        for i in range(size):
            origin = origins[i] if i < len(origins) else rng.choices(origins, weights)[0]
            _, girls, boys, marks = YOUTH_NAMES[origin]
            gender = rng.choices(("flicka", "pojke", "annat", "okant"), (48, 48, 2, 2))[0]
            name = rng.choice(girls if gender == "flicka" or
                              (gender != "pojke" and rng.random() < 0.5) else boys)
            alias, tries = name, 0
            while alias in seen:  # then "Elsa K.", then "Elsa KM.", last "Elsa KM.31"
                tries += 1
                mark = "".join(rng.choices(marks, k=1 if tries <= 8 else 2))
                alias = f"{name} {mark}." + (str(tries) if tries > 30 else "")
            seen.add(alias)
            # one of each origin is young all through the span when it is short enough
            lasting = i < len(origins) and high - 6 <= low + 6
            born = rng.randint(high - 6, low + 6) if lasting else rng.randint(low, high)
            self.pool.append(_Youth(alias, born, gender, rng.random() < 0.08))
            self.pool_weights.append(min(12.0, rng.paretovariate(1.2)))

    def _youth_for(self, year: int) -> tuple[list[_Youth], list[float]]:
        if year not in self.eligible:
            pairs = [(y, w) for y, w in zip(self.pool, self.pool_weights, strict=True)
                     if 13 <= year - y.birth_year <= 19]
            people = [y for y, _ in pairs]
            cum, total = [], 0.0
            for _, w in pairs:
                total += w
                cum.append(total)
            self.eligible[year] = (people, cum)
        return self.eligible[year]

    def _walk_dates(self) -> set[date]:
        out = set()
        for year in range(self.first.year, self.spec.end.year + 1):
            for weeks in ((16, 19), (40, 43)):
                week = self.rng.randint(*weeks)
                out.add(date.fromisocalendar(year, week, self.rng.randint(2, 4)))
        return out

    def _plan(self, d: date, walk: bool, occasion: str | None) -> list[tuple[str, str | None]]:
        wd, summer = d.weekday(), d.month in (6, 7, 8)
        school = school_open(d)
        lov = wd < 5 and not school and not summer
        factor = self.scale * SEASON[d.month - 1]
        expected = {
            "skolpass": 0.1 if school else 0.0,
            "helgpass": {5: 0.15, 6: 0.2}.get(wd, 0.0) * (1.6 if summer else 1.0),
            "fritidsgard": (0.1 if summer else 0.2) if wd in (1, 2, 3) else 0.0,
            "kvallspass": ((0.35 if wd < 4 else 0.15 if wd == 6 and summer else 0.0)
                           * (1.5 if summer else 1.3 if lov else 1.0)),
            "nattpass": {4: 0.95, 5: 0.85, 3: 0.25 if summer else 0.0}.get(wd, 0.0),
        }
        if (d.month, d.day) in ((12, 24), (12, 25)):
            expected = {}
        plan = [(kind, None) for kind, e in expected.items() for _ in range(self.count(e * factor))]
        if walk:
            plan.append(("tatortsvandring", None))
        if occasion:
            n = max(1, round(self.scale * OCCASIONS[occasion][4]))
            plan += [("evenemang", occasion)] * n
        return plan

    def _areas(self, d: date, kind: str, occasion: str | None) -> list[Place]:
        rng, summer = self.rng, d.month in (6, 7, 8)
        if kind == "skolpass" and self.schools:
            return [rng.choice(self.schools)]
        if kind == "fritidsgard" and self.youth_centres:
            extra = self.pick(self.places, [self.base_weight[p.id] for p in self.places], 1)
            first = rng.choice(self.youth_centres)
            return [first] + [p for p in extra if p is not first and rng.random() < 0.3]
        if kind == "tatortsvandring":
            area = rng.choice(sorted({p.area for p in self.places}))
            local = [p for p in self.places if p.area == area]
            return self.pick(local, [1.0] * len(local), rng.randint(3, 4))
        weights = []
        keywords = OCCASIONS[occasion][1] if occasion else ()
        for p in self.places:
            w = self.base_weight[p.id]
            if p.id in self.summer_spots:
                w *= 4.0 if summer else 0.4
            if any(k in p.name.lower() for k in keywords):
                w *= 12.0
            weights.append(w)
        k = {"nattpass": (2, 4), "evenemang": (2, 4)}.get(kind, (1, 3))
        return self.pick(self.places, weights, rng.randint(*k))

    def _times(self, d: date, kind: str, occasion: str | None) -> tuple[time, time]:
        rng = self.rng
        if occasion:
            return time(*OCCASIONS[occasion][2]), time(*OCCASIONS[occasion][3])
        if kind == "nattpass":
            start = rng.choice((20, 21, 21, 21, 22))
            return time(start), time((start + rng.choice((5, 5, 6))) % 24)
        if kind == "kvallspass":
            start = rng.choice((time(17, 30), time(18), time(18), time(19)))
            return start, time(23 if rng.random() < (0.6 if d.month in (6, 7, 8) else 0.3) else 22)
        if kind == "helgpass":
            start = rng.choice((13, 14, 15, 16))
            return time(start), time(start + 6)
        if kind == "skolpass":
            return rng.choice(((time(12), time(15)),) * 4 + ((time(11, 30), time(14, 30)),))
        if kind == "fritidsgard":
            return rng.choice(((time(18), time(21)), (time(18), time(22)),
                               (time(17, 30), time(21, 30))))
        return rng.choice(((time(17, 30), time(20)), (time(18), time(20, 30))))

    def _partners(self, d: date, kind: str, occasion: str | None) -> list[str]:
        rng, wd = self.rng, d.weekday()
        chance = {"polis": 0.1, "nattvandrare": 0.0, "vaktare": 0.0, "socialtjanst": 0.02}
        if kind == "nattpass":
            chance.update(polis=0.65 if wd == 4 else 0.4, nattvandrare=0.55 if wd >= 4 else 0.15,
                          vaktare=0.1)
        elif kind == "evenemang":
            chance.update(polis=0.85, nattvandrare=0.3 if occasion == "halloween" else 0.6,
                          vaktare=0.25, socialtjanst=0.15)
        elif kind == "tatortsvandring":
            chance.update(polis=1.0, nattvandrare=0.3, annan=1.0)
        elif kind in ("skolpass", "fritidsgard"):
            chance["skola" if kind == "skolpass" else "fritidsgard"] = 0.8
        elif kind == "helgpass":
            chance["nattvandrare"] = 0.2
        return [p for p, c in chance.items() if rng.random() < c]

    def _shift(self, d: date, kind: str, occasion: str | None) -> Iterator[Entity]:
        rng = self.rng
        shift_id = self.uid()
        staff = rng.sample(self.staff, min(len(self.staff), rng.choice((2, 2, 3))))
        areas = self._areas(d, kind, occasion)
        start, end = self._times(d, kind, occasion)
        partners = self._partners(d, kind, occasion)
        tallies = self._tallies(shift_id, d, kind, occasion, areas)
        contacts = self._contacts(shift_id, d, kind, areas)
        observations = self._observations(shift_id, d, start, end, kind, occasion, areas)
        total = sum(t.count for t in tallies)
        affected = sum(max(t.affected_alcohol, t.affected_drugs) for t in tallies)
        text = summary(rng, kind, d, areas, OCCASIONS[occasion][0] if occasion else "",
                       approx(total), affected, observations, partners)
        status = "draft" if (self.spec.end - d).days < _DRAFT_DAYS else "final"
        yield Shift(date=d, start=start, end=end, kind=kind, area_ids=tuple(p.id for p in areas),
                    staff_ids=tuple(s.id for s in staff), partners=tuple(partners), summary=text,
                    status=status, weather=weather(rng, d), id=shift_id)
        yield from tallies
        yield from contacts
        yield from observations
        if kind == "tatortsvandring":
            yield from walk_items(rng, shift_id, d, areas, (self.spec.end - d).days, self.uid)
        concern = [c for c in contacts if "concern_talk" in c.actions]
        forwarded = [o for o in observations if "gata_park" in o.forwarded_to]
        if rng.random() < 0.06 + 0.3 * bool(concern) + 0.12 * bool(forwarded):
            text, contact = follow_up_text(rng, concern, forwarded, areas)
            due = d + timedelta(days=rng.randint(1, 14))
            if (self.spec.end - d).days > 30:
                state = "done" if rng.random() < 0.95 else "cancelled"
            else:
                state = "open" if rng.random() < 0.75 else "done"
            yield FollowUp(text=text, due=due, owner_id=rng.choice(staff).id, shift_id=shift_id,
                           contact_id=contact, status=state, id=self.uid())

    def _tallies(self, shift_id: str, d: date, kind: str, occasion: str | None,
                 areas: list[Place]) -> list[Tally]:
        rng = self.rng
        if kind == "skolpass":
            group = "gymn" if "gymnas" in areas[0].name.lower() else "grund"
        else:
            group = "night" if kind in ("nattpass", "evenemang") else "day"
        combos = [(g, a, gw * aw) for g, gw in GENDER_WEIGHTS.items()
                  for a, aw in AGE_WEIGHTS[group].items()]
        low, high = KINDS[kind].met
        size = OCCASIONS[occasion][5] if occasion else 1.0
        total = max(2, round(rng.randint(low, high) * SEASON[d.month - 1] * size))
        rows = min(8, max(2, 2 + total // 15 + rng.randint(0, 2)))
        chosen = self.pick(combos, [c[2] for c in combos], rows)
        shares = [c[2] * rng.uniform(0.5, 1.5) for c in chosen]
        drink = KINDS[kind].drinking * (OCCASIONS[occasion][6] if occasion else 1.0)
        if kind == "nattpass" and d.weekday() in (4, 5):
            drink *= 1.3
        out = []
        for (gender, band, _), share in zip(chosen, shares, strict=True):
            n = max(1, round(total * share / sum(shares)))
            alcohol = min(n, self.count(n * DRINK_RATE[band] * drink * rng.uniform(0.2, 1.8)))
            drugs = min(n, self.count(n * DRINK_RATE[band] * drink * 0.25 * rng.uniform(0.2, 1.8)))
            out.append(Tally(shift_id=shift_id, gender=gender, age_band=band, count=n,
                             affected_alcohol=alcohol, affected_drugs=drugs, id=self.uid()))
        return out

    def _contacts(self, shift_id: str, d: date, kind: str, areas: list[Place]) -> list[Contact]:
        rng = self.rng
        people, cum = self._youth_for(d.year)
        n = rng.choices(range(5), KINDS[kind].contacts)[0] if people else 0
        met: list[_Youth] = []
        for _ in range(n * 2):
            youth = rng.choices(people, cum_weights=cum)[0]
            if youth not in met:
                met.append(youth)
            if len(met) == n:
                break
        out = []
        for youth in met:
            risk = 0.3 if youth.at_risk else 0.03
            actions = ["samtal"]
            if rng.random() < risk:
                actions.append("concern_talk")
                if rng.random() < 0.15:
                    actions.append("concern_report")
            for extra, chance in (("kontakt_vardnadshavare", 0.04), ("hanvisning", 0.05),
                                  ("skjuts_hem", 0.03 if kind == "nattpass" else 0.0)):
                if rng.random() < chance:
                    actions.append(extra)
            note = " ".join(rng.choice(CONTACT_NOTES[a]) for a in actions[-2:])
            talk = ("orossamtal" if "concern_talk" in actions
                    else rng.choice(("kort", "samtal", "samtal", "stodsamtal")))
            out.append(Contact(shift_id=shift_id, alias=youth.alias, birth_year=youth.birth_year,
                               gender=youth.gender, place_id=rng.choice(areas).id,
                               actions=tuple(actions), note=note, conversation=talk,
                               id=self.uid()))
        return out

    def _observations(self, shift_id: str, d: date, start: time, end: time, kind: str,
                      occasion: str | None, areas: list[Place]) -> list[Observation]:
        rng = self.rng
        if not self.codes:
            return []
        table = CATEGORY_WEIGHTS["evenemang" if occasion else kind]
        weights = [table.get(code, 0.2) for code in self.codes]
        begin = datetime.combine(d, start)
        span = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % (24 * 60)
        out = []
        for _ in range(rng.randint(*KINDS[kind].observations)):
            code = rng.choices(self.codes, weights)[0]
            place = rng.choice(areas)
            options = OBSERVATIONS.get(code, _GENERIC)
            text, forward, severity, low, high = rng.choice(options)
            if severity == 3 and rng.random() < 0.6:  # the worst things are the rarest
                text, forward, severity, low, high = rng.choice(options)
            people = rng.randint(low, high)
            if severity == 1 and rng.random() < 0.08:
                severity = 2
            sent = forward and rng.random() < (0.9 if severity == 3 else 0.45)
            at = begin + timedelta(minutes=rng.randrange(0, span + 1, 5))
            out.append(Observation(
                shift_id=shift_id, observed_at=at, place_id=place.id, category=code,
                severity=severity, people_count=people,
                description=text.format(p=place.name, n=people),
                forwarded_to=tuple(forward.split("+")) if sent else (), id=self.uid()))
        out.sort(key=lambda o: o.observed_at)
        return out


_GENERIC = (("Noterat vid {p}.", "", 1, 0, 5),)
