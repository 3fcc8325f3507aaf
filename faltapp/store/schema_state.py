"""Which migrations a database has applied, read with plain SQL before anything is written.

Kept apart from ``schema`` so that opening a database (the start-up path) does not import
sqlite-utils; ``tests/store`` checks that the names here match the registered migrations.
"""

from __future__ import annotations

from typing import Any

MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_SET = "faltapp"
KNOWN_MIGRATIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_shift_list_index",
    "0003_versions_engine",
    "0004_shift_editor",
    "0005_sync",
    "0006_persons",
)
"""Every migration this build knows, in order (append-only)."""


def applied_names(conn: Any) -> list[str]:
    """Names of this app's applied migrations, in the order applied (read-only)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [row[0] for row in rows]


def is_faltapp_database(conn: Any) -> bool:
    """True when the first faltapp migration has been applied."""
    return KNOWN_MIGRATIONS[0] in applied_names(conn)


def unknown_applied(conn: Any) -> list[str]:
    """Applied migrations this build does not know (non-empty: the database is newer)."""
    return [name for name in applied_names(conn) if name not in KNOWN_MIGRATIONS]


def pending_names(conn: Any) -> list[str]:
    """Known migrations not yet applied."""
    applied = set(applied_names(conn))
    return [name for name in KNOWN_MIGRATIONS if name not in applied]
