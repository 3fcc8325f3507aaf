"""The week's figures counted by SQL equal counts made here from the entities themselves."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest

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
from faltapp.core.report_figures import FIGURES, FigureKey, Totals, previous_week
from faltapp.core.time_bands import band_of
from faltapp.core.weeks import IsoWeek
from faltapp.store.database import Database

WEEK = IsoWeek(2026, 47)  # Monday 16 to Sunday 22 November 2026
FRIDAY = date(2026, 11, 20)
TODAY = date(2026, 11, 25)
PARTNERS = ("polis", "nattvandrare", "fritidsgard", "skola", "socialtjanst")
ACTIONS = ("samtal", "concern_talk", "kontakt_vardnadshavare", "concern_report", "hanvisning")


@dataclass
class World:
    """What the test stored, live records only."""

    places: dict[str, Place]
    shifts: list[Shift] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    friday_night: Shift | None = None
    staff: dict[str, str] = field(default_factory=dict)

    def entities(self) -> list[Entity]:
        return [*self.shifts, *self.tallies, *self.contacts, *self.observations,
                *self.follow_ups]

    def in_week(self, week: IsoWeek) -> dict[str, Shift]:
        return {s.id: s for s in self.shifts if week.monday() <= s.date <= week.sunday()}


def _shift(world: World, rng: random.Random, day: date, start: time, end: time,
           categories: list[str], times: list[datetime] | None = None) -> Shift:
    places = list(world.places.values())
    shift = Shift(date=day, start=start, end=end, kind="kvallspass",
                  area_ids=tuple(p.id for p in rng.sample(places, rng.randint(0, 3))),
                  partners=tuple(p for p in PARTNERS if rng.random() < 0.35))
    world.shifts.append(shift)
    for _ in range(rng.randint(0, 3)):
        n = rng.randint(0, 20)
        world.tallies.append(Tally(shift.id, "pojke", "13_15", n, rng.randint(0, n),
                                   rng.randint(0, n)))
    for i in range(rng.randint(0, 3)):
        world.contacts.append(Contact(
            shift.id, f"K{i}", place_id=rng.choice([None, *world.places]),
            actions=tuple(a for a in ACTIONS if rng.random() < 0.3)))
    begin = datetime.combine(day, start)
    span = shift.duration_minutes()
    for at in times or [begin + timedelta(minutes=rng.randrange(0, span + 1, 5))
                        for _ in range(rng.randint(0, 4))]:
        world.observations.append(Observation(
            shift.id, at, rng.choice(list(world.places)), rng.choice(categories),
            people_count=rng.randint(0, 9)))
    for _ in range(rng.randint(0, 2)):
        world.follow_ups.append(FollowUp(
            "Ring skolan", due=day + timedelta(days=rng.randint(1, 12)), shift_id=shift.id,
            status=rng.choice(("open", "open", "done", "cancelled"))))
    return shift


@pytest.fixture
def world(db: Database) -> World:
    """Two weeks and a day of generated shifts, a Friday night crossing midnight, and
    deleted records (a whole shift, one contact, one observation) that must not count."""
    rng = random.Random(47)
    world = World({p.id: p for p in db.all(Place)})
    categories = [c.code for c in db.all(Category)]
    day = previous_week(WEEK).monday()
    while day <= WEEK.sunday() + timedelta(days=1):
        for _ in range(rng.randint(1, 3)):
            start = time(rng.choice((13, 17, 18, 19, 21)), rng.choice((0, 30)))
            _shift(world, rng, day, start, time((start.hour + rng.randint(2, 6)) % 24), categories)
        day += timedelta(days=1)
    world.friday_night = _shift(
        world, rng, FRIDAY, time(21), time(2), categories,
        [datetime(2026, 11, 20, 21, 15), datetime(2026, 11, 21, 0, 30),
         datetime(2026, 11, 21, 1, 30), datetime(2026, 11, 20, 23, 0)])
    db.save_many(world.entities())
    doomed = next(s for s in world.shifts if s.date == FRIDAY and s is not world.friday_night)
    contact = next(c for c in world.contacts if c.shift_id in world.in_week(WEEK)
                   and c.shift_id != doomed.id)
    observation = next(o for o in world.observations if o.shift_id in world.in_week(WEEK)
                       and o.shift_id != doomed.id)
    for cls, record in ((Shift, doomed), (Contact, contact), (Observation, observation)):
        db.delete(cls, record.id, db.meta(cls, record.id).version)
    world.shifts.remove(doomed)
    world.contacts.remove(contact)
    world.observations.remove(observation)
    return world


def _totals(world: World, week: IsoWeek) -> Totals:
    """The totals of ``week`` counted in Python from the entities."""
    shifts = world.in_week(week)
    tallies = [t for t in world.tallies if t.shift_id in shifts]
    contacts = [c for c in world.contacts if c.shift_id in shifts]
    open_ = [f for f in world.follow_ups if f.shift_id in shifts and f.status == "open"]
    return Totals(
        shifts=len(shifts), met=sum(t.count for t in tallies), contacts=len(contacts),
        observations=sum(o.shift_id in shifts for o in world.observations),
        concern_talks=sum("concern_talk" in c.actions for c in contacts),
        concern_reports=sum("concern_report" in c.actions for c in contacts),
        affected_alcohol=sum(t.affected_alcohol for t in tallies),
        affected_drugs=sum(t.affected_drugs for t in tallies),
        police_shifts=sum("polis" in s.partners for s in shifts.values()),
        adult_shifts=sum("nattvandrare" in s.partners for s in shifts.values()),
        open_follow_ups=len(open_),
        overdue_follow_ups=sum(f.due is not None and f.due < TODAY for f in open_))


def test_totals_and_the_previous_week_match_the_entities(db: Database, world: World) -> None:
    figures = db.reports.week_figures(WEEK, TODAY)
    assert figures.totals == _totals(world, WEEK)
    assert figures.previous == _totals(world, previous_week(WEEK))
    assert figures.change == figures.totals.minus(figures.previous)
    assert all(getattr(figures.totals, f) > 0 for f in FIGURES)  # every figure is exercised


def test_each_day_area_category_and_place_band_matches(db: Database, world: World) -> None:
    figures = db.reports.week_figures(WEEK, TODAY)
    shifts = world.in_week(WEEK)
    observations = [o for o in world.observations if o.shift_id in shifts]
    contacts = [c for c in world.contacts if c.shift_id in shifts]
    assert [d.day for d in figures.days] == [WEEK.monday() + timedelta(i) for i in range(7)]
    for d in figures.days:
        ids = {i for i, s in shifts.items() if s.date == d.day}
        assert (d.shifts, d.met, d.contacts, d.observations) == (
            len(ids), sum(t.count for t in world.tallies if t.shift_id in ids),
            sum(c.shift_id in ids for c in contacts),
            sum(o.shift_id in ids for o in observations))

    def area(place_id: str | None) -> str:
        return world.places[place_id].area if place_id else ""

    expected_areas = {
        name: (sum(any(area(p) == name for p in s.area_ids) for s in shifts.values()),
               sum(area(c.place_id) == name for c in contacts),
               sum(area(o.place_id) == name for o in observations))
        for name in {p.area for p in world.places.values()} | {""}}
    assert {a.area: (a.shifts, a.contacts, a.observations) for a in figures.areas} == {
        name: counts for name, counts in expected_areas.items() if any(counts)}

    names = {c.code: c.name for c in db.all(Category)}
    assert {(c.code, c.name, c.observations, c.people) for c in figures.categories} == {
        (code, names[code], n, sum(o.people_count for o in observations if o.category == code))
        for code, n in Counter(o.category for o in observations).items()}

    cells = Counter((o.place_id, band_of(shifts[o.shift_id].date, o.observed_at))
                    for o in observations)
    assert {(p.place_id, p.band): p.observations for p in figures.place_bands} == cells
    assert all(p.place == world.places[p.place_id].name for p in figures.place_bands)


def test_a_shift_crossing_midnight_stays_on_its_friday(db: Database, world: World) -> None:
    night = world.friday_night
    figures = db.reports.week_figures(WEEK, TODAY)
    friday = figures.days[4]
    assert friday.day == FRIDAY
    assert friday.observations == sum(
        o.shift_id == s.id for s in world.shifts if s.date == FRIDAY for o in world.observations)
    late = [(o.place_id, band_of(FRIDAY, o.observed_at)) for o in world.observations
            if o.shift_id == night.id and o.observed_at.date() > FRIDAY]
    assert sorted(band for _, band in late) == ["01–", "23–01"]
    for place_id, band in late:
        key = FigureKey(day=FRIDAY, place_id=place_id, band=band)
        assert night.id in db.reports.shift_ids_behind(WEEK, "observations", key)
    assert figures.days[5].day == date(2026, 11, 21)
    saturday = {s.id for s in world.shifts if s.date == date(2026, 11, 21)}
    assert figures.days[5].observations == sum(o.shift_id in saturday
                                               for o in world.observations)


@pytest.mark.parametrize("figure", FIGURES)
def test_drill_down_gives_the_shifts_behind_each_total(db: Database, world: World,
                                                       figure: str) -> None:
    shifts = world.in_week(WEEK)
    behind = {i for i, s in shifts.items()
              if getattr(_totals(_only(world, s), WEEK), figure) > 0}
    ids = db.reports.shift_ids_behind(WEEK, figure, today=TODAY)
    assert set(ids) == behind
    assert ids == sorted(ids, key=lambda i: (shifts[i].date, shifts[i].start, i))


def test_drill_down_into_a_cell(db: Database, world: World) -> None:
    figures = db.reports.week_figures(WEEK, TODAY)
    shifts = world.in_week(WEEK)
    for a in figures.areas:
        ids = db.reports.shift_ids_behind(WEEK, "shifts", FigureKey(area=a.area))
        assert len(ids) == a.shifts
    for c in figures.categories:
        ids = db.reports.shift_ids_behind(WEEK, "observations", FigureKey(category=c.code))
        assert set(ids) == {o.shift_id for o in world.observations
                            if o.shift_id in shifts and o.category == c.code}
    for d in figures.days:
        assert len(db.reports.shift_ids_behind(WEEK, "shifts", FigureKey(day=d.day))) == d.shifts
    with pytest.raises(ValueError):
        db.reports.shift_ids_behind(WEEK, "met", FigureKey(category="paverkade"))
    with pytest.raises(ValueError):
        db.reports.shift_ids_behind(WEEK, "nonsense")


def _only(world: World, shift: Shift) -> World:
    """``world`` cut down to one shift and its records."""
    def mine(items: list) -> list:
        return [x for x in items if x.shift_id == shift.id]
    return World(world.places, [shift], mine(world.tallies), mine(world.contacts),
                 mine(world.observations), mine(world.follow_ups))


def test_an_empty_week_gives_zeros(db: Database, world: World) -> None:
    empty = IsoWeek(2026, 10)
    figures = db.reports.week_figures(empty, TODAY)
    assert figures.is_empty
    assert figures.totals == figures.previous == figures.change == Totals()
    assert [(d.shifts, d.met, d.contacts, d.observations) for d in figures.days] == [
        (0, 0, 0, 0)] * 7
    assert figures.areas == figures.categories == figures.place_bands == ()
    assert db.reports.shift_ids_behind(empty, "shifts") == []


def test_the_week_after_an_empty_one_changes_by_everything(db: Database, world: World) -> None:
    figures = db.reports.week_figures(previous_week(WEEK), TODAY)
    assert figures.previous == Totals()
    assert figures.change == figures.totals != Totals()


# -- the week report's lists: notable observations, open follow-ups ---------------------------

def _notable(o: Observation) -> bool:
    return o.severity == 3 or "polis" in o.forwarded_to


@pytest.fixture
def listed(db: Database, world: World) -> World:
    """``world`` plus notable and ordinary observations on the week's and the previous week's
    shifts (one notable deleted), and follow-ups with an owner and without a due date."""
    rng = random.Random(7)
    staff = Staff("Lina Åberg")
    db.save(staff)
    extra: list[Entity] = []
    for shift in [s for s in world.shifts if s.date >= previous_week(WEEK).monday()]:
        for severity, sent in ((3, ()), (2, ("polis", "socialtjanst")), (2, ("socialtjanst",)),
                               (1, ())):
            if rng.random() < 0.5:
                at = datetime.combine(shift.date, shift.start) + timedelta(
                    minutes=rng.randrange(0, shift.duration_minutes() + 1, 5))
                extra.append(Observation(shift.id, at, rng.choice(list(world.places)),
                                         "ordningsstorning", severity=severity,
                                         people_count=rng.randint(0, 9),
                                         description=f"Händelse {len(extra)}",
                                         forwarded_to=sent))
    friday = world.friday_night
    assert friday is not None
    extra += [FollowUp("Ring skolan igen", owner_id=staff.id, shift_id=friday.id),
              FollowUp("Boka möte", due=TODAY, owner_id=staff.id, shift_id=friday.id)]
    db.save_many(extra)
    doomed = next(o for o in extra if isinstance(o, Observation) and _notable(o)
                  and o.shift_id in world.in_week(WEEK))
    db.delete(Observation, doomed.id, db.meta(Observation, doomed.id).version)
    extra.remove(doomed)
    world.observations += [o for o in extra if isinstance(o, Observation)]
    world.follow_ups += [f for f in extra if isinstance(f, FollowUp)]
    world.staff = {staff.id: staff.name}
    return world


def test_notable_observations_most_severe_then_newest_first(db: Database,
                                                            listed: World) -> None:
    shifts = listed.in_week(WEEK)
    expected = sorted((o for o in listed.observations if o.shift_id in shifts and _notable(o)),
                      key=lambda o: (-o.severity, -o.observed_at.timestamp(), o.id))
    assert len(expected) > 12
    found, total = db.reports.notable_observations(WEEK, 12)
    assert total == len(expected)
    assert [o.id for o in found] == [o.id for o in expected[:12]]
    names = {c.code: c.name for c in db.all(Category)}
    for row, o in zip(found, expected, strict=False):
        assert (row.shift_date, row.observed_at, row.place, row.category, row.severity,
                row.people, row.description, row.forwarded_to) == (
            shifts[o.shift_id].date, o.observed_at, listed.places[o.place_id].name,
            names[o.category], o.severity, o.people_count, o.description, o.forwarded_to)
    everything, total = db.reports.notable_observations(WEEK, 1000)
    assert len(everything) == total
    assert db.reports.notable_observations(IsoWeek(2026, 10), 12) == ((), 0)


def test_open_follow_ups_of_the_week_soonest_first(db: Database, listed: World) -> None:
    shifts = listed.in_week(WEEK)
    expected = sorted((f for f in listed.follow_ups
                       if f.shift_id in shifts and f.status == "open"),
                      key=lambda f: (f.due is None, f.due or date.max,
                                     shifts[f.shift_id or ""].date, f.id))
    found = db.reports.open_follow_ups(WEEK, TODAY)
    assert [f.id for f in found] == [f.id for f in expected]
    for row, f in zip(found, expected, strict=True):
        assert (row.text, row.due, row.shift_date, row.owner, row.overdue) == (
            f.text, f.due, shifts[f.shift_id or ""].date, listed.staff.get(f.owner_id or "", ""),
            f.due is not None and f.due < TODAY)
    assert any(f.overdue for f in found) and not all(f.overdue for f in found)
    assert found[-1].due is None and found[-1].owner == "Lina Åberg"
    assert sum(f.overdue for f in found) == db.reports.week_figures(
        WEEK, TODAY).totals.overdue_follow_ups
