"""The places and categories every new database starts with, identical on every device.

A team's laptops are set up one by one, offline, and later exchange files. If each database
gave its default places fresh random ids, every exchange would add the other laptops' copies
(26 places became 52 in the first test of sync). So a default record's id is derived from what
it is (a category's code, a place's name), and its first version is written by the same
pseudo-device with Lamport counter 1 and one time stamp everywhere: the same version with the
same content hash.
An import then finds it already known, and a later edit on any laptop is a plain child of it.
"""

from __future__ import annotations

import uuid

from faltapp.core.entities import Category, Place
from faltapp.core.vocabulary import default_categories, default_places

SEED_DEVICE = "0" * 32
"""The device id of the first version of every default record (no real device has it)."""

SEED_AT = "2026-01-01T00:00:00+00:00"
"""The time stamp of those first versions (informational, like every ``changed_at``)."""

_NAMESPACE = uuid.UUID("6d0f5a3e-9b1c-5e0a-8f43-2c7d1b9e4a10")


def seed_id(kind: str, key: str) -> str:
    """The stable id of a default record (``kind`` "category" or "place")."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{key}"))


def seed_entities() -> list[Category | Place]:
    """The default categories and places, each with its stable id."""
    entities: list[Category | Place] = [
        Category(**c, id=seed_id("category", c["code"])) for c in default_categories()]
    entities += [Place(**p, id=seed_id("place", p["name"])) for p in default_places()]
    return entities
