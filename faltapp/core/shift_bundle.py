"""A shift with everything recorded on it, as the editor loads and saves it in one piece."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from faltapp.core.entities import (
    Contact,
    Entity,
    FollowUp,
    Observation,
    Shift,
    Tally,
    WalkItem,
)

CHILD_TYPES: tuple[type, ...] = (Tally, Contact, Observation, FollowUp, WalkItem)
"""Types recorded on a shift, in the order they are written (follow-ups may name a contact)."""


@dataclass(frozen=True, slots=True)
class ShiftBundle:
    """One shift and its tallies, contacts, observations, follow-ups and walk items."""

    shift: Shift
    tallies: tuple[Tally, ...] = ()
    contacts: tuple[Contact, ...] = ()
    observations: tuple[Observation, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    walk_items: tuple[WalkItem, ...] = ()

    def records(self) -> list[Entity]:
        """Every record, the shift first, in an order where references resolve."""
        return [self.shift, *self.tallies, *self.contacts, *self.observations, *self.follow_ups,
                *self.walk_items]


@dataclass(frozen=True, slots=True)
class LoadedShift:
    """A bundle as loaded, with the version of each record: the bases to save against."""

    bundle: ShiftBundle
    bases: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """``(table, id)`` → version the editor started from."""
