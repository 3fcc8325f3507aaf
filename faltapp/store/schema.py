"""The database schema, built by named migrations (sqlite-utils ``Migrations``).

Each migration runs in one transaction together with the record that it was applied. A
database that lists a migration this build does not know was written by a newer faltapp and is
refused before anything is written. Migrations are append-only: never edit or reorder one that
has shipped; add a new one.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from faltapp.core.codec import column_types
from faltapp.core.entities import (
    Category,
    Contact,
    FollowUp,
    Observation,
    Place,
    Shift,
    Staff,
    Tally,
)
from faltapp.store.schema_state import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)

META_COLUMNS: dict[str, type] = {
    "version": str,
    "parent": str,
    "changed_at": str,
    "changed_by": str,
    "deleted": int,
}
"""Sync metadata on every synced table (DESIGN.md §4)."""

_FOREIGN_KEYS: dict[type, list[tuple[str, str, str]]] = {
    Tally: [("shift_id", "shift", "id")],
    Contact: [("shift_id", "shift", "id"), ("place_id", "place", "id")],
    Observation: [("shift_id", "shift", "id"), ("place_id", "place", "id")],
    FollowUp: [
        ("shift_id", "shift", "id"),
        ("contact_id", "contact", "id"),
        ("owner_id", "staff", "id"),
    ],
}

_INDEXES: dict[type, list[list[str]]] = {
    Shift: [["date", "start"]],
    Tally: [["shift_id"]],
    Contact: [["shift_id"], ["alias"]],
    Observation: [["shift_id"], ["place_id", "observed_at"], ["observed_at"]],
    FollowUp: [["status", "due"], ["shift_id"]],
    Category: [["code"]],
}


def _create_entity_table(db: sqlite_utils.Database, cls: type) -> None:
    columns: dict[str, Any] = {"id": str, **column_types(cls), **META_COLUMNS}
    not_null = {"version", "changed_at", "changed_by", "deleted"}
    db[cls.TABLE].create(  # type: ignore[union-attr]
        columns,
        pk="id",
        not_null=not_null,
        defaults={"deleted": 0},
        foreign_keys=_FOREIGN_KEYS.get(cls, []),
    )
    for index in _INDEXES.get(cls, []):
        db[cls.TABLE].create_index(index, unique=(cls is Category))  # type: ignore[union-attr]


@migrations(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key")
    # Referenced tables first, so foreign keys resolve.
    for cls in (Place, Staff, Category, Shift, Tally, Contact, Observation, FollowUp):
        _create_entity_table(db, cls)
    db["history"].create(
        {
            "table_name": str,
            "id": str,
            "version": str,
            "parent": str,
            "changed_at": str,
            "changed_by": str,
            "deleted": int,
            "payload": str,
        },
        pk=("table_name", "id", "version"),
        not_null={"payload", "changed_at", "changed_by", "deleted"},
    )
    db["audit_log"].create(
        {"at": str, "device_id": str, "action": str, "detail": str}, not_null={"at", "action"}
    )


@migrations(name="0002_shift_list_index")
def _shift_list_index(db: sqlite_utils.Database) -> None:
    # Covering index for the shift list (newest first, deleted excluded): at 13k shifts the
    # list's ids come in 5 ms instead of 20-40 ms with a temp B-tree sort.
    db.execute("DROP INDEX IF EXISTS idx_shift_date_start")
    db["shift"].create_index(  # type: ignore[union-attr]
        ["deleted", "date", "start", "id"], index_name="idx_shift_list"
    )


def known_migrations() -> list[str]:
    """Names of every migration this build knows, in order."""
    return [m.name for m in migrations._migrations]


def pending(db: sqlite_utils.Database) -> list[str]:
    """Names of the migrations not yet applied."""
    return [m.name for m in migrations.pending(db)]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every pending migration (each atomically); returns the names applied."""
    names = pending(db)
    migrations.apply(db)
    return names
