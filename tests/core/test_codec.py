"""Entities to JSON payloads and back: what goes into history and export files."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, time

import pytest

from faltapp.core.codec import from_payload, to_payload, tuple_fields
from faltapp.core.entities import (
    ENTITY_TYPES,
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

SHIFT = Shift(
    date=date(2025, 3, 14), start=time(21, 30), end=time(2, 0), kind="nattpass",
    area_ids=("a-centrum", "a-framnäs"), staff_ids=("s-1", "s-2"), partners=("polis", "skola"),
    summary="Lugnt på Stortorget.\nGrupp vid Resecentrum — pratade med några. Привет 👋",
    status="final", weather="Regn, 4 °C",
)
EXAMPLES: list[Entity] = [
    SHIFT,
    Tally(shift_id=SHIFT.id, gender="pojke", age_band="16_17", count=12,
          affected_alcohol=3, affected_drugs=1),
    Contact(shift_id=SHIFT.id, alias="Ahmed ع.", birth_year=2009, gender="pojke",
            place_id="p-1", actions=("samtal", "concern_talk"), note="Orolig för skolan. ሰላም",
            conversation="orossamtal", referred_to="Fritidsgården Ågatan"),
    Observation(shift_id=SHIFT.id, observed_at=datetime(2025, 3, 14, 23, 45), place_id="p-2",
                category="skadegorelse", severity=3, people_count=5,
                description="Glaskross vid busshållplatsen, ”sprayat” klotter",
                forwarded_to=("polis", "gata_park")),
    FollowUp(text="Ring skolkuratorn om Ahmed ع.", due=date(2025, 3, 20), owner_id="s-1",
             shift_id=SHIFT.id, contact_id="c-1", status="open"),
    WalkItem(shift_id=SHIFT.id, problem="Trasig belysning längs ån", place_id="p-3",
             proposed_action="Byt armaturer", responsible="Gata/park", priority="hog",
             deadline=date(2025, 4, 1), status="in_progress"),
    Place(name="Östbo centrum", area="Östbo", active=False),
    Staff(name="Åsa Öberg-Çelik", initials="ÅÖ", role="faltsekreterare"),
    Category(code="trygg_plats", name="Trygg plats", description="Plats som upplevs trygg",
             positive=True),
    Person(alias="Ли Ч. ሰላም", birth_year=2010, gender="flicka", school="Framnässkolan",
           risk_note="Orolig för kompisgänget.", known_to="Socialtjänsten, barn och unga"),
]


def test_examples_cover_every_entity_type() -> None:
    assert {type(e) for e in EXAMPLES} == set(ENTITY_TYPES)


@pytest.mark.parametrize("entity", EXAMPLES, ids=lambda e: type(e).__name__)
def test_entity_round_trips_through_json(entity: Entity) -> None:
    text = json.dumps(to_payload(entity), ensure_ascii=False)
    back = from_payload(type(entity), json.loads(text))
    assert back == entity
    assert type(back) is type(entity)


@pytest.mark.parametrize("entity", EXAMPLES, ids=lambda e: type(e).__name__)
def test_payload_holds_every_field_including_id(entity: Entity) -> None:
    payload = to_payload(entity)
    assert payload["id"] == entity.id
    assert set(payload) == {f.name for f in dataclasses.fields(entity)}
    assert "TABLE" not in payload


def test_payload_uses_iso_dates_clock_times_and_lists() -> None:
    payload = to_payload(SHIFT)
    assert payload["date"] == "2025-03-14"
    assert payload["start"] == "21:30"
    assert payload["end"] == "02:00"
    assert payload["area_ids"] == ["a-centrum", "a-framnäs"]
    assert payload["partners"] == ["polis", "skola"]
    assert payload["summary"] == SHIFT.summary


def test_observation_time_and_follow_up_due_date_are_iso_text() -> None:
    observation = to_payload(EXAMPLES[3])
    follow_up = to_payload(EXAMPLES[4])
    assert observation["observed_at"] == "2025-03-14T23:45"
    assert observation["forwarded_to"] == ["polis", "gata_park"]
    assert follow_up["due"] == "2025-03-20"


def test_missing_optional_values_stay_none() -> None:
    follow_up = FollowUp(text="Kolla belysningen")
    contact = Contact(shift_id="s", alias="X", birth_year=None)
    assert to_payload(follow_up)["due"] is None
    assert from_payload(FollowUp, json.loads(json.dumps(to_payload(follow_up)))) == follow_up
    assert from_payload(Contact, json.loads(json.dumps(to_payload(contact)))) == contact


def test_unknown_keys_in_a_payload_are_ignored() -> None:
    place = next(e for e in EXAMPLES if isinstance(e, Place))
    payload = to_payload(place) | {"colour": "grön", "future_field": [1, 2, 3]}
    assert from_payload(Place, payload) == place


def test_payload_is_plain_json() -> None:
    for entity in EXAMPLES:
        payload = to_payload(entity)
        assert json.loads(json.dumps(payload)) == payload


def test_tuple_fields_of_shift() -> None:
    assert tuple_fields(Shift) == {"area_ids", "staff_ids", "partners"}


@pytest.mark.parametrize(
    ("cls", "expected"),
    [(Contact, {"actions"}), (Observation, {"forwarded_to"}), (Tally, set()), (Place, set())],
)
def test_tuple_fields_of_other_types(cls: type, expected: set[str]) -> None:
    assert tuple_fields(cls) == expected


def test_a_null_in_a_field_added_later_reads_as_its_default() -> None:
    payload = to_payload(SHIFT)
    payload["weather"] = None  # a row written before migration 0004 had no weather column
    assert from_payload(Shift, payload).weather == ""
    contact = to_payload(EXAMPLES[2])
    contact["birth_year"] = None  # optional fields keep their null
    assert from_payload(Contact, contact).birth_year is None
