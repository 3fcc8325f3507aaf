"""The demo data generator: deterministic, valid, consistent and plausible."""

from __future__ import annotations

import time as clock
import uuid
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

import pytest

from faltapp.core.codec import to_payload
from faltapp.core.entities import (
    Category,
    Contact,
    Entity,
    FollowUp,
    Observation,
    Person,
    Place,
    Shift,
    Staff,
    Tally,
    WalkItem,
)
from faltapp.core.validation import Context, validate
from faltapp.core.vocabulary import default_categories, default_places
from faltapp.demo import DemoSpec, estimate_records, generate

PLACES = [Place(name=p["name"], area=p["area"]) for p in default_places()]
CATEGORIES = [
    Category(code=c["code"], name=c["name"], description=c["description"],
             positive=c["positive"])
    for c in default_categories()
]
SPEC = DemoSpec()
BIG = DemoSpec(workers=80)


def _run(spec: DemoSpec = SPEC) -> list[Entity]:
    return list(generate(spec, PLACES, CATEGORIES))


@pytest.fixture(scope="module")
def records() -> list[Entity]:
    return _run()


@pytest.fixture(scope="module")
def big() -> list[Entity]:
    """Ten times the team: enough records that rare things are sure to happen."""
    return _run(BIG)


def _of(records: list[Entity], cls: type) -> list:
    return [r for r in records if isinstance(r, cls)]


def _end_of(shift: Shift) -> datetime:
    return shift.start_datetime() + timedelta(minutes=shift.duration_minutes())


def _payloads(records: list[Entity]) -> list[tuple[str, dict]]:
    return [(type(r).TABLE, to_payload(r)) for r in records]


def test_same_seed_gives_identical_records(records: list[Entity]) -> None:
    again = _run()
    assert len(again) == len(records) > 1000
    assert _payloads(again) == _payloads(records)


def test_different_seed_gives_different_records(records: list[Entity]) -> None:
    other = _run(DemoSpec(seed=2))
    assert _payloads(other) != _payloads(records)
    assert not {r.id for r in other} & {r.id for r in records}


def test_ids_are_unique_uuid4(records: list[Entity]) -> None:
    ids = [r.id for r in records]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 4 and str(uuid.UUID(i)) == i for i in ids)


@pytest.mark.parametrize("name", ["records", "big"])
def test_every_record_is_valid(name: str, request: pytest.FixtureRequest) -> None:
    ctx = Context(category_codes=frozenset(c.code for c in CATEGORIES), today=SPEC.end)
    records = request.getfixturevalue(name)
    problems = [(type(r).__name__, p) for r in records for p in validate(r, ctx)]
    assert problems == []


def test_references_point_to_earlier_records_or_given_rows(records: list[Entity]) -> None:
    place_ids = {p.id for p in PLACES}
    codes = {c.code for c in CATEGORIES}
    staff: set[str] = set()
    shifts: dict[str, Shift] = {}
    contacts: dict[str, Contact] = {}
    persons: set[str] = set()
    for r in records:
        if isinstance(r, Person):
            persons.add(r.id)
        elif isinstance(r, Staff):
            assert not shifts, "staff must come before every shift"
            staff.add(r.id)
        elif isinstance(r, Shift):
            assert r.area_ids and set(r.area_ids) <= place_ids
            assert set(r.staff_ids) <= staff and 2 <= len(r.staff_ids) <= 3
            assert 1 <= len(r.area_ids) <= 4
            shifts[r.id] = r
        elif isinstance(r, Tally):
            assert r.shift_id in shifts
        elif isinstance(r, Contact):
            assert r.shift_id in shifts and r.place_id in shifts[r.shift_id].area_ids
            assert r.person_id is None or r.person_id in persons
            contacts[r.id] = r
        elif isinstance(r, Observation):
            assert r.shift_id in shifts and r.place_id in shifts[r.shift_id].area_ids
            assert r.category in codes
        elif isinstance(r, FollowUp):
            assert r.shift_id in shifts and r.owner_id in shifts[r.shift_id].staff_ids
            assert r.contact_id is None or contacts[r.contact_id].shift_id == r.shift_id
        elif isinstance(r, WalkItem):
            assert r.shift_id in shifts and shifts[r.shift_id].kind == "tatortsvandring"
            assert r.place_id in shifts[r.shift_id].area_ids
        else:
            pytest.fail(f"unexpected record {r!r}")
    assert staff and shifts and contacts


def test_records_of_a_shift_follow_it(records: list[Entity]) -> None:
    current = None
    for r in records:
        if isinstance(r, Shift):
            current = r.id
        elif not isinstance(r, Staff | Person):
            assert r.shift_id == current


@pytest.mark.parametrize("workers", [1, 3, 8, 20])
def test_staff_count_equals_workers(workers: int) -> None:
    staff = _of(list(generate(DemoSpec(workers=workers, years=1), PLACES, CATEGORIES)), Staff)
    assert len(staff) == workers
    assert len({s.name for s in staff}) == workers
    assert len({s.initials for s in staff}) == workers


