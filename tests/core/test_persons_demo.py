"""The demo data follows some youths over time as persons, in every script the app shows."""

from __future__ import annotations

from collections import defaultdict

from faltapp.core.entities import Category, Contact, Person, Place, Shift
from faltapp.core.validation import Context, validate
from faltapp.core.vocabulary import default_categories, default_places
from faltapp.demo import DemoSpec, generate
from faltapp.demo.persons import _script

PLACES = [Place(name=p["name"], area=p["area"]) for p in default_places()]
CATEGORIES = [Category(**c) for c in default_categories()]
SPEC = DemoSpec(workers=4, years=2, seed=5)


def test_persons_come_before_their_contacts_and_link_the_same_youth_over_time() -> None:
    records = list(generate(SPEC, PLACES, CATEGORIES))
    persons = {r.id: r for r in records if isinstance(r, Person)}
    shift_day = {r.id: r.date for r in records if isinstance(r, Shift)}
    seen: set[str] = set()
    days: dict[str, set] = defaultdict(set)
    for record in records:
        if isinstance(record, Person):
            seen.add(record.id)
        elif isinstance(record, Contact) and record.person_id:
            assert record.person_id in seen, "a contact came before its person"
            person = persons[record.person_id]
            assert (record.alias, record.birth_year) == (person.alias, person.birth_year)
            days[person.id].add(shift_day[record.shift_id])
    assert len(persons) >= 10
    assert max(len(d) for d in days.values()) >= 5, "someone is met on many evenings"
    assert {_script(p.alias) for p in persons.values()} >= {"ARABIC", "CYRILLIC", "ETHIOPIC",
                                                            "THAI"}
    context = Context(frozenset(c.code for c in CATEGORIES), today=SPEC.end)
    assert [p for p in persons.values() if validate(p, context)] == []


def test_the_same_seed_makes_the_same_persons() -> None:
    def persons() -> list[Person]:
        return [r for r in generate(SPEC, PLACES, CATEGORIES) if isinstance(r, Person)]

    assert persons() == persons()
