"""Persons in the demo data: young people the team follows over time (issue 9).

The generator meets the same youths again and again under the same alias; here some of them
become a :class:`Person` and every later contact with them is linked (``Contact.person_id``):
a youth at the first worrying talk (orossamtal) with probability :data:`PERSON_SHARE`, and
the first youth met of each script in :data:`SCRIPTS` (so Arabic, Cyrillic, Ethiopic and Thai
aliases are always among the persons). Each person is yielded just before the shift whose
contact made it, so a shift's records still follow it unbroken. Decisions use their own
random stream, so the other records stay exactly as the generator made them.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import replace

from faltapp.core.entities import Contact, Entity, Person, Shift

PERSON_SHARE = 0.5
"""Share of youths who become a person at their first orossamtal."""
SCRIPTS = ("ARABIC", "CYRILLIC", "ETHIOPIC", "THAI")
"""Scripts of which the first youth met always becomes a person."""
SCHOOLS = ("Katedralskolan", "De la Gardiegymnasiet", "Rudbecksskolan", "Framnässkolan",
           "Västerskolan", "Stenportskolan", "")
KNOWN_TO = ("Socialtjänsten, barn och unga", "Socialtjänsten, mottagningsgruppen",
            "Elevhälsan", "")
RISK_NOTES = (
    "Syns ofta sent vid Resecentrum med äldre kompisar.",
    "Har berättat om bråk hemma; vill inte att vi ringer föräldrarna.",
    "Orosanmälan gjord tidigare i år.",
    "Pratar om att sluta skolan.",
    "Påverkad vid två tillfällen i höstas.",
    "",
)


def _script(alias: str) -> str | None:
    for char in alias:
        if char.isalpha():
            name = unicodedata.name(char, "")
            return next((s for s in SCRIPTS if name.startswith(s)), None)
    return None


def with_persons(records: Iterable[Entity], seed: int) -> Iterator[Entity]:
    """``records`` with some youths made persons and their contacts linked (module docstring)."""
    rng = random.Random(f"persons-{seed}")
    persons: dict[tuple[str, int | None], str] = {}
    declined: set[tuple[str, int | None]] = set()
    scripts_seen: set[str] = set()
    made: list[Entity] = []
    held: list[Entity] = []  # the current shift and its records so far
    for record in records:
        if isinstance(record, Shift):
            yield from made
            yield from held
            made, held = [], []
        if isinstance(record, Contact):
            key = (record.alias, record.birth_year)
            script = _script(record.alias)
            first_of_script = script is not None and script not in scripts_seen
            worrying = "concern_talk" in record.actions and key not in declined
            if key not in persons and (first_of_script or worrying):
                if first_of_script or rng.random() < PERSON_SHARE:
                    person = _person(rng, record)
                    persons[key] = person.id
                    if script:
                        scripts_seen.add(script)
                    made.append(person)
                else:
                    declined.add(key)
            if key in persons:
                record = replace(record, person_id=persons[key])
        held.append(record)
    yield from made
    yield from held


def _person(rng: random.Random, contact: Contact) -> Person:
    return Person(alias=contact.alias, birth_year=contact.birth_year, gender=contact.gender,
                  school=rng.choice(SCHOOLS), risk_note=rng.choice(RISK_NOTES),
                  known_to=rng.choice(KNOWN_TO),
                  id=str(uuid.UUID(int=rng.getrandbits(128), version=4)))
