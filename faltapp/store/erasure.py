"""Erasing one person in one step (issue 9 item 3: the right to erasure).

The person, every contact linked to them and every follow-up of those contacts are purged by
the engine (content blanked in every version, the chain kept so sync recognises it and no
import brings it back), in ONE transaction: cancelled or failed half-way, nothing is erased.
The erasure is written to the retention log (rule ``radering``) and to the access log.
Shifts, tallies and observations stay: they hold no data about the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from faltapp.core.entities import Contact, FollowUp, Person
from faltapp.core.jobs import Job, Progress
from faltapp.core.messages import text
from faltapp.store.errors import StoreError

if TYPE_CHECKING:
    from faltapp.store.database import Database

RULE = "radering"


@dataclass(frozen=True, slots=True)
class Erased:
    """What an erasure removed."""

    contacts: int
    follow_ups: int
    versions: int


def erase_person_job(db: Database, person_id: str) -> Job[Erased]:
    """Purge ``person_id`` and what is linked to it, all or nothing (module docstring)."""
    if db.get(Person, person_id) is None and not db.history(Person, person_id):
        raise StoreError(text("Personen finns inte."))
    contact_ids = _ever_linked(db, "contact", "person_id", [person_id])
    follow_up_ids = _ever_linked(db, "follow_up", "contact_id", contact_ids)
    targets = [(FollowUp, i) for i in follow_up_ids] + [(Contact, i) for i in contact_ids]
    targets.append((Person, person_id))
    versions = 0
    with db.changing("radering") as writes:  # one transaction: a cancel rolls it all back
        for done, (cls, record_id) in enumerate(targets):
            yield Progress(done, len(targets), text("Raderar…"))
            versions += writes.purge(cls, record_id, RULE)
    db.access.log("erase", Person.TABLE, person_id)
    yield Progress(len(targets), len(targets))
    return Erased(len(contact_ids), len(follow_up_ids), versions)


def _ever_linked(db: Database, table: str, field: str, targets: list[str]) -> list[str]:
    """Ids of ``table`` records any version of which had ``field`` in ``targets`` (deleted
    records too: their old versions still hold content)."""
    found: set[str] = set()
    for start in range(0, len(targets), 400):
        chunk = targets[start:start + 400]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in db.query(
            "SELECT DISTINCT id FROM history WHERE table_name = ? AND payload IS NOT NULL "
            f"AND json_extract(payload, '$.{field}') IN ({marks})", [table, *chunk]))
    return sorted(found)
