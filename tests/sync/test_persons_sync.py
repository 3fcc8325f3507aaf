"""Persons travel by export file like every record; the access log never does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from faltapp.core.entities import Contact, Person, Place, Shift
from faltapp.sync.export_format import DEFAULT_MAX_BYTES, read_export_file
from tests.sync.devices import Team, imported, team_in


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    yield from team_in(tmp_path)


def test_a_person_and_its_linked_contact_import_on_another_device(team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    place = sorted(asa.all(Place), key=lambda p: p.id)[0]
    person = Person(alias="ሰላም ع.", birth_year=2010, gender="flicka", school="Framnäs",
                    risk_note="Orolig <i>för</i> gänget", known_to="Socialtjänsten")
    shift = Shift(date(2026, 11, 20), time(18), time(23), "kvallspass", area_ids=(place.id,))
    contact = Contact(shift.id, "ሰላም", 2010, "flicka", place.id, person_id=person.id)
    asa.apply([(person, None), (shift, None), (contact, None)])
    asa.access.log("open_person", "person", person.id)

    path = team.export(asa)
    records = read_export_file(path, leader.team.keys().age_identity,
                               max_bytes=DEFAULT_MAX_BYTES).records
    assert {r.table for r in records} >= {"person", "contact"}
    assert "access_log" not in {r.table for r in records}

    result = imported(leader, path)

    assert result.outcome == "imported"
    assert leader.get(Person, person.id) == person
    assert [c.contact_id for c in leader.persons.contacts_of(person.id)] == [contact.id]
    assert leader.access.entries(action="open_person") == []


def test_an_edit_of_a_person_on_one_device_reaches_the_other(team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    person = Person(alias="Noor", school="Västerskolan")
    asa.save(person)
    imported(leader, team.export(asa))
    moved = Person(alias="Noor", school="Katedralskolan", id=person.id)
    leader.save(moved, base=leader.meta(Person, person.id).version)

    imported(asa, team.export(leader))

    assert asa.get(Person, person.id) == moved


def test_an_export_and_an_import_are_each_one_access_log_row(team: Team) -> None:
    leader = team.leader()
    asa = team.member(leader, "asa")
    asa.save(Person(alias="Kim"))
    path = team.export(asa)
    imported(leader, path)

    [export] = asa.access.entries(action="export")
    [taken] = leader.access.entries(action="import")
    assert export.record_id == taken.record_id == asa.sync.last_export().export_id