def test_shifts_span_the_years_up_to_end(records: list[Entity]) -> None:
    shifts = _of(records, Shift)
    dates = [s.date for s in shifts]
    assert dates == sorted(dates)
    assert max(dates) <= SPEC.end and (SPEC.end - max(dates)).days <= 3
    first_allowed = SPEC.end.replace(year=SPEC.end.year - SPEC.years)
    assert first_allowed < min(dates) <= first_allowed + timedelta(days=10)
    assert {d.year for d in dates} == set(range(SPEC.end.year - SPEC.years, SPEC.end.year + 1))


def test_about_five_shifts_a_week_per_eight_workers(records: list[Entity]) -> None:
    weeks = SPEC.years * 365.25 / 7
    assert 4.5 <= len(_of(records, Shift)) / weeks <= 6.0
    small = _of(list(generate(DemoSpec(workers=4, years=2), PLACES, CATEGORIES)), Shift)
    assert 2.0 <= len(small) / (2 * 365.25 / 7) <= 3.3


@pytest.mark.parametrize("name", ["records", "big"])
def test_only_the_last_days_are_drafts(name: str, request: pytest.FixtureRequest) -> None:
    shifts = _of(request.getfixturevalue(name), Shift)
    recent = [s for s in shifts if (SPEC.end - s.date).days < 3]
    assert all(s.status == "draft" for s in recent)
    assert all(s.status == "final" for s in shifts[: len(shifts) - len(recent)])
    assert name == "records" or len(recent) > 10


def test_shifts_cross_midnight_and_observations_fall_inside(records: list[Entity]) -> None:
    shifts = {s.id: s for s in _of(records, Shift)}
    crossing = {i for i, s in shifts.items() if s.end < s.start}
    assert len(crossing) > len(shifts) / 4
    next_day = 0
    for o in _of(records, Observation):
        shift = shifts[o.shift_id]
        assert shift.start_datetime() <= o.observed_at <= _end_of(shift)
        next_day += o.observed_at.date() > shift.date
    assert next_day > 100


