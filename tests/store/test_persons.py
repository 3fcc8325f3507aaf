"""Persons are stored, versioned and listed like every entity; contacts link to them over time."""

from __future__ import annotations

from datetime import date, time

import pytest

from faltapp.core.entities import Contact, Person, Place, Shift
from faltapp.core.problems import ValidationError
from faltapp.store.database import Database


def _shift(day: date, start: time = time(19)) -> Shift:
    return Shift(date=day, start=start, end=time(23), kind="kvallspass")


def test_a_person_round_trips_with_every_script(db: Database) -> None:
    person = Person(alias="ሰላም ع. Ли", birth_year=2010, gender="flicka", school="Framnässkolan",
                    risk_note="<b>Orolig</b>\nför gänget", known_to="Socialtjänsten, barn och unga")
    meta = db.save(person)
    assert db.get(Person, person.id) == person
    assert [h.version for h in db.history(Person, person.id)] == [meta.version]


def test_contacts_of_a_person_come_newest_first_with_place_and_conversation(
        db: Database) -> None:
    place = Place(name="Stortorget", area="Centrum")
    person = Person(alias="Noor")
    other = Person(alias="Alva")
    old, new = _shift(date(2026, 3, 1)), _shift(date(2026, 10, 2), time(21))
    first = Contact(shift_id=old.id, alias="Noor", place_id=place.id, person_id=person.id,
                    conversation="orossamtal", actions=("concern_talk",), note="Första")
    second = Contact(shift_id=new.id, alias="Noor", person_id=person.id, note="Andra")
    unlinked = Contact(shift_id=new.id, alias="Noor")
    db.save_many([place, person, other, old, new, first, second, unlinked])

    found = db.persons.contacts_of(person.id)

    assert [c.contact_id for c in found] == [second.id, first.id]
    assert (found[1].day, found[1].place, found[1].conversation, found[1].actions) == (
        date(2026, 3, 1), "Stortorget", "orossamtal", ("concern_talk",))
    assert (found[0].day, found[0].start, found[0].place) == (date(2026, 10, 2), time(21), None)
    rows = {r.alias: r for r in db.persons.rows()}
    assert [r.alias for r in db.persons.rows()] == ["Alva", "Noor"]
    assert (rows["Noor"].contacts, rows["Noor"].last_contact) == (2, date(2026, 10, 2))
    assert (rows["Alva"].contacts, rows["Alva"].last_contact) == (0, None)


def test_deleted_contacts_and_persons_leave_the_register(db: Database) -> None:
    person, gone = Person(alias="Sam"), Person(alias="Borta")
    shift = _shift(date(2026, 5, 5))
    contact = Contact(shift_id=shift.id, alias="Sam", person_id=person.id)
    db.save_many([person, gone, shift, contact])
    db.delete(Contact, contact.id, base=db.meta(Contact, contact.id).version)
    db.delete(Person, gone.id, base=db.meta(Person, gone.id).version)

    assert db.persons.contacts_of(person.id) == []
    assert [(r.alias, r.contacts) for r in db.persons.rows()] == [("Sam", 0)]


@pytest.mark.parametrize(("changes", "field"), [
    ({"alias": ""}, "alias"),
    ({"alias": "x" * 61}, "alias"),
    ({"birth_year": 1950}, "birth_year"),
    ({"gender": "robot"}, "gender"),
    ({"risk_note": "r" * 301}, "risk_note"),
    ({"known_to": "a\u202eb"}, "known_to"),
    ({"school": "s" * 81}, "school"),
])
def test_an_invalid_person_is_refused_naming_the_field(
        db: Database, changes: dict, field: str) -> None:
    fields = {"alias": "Kim", **changes}
    with pytest.raises(ValidationError) as refused:
        db.save(Person(**fields))
    assert field in [p.field for p in refused.value.problems]
    assert db.persons.rows() == []
