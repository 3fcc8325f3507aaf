"""What differs between the places tab and the staff tab: columns, fields and sentences.

Each kind writes its own whole sentences (a translator never sees a fragment glued to a noun).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from faltapp.core.entities import Place, Staff
from faltapp.store.database import Database


@dataclass(frozen=True, slots=True)
class Field:
    """One input of the add/rename dialog: an entity field, its label and its choices."""

    name: str
    label: str
    accessible: str
    choices: tuple[tuple[str, str], ...] = ()
    """(code, label) pairs: a combo box instead of a line edit."""


class RecordKind(QObject):
    """The places or the staff: everything the shared tab and dialog need to know."""

    cls: type
    tables: tuple[str, ...]
    """Tables whose changes may change the list (the kind's own and those referring to it)."""

    def headers(self) -> tuple[str, ...]:
        """Column titles."""
        raise NotImplementedError

    def cells(self, entity: Any) -> tuple[str, ...]:
        """The text columns of a row (status and usage follow them)."""
        raise NotImplementedError

    def fields(self) -> tuple[Field, ...]:
        """The inputs of the add/rename dialog, the name first."""
        raise NotImplementedError

    def usage(self, db: Database) -> Callable[[], dict[str, int]]:
        """The query counting what refers to each record."""
        raise NotImplementedError

    def new(self, values: dict[str, str]) -> Any:
        """A new entity from the dialog's values."""
        return self.cls(**values)

    def texts(self) -> dict[str, str]:
        """Titles, tooltips and messages; ``{name}`` and ``{n}`` are filled in later."""
        raise NotImplementedError


class PlaceKind(RecordKind):
    """Places (name, area, active)."""

    cls = Place
    tables = ("place", "shift", "contact", "observation", "walk_item")

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Namn"), self.tr("Område"), self.tr("Status"), self.tr("Används"))

    def cells(self, entity: Place) -> tuple[str, ...]:
        return (entity.name, entity.area)

    def fields(self) -> tuple[Field, ...]:
        return (Field("name", self.tr("&Namn"), self.tr("Platsens namn")),
                Field("area", self.tr("&Område"), self.tr("Område (valfritt)")))

    def usage(self, db: Database) -> Callable[[], dict[str, int]]:
        return db.usage.place_usage

    def texts(self) -> dict[str, str]:
        return {
            "filter": self.tr("Skriv för att filtrera platserna"),
            "filter_name": self.tr("Filtrera platser"),
            "table_name": self.tr("Platser"),
            "add_title": self.tr("Lägg till plats"),
            "rename_title": self.tr("Byt namn på plats"),
            "add_tip": self.tr("Lägg till en plats (Insert)"),
            "rename_tip": self.tr("Byt namn på den markerade platsen (F2)"),
            "deactivate_tip": self.tr(
                "Inaktivera platsen (Ctrl+D): den syns kvar i gamla pass men erbjuds inte i "
                "nya."),
            "activate_tip": self.tr("Aktivera platsen igen (Ctrl+D)."),
            "delete_tip": self.tr("Ta bort platsen (Delete); går bara när inget använder den."),
            "in_use_one": self.tr(
                "”{name}” används redan en gång och kan inte tas bort. Inaktivera platsen i "
                "stället (Ctrl+D): den syns kvar i gamla pass men erbjuds inte i nya."),
            "in_use": self.tr(
                "”{name}” används redan {n} gånger (i pass, kontakter eller iakttagelser) och "
                "kan inte tas bort. Inaktivera platsen i stället (Ctrl+D): den syns kvar i "
                "gamla pass men erbjuds inte i nya."),
            "duplicate": self.tr("Det finns redan en plats som heter ”{name}”."),
            "duplicate_inactive": self.tr(
                "Det finns redan en inaktiv plats som heter ”{name}”. Aktivera den i stället."),
            "delete_question": self.tr("Ta bort platsen ”{name}”? Den används inte någonstans."),
            "gone": self.tr("Platsen finns inte längre; listan är uppdaterad."),
            "conflict": self.tr(
                "Platsen ändrades på annat håll medan du skrev. Stäng och försök igen."),
            "empty": self.tr("Inga platser matchar filtret."),
        }


class StaffKind(RecordKind):
    """Staff (name, initials, role, active)."""

    cls = Staff
    tables = ("staff", "shift", "follow_up")

    def _roles(self) -> tuple[tuple[str, str], ...]:
        return (("faltsekreterare", self.tr("Fältsekreterare")),
                ("samordnare", self.tr("Samordnare")))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Namn"), self.tr("Initialer"), self.tr("Roll"), self.tr("Status"),
                self.tr("Används"))

    def cells(self, entity: Staff) -> tuple[str, ...]:
        role = dict(self._roles()).get(entity.role, entity.role)
        return (entity.name, entity.initials, role)

    def fields(self) -> tuple[Field, ...]:
        return (Field("name", self.tr("&Namn"), self.tr("Namn")),
                Field("initials", self.tr("&Initialer"), self.tr("Initialer")),
                Field("role", self.tr("&Roll"), self.tr("Roll"), self._roles()))

    def usage(self, db: Database) -> Callable[[], dict[str, int]]:
        return db.usage.staff_usage

    def texts(self) -> dict[str, str]:
        return {
            "filter": self.tr("Skriv för att filtrera personalen"),
            "filter_name": self.tr("Filtrera personal"),
            "table_name": self.tr("Personal"),
            "add_title": self.tr("Lägg till person i personalen"),
            "rename_title": self.tr("Byt namn eller initialer"),
            "add_tip": self.tr("Lägg till en person (Insert)"),
            "rename_tip": self.tr("Byt namn eller initialer på den markerade personen (F2)"),
            "deactivate_tip": self.tr(
                "Inaktivera personen (Ctrl+D): namnet syns kvar i gamla pass men erbjuds inte "
                "i nya."),
            "activate_tip": self.tr("Aktivera personen igen (Ctrl+D)."),
            "delete_tip": self.tr(
                "Ta bort personen (Delete); går bara när hen inte finns i något pass eller "
                "någon uppföljning."),
            "in_use_one": self.tr(
                "”{name}” finns i ett pass eller en uppföljning och kan inte tas bort. "
                "Inaktivera personen i stället (Ctrl+D): namnet syns kvar i gamla pass men "
                "erbjuds inte i nya."),
            "in_use": self.tr(
                "”{name}” finns i {n} pass eller uppföljningar och kan inte tas bort. "
                "Inaktivera personen i stället (Ctrl+D): namnet syns kvar i gamla pass men "
                "erbjuds inte i nya."),
            "duplicate": self.tr("Det finns redan en person som heter ”{name}”."),
            "duplicate_inactive": self.tr(
                "Det finns redan en inaktiv person som heter ”{name}”. Aktivera hen i stället."),
            "delete_question": self.tr(
                "Ta bort ”{name}” ur personallistan? Hen finns inte i något pass."),
            "gone": self.tr("Personen finns inte längre; listan är uppdaterad."),
            "conflict": self.tr(
                "Personen ändrades på annat håll medan du skrev. Stäng och försök igen."),
            "empty": self.tr("Ingen i personalen matchar filtret."),
        }