def test_aliases_span_scripts_and_recur(records: list[Entity]) -> None:
    aliases = Counter(c.alias for c in _of(records, Contact))
    text = "".join(aliases)

    def has(low: int, high: int) -> bool:
        return any(low <= ord(ch) <= high for ch in text)

    assert has(0x0600, 0x06FF), "Arabic script"
    assert has(0x0400, 0x04FF), "Cyrillic"
    assert has(0x1200, 0x137F), "Ge'ez (Ethiopic)"
    assert has(0x0E00, 0x0E7F), "Thai"
    assert any(ch in text for ch in "čćšđłżä")
    assert 100 <= len(aliases) <= 600
    counts = sorted(aliases.values(), reverse=True)
    top_tenth = counts[: len(counts) // 10]
    assert sum(top_tenth) >= 0.3 * sum(counts), "some young people are met often"


def test_contact_ages_and_actions(records: list[Entity]) -> None:
    shifts = {s.id: s for s in _of(records, Shift)}
    contacts = _of(records, Contact)
    for c in contacts:
        assert c.birth_year is not None
        assert 12 <= shifts[c.shift_id].date.year - c.birth_year <= 19
        assert c.actions[0] == "samtal" and c.note
    actions = Counter(a for c in contacts for a in c.actions)
    assert actions["samtal"] > 5 * actions["concern_talk"] > 5 * actions["concern_report"] > 0
    per_shift = Counter(c.shift_id for c in contacts)
    assert max(per_shift.values()) <= 4 and len(per_shift) < len(shifts)


def test_tallies_are_plausible(records: list[Entity]) -> None:
    shifts = {s.id: s for s in _of(records, Shift)}
    rows: dict[str, list[Tally]] = defaultdict(list)
    for t in _of(records, Tally):
        assert t.count > 0 and max(t.affected_alcohol, t.affected_drugs) <= t.count
        rows[t.shift_id].append(t)
    assert set(rows) == set(shifts)
    for group in rows.values():
        assert 2 <= len(group) <= 8
        assert len({(t.gender, t.age_band) for t in group}) == len(group)
    bands = Counter()
    for t in _of(records, Tally):
        bands[t.age_band] += t.count
    assert min(bands["13_15"], bands["16_17"]) > max(bands["upp_till_12"], bands["18_20"])

    def mean(kind: str, field: str) -> float:
        picked = [i for i, s in shifts.items() if s.kind == kind]
        return sum(getattr(t, field) for i in picked for t in rows[i]) / len(picked)

    assert mean("nattpass", "count") > 1.5 * mean("kvallspass", "count")
    assert mean("nattpass", "affected_alcohol") > 3 * mean("kvallspass", "affected_alcohol")


def test_observations_per_shift_and_categories(records: list[Entity]) -> None:
    observations = _of(records, Observation)
    per_shift = Counter(o.shift_id for o in observations)
    assert len(per_shift) == len(_of(records, Shift))
    assert set(per_shift.values()) <= set(range(1, 6))
    categories = Counter(o.category for o in observations)
    top = {code for code, _ in categories.most_common(5)}
    assert {"otrygg_samling", "paverkade", "skadegorelse"} <= top
    assert 0 < categories["incident_personal"] < categories["trygg_plats"]
    assert {o.severity for o in observations} == {1, 2, 3}
    forwarded = Counter(t for o in observations for t in o.forwarded_to)
    assert forwarded["polis"] > 0 and forwarded["gata_park"] > 0


def test_shift_kinds_fall_on_plausible_days(records: list[Entity]) -> None:
    shifts = _of(records, Shift)
    kinds = Counter(s.kind for s in shifts)
    assert set(kinds) == {"kvallspass", "nattpass", "helgpass", "skolpass", "fritidsgard",
                          "evenemang", "tatortsvandring"}
    night = [s for s in shifts if s.kind == "nattpass"]
    assert sum(s.date.weekday() in (4, 5) for s in night) >= 0.9 * len(night)
    assert all(s.end < s.start for s in night)
    school = [s for s in shifts if s.kind == "skolpass"]
    assert all(s.date.weekday() < 5 and 11 <= s.start.hour <= 12 for s in school)
    assert not any(s.date.month == 7 for s in school)
    assert SPEC.years * 2 - 1 <= kinds["tatortsvandring"] <= SPEC.years * 2 + 2
    events = {(s.date.month, s.date.day) for s in shifts if s.kind == "evenemang"}
    assert {(4, 30), (10, 31), (12, 31)} <= events
    by_month = Counter(s.date.month for s in shifts)
    assert by_month[6] > 1.5 * by_month[1]
    fridays = [s for s in night if s.date.weekday() == 4]
    assert sum("polis" in s.partners for s in fridays) > len(fridays) / 2


@pytest.mark.parametrize("name", ["records", "big"])
def test_follow_ups(name: str, request: pytest.FixtureRequest) -> None:
    records = request.getfixturevalue(name)
    shifts = {s.id: s for s in _of(records, Shift)}
    follow_ups = _of(records, FollowUp)
    assert 0.06 * len(shifts) <= len(follow_ups) <= 0.15 * len(shifts)
    for f in follow_ups:
        assert 1 <= (f.due - shifts[f.shift_id].date).days <= 14 and f.text
        if (SPEC.end - shifts[f.shift_id].date).days > 31:
            assert f.status != "open"
    assert any(f.contact_id for f in follow_ups)
    assert name == "records" or sum(f.status == "open" for f in follow_ups) > 5


def test_estimate_is_close() -> None:
    for spec in (SPEC, DemoSpec(workers=3, years=2)):
        actual = sum(1 for _ in generate(spec, PLACES, CATEGORIES))
        assert 0.8 * actual <= estimate_records(spec) <= 1.2 * actual


def test_default_spec_is_fast() -> None:
    started = clock.perf_counter()
    count = sum(1 for _ in generate(SPEC, PLACES, CATEGORIES))
    assert clock.perf_counter() - started < 10 and count > 10_000


def test_ten_times_the_team(big: list[Entity]) -> None:
    kinds = Counter(type(r).__name__ for r in big)
    assert kinds["Staff"] == 80
    assert 45 <= kinds["Shift"] / (BIG.years * 365.25 / 7) <= 60
    assert len({r.id for r in big}) == len(big)


def test_other_places_categories_and_dates() -> None:
    places = [Place(name="Torget", area="Centrum"), Place(name="Gamla bruket", active=False)]
    categories = [Category(code="egen_kategori", name="Egen")]
    spec = DemoSpec(workers=2, years=1, end=date(2024, 2, 29))
    records = list(generate(spec, places, categories))
    ctx = Context(category_codes=frozenset({"egen_kategori"}), today=spec.end)
    assert all(validate(r, ctx) == [] for r in records)
    assert max(s.date for s in _of(records, Shift)) <= spec.end
    assert {a for s in _of(records, Shift) for a in s.area_ids} == {places[0].id}
    assert {o.category for o in _of(records, Observation)} == {"egen_kategori"}
    assert not _of(list(generate(spec, places, [])), Observation)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        generate(DemoSpec(workers=0), PLACES, CATEGORIES)
    with pytest.raises(ValueError):
        generate(SPEC, [], CATEGORIES)


def test_safety_walks_have_protocol_items_and_contacts_a_kind_of_conversation(
        records: list[Entity]) -> None:
    walks = {r.id for r in records if isinstance(r, Shift) and r.kind == "tatortsvandring"}
    items = [r for r in records if isinstance(r, WalkItem)]
    assert walks and {i.shift_id for i in items} == walks
    contacts = [r for r in records if isinstance(r, Contact)]
    assert all(c.conversation for c in contacts)
    assert all(c.conversation == "orossamtal" for c in contacts if "concern_talk" in c.actions)
    assert any(r.weather for r in records if isinstance(r, Shift))
