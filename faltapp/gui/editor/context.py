"""What every section of the shift editor needs besides the draft: the lists to choose from.

Built once per editor from the open database; sections never query the store themselves.
Adding a place on the way ("Lidans strandpromenad") goes through :meth:`EditorContext.add_place`,
which saves it at once (a place is shared data, not part of the shift).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faltapp.core.entities import Category, Place, Staff
from faltapp.core.vocabulary import Vocabulary, vocabulary

if TYPE_CHECKING:
    from faltapp.store.database import Database


@dataclass
class EditorContext:
    """Reference lists for the editor; ``places``/``staff`` include inactive ones (old shifts
    must still show their names), pickers offer only the active ones for new choices."""

    db: Database | None
    places: list[Place] = field(default_factory=list)
    staff: list[Staff] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    vocab: Vocabulary = field(default_factory=vocabulary)

    @classmethod
    def from_database(cls, db: Database) -> EditorContext:
        """The lists as stored now, sorted by name (categories in their stored order)."""
        return cls(
            db,
            sorted(db.all(Place), key=lambda p: p.name.casefold()),
            sorted(db.all(Staff), key=lambda s: s.name.casefold()),
            list(db.all(Category)),
        )

    def place_name(self, place_id: str | None) -> str:
        """Name of a place by id ("" for None, "?" for an id not on this laptop)."""
        if not place_id:
            return ""
        return next((p.name for p in self.places if p.id == place_id), "?")

    def active_places(self) -> list[Place]:
        """Places offered for new choices."""
        return [p for p in self.places if p.active]

    def active_staff(self) -> list[Staff]:
        """Staff offered for new choices."""
        return [s for s in self.staff if s.active]

    def add_place(self, name: str, area: str = "") -> Place:
        """Save a new place now and add it to the lists; ValidationError if the name is bad."""
        place = Place(name=name.strip(), area=area)
        if self.db is not None:
            self.db.save(place)
        self.places.append(place)
        self.places.sort(key=lambda p: p.name.casefold())
        return place
