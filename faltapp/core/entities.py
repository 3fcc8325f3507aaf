"""Typed records of the domain (DESIGN.md §2, §4).

Every entity is a frozen dataclass with a UUID4 text ``id``. Sync metadata (version, parent,
changed_at, changed_by, deleted) is kept by ``store/`` and returned beside the entity as
:class:`RecordMeta`, so the domain code never has to fake it.
"""

from __future__ import annotations

import typing
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import ClassVar


def new_id() -> str:
    """A fresh random record id (UUID4, canonical text form)."""
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class RecordMeta:
    """Sync metadata of the current head of one record (DESIGN.md §4)."""

    version: str
    parent: str | None
    changed_at: str
    changed_by: str
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Shift:
    """One outreach shift (fältpass); ``end`` before ``start`` means it ends after midnight."""

    TABLE: ClassVar[str] = "shift"

    date: date
    start: time
    end: time
    kind: str
    area_ids: tuple[str, ...] = ()
    staff_ids: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    summary: str = ""
    status: str = "draft"
    weather: str = ""
    id: str = field(default_factory=new_id)

    def start_datetime(self) -> datetime:
        """Local start of the shift."""
        return datetime.combine(self.date, self.start)

    def duration_minutes(self) -> int:
        """Length in minutes; a shift whose end is not after its start crosses midnight."""
        start = self.start.hour * 60 + self.start.minute
        end = self.end.hour * 60 + self.end.minute
        return end - start if end > start else end + 24 * 60 - start


@dataclass(frozen=True, slots=True)
class Tally:
    """Anonymous count of young people met (möten utan registrering): gender × age band."""

    TABLE: ClassVar[str] = "tally"

    shift_id: str
    gender: str
    age_band: str
    count: int
    affected_alcohol: int = 0
    affected_drugs: int = 0
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Contact:
    """One conversation with one identifiable young person, pseudonymous (alias + birth year)."""

    TABLE: ClassVar[str] = "contact"

    shift_id: str
    alias: str
    birth_year: int | None = None
    gender: str = "okant"
    place_id: str | None = None
    actions: tuple[str, ...] = ()
    note: str = ""
    conversation: str = ""
    referred_to: str = ""
    person_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Person:
    """A young person followed over time, pseudonymous: an alias, never a name (DESIGN §8).

    Contacts link to a person by ``Contact.person_id``; ``known_to`` says whom in social
    services the person is known to (a unit or a role, not a name).
    """

    TABLE: ClassVar[str] = "person"

    alias: str
    birth_year: int | None = None
    gender: str = "okant"
    school: str = ""
    risk_note: str = ""
    known_to: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Observation:
    """Something seen at a place and time, in an EST category."""

    TABLE: ClassVar[str] = "observation"

    shift_id: str
    observed_at: datetime
    place_id: str
    category: str
    severity: int = 1
    people_count: int = 0
    description: str = ""
    forwarded_to: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Something to do later (uppföljning), with owner, due date and status."""

    TABLE: ClassVar[str] = "follow_up"

    text: str
    due: date | None = None
    owner_id: str | None = None
    shift_id: str | None = None
    contact_id: str | None = None
    status: str = "open"
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class WalkItem:
    """One protocol item of a safety walk (tätortsvandring): a problem at a place, to be fixed.

    The walk itself is a shift of kind ``tatortsvandring``; its items hang on that shift.
    """

    TABLE: ClassVar[str] = "walk_item"

    shift_id: str
    problem: str
    place_id: str | None = None
    proposed_action: str = ""
    responsible: str = ""
    priority: str = "medel"
    deadline: date | None = None
    status: str = "open"
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Place:
    """A named place in town; ``area`` groups places for the reports."""

    TABLE: ClassVar[str] = "place"

    name: str
    area: str = ""
    active: bool = True
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Staff:
    """A member of the outreach team."""

    TABLE: ClassVar[str] = "staff"

    name: str
    initials: str = ""
    role: str = "faltsekreterare"
    active: bool = True
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Category:
    """An EST category; ``code`` is stable, ``name`` is what the user reads."""

    TABLE: ClassVar[str] = "category"

    code: str
    name: str
    description: str = ""
    positive: bool = False
    active: bool = True
    id: str = field(default_factory=new_id)


Entity = (Shift | Tally | Contact | Observation | FollowUp | WalkItem | Place | Staff | Category
          | Person)

ENTITY_TYPES: tuple[type, ...] = typing.get_args(Entity)
"""Every synced entity type, in the order of :data:`Entity`."""

TYPE_BY_TABLE: dict[str, type] = {t.TABLE: t for t in ENTITY_TYPES}
