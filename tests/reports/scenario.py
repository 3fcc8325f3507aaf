"""The issue's standard scenario (tests/gui/editor/test_scenario.py check_stored) and a night
shift across midnight, stored through the API for the report tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from faltapp.core.entities import (
    Category,
    Contact,
    FollowUp,
    Observation,
    Place,
    Shift,
    Staff,
    Tally,
    WalkItem,
)
from faltapp.core.shift_bundle import ShiftBundle
from faltapp.demo import DemoSpec, generate
from faltapp.store.database import Database
from faltapp.store.keys import KdfParams

FRIDAY = date(2026, 3, 13)
NEW_PLACE = "Lidans strandpromenad"


def demo_database(path: Path, years: int = 1) -> Database:
    """A new database (cheap test KDF) with eight workers' demo data of ``years``."""
    db = Database.create(path, "demo demo demo", kdf=KdfParams.for_tests())
    db.save_many(generate(DemoSpec(workers=8, years=years), db.all(Place), db.all(Category)))
    return db


def places(db: Database) -> dict[str, str]:
    """Place name → id."""
    return {p.name: p.id for p in db.all(Place)}


def category_name(db: Database, code: str) -> str:
    """The stored name of a category code."""
    return next(c.name for c in db.all(Category) if c.code == code)


def standard_scenario(db: Database) -> ShiftBundle:
    """Friday 18:00–23:30 in the centre with the police: 31 met, Sam, three observations."""
    anna, omar = Staff("Anna Berg", initials="AB"), Staff("Omar Haddad", initials="OH")
    new_place = Place(NEW_PLACE, area="Centrum")
    for record in (anna, omar, new_place):
        db.save(record)
    p = places(db)
    shift = Shift(FRIDAY, time(18), time(23, 30), "kvallspass",
                  area_ids=(p["Stortorget"], p["Stadsträdgården"], p["Resecentrum"]),
                  staff_ids=(anna.id, omar.id), partners=("polis",), status="final")
    contact = Contact(shift.id, alias="Sam", birth_year=FRIDAY.year - 15, gender="okant",
                      conversation="orossamtal", actions=("kontakt_vardnadshavare",))

    def at(hhmm: str) -> datetime:
        return datetime.combine(FRIDAY, time(int(hhmm[:2]), int(hhmm[2:])))

    bundle = ShiftBundle(
        shift,
        tallies=(Tally(shift.id, "flicka", "13_15", 9, affected_alcohol=3),
                 Tally(shift.id, "pojke", "13_15", 11), Tally(shift.id, "flicka", "16_17", 5),
                 Tally(shift.id, "pojke", "16_17", 6)),
        contacts=(contact,),
        observations=(
            Observation(shift.id, at("2040"), p[NEW_PLACE], "otrygg_plats",
                        forwarded_to=("felanmalan",), description="Belysning"),
            Observation(shift.id, at("2140"), p["Stadsträdgården"], "ordningsstorning",
                        forwarded_to=("polis",), description="Misstänkt droghantering"),
            Observation(shift.id, at("2210"), p["Resecentrum"], "otrygg_samling",
                        people_count=15, description="Grupper som skapar otrygghet för andra"),
        ),
        follow_ups=(FollowUp("Följ upp samtalet med Sam", due=FRIDAY + timedelta(days=7),
                             owner_id=anna.id, shift_id=shift.id, contact_id=contact.id),),
    )
    db.save_shift(bundle, {})
    return bundle


def night_shift(db: Database, **changes: object) -> ShiftBundle:
    """Saturday 22:00–02:00 (+1): observations at 23:10 and at 01:15 the next day."""
    p = places(db)
    saturday = FRIDAY + timedelta(days=1)
    shift = Shift(saturday, time(22), time(2), "nattpass", area_ids=(p["Resecentrum"],),
                  status="final", **changes)  # type: ignore[arg-type]
    bundle = ShiftBundle(
        shift,
        tallies=(Tally(shift.id, "pojke", "18_20", 4, affected_drugs=1),),
        observations=(
            Observation(shift.id, datetime.combine(saturday, time(23, 10)), p["Resecentrum"],
                        "otrygg_samling", people_count=6, description="Före midnatt"),
            Observation(shift.id, datetime.combine(saturday + timedelta(days=1), time(1, 15)),
                        p["Stortorget"], "ordningsstorning", severity=2,
                        description="Efter midnatt"),
        ),
    )
    db.save_shift(bundle, {})
    return bundle


def walk_shift(db: Database) -> ShiftBundle:
    """A Tätortsvandring with two protocol items."""
    p = places(db)
    shift = Shift(FRIDAY, time(18), time(20), "tatortsvandring", area_ids=(p["Stortorget"],),
                  partners=("polis",), status="final")
    bundle = ShiftBundle(shift, walk_items=(
        WalkItem(shift.id, "Trasig belysning i gångtunneln", place_id=p["Resecentrum"],
                 proposed_action="Byt armaturer", responsible="Gata/park", priority="hog",
                 deadline=date(2026, 4, 1)),
        WalkItem(shift.id, "Buskage skymmer sikten & <b>skylten</b>", place_id=p["Stortorget"],
                 proposed_action="Beskär", responsible="Fastighetsägaren", priority="lag",
                 status="done"),
    ))
    db.save_shift(bundle, {})
    return bundle
